import fc from 'fast-check';
import type { TextField, WeightedTerm } from '../../src/search/query-analysis';
import { bm25Scorer } from '../../src/search/rerank';
import type { StatisticsField, TermStatistics } from '../../src/search/term-statistics';

const K1 = 1.2;

/** BM25 as the formula reads, term by term and point by point: what the scorer's precomputation must reproduce. */
function plainBm25(
  terms: readonly WeightedTerm[],
  doc: Record<TextField, readonly string[]>,
  stats: TermStatistics,
  fields: Record<TextField, StatisticsField>,
  proximity: number,
  b: number,
): number {
  let total = 0;
  for (const field of ['kk_folded', 'ru_stems'] as const) {
    const stems = doc[field];
    if (stems.length === 0) continue;
    const norm = K1 * (1 - b + (b * stems.length) / stats.averageLength(fields[field]));
    for (const t of terms) {
      if (t.field !== field) continue;
      const f = stems.filter((s) => s === t.term).length;
      if (!f) continue;
      const df = Math.max(1, stats.documentFrequency(fields[field], t.term));
      const n = Math.max(stats.documents, df, 1);
      total += (t.weight * Math.log(1 + (n - df + 0.5) / (df + 0.5)) * f * (K1 + 1)) / (f + norm);
    }
    const own = terms.filter((t) => t.field === field && t.weight === 1).map((t) => t.term);
    const pairs = new Set(own.slice(1).map((w, i) => `${own[i]} ${w}`));
    let adjacent = 0;
    for (let i = 0; i + 1 < stems.length; i++) if (pairs.has(`${stems[i]} ${stems[i + 1]}`)) adjacent++;
    if (pairs.size) total += proximity * Math.log(1 + adjacent);
  }
  return total;
}

const FIELDS: Record<TextField, StatisticsField> = { kk_folded: 'kk_folded', ru_stems: 'ru_stems' };
const WORDS = ['зиян', 'отем', 'кун', 'вред', 'возмещ', 'работодател', 'вин', 'a', 'b'];

const statistics = (df: Record<string, number>, documents: number, averageLength: number): TermStatistics => ({
  documents,
  averageLength: () => averageLength,
  documentFrequency: (_field, term) => df[term] ?? 0,
});

const term = fc.record({
  field: fc.constantFrom<TextField>('kk_folded', 'ru_stems'),
  term: fc.constantFrom(...WORDS),
  weight: fc.constantFrom(1, 1, 0.5, 0.2),
});
const stems = fc.array(fc.constantFrom(...WORDS, 'другое'), { maxLength: 40 });

describe('bm25Scorer', () => {
  it('scores a point as the plain formula does, whatever the terms, repeats, weights and statistics', () => {
    fc.assert(
      fc.property(
        fc.array(term, { maxLength: 8 }),
        stems,
        stems,
        fc.dictionary(fc.constantFrom(...WORDS), fc.nat(200)),
        fc.nat(300),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom(0, 0.5, 0.9, 1),
        (terms, kk, ru, df, documents, averageLength, proximity, b) => {
          const stats = statistics(df, documents, averageLength);
          const doc = { kk_folded: kk, ru_stems: ru };
          const scorer = bm25Scorer(terms, stats, FIELDS, proximity, b);
          const expected = plainBm25(terms, doc, stats, FIELDS, proximity, b);
          expect(scorer.doc(doc)).toBeCloseTo(expected, 9);
          // one scorer serves many points: a second point is not coloured by the first one's counts
          expect(scorer.doc({ kk_folded: ru, ru_stems: kk })).toBeCloseTo(
            plainBm25(terms, { kk_folded: ru, ru_stems: kk }, stats, FIELDS, proximity, b),
            9,
          );
          expect(scorer.field('kk_folded', kk)).toBeCloseTo(
            plainBm25(terms, { kk_folded: kk, ru_stems: [] }, stats, FIELDS, proximity, b),
            9,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['no stems', [], 0],
    ['a word the question does not ask', ['другое'], 0],
    ['the two own words apart', ['вред', 'другое', 'возмещ'], null],
    ['the two own words side by side', ['вред', 'возмещ'], null],
  ])('%s', (_, ru, expected) => {
    const terms: WeightedTerm[] = [
      { field: 'ru_stems', term: 'вред', weight: 1 },
      { field: 'ru_stems', term: 'возмещ', weight: 1 },
    ];
    const stats = statistics({ вред: 3, возмещ: 5 }, 100, 3);
    const score = bm25Scorer(terms, stats, FIELDS, 1, 0.9).field('ru_stems', ru as string[]);
    if (expected !== null) expect(score).toBe(expected);
    else expect(score).toBeCloseTo(plainBm25(terms, { kk_folded: [], ru_stems: ru as string[] }, stats, FIELDS, 1, 0.9), 12);
  });

  it('gives the adjacency of the own words its own weight (log 2 for one pair side by side)', () => {
    const terms: WeightedTerm[] = [
      { field: 'ru_stems', term: 'вред', weight: 1 },
      { field: 'ru_stems', term: 'возмещ', weight: 1 },
    ];
    const stats = statistics({ вред: 3, возмещ: 5 }, 100, 3);
    const apart = bm25Scorer(terms, stats, FIELDS, 1, 0).field('ru_stems', ['возмещ', 'другое', 'вред']);
    const together = bm25Scorer(terms, stats, FIELDS, 1, 0).field('ru_stems', ['другое', 'вред', 'возмещ']);
    expect(together - apart).toBeCloseTo(Math.log(2), 12);
  });
});
