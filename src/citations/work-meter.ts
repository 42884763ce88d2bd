/**
 * Counts the work of one extraction in steps, so that how it grows with the input can be checked without a
 * clock: a step is a character a finder's regular expression is given to scan (each global scan counts the
 * text once, each window its length) or an item a pass handles (a candidate compared, a target made).
 * Backtracking inside a single regular expression call is not seen here; the finders are written so that no
 * call runs over more than the item it reads (see designators.ts). Off unless `measureWork` runs.
 */
let steps: number | null = null;

export function tally(n: number): void {
  if (steps !== null) steps += n;
}

export function measureWork<T>(run: () => T): { result: T; steps: number } {
  const outer = steps;
  steps = 0;
  try {
    const result = run();
    return { result, steps };
  } finally {
    steps = outer === null ? null : outer + (steps ?? 0);
  }
}
