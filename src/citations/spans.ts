/** Spans of text and the small regex helpers every finder shares. */
import { foldIi } from '../search/text-folding';
import { tally } from './work-meter';

export interface Span {
  start: number;
  end: number;
}

/** JavaScript's \b knows only ASCII letters; these bound a Cyrillic word. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/**
 * The text the finders read: Latin i inside Cyrillic words as Kazakh і (the export mixes them) and exotic
 * spaces as plain spaces. Every character maps to one character, so offsets found here are offsets into the
 * input.
 */
export function foldForMatching(text: string): string {
  return foldIi(text).replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** Every match of a global regular expression, left to right; the caller may move `re.lastIndex` on between matches. */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError('matchesOf needs a global regular expression');
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = re.exec(text)) !== null) {
    tally(1 + Math.max(0, m.index + m[0].length - from));
    if (m[0].length === 0) re.lastIndex++;
    yield m;
    from = re.lastIndex;
  }
  tally(Math.max(0, text.length - from));
}

/**
 * Where overlapping candidates compete, the longer one is the better reading ("Гражданского процессуального
 * кодекса" over "ГК"). What is kept is marked character by character, so each candidate is checked against
 * its own span only, not against everything kept before it.
 */
export function keepLongestNonOverlapping<T extends Span>(items: readonly T[]): T[] {
  const kept: T[] = [];
  const byLength = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  let size = 0;
  for (const item of items) size = Math.max(size, item.end);
  const taken = new Uint8Array(size);
  for (const item of byLength) {
    tally(1 + item.end - item.start);
    if (taken.subarray(item.start, item.end).includes(1)) continue;
    taken.fill(1, item.start, item.end);
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Spans sorted by start, asked which of them lie before or overlap a given span, in logarithmic time: a pass
 * that asks this for each of its items stays linear however many spans there are.
 */
export class SortedSpans<T extends Span> {
  /** The furthest end among the spans up to each index (spans may nest or overlap). */
  private readonly reach: number[] = [];

  constructor(readonly spans: readonly T[]) {
    let reach = -Infinity;
    for (const s of spans) this.reach.push((reach = Math.max(reach, s.end)));
  }

  /** How many spans start before `position`. */
  private startingBefore(position: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.spans[mid].start < position) lo = mid + 1;
      else hi = mid;
    }
    tally(1);
    return lo;
  }

  /** Whether any span overlaps [start, end). */
  overlapsAny(span: Span): boolean {
    const n = this.startingBefore(span.end);
    return n > 0 && this.reach[n - 1] > span.start;
  }

  /** The first span that starts at or after `position`. */
  firstFrom(position: number): T | undefined {
    return this.spans[this.startingBefore(position)];
  }
}

/**
 * Whether text[start, end) is made only of what `run` matches (a sticky pattern: one character class, repeated).
 * Read in place, without copying the stretch, and only as far as its first other character.
 */
export function holdsOnly(run: RegExp, text: string, start: number, end: number): boolean {
  if (start >= end) return true;
  run.lastIndex = start;
  const m = run.exec(text);
  tally(1 + (m ? m[0].length : 0));
  return m !== null && start + m[0].length >= end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function union(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** "(бұдан әрі – АК)" / "(далее – Правила)": a definition that belongs to the act named just before it. */
const DEFINITION = /^\s*\((?:бұдан\s+әрі|далее)\s*[-–—]?\s*(?<alias>[^()]{1,60})\)/iu;

export function definitionEnd(text: string, end: number): number {
  return definitionAt(text, end)?.end ?? end;
}

/** The definition right after `end`, if any: where it ends and the short name it gives ("Нормативное постановление"). */
export function definitionAt(text: string, end: number): { end: number; alias: string } | undefined {
  const m = DEFINITION.exec(text.slice(end, end + 80));
  return m ? { end: end + m[0].length, alias: m.groups!.alias.replace(/[«»"“”„]/g, '').trim() } : undefined;
}

/**
 * Two names are the same short name when their words agree on the first five letters: "Нормативное
 * постановление" and "Нормативного постановления", "Қағидалар" and "Қағидалардың" (case endings differ).
 */
export function sameShortName(a: string, b: string): boolean {
  return shortNameKey(a) !== '' && shortNameKey(a) === shortNameKey(b);
}

/** What sameShortName compares: equal keys (other than '') are the same short name, so names can be looked up. */
export function shortNameKey(name: string): string {
  tally(name.length);
  return name
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((w) => w.slice(0, 5))
    .join(' ');
}
