import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeKeyboardFolded } from '../../src/search/analyzer';
import { loadGlossary } from '../../src/search/glossary';
import { analyzeQuery } from '../../src/search/query-analysis';
import { DEFAULT_RERANK, lendToReferred, placeInterpretedLaw, rerank, textScore, type Candidate } from '../../src/search/rerank';
import { NO_HINTS, type SearchHints } from '../../src/search/search-plan';
import type { TermStatistics } from '../../src/search/term-statistics';

/** Statistics of a corpus made of the candidates themselves. */
function statisticsOf(candidates: readonly Candidate[]): TermStatistics {
  const df = new Map<string, number>();
  for (const c of candidates) {
    for (const [field, stems] of [...Object.entries(c.text), ...Object.entries(c.about).map(([f, v]) => [`about_${f}`, v] as const)]) {
      for (const t of new Set(stems)) df.set(`${field}:${t}`, (df.get(`${field}:${t}`) ?? 0) + 1);
    }
  }
  return { documents: candidates.length, averageLength: () => 10, documentFrequency: (field, term) => df.get(`${field}:${term}`) ?? 0 };
}

const rerankAll = (q: ReturnType<typeof analyzeQuery>, candidates: Candidate[], hints: SearchHints) =>
  rerank(q, candidates, hints, statisticsOf(candidates));

const glossary = loadGlossary(readFileSync(join(__dirname, '../../corpus/glossary.yaml'), 'utf8'));

const candidate = (clauseId: string, ru: string, extra: Partial<Candidate> = {}): Candidate => ({
  clauseId,
  engineScore: 0.5,
  number: null,
  text: { kk_folded: [], ru_stems: analyze(ru, 'ru') },
  about: { kk_folded: [], ru_stems: [] },
  references: [],
  amendedBy: [],
  refersTo: [],
  ...extra,
});

describe('textScore: the best paragraph beside the whole point', () => {
  const q = analyzeQuery('вина работодателя', glossary, 'ru');
  const ru = (t: string) => analyze(t, 'ru');
  const paragraphs = [
    'Право на возмещение имеют потерпевшие, утратившие трудоспособность полностью или частично.',
    'Вред возмещается работодателем лишь при установлении вины работодателя.',
    'Если вред причинен источником повышенной опасности, отвечает его владелец.',
  ];
  const stats: TermStatistics = { documents: 20, averageLength: () => 12, documentFrequency: () => 3 };
  const text = { kk_folded: [], ru_stems: paragraphs.flatMap(ru) };
  // the same words, as one paragraph and as three
  const spread = { text };
  const inParagraphs = { text, passages: { kk_folded: [[]], ru_stems: paragraphs.map(ru) } };

  it('is BM25 of the whole point when the best paragraph does not count', () => {
    const tuning = { ...DEFAULT_RERANK, passage: 0 };
    expect(textScore(q, inParagraphs, stats, tuning)).toBeCloseTo(textScore(q, spread, stats, tuning), 10);
  });

  it('ranks a point whose one paragraph holds the question above the same words spread through one paragraph', () => {
    expect(textScore(q, inParagraphs, stats, DEFAULT_RERANK)).toBeGreaterThan(textScore(q, spread, stats, DEFAULT_RERANK));
  });

  it('scores a point of one paragraph as the whole point, whatever the weight', () => {
    const whole = textScore(q, spread, stats, { ...DEFAULT_RERANK, passage: 0 });
    for (const passage of [0.25, 0.5, 1]) expect(textScore(q, spread, stats, { ...DEFAULT_RERANK, passage })).toBeCloseTo(whole, 10);
  });
});

describe('rerank', () => {
  const q = analyzeQuery('расходы на погребение', glossary, 'ru');

  it('prefers the point that holds more of the question, and keeps the engine order on a tie', () => {
    const order = rerankAll(
      q,
      [candidate('a', 'иные расходы'), candidate('b', 'расходы на погребение умершего'), candidate('c', 'иные расходы')],
      NO_HINTS,
    ).map((s) => s.clauseId);
    expect(order).toEqual(['b', 'a', 'c']);
  });

  it('counts a word the point does not hold in part when it holds the concept the question names with it', () => {
    const indexation = analyzeQuery('индексация выплат', glossary, 'ru');
    // the same length and the same payment word; one speaks of inflation, the other of something else
    const candidates = [candidate('other', 'выплаты производятся ежемесячно'), candidate('inflation', 'выплаты растут с инфляцией')];
    const stats = statisticsOf(candidates);
    const scores = (coverageByConcept: number) =>
      new Map(rerank(indexation, candidates, NO_HINTS, stats, { ...DEFAULT_RERANK, coverageByConcept }).map((s) => [s.clauseId, s.score]));
    const without = scores(0);
    const withConcept = scores(0.25);
    // the point that holds no term of the concept scores the same either way; the other gains a quarter of a word
    expect(withConcept.get('other')).toBeCloseTo(without.get('other')!, 10);
    expect(withConcept.get('inflation')! - without.get('inflation')!).toBeCloseTo((DEFAULT_RERANK.coverage * 0.25) / 2, 10);
  });

  it('counts a glossary concept in the other language', () => {
    const kk = { kk_folded: analyzeKeyboardFolded('жерлеу шығыстары'), ru_stems: [] };
    const order = rerankAll(q, [candidate('other', 'порядок рассмотрения дел'), { ...candidate('kk', ''), text: kk }], NO_HINTS).map(
      (s) => s.clauseId,
    );
    expect(order[0]).toBe('kk');
  });

  it('puts what the question cites first', () => {
    const cited = [candidate('sc-1999-9/para_1', 'расходы на погребение'), candidate('sc-1999-9/para_12', 'иное', { number: '12' })];
    expect(rerankAll(q, cited, { ...NO_HINTS, clauseIds: ['sc-1999-9/para_12'] })[0].clauseId).toBe('sc-1999-9/para_12');
    // a point number named without its act tips points that hold the question alike
    const numbered = [
      candidate('sc-1999-9/para_1', 'расходы', { number: '1' }),
      candidate('sc-1999-9/para_12', 'расходы', { number: '12' }),
    ];
    expect(rerankAll(q, numbered, { ...NO_HINTS, numbers: ['12'], numberActs: [] })[0].clauseId).toBe('sc-1999-9/para_12');
    expect(rerankAll(q, numbered, { ...NO_HINTS, numbers: ['12'], numberActs: ['gov-2012-1213'] })[0].clauseId).toBe('sc-1999-9/para_1');
    const amended = [candidate('a', 'расходы на погребение'), candidate('b', 'иное', { amendedBy: ['sc-2024-2'] })];
    expect(rerankAll(q, amended, { ...NO_HINTS, amendingActs: ['sc-2024-2'] })[0].clauseId).toBe('b');
  });

  it('takes a bare point number for a point of the acts, never for a unit of the code they interpret', () => {
    const law = new Set(['civil-code']);
    const numbered = [
      candidate('civil-code/art_938__para_2', 'расходы на погребение', { number: '2' }),
      candidate('sc-1999-9/para_1', 'расходы', { number: '1' }),
      candidate('sc-1999-9/para_2', 'иное', { number: '2' }),
    ];
    const hints = { ...NO_HINTS, numbers: ['2'], numberActs: [] };
    const order = rerank(q, numbered, hints, statisticsOf(numbered), undefined, law).map((s) => s.clauseId);
    expect(order[0]).toBe('sc-1999-9/para_2');
    expect(order.indexOf('civil-code/art_938__para_2')).toBeGreaterThan(0);
  });

  it("gives a cited article's units in the article's order, whatever their words score", () => {
    const law = new Set(['civil-code']);
    const units = [
      candidate('civil-code/art_931__para_1', 'иное'),
      candidate('civil-code/art_931__para_2', 'расходы на погребение'),
      candidate('sc-1999-9/para_7', 'расходы'),
    ];
    const hints = { ...NO_HINTS, clauseIds: ['civil-code/art_931__para_1', 'civil-code/art_931__para_2'] };
    const order = rerank(q, units, hints, statisticsOf(units), undefined, law).map((s) => s.clauseId);
    expect(order.filter((id) => id.startsWith('civil-code/'))).toEqual(['civil-code/art_931__para_1', 'civil-code/art_931__para_2']);
    expect(order[0]).toBe('civil-code/art_931__para_1');
  });

  it('scores nothing for no candidates', () => {
    expect(rerankAll(q, [], NO_HINTS)).toEqual([]);
  });

  it('puts the point a matching point refers to first when its own score is close (the list before the point citing it)', () => {
    const docs = [
      candidate('rules/para_7', 'расходы на погребение возмещаются по документам, указанным в пункте 5', { refersTo: ['rules/para_5'] }),
      candidate(
        'rules/para_5',
        'к заявлению прилагаются документы: справка о смерти, квитанции о расходах на погребение, копия решения суда, заключение эксперта об ущербе',
      ),
    ];
    expect(rerankAll(q, docs, NO_HINTS).map((s) => s.clauseId)).toEqual(['rules/para_5', 'rules/para_7']);
    const alone = docs.map((d) => ({ ...d, refersTo: [] }));
    expect(rerankAll(q, alone, NO_HINTS).map((s) => s.clauseId)).toEqual(['rules/para_7', 'rules/para_5']);
  });
});

describe('lendToReferred', () => {
  // "a=10 b=6": scores; "a>b c>b": who refers to whom
  const scores = (text: string) => text.split(' ').map((x) => ({ clauseId: x.split('=')[0], score: Number(x.split('=')[1]) }));
  const refs = (text: string) => {
    const out = new Map<string, string[]>();
    for (const [from, to] of text.split(' ').map((x) => x.split('>'))) out.set(from, [...(out.get(from) ?? []), to]);
    return [...out].map(([clauseId, refersTo]) => ({ clauseId, refersTo }));
  };

  it.each([
    ["a share of the referring point's own score", 'a=10 b=6', 'a>b', 'a=10 b=8.5'],
    ['the largest share when several refer', 'a=10 c=4 b=1', 'a>b c>b', 'a=10 c=4 b=3.5'],
    ['no chains: what was lent is not lent on', 'a=10 b=0 c=0', 'a>b b>c', 'a=10 b=2.5 c=0'],
    ['no loops, nothing to itself', 'a=10 b=8', 'a>a a>b b>a', 'a=12 b=10.5'],
    ['nothing to a point outside the candidates', 'a=10', 'a>z', 'a=10'],
  ])('%s', (_name, before, referring, after) => {
    const scored = scores(before);
    lendToReferred(scored, refs(referring), 0.25);
    expect(scored).toEqual(scores(after));
  });
});

describe('placeInterpretedLaw', () => {
  const item = (id: string) => ({ id, cited: id.startsWith('c'), law: id.includes('L'), score: 1 });
  it.each<[string, string[], number, string[]]>([
    ['two points of the acts, then a unit of the Code', ['L1', 'L2', 'a1', 'a2', 'a3', 'a4'], 3, ['a1', 'a2', 'L1', 'a3', 'a4', 'L2']],
    ['the cited units first, whatever their act', ['a1', 'cL1', 'L2', 'a2'], 3, ['cL1', 'a1', 'a2', 'L2']],
    ['the rest of the Code when the acts run out', ['L1', 'L2', 'L3', 'a1'], 3, ['a1', 'L1', 'L2', 'L3']],
    ['no Code: the order is kept', ['a3', 'a1', 'a2'], 3, ['a3', 'a1', 'a2']],
    ['only the Code: the order is kept', ['L2', 'L1'], 3, ['L2', 'L1']],
  ])('%s', (_name, order, every, expected) => {
    expect(placeInterpretedLaw(order.map(item), every).map((x) => x.id)).toEqual(expected);
  });

  it.each<[string, Array<[string, number]>, number, string[]]>([
    [
      'a unit that outscores the acts by the factor leads',
      [
        ['L1', 10],
        ['a1', 4],
        ['a2', 3],
        ['L2', 2],
      ],
      2.5,
      ['L1', 'a1', 'a2', 'L2'],
    ],
    [
      'below the factor the acts lead',
      [
        ['L1', 9],
        ['a1', 4],
        ['a2', 3],
        ['L2', 2],
      ],
      2.5,
      ['a1', 'a2', 'L1', 'L2'],
    ],
    [
      'never with an infinite factor',
      [
        ['L1', 1000],
        ['a1', 1],
      ],
      Infinity,
      ['a1', 'L1'],
    ],
    ['no acts: the law in its order', [['L1', 1]], 2.5, ['L1']],
  ])('%s', (_name, scored, leads, expected) => {
    const items = scored.map(([id, score]) => ({ ...item(id), score }));
    expect(placeInterpretedLaw(items, 3, leads).map((x) => x.id)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    ['a cited unit of the law second, after a point citing it', ['L1!', 'a1>', 'a2', 'L2', 'a3'], ['a1>', 'L1!', 'a2', 'a3', 'L2']],
    ['first when the best point does not cite it', ['L1!', 'a1', 'a2>', 'L2'], ['L1!', 'a1', 'a2>', 'L2']],
    ['after the cited points of the acts', ['L1!', 'ca', 'a1>'], ['ca', 'a1>', 'L1!']],
  ])('%s', (_name, order, expected) => {
    const items = order.map((id) => ({ ...item(id), citedLaw: id.endsWith('!'), refers: id.endsWith('>') }));
    expect(placeInterpretedLaw(items, 3).map((x) => x.id)).toEqual(expected);
  });
});
