import { BuildReads, buildOfHits } from '../../src/search/build-reads';

describe('buildOfHits', () => {
  it.each([
    ['every hit of every query from one build', [{ hits: [{ build: 'b1' }, { build: 'b1' }] }, { hits: [{ build: 'b1' }] }], 'b1'],
    ['no hits at all', [{ hits: [] }], null],
    ['an index built before builds were recorded', [{ hits: [{ clauseId: 'x' }] }], null],
    ['two builds (a swap between the queries)', [{ hits: [{ build: 'b1' }] }, { hits: [{ build: 'b2' }] }], null],
    ['a build that is not a string', [{ hits: [{ build: 7 }] }], null],
  ])('%s', (_, results, expected) => {
    expect(buildOfHits(results as Array<{ hits: Array<Record<string, unknown>> }>)).toBe(expected);
  });
});

describe('BuildReads', () => {
  it('never answers for one build what was read for another', () => {
    const reads = new BuildReads<string>(8);
    reads.keepPoint('b1', 'act/para_1', 'text of b1');
    reads.keepFrequency('b1', 'ru_stems', 'вред', 3);
    reads.keepFrequency('b1', 'ru_stems', 'нет', 0);
    expect(reads.point('b1', 'act/para_1')).toBe('text of b1');
    expect(reads.point('b2', 'act/para_1')).toBeUndefined();
    expect([reads.frequency('b1', 'ru_stems', 'вред'), reads.frequency('b1', 'ru_stems', 'нет')]).toEqual([3, 0]);
    expect(reads.frequency('b2', 'ru_stems', 'вред')).toBeUndefined();
    // the field is part of the key, and no concatenation of build, field and term meets another
    expect(reads.frequency('b1', 'kk_folded', 'вред')).toBeUndefined();
    expect(reads.frequency('b1', 'ru_stem', 'sвред')).toBeUndefined();
  });

  it('holds a bounded number of points whatever it is given', () => {
    const reads = new BuildReads<number>(16);
    for (let i = 0; i < 10_000; i++) reads.keepPoint('b', `p${i}`, i);
    expect(reads.size.points).toBeLessThanOrEqual(16);
    expect(reads.point('b', 'p9999')).toBe(9999);
    expect(reads.point('b', 'p0')).toBeUndefined();
  });
});
