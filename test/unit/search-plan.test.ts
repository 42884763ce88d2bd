import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conceptToken, loadGlossary } from '../../src/search/glossary';
import { analyzeQuery } from '../../src/search/query-analysis';
import { MAX_QUERY_WORDS, NO_HINTS, planSearch, searchFilter } from '../../src/search/search-plan';
import type { SearchParams } from '../../src/search/search-types';
import { windowFor } from '../../src/search/search-engine';

const glossary = loadGlossary(readFileSync(join(__dirname, '../../corpus/glossary.yaml'), 'utf8'));
const base: SearchParams = { query: 'x', asOf: '2020-05-01', includeRepealed: false, offset: 0, limit: 10 };

describe('searchFilter', () => {
  it.each<[Partial<SearchParams>, string[], string | null]>([
    [{}, ['existsFrom <= 20200501', 'existsTo > 20200501'], null],
    [{ includeRepealed: true }, ['existsFrom <= 20200501'], 'existsTo'],
    [{ actIds: ['sc-1999-9'], claimTypes: ['MORAL_DAMAGE'] }, ['actId IN ["sc-1999-9"]', 'claimTypes IN ["MORAL_DAMAGE"]'], null],
    [{ amendedBy: 'gov-2023-1154' }, ['amendedBy = "gov-2023-1154"'], 'amendedOn'],
    [{ amendedFrom: '2024-01-01', amendedTo: '2024-12-31' }, ['amendedOn 20240101 TO 20241231'], 'amendedBy'],
    [{ amendedFrom: '2024-01-01' }, ['amendedOn >= 20240101'], null],
    [{ amendedTo: '2011-12-31' }, ['amendedOn <= 20111231'], null],
  ])('%j', (p, has, hasNot) => {
    const f = searchFilter({ ...base, ...p });
    for (const part of has) expect(f).toContain(part);
    if (hasNot) expect(f).not.toContain(hasNot);
  });

  it('an act and a period together ask for one change that is both', () => {
    const f = searchFilter({ ...base, amendedBy: 'sc-2011-5', amendedTo: '2011-12-31' }, ['sc-2011-5@20111230']);
    expect(f).toContain('amendments IN ["sc-2011-5@20111230"]');
    expect(f).not.toContain('amendedOn');
  });

  it('quotes values, so a stranger cannot extend the filter', () => {
    const f = searchFilter({ ...base, actIds: ['x" OR actId = "y'] });
    expect(f).toContain('actId IN ["x\\" OR actId = \\"y"]');
  });
});

describe('planSearch', () => {
  const plan = (query: string, hints = NO_HINTS) => planSearch(analyzeQuery(query, glossary), 'F', hints, { offset: 0, limit: 30 }, ['clauseId']);

  it('asks for the own words in the field of the language, each word alone, and in what is said about the point', () => {
    const r = plan('расходы на погребение')!;
    expect(r.federation).toEqual({ offset: 0, limit: 30 });
    expect(r.queries.every((q) => q.filter.startsWith('F'))).toBe(true);
    const own = analyzeQuery('расходы на погребение', glossary).own;
    const onText = r.queries.filter((q) => q.attributesToSearchOn?.join() === 'ru_stems');
    expect(onText.map((q) => q.q)).toEqual([own.join(' '), ...own]);
    expect(onText[0].federationOptions.weight).toBeGreaterThan(onText[1].federationOptions.weight);
    const about = r.queries.find((q) => q.attributesToSearchOn?.join(',') === 'about_kk_folded,about_ru_stems')!;
    expect(about.q).toBe(own.join(' '));
    expect(about.federationOptions.weight).toBeLessThan(onText[0].federationOptions.weight);
  });

  it('asks for the glossary concepts of the question as the concept tokens the index holds, together and each alone', () => {
    const a = analyzeQuery('кто платит моральный вред при аварии', glossary);
    const tokens = a.concepts.map(conceptToken);
    const onConcepts = plan('кто платит моральный вред при аварии')!.queries.filter((q) => q.attributesToSearchOn?.join() === 'concepts').map((q) => q.q);
    expect(onConcepts).toEqual([tokens.join(' '), ...tokens]);
    expect(tokens).toContain(conceptToken(glossary.entries.findIndex((e) => e.ru.includes('моральный вред'))));
  });

  it('never sends Meilisearch more than ten words in a query: a long question is split', () => {
    const long = 'истица просит взыскать расходы на лечение посторонний уход дополнительное питание протезирование санаторное лечение ответчик ссылается на пособие по инвалидности пенсию';
    const r = plan(long)!;
    for (const q of r.queries) expect(q.q.split(' ').filter(Boolean).length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
    const whole = r.queries.filter((q) => q.attributesToSearchOn?.join() === 'ru_stems' && q.q.includes(' ')).map((q) => q.q.split(' ')).flat();
    expect(whole).toEqual(analyzeQuery(long, glossary).own);
  });

  it('puts what the question cites among the candidates with filtered queries', () => {
    const r = plan('п. 12', { clauseIds: ['sc-1999-9/para_12'], references: ['civil-code:940'], amendingActs: ['gov-2023-1154'], numbers: ['12'], numberActs: ['sc-1999-9'] })!;
    const filters = r.queries.filter((q) => q.q === '').map((q) => q.filter);
    expect(filters).toEqual([
      'F AND clauseId IN ["sc-1999-9/para_12"]',
      'F AND references IN ["civil-code:940"]',
      'F AND amendedBy IN ["gov-2023-1154"]',
      'F AND number IN ["12"] AND actId IN ["sc-1999-9"]',
    ]);
  });

  it('has nothing to ask for a question without words', () => {
    expect(plan('?!…')).toBeNull();
  });
});

describe('windowFor', () => {
  it.each([
    [0, 10, 30, { offset: 0, limit: 30, reranked: true }],
    [20, 10, 30, { offset: 0, limit: 30, reranked: true }],
    [25, 20, 30, { offset: 0, limit: 45, reranked: true }],
    [30, 10, 30, { offset: 30, limit: 10, reranked: false }],
    [0, 10, 0, { offset: 0, limit: 10, reranked: false }],
  ])('offset %i, limit %i, depth %i', (offset, limit, depth, expected) => {
    expect(windowFor(offset, limit, depth)).toEqual(expected);
  });
});
