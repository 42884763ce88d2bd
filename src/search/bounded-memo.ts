/**
 * Word → stem, remembered: the stemmers are pure, and a corpus or a stream of queries repeats a small vocabulary
 * endlessly (every document of a reindex, every word of every snippet).
 *
 * Two generations of plain maps rather than a least-recently-used list: a hit costs one map look-up and no
 * bookkeeping (a snippet looks up every word of every hit's text: the list's reordering was most of that cost).
 * Words found are kept in the young generation; when it is full it becomes the old one and the old one is dropped,
 * and a word found only in the old one moves back to the young. At most `max` words are held.
 */
export function remembered<R>(compute: (word: string) => R, max = 200_000): ((word: string) => R) & { readonly size: number } {
  const half = Math.max(1, Math.floor(max / 2));
  let young = new Map<string, R>();
  let old = new Map<string, R>();
  const keep = (word: string, value: R) => {
    if (young.size >= half) {
      old = young;
      young = new Map();
    }
    young.set(word, value);
  };
  const memo = (word: string): R => {
    const known = young.get(word);
    if (known !== undefined || young.has(word)) return known as R;
    const earlier = old.get(word);
    const value = earlier !== undefined || old.has(word) ? (earlier as R) : compute(word);
    keep(word, value);
    return value;
  };
  // how many words are held (both generations; a word in both counts twice)
  return Object.defineProperty(memo, 'size', { get: () => young.size + old.size }) as typeof memo & { readonly size: number };
}
