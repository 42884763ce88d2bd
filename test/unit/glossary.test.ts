import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeKeyboardFolded } from '../../src/search/analyzer';
import { yearsIn, expandQuery, GlossaryError, loadGlossary, stemSynonyms } from '../../src/search/glossary';

const glossaryText = readFileSync(join(__dirname, '../../corpus/glossary.yaml'), 'utf8');
const glossary = loadGlossary(glossaryText);

describe('loadGlossary on corpus/glossary.yaml', () => {
  it('loads at least 120 concepts, each with Kazakh and Russian terms', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(120);
    for (const entry of glossary.entries) {
      expect(entry.kk.length).toBeGreaterThan(0);
      expect(entry.ru.length).toBeGreaterThan(0);
    }
  });

  it('holds multi-word terms and the everyday words people type', () => {
    const allRu = glossary.entries.flatMap((entry) => entry.ru);
    for (const term of ['похороны', 'дтп', 'собака', 'компенсация', 'пенсия', 'инвалидность', 'кормилец']) {
      expect(allRu).toContain(term);
    }
    expect(glossary.entries.some((entry) => entry.kk.some((term) => term.includes(' ')))).toBe(true);
  });

  it('covers the starting glossary of the domain notes', () => {
    const pairs: readonly (readonly [string, string])[] = [
      ['зиян', 'вред'],
      ['асыраушы', 'кормилец'],
      ['жоғары қауіптілік көзі', 'источник повышенной опасности'],
      ['өрескел абайсыздық', 'грубая неосторожность'],
      ['бас бостандығынан айыру орындары', 'места лишения свободы'],
      ['МӘСК', 'МСЭК'],
    ];
    for (const [kk, ru] of pairs) {
      const entry = glossary.entries.find((e) => e.kk.includes(kk.toLowerCase()) || e.kk.includes(kk));
      expect(entry?.ru.map((term) => term.toLowerCase())).toContain(ru.toLowerCase());
    }
  });
});

describe('loadGlossary errors', () => {
  it.each([
    ['entries: [ { kk: [зиян], ru: [вред] ', /not valid YAML/],
    ['entries: []', /entries: the glossary has no entries/],
    ['entries:\n  - { kk: [зиян] }', /entries\[0\] \("зиян"\)\.ru/],
    ['entries:\n  - { kk: [зиян], ru: [] }', /entries\[0\] \("зиян"\)\.ru: at least one term is required/],
    ['entries:\n  - { kk: ["  "], ru: [вред] }', /entries\[0\].*kk\[0\]: a term must not be empty/],
    ['entries:\n  - { kk: [зиян], ru: [вред], rus: [x] }', /entries\[0\] \("зиян"\).*rus/],
    ['entries:\n  - { kk: [зиян], ru: [вред] }\n  - { kk: [және], ru: [и] }', /entries\[1\] \("және"\): term "және" has only stop words/],
    ['something: else', /entries/],
    [
      'entries:\n  - { kk: [бала], ru: [ребенок], ages: [14, 13] }',
      /entries\[0\] \("бала"\)\.ages: the first age must not be above the second/,
    ],
    ['entries:\n  - { kk: [бала], ru: [ребенок], ages: [-1, 13] }', /entries\[0\] \("бала"\)\.ages/],
    ['entries:\n  - { kk: [бала], ru: [ребенок], ages: [13] }', /entries\[0\] \("бала"\)\.ages/],
  ])('rejects %j', (yamlText, message) => {
    expect(() => loadGlossary(yamlText)).toThrow(GlossaryError);
    expect(() => loadGlossary(yamlText)).toThrow(message);
  });
});

/** A query and stems its expansion must reach in the other language. */
const CROSS_LANGUAGE: readonly (readonly [string, 'kk' | 'ru', 'kk' | 'ru', string])[] = [
  ['возмещение расходов на погребение', 'ru', 'kk', 'жерлеу шығыстары'],
  ['похороны', 'ru', 'kk', 'жерлеу'],
  ['компенсация морального вреда', 'ru', 'kk', 'моральдық зиян'],
  ['потеря кормильца', 'ru', 'kk', 'асыраушы'],
  ['ответственность владельца источника повышенной опасности', 'ru', 'kk', 'жоғары қауіптілік көзі'],
  ['собака укусила', 'ru', 'kk', 'жануарлар'],
  ['ДТП', 'ru', 'kk', 'өзара іс-қимыл'],
  ['травма на работе', 'ru', 'kk', 'мертігу'],
  ['грубая неосторожность работника', 'ru', 'kk', 'өрескел абайсыздық'],
  ['осужденный', 'ru', 'kk', 'сотталған'],
  ['страховая сумма недостаточна', 'ru', 'kk', 'сақтандыру сомасы'],
  ['жерлеу шығындары', 'kk', 'ru', 'погребение'],
  ['асыраушысынан айырылған адамдар', 'kk', 'ru', 'потеря кормильца'],
  ['асыраушы', 'kk', 'ru', 'кормилец'],
  ['жумыс беруши кинали болмаса', 'kk', 'ru', 'работодатель'],
  ['жумыс беруши кинали болмаса', 'kk', 'ru', 'вина'],
  ['моральдық зиянды өтеу', 'kk', 'ru', 'моральный вред'],
  ['өтемақы', 'kk', 'ru', 'компенсация'],
];

describe('expandQuery', () => {
  it.each(CROSS_LANGUAGE)('"%s" (%s) reaches %s "%s"', (query, fromLang, toLang, term) => {
    const expansion = expandQuery(query, glossary, fromLang);
    const reached = toLang === 'kk' ? expansion.kk : expansion.ru;
    for (const stem of analyze(term, toLang)) expect(reached).toContain(stem);
  });

  it('keeps the query’s own stems first', () => {
    const expansion = expandQuery('возмещение расходов на погребение', glossary, 'ru');
    expect(expansion.ru.slice(0, 3)).toEqual(analyze('возмещение расходов на погребение', 'ru'));
  });

  it('also gives keyboard-folded Kazakh stems', () => {
    const expansion = expandQuery('расходы на похороны', glossary, 'ru');
    expect(expansion.kkFolded).toEqual(expect.arrayContaining(analyzeKeyboardFolded('жерлеу шығыстары')));
    expect(expansion.kkFolded).toContain('шыгыс');
  });

  it('matches multi-word terms as a whole, longest first, with their position in the query', () => {
    const expansion = expandQuery('компенсация морального вреда', glossary, 'ru');
    expect(expansion.matches.map((m) => m.term)).toContain('компенсация морального вреда');
    expect(expansion.matches.map((m) => m.term)).not.toContain('вред');
    const whole = expansion.matches.find((m) => m.term === 'компенсация морального вреда');
    expect([whole?.start, whole?.end]).toEqual([0, 3]);
  });

  it('finds nothing in a query without glossary terms, and returns the query’s own stems', () => {
    const expansion = expandQuery('қызыл алма', glossary, 'kk');
    expect(expansion.matches).toEqual([]);
    expect(expansion.kk).toEqual(analyze('қызыл алма', 'kk'));
    expect(expansion.ru).toEqual([]);
  });

  it('returns distinct stems', () => {
    const expansion = expandQuery('вред вред вред', glossary, 'ru');
    expect(new Set(expansion.ru).size).toBe(expansion.ru.length);
    expect(new Set(expansion.kk).size).toBe(expansion.kk.length);
  });
});

describe('ages and spans of years in a question', () => {
  const stems = (q: string, lang: 'kk' | 'ru') => (lang === 'kk' ? analyzeKeyboardFolded(q) : analyze(q, 'ru'));
  it.each([
    ['ребенок 12 лет разбил окно', 'ru', ['age 12']],
    ['в возрасте 7 лет', 'ru', ['age 7']],
    ['12-летний сын соседа', 'ru', ['age 12']],
    ['подростку 16 лет', 'ru', ['age 16']],
    ['мальчик 10 лет и его брат 15 лет', 'ru', ['age 10', 'age 15']],
    // no person of an age: spans of time
    ['за 3 года до обращения в суд', 'ru', ['span 3']],
    ['обратился через 5 лет после травмы', 'ru', ['span 5']],
    ['5-летний срок давности', 'ru', ['span 5']],
    ['12 жастағы бала', 'kk', ['age 12']],
    ['он 13 жаста еді', 'kk', ['age 13']],
    ['15 жасар жасөспірім', 'kk', ['age 15']],
    ['5 жыл бұрын жарақат алдым', 'kk', ['span 5']],
    ['4 жылдан кейін сотқа жүгіндім', 'kk', ['span 4']],
    // a date, a point's number, a number without years
    ['2024 жылы өзгертілді', 'kk', []],
    ['в 2024 году', 'ru', []],
    ['12 тармақ', 'kk', []],
    // numbers in words
    ['пять лет назад', 'ru', ['span 5']],
    ['через три года после аварии', 'ru', ['span 3']],
    ['ребенку двенадцать лет', 'ru', ['age 12']],
    ['он екі жастағы бала', 'kk', ['age 12']],
    ['бес жыл бұрын', 'kk', ['span 5']],
    ['жиырма бес жыл', 'kk', ['span 25']],
    // "семь" is left out: its stem is that of "семья"
    ['в семье год назад умер отец', 'ru', []],
    ['пять пунктов', 'ru', []],
  ] as const)('%s → %j', (q, lang, found) => {
    expect(yearsIn(stems(q, lang), lang).map((y) => `${y.kind} ${y.years}`)).toEqual(found);
  });

  const conceptOf = (ru: string) => glossary.entries.findIndex((e) => e.ru.includes(ru));
  it.each([
    ['ребенок 12 лет разбил окно', 'ru', 'малолетний'],
    ['12 жастағы бала зиян келтірсе', 'kk', 'малолетний'],
    ['сыну 15 лет', 'ru', 'несовершеннолетний'],
    ['15 жастағы жасөспірім', 'kk', 'несовершеннолетний'],
    ['обратился в суд через 5 лет после травмы', 'ru', 'срок исковой давности'],
    ['4 жыл өтті, өтемақы ала аламын ба', 'kk', 'срок исковой давности'],
  ] as const)('%s names the concept of "%s", over the words that give the years', (q, lang, term) => {
    const expansion = expandQuery(q, glossary, lang);
    const match = expansion.matches.find((m) => m.entryIndex === conceptOf(term));
    expect(match).toBeDefined();
    expect(stems(q, lang).slice(match!.start, match!.end)[0]).toMatch(/^\d+$/);
  });

  it('takes a span for no age, and an age for no span: "за 3 года" names no minor, "ребенку 12 лет" no limitation', () => {
    const ageConcepts = glossary.entries.flatMap((e, i) => (e.ages ? [i] : []));
    const spanConcepts = glossary.entries.flatMap((e, i) => (e.spans ? [i] : []));
    expect([ageConcepts.length, spanConcepts.length]).toEqual([2, 1]);
    const named = (q: string, lang: 'kk' | 'ru') => expandQuery(q, glossary, lang).matches.map((m) => m.entryIndex);
    expect(named('за 3 года до обращения в суд', 'ru').filter((i) => ageConcepts.includes(i))).toEqual([]);
    expect(named('ребенку 12 лет', 'ru').filter((i) => spanConcepts.includes(i))).toEqual([]);
    expect(named('12 жастағы бала', 'kk').filter((i) => spanConcepts.includes(i))).toEqual([]);
  });
});

describe('stemSynonyms', () => {
  const synonyms = stemSynonyms(glossary);
  const ru = (term: string) => analyze(term, 'ru').join(' ');
  const kk = (term: string) => analyzeKeyboardFolded(term).join(' ');

  it.each([
    [ru('похороны'), ru('погребение')],
    [ru('похороны'), kk('жерлеу')],
    [kk('жерлеу шығыстары'), kk('жерлеу шығындары')],
    [ru('дтп'), ru('авария')],
    [ru('кормилец'), kk('асыраушы')],
    [kk('мәск'), ru('мсэк')],
  ])('maps the analyzed form "%s" to "%s"', (from, to) => {
    expect(synonyms[from]).toContain(to);
  });

  it('keys are the one to three words Meilisearch looks synonyms up for, never mapped to themselves, at most 50 each', () => {
    for (const [from, targets] of Object.entries(synonyms)) {
      expect(from.split(' ').length).toBeLessThanOrEqual(3);
      expect(targets).not.toContain(from);
      expect(targets.length).toBeGreaterThan(0);
      expect(targets.length).toBeLessThanOrEqual(50);
    }
  });

  it('is symmetric between short terms of one concept', () => {
    for (const [from, targets] of Object.entries(synonyms)) {
      if (targets.length >= 50) continue;
      for (const to of targets) if (to.split(' ').length <= 3 && (synonyms[to]?.length ?? 0) < 50) expect(synonyms[to]).toContain(from);
    }
  });
});
