/**
 * Word-level diff of two wordings (longest common subsequence over words). Words compare with Latin i and
 * Kazakh і as one letter: the official texts mix them, and that is not a change of wording.
 */
export type DiffOp = 'EQUAL' | 'INSERT' | 'DELETE';
export interface DiffSpan {
  op: DiffOp;
  text: string;
}

/** Whitespace compares as one kind of gap, words up to i/і. */
const comparable = (w: string) => (/^\s+$/u.test(w) ? ' ' : w.replace(/i/g, 'і').replace(/I/g, 'І'));

/** Words and the gaps between them as separate tokens, so either side of the diff can be put back together. */
function tokens(text: string): string[] {
  return text.match(/\S+|\s+/gu) ?? [];
}

export function wordDiff(before: string, after: string): DiffSpan[] {
  const a = tokens(before);
  const b = tokens(after);
  const ka = a.map(comparable);
  const kb = b.map(comparable);
  // Trim the common head and tail first: amendments usually change a small middle.
  let head = 0;
  while (head < a.length && head < b.length && ka[head] === kb[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && ka[a.length - 1 - tail] === kb[b.length - 1 - tail]) tail++;
  const midA = ka.slice(head, a.length - tail);
  const midB = kb.slice(head, b.length - tail);
  const n = midA.length;
  const m = midB.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);

  const out: DiffSpan[] = [];
  const push = (op: DiffOp, text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  for (let k = 0; k < head; k++) push('EQUAL', b[k]);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      push('EQUAL', b[head + j]);
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      push('INSERT', b[head + j++]);
    } else {
      push('DELETE', a[head + i++]);
    }
  }
  for (let k = b.length - tail; k < b.length; k++) push('EQUAL', b[k]);
  return out;
}
