/**
 * Bounded caches for values that repeat endlessly: word → stem (the stemmers are pure, and a corpus or a stream of
 * queries repeats a small vocabulary: every document of a reindex, every word of every snippet), and the re-rank's
 * reads of one index build (a point's analyzed fields, a term's statistics).
 *
 * Two generations of plain maps rather than a least-recently-used list: a hit costs one map look-up and no
 * bookkeeping (a snippet looks up every word of every hit's text: the list's reordering was most of that cost).
 * Keys found are kept in the young generation; when it is full it becomes the old one and the old one is dropped,
 * and a key found only in the old one moves back to the young. At most `max` keys are held.
 */
export class GenerationalCache<V> {
  private readonly half: number;
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(max: number) {
    this.half = Math.max(1, Math.floor(max / 2));
  }

  /** How many keys are held (both generations; a key in both counts twice). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** The value held for `key`, or `missing` (a value may itself be undefined). */
  get<M>(key: string, missing: M): V | M {
    const known = this.young.get(key);
    if (known !== undefined || this.young.has(key)) return known as V;
    const earlier = this.old.get(key);
    if (earlier === undefined && !this.old.has(key)) return missing;
    this.set(key, earlier as V);
    return earlier as V;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

const MISSING: unique symbol = Symbol('missing');

/** `compute`, remembered for at most `max` words. */
export function remembered<R>(compute: (word: string) => R, max = 200_000): ((word: string) => R) & { readonly size: number } {
  const cache = new GenerationalCache<R>(max);
  const memo = (word: string): R => {
    const known = cache.get(word, MISSING);
    if (known !== MISSING) return known;
    const value = compute(word);
    cache.set(word, value);
    return value;
  };
  return Object.defineProperty(memo, 'size', { get: () => cache.size }) as typeof memo & { readonly size: number };
}
