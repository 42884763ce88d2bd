import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conceptToken, loadGlossary } from '../../src/search/glossary';
import { analyzeQuery } from '../../src/search/query-analysis';
import {
  MAX_QUERY_WORDS,
  mergeHits,
  multiSearchBody,
  NO_HINTS,
  planSearch,
  queryWords,
  retryWords,
  searchFilter,
  totalOf,
} from '../../src/search/search-plan';
import type { SearchParams } from '../../src/search/search-types';
import { headOf, windowFor } from '../../src/search/search-engine';

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
  const plan = (query: string, hints = NO_HINTS) => {
    const q = analyzeQuery(query, glossary);
    return planSearch(q, q.own, 'F', hints);
  };

  it('asks for the own words in the field of the language and in what is said about the point, text first', () => {
    const r = plan('расходы на погребение')!;
    const own = analyzeQuery('расходы на погребение', glossary).own;
    expect(r.queries[r.own!]).toMatchObject({
      q: own.join(' '),
      attributesToSearchOn: ['ru_stems', 'about_kk_folded', 'about_ru_stems'],
      matchingStrategy: 'frequency',
      filter: 'F',
    });
    expect(r.filter).toBe('F');
  });

  it('asks for the glossary concepts of the question as the concept tokens the index holds, together and each alone', () => {
    const a = analyzeQuery('кто платит моральный вред при аварии', glossary);
    const tokens = a.concepts.map(conceptToken);
    const r = plan('кто платит моральный вред при аварии')!;
    expect(r.queries.filter((q) => q.attributesToSearchOn?.join() === 'concepts').map((q) => q.q)).toEqual([tokens.join(' ')]);
    // each alone as a filter: a point holding any one of them is a candidate
    expect(r.queries.filter((q) => q.q === '').map((q) => q.filter)).toEqual(tokens.map((t) => `F AND concepts = "${t}"`));
    expect(tokens).toContain(conceptToken(glossary.entries.findIndex((e) => e.ru.includes('моральный вред'))));
    expect(r.matchSet).toBe(`(concepts IN [${tokens.map((t) => `"${t}"`).join(', ')}])`);
  });

  it('puts what the question cites among the candidates with filtered queries, and counts it as a match', () => {
    const r = plan('п. 12', {
      clauseIds: ['sc-1999-9/para_12'],
      references: ['civil-code:940'],
      amendingActs: ['gov-2023-1154'],
      numbers: ['12'],
      numberActs: ['sc-1999-9'],
    })!;
    const conditions = [
      'clauseId IN ["sc-1999-9/para_12"]',
      'references IN ["civil-code:940"]',
      'amendedBy IN ["gov-2023-1154"]',
      '(number IN ["12"] AND actId IN ["sc-1999-9"])',
    ];
    expect(r.queries.filter((q) => q.q === '').map((q) => q.filter)).toEqual(conditions.map((c) => `F AND ${c}`));
    for (const c of conditions) expect(r.matchSet).toContain(c);
  });

  it('has nothing to ask for a question without words', () => {
    expect(plan('?!…')).toBeNull();
  });
});

describe('queryWords', () => {
  it('keeps a question of ten words or fewer as it is', () => {
    expect(queryWords(['a', 'b'], null)).toEqual(['a', 'b']);
  });

  it('asks for the ten rarest words the corpus holds of a longer question, in the order typed', () => {
    const own = 'a b c d e f g h i j k l'.split(' ');
    const df: Record<string, number> = { a: 50, b: 0, c: 3, d: 9, e: 1, f: 7, g: 2, h: 8, i: 4, j: 6, k: 5, l: 10 };
    const words = queryWords(own, (t) => df[t]);
    expect(words).toEqual(['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
    expect(words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
  });
});

describe('retryWords', () => {
  it.each([
    // the words the corpus holds, rarest first (ties in the order typed); a word no point holds is left out
    [['машинист', 'поезд', 'травмир', 'человек'], { машинист: 1, поезд: 0, травмир: 2, человек: 1 }, ['машинист', 'человек', 'травмир']],
    [['a', 'b'], { a: 0, b: 0 }, []],
    [
      'a b c d e f g h i j k l'.split(' '),
      { a: 12, b: 11, c: 10, d: 9, e: 8, f: 7, g: 6, h: 5, i: 4, j: 3, k: 2, l: 1 },
      'l k j i h g f e d c'.split(' '),
    ],
  ] as Array<[string[], Record<string, number>, string[]]>)('%j with %j → %j', (own, df, expected) => {
    expect(retryWords(own, (t) => df[t] ?? 0)).toEqual(expected);
  });
});

describe('multiSearchBody, mergeHits and totalOf', () => {
  const q = analyzeQuery('кто платит моральный вред при аварии', glossary);
  const p = planSearch(q, q.own, 'F', NO_HINTS)!;

  it('asks each query for its best hits with their scores, then counts the own words, the match set and both', () => {
    const body = multiSearchBody(p, 30, ['clauseId'], true);
    expect(body.queries).toHaveLength(p.queries.length + 2);
    for (const x of body.queries.slice(0, p.queries.length))
      expect(x).toMatchObject({ limit: 30, showRankingScore: true, attributesToRetrieve: ['clauseId'] });
    expect(body.queries.slice(p.queries.length).map((x) => [x.q, x.filter, x.limit])).toEqual([
      ['', `F AND ${p.matchSet}`, 0],
      [p.queries[p.own!].q, `F AND ${p.matchSet}`, 0],
    ]);
    expect(body.queries.some((x) => 'weight' in x)).toBe(false);
    expect(multiSearchBody(p, 30, ['clauseId'], false).queries).toHaveLength(p.queries.length);
  });

  it('merges the hits by their best weighted score, as a federated search does', () => {
    const results = p.queries.map((_, i) => ({
      hits:
        i === 0
          ? [
              { clauseId: 'a', _rankingScore: 0.5 },
              { clauseId: 'b', _rankingScore: 0.4 },
            ]
          : [{ clauseId: 'b', _rankingScore: 1 }],
    }));
    const merged = mergeHits(p, results, 0);
    expect(merged.map((m) => m.hit.clauseId)).toEqual(['b', 'a']);
    expect(merged[0].score).toBeCloseTo(Math.max(...p.queries.slice(1).map((x) => x.weight)));
  });

  it.each<[string, number, Array<Array<[string, number]>>, string[], number]>([
    [
      'a point two concepts find before one a single concept finds',
      1,
      [
        [],
        [['x', 1]],
        [
          ['y', 1],
          ['x', 1],
        ],
      ],
      ['x', 'y'],
      2,
    ],
    [
      'the best alone: ties keep the order of the queries',
      0,
      [
        [],
        [['x', 1]],
        [
          ['y', 1],
          ['x', 1],
        ],
      ],
      ['x', 'y'],
      1,
    ],
    ['half of the others', 0.5, [[['y', 1]], [['x', 1]], [['x', 1]]], ['x', 'y'], 1.5],
  ])('adds `others` times the other scores of a point: %s', (_name, others, hits, order, best) => {
    const plan = { ...p, queries: hits.map(() => ({ ...p.queries[0], weight: 1 })) };
    const results = hits.map((h) => ({ hits: h.map(([clauseId, _rankingScore]) => ({ clauseId, _rankingScore })) }));
    const merged = mergeHits(plan, results, others);
    expect(merged.map((m) => m.hit.clauseId)).toEqual(order);
    expect(merged[0].score).toBeCloseTo(best);
  });

  it('counts the points the own words or the match set find: |own| + |set| − |both|', () => {
    const results = [
      ...p.queries.map((_, i) => ({ hits: [], estimatedTotalHits: i === p.own ? 7 : 99 })),
      { hits: [], estimatedTotalHits: 5 },
      { hits: [], estimatedTotalHits: 2 },
    ];
    expect(totalOf(p, results)).toBe(10);
  });
});

describe('headOf', () => {
  const law = new Set(['code']);
  const order = ['code/1', 'code/2', 'act/1', 'code/3', 'act/2', 'act/3'].map((clauseId) => ({ clauseId }));
  it.each<[string, number, number, string[]]>([
    ['the best whatever their act without a depth of the law', 3, 0, ['code/1', 'code/2', 'act/1']],
    ["the acts' best beside the law's best, in the engine order", 2, 1, ['code/1', 'act/1', 'act/2']],
    ['fewer than asked when the list runs out', 5, 5, order.map((h) => h.clauseId)],
  ])('%s', (_name, depth, lawDepth, expected) => {
    expect(headOf(order, depth, lawDepth, law).map((h) => h.clauseId)).toEqual(expected);
  });
});

describe('windowFor', () => {
  it.each([
    [0, 10, 50, 20, { limit: 20, reranked: true }],
    [20, 10, 50, 20, { limit: 30, reranked: true }],
    [45, 20, 50, 20, { limit: 65, reranked: true }],
    [50, 10, 50, 20, { limit: 60, reranked: false }],
    [0, 10, 0, 20, { limit: 10, reranked: false }],
    [0, 30, 50, 20, { limit: 30, reranked: true }],
    [20_000, 10, 50, 20, { limit: 10_000, reranked: false }],
  ])('offset %i, limit %i, head of at most %i, %i hits per query', (offset, limit, maxHead, perQuery, expected) => {
    expect(windowFor(offset, limit, maxHead, perQuery)).toEqual(expected);
  });
});
