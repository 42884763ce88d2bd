import { countTerms, termStatisticsOf, termStatisticsParameters } from '../../src/search/term-statistics';
import type { SearchDocument } from '../../src/search/search-document';

const doc = (kk: string, ru: string): SearchDocument =>
  ({ kk_folded: kk, ru_stems: ru, about_kk_folded: '', about_ru_stems: '' }) as SearchDocument;

describe('term statistics', () => {
  const docs = [doc('зиян отем зиян', 'вред возмещ'), doc('отем', 'вред'), doc('', 'моральн вред')];
  // what PostgreSQL's search_term holds for them
  const rows = countTerms(docs);

  it('counts in how many points a term occurs, per field, and the corpus-wide figures under "*"', () => {
    const stats = termStatisticsOf(rows);
    expect(stats.documents).toBe(3);
    expect(stats.documentFrequency('kk_folded', 'зиян')).toBe(1); // twice in one point: one point
    expect(stats.documentFrequency('kk_folded', 'отем')).toBe(2);
    expect(stats.documentFrequency('ru_stems', 'вред')).toBe(3);
    expect(stats.documentFrequency('ru_stems', 'зиян')).toBe(0);
    expect(stats.averageLength('kk_folded')).toBeCloseTo(4 / 3);
    expect(stats.averageLength('about_kk_folded')).toBe(1); // an empty field never divides by zero
  });

  it('asks for the fields and the terms as two lists, with the corpus-wide figures', () => {
    const [fields, terms] = termStatisticsParameters([
      { field: 'kk_folded', term: 'зиян' },
      { field: 'ru_stems', term: 'вред' },
      { field: 'kk_folded', term: 'отем' },
    ]);
    expect(fields).toEqual(['*', 'kk_folded', 'ru_stems']);
    expect(terms).toEqual(expect.arrayContaining(['documents', 'length:kk_folded', 'length:ru_stems', 'зиян', 'вред', 'отем']));
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('answers the pairs asked for alike whatever other pairs the two lists bring back', () => {
    // the lists' cross product: "вред" in kk_folded was not asked for, and is there when a Kazakh text holds the word
    const [fields, terms] = termStatisticsParameters([
      { field: 'kk_folded', term: 'зиян' },
      { field: 'ru_stems', term: 'вред' },
    ]);
    const crossed = rows.filter((r) => fields.includes(r.field) && terms.includes(r.term));
    const extra = [...crossed, { field: 'kk_folded', term: 'вред', frequency: 7 }];
    const exact = rows.filter(
      (r) => r.field === '*' || (r.field === 'kk_folded' && r.term === 'зиян') || (r.field === 'ru_stems' && r.term === 'вред'),
    );
    for (const stats of [termStatisticsOf(extra), termStatisticsOf(exact)]) {
      expect(stats.documentFrequency('kk_folded', 'зиян')).toBe(1);
      expect(stats.documentFrequency('ru_stems', 'вред')).toBe(3);
      expect(stats.documents).toBe(3);
    }
  });
});
