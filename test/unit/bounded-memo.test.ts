import { GenerationalCache, remembered } from '../../src/search/bounded-memo';

describe('remembered (a bounded memo of a pure function)', () => {
  it('computes a word once while it is held, and answers what the function answers', () => {
    const calls: string[] = [];
    const upper = remembered((w) => (calls.push(w), w.toUpperCase()), 10);
    expect(['а', 'б', 'а', 'а', 'б'].map(upper)).toEqual(['А', 'Б', 'А', 'А', 'Б']);
    expect(calls).toEqual(['а', 'б']);
  });

  it('remembers an empty answer too (a word that is only a stop word stems to "")', () => {
    let calls = 0;
    const empty = remembered(() => (calls++, ''), 10);
    empty('және');
    empty('және');
    expect(calls).toBe(1);
  });

  it.each([
    [2, 100],
    [10, 1_000],
    [1_000, 50_000],
  ])('holds at most max=%i words over %i distinct ones, and still answers every one right', (max, distinct) => {
    const held = new Set<string>();
    const memo = remembered((w) => (held.add(w), `${w}!`), max);
    let wrong = 0;
    let largest = 0;
    for (let i = 0; i < distinct; i++) {
      if (memo(`w${i}`) !== `w${i}!`) wrong++;
      largest = Math.max(largest, memo.size);
    }
    expect(wrong).toBe(0);
    expect(largest).toBeLessThanOrEqual(max);
    // what is held now: recomputing the last max/2 words costs nothing, the first ones are computed again
    held.clear();
    for (let i = distinct - Math.floor(max / 2); i < distinct; i++) memo(`w${i}`);
    expect(held.size).toBe(0);
    memo('w0');
    expect(held.has('w0')).toBe(true);
  });

  it('keeps a word asked for again across a generation change', () => {
    let calls = 0;
    const memo = remembered((w) => (calls++, w), 4);
    memo('often'); // young: often
    memo('a'); // young full (2): old = {often, a}
    memo('b');
    memo('often'); // from the old generation, moved to the young one
    memo('c'); // young full again: the old one (a) dropped, often kept
    memo('often');
    expect(calls).toBe(4);
  });
});

describe('GenerationalCache', () => {
  it('answers the value held, or the marker of a missing key, and holds undefined as a value', () => {
    const cache = new GenerationalCache<number | undefined>(10);
    const missing = Symbol('missing');
    cache.set('a', 1);
    cache.set('none', undefined);
    expect([cache.get('a', missing), cache.get('none', missing), cache.get('b', missing)]).toEqual([1, undefined, missing]);
  });

  it('holds at most max keys, and a key read again survives a generation change', () => {
    const cache = new GenerationalCache<string>(4);
    let largest = 0;
    for (let i = 0; i < 100; i++) {
      cache.set(`k${i}`, `v${i}`);
      expect(cache.get('k0', null)).toBe('v0'); // read after every write: never dropped
      largest = Math.max(largest, cache.size);
    }
    expect(largest).toBeLessThanOrEqual(4);
    expect(cache.get('k1', null)).toBeNull();
  });
});
