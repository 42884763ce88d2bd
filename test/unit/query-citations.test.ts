import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { ActInventory } from '../../src/citations';
import { actNumbersIn, amendmentYearsIn, queryHints, type HintCatalog } from '../../src/search/query-citations';

const inventory = parse(readFileSync(join(__dirname, '../../corpus/eval/catalog.yaml'), 'utf8')) as { acts: ActInventory[] };
const catalog: HintCatalog = {
  acts: inventory.acts,
  amendingActs: [
    { id: 'gov-2023-1154', kind: 'GOVERNMENT_DECREE', number: '1154', adoptedOn: '2023-12-20' },
    { id: 'gov-2023-666', kind: 'GOVERNMENT_DECREE', number: '666', adoptedOn: '2023-08-10' },
    { id: 'sc-2024-2', kind: 'SUPREME_COURT_NORMATIVE_RESOLUTION', number: '2', adoptedOn: '2024-11-28' },
  ],
};

describe('actNumbersIn', () => {
  it.each([
    ['п. 12 НП ВС № 9', ['9']],
    ['постановление Правительства N 1213 от 18.09.2012', ['1213']],
    ['1154 қаулысы қандай өзгерістер енгізді', ['1154']],
    ['изменения 2024 года в пункт 12', []],
    // the number after the word for the act, or after its issuer; never a year or a date
    ['какие пункты изменены постановлением 1154', ['1154']],
    ['постановление 1213, пункт 9', ['1213']],
    ['қаулысы 1154 не өзгертті', ['1154']],
    ['постановление 2012 года', []],
    ['постановлением 2023 г. по делу', []],
    ['қаулысы 2012 ж.', []],
    ['постановлении 12.05.2020', []],
  ])('%s → %j', (text, numbers) => {
    expect(actNumbersIn(text)).toEqual(numbers);
  });
});

describe('amendmentYearsIn', () => {
  it.each<[string, number[]]>([
    ['изменения 2024 года в пункт 12', [2024]],
    ['что изменилось в пункте 4 Правил в 2023 году', [2023]],
    ['какие изменения внесены в правила в 2023 году', [2023]],
    ['пункт в редакции от 28.11.2024', [2024]],
    ['2017 жылғы өзгерістер', [2017]],
    ['2011 жылы толықтырылған тармақ', [2011]],
    ['2017 жылгы озгеристер', [2017]],
    ['изменения 2004 и 2011 годов', [2004, 2011]],
    // a year with no change of the law near it
    ['постановление от 18 сентября 2012 года № 1213', []],
    ['п. 7 НП ВС № 9 от 09.07.1999', []],
    // a person changing something is a fact of the case, not an amendment
    ['в 2023 году работодатель изменил условия договора, я получил травму', []],
    ['2024 жылы жұмыс беруші келісімшартты өзгертті', []],
    ['дополнительные расходы 2024 года', []],
    // numbers that are not years
    ['изменения постановления № 1154', []],
  ])('%s → %j', (text, years) => {
    expect(amendmentYearsIn(text)).toEqual(years);
  });
});

describe('amendmentYearsIn and actNumbersIn on any text', () => {
  // words of questions about changes, years, act words and numbers, mixed with anything
  const token = fc.oneof(
    fc.constantFrom('изменения', 'изменил', 'өзгерістер', 'редакции', 'года', 'жылғы', 'постановлением', 'қаулысы', '№', 'п.', ',', '.'),
    fc.integer({ min: 1900, max: 2100 }).map(String),
    fc.integer({ min: 0, max: 99999 }).map(String),
    fc.string({ maxLength: 12 }),
  );
  const text = fc.array(token, { maxLength: 60 }).map((t) => t.join(' '));

  it('gives only years written in the text, once each, in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const years = amendmentYearsIn(t);
        const written = new Set(t.match(/\d+/g) ?? []);
        expect(years.every((y) => written.has(String(y)) && y >= 1980 && y <= 2099)).toBe(true);
        expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
      }),
    );
  });

  it('gives only numbers written in the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const written = new Set(t.match(/\d+/g) ?? []);
        expect(actNumbersIn(t).every((n) => written.has(n))).toBe(true);
      }),
    );
  });
});

describe('queryHints', () => {
  it.each<[string, Partial<ReturnType<typeof queryHints>>]>([
    ['п. 12 НП ВС РК от 09.07.1999 № 9', { clauseIds: ['sc-1999-9/para_12'] }],
    [
      'пп. 2 п. 9 Правил, утвержденных постановлением Правительства РК от 18.09.2012 № 1213',
      { clauseIds: ['gov-2012-1213/att_1__para_9'] },
    ],
    // an article of the Code the base holds: its points (or the article itself, without points) and the points citing it
    [
      'ст. 940 ГК',
      {
        clauseIds: ['civil-code/art_940__para_1', 'civil-code/art_940__para_2', 'civil-code/art_940__para_3'],
        references: ['civil-code:940'],
      },
    ],
    ['АК-нің 924-бабы', { clauseIds: ['civil-code/art_924'], references: ['civil-code:924'] }],
    ['пункт 2 статьи 940 ГК', { clauseIds: ['civil-code/art_940__para_2'], references: ['civil-code:940'] }],
    ['глава 47 ГК РК', { clauseIds: [] }],
    ['что изменило постановление Правительства № 1154', { amendingActs: ['gov-2023-1154'] }],
    ['1154 қаулысы қандай өзгерістер енгізді', { amendingActs: ['gov-2023-1154'] }],
    ['изменения 2024 года в пункт 12', { numbers: ['12'], numberActs: [], amendingActs: ['sc-2024-2'] }],
    // the changes of a year: the acts adopted that year
    ['какие изменения внесены в правила в 2023 году', { amendingActs: ['gov-2023-1154', 'gov-2023-666'] }],
    ['2024 жылғы өзгерістер', { amendingActs: ['sc-2024-2'] }],
    ['изменения 2019 года', { amendingActs: [] }],
    ['в 2023 году работодатель изменил условия договора', { amendingActs: [] }],
    ['какие пункты изменены постановлением 1154', { amendingActs: ['gov-2023-1154'] }],
    // an act named by its number: the year is its date, not every change of that year
    ['2023 жылғы 20 желтоқсандағы № 1154 қаулымен өзгертілген тармақтар', { amendingActs: ['gov-2023-1154'] }],
    ['Қағидалардың 8-тармағы', { numbers: ['8'] }],
    ['№ 9 нормативтік қаулының 21-1-тармағы', { numbers: ['21-1'], numberActs: ['sc-1999-9'] }],
  ])('%s', (text, expected) => {
    expect(queryHints(text, catalog)).toMatchObject(expected);
  });

  it('gives no hints for a question that cites nothing', () => {
    expect(queryHints('расходы на погребение', catalog)).toEqual({
      clauseIds: [],
      references: [],
      amendingActs: [],
      numbers: [],
      numberActs: [],
    });
  });

  it('takes the years of the changes from another form of the text when given (a transliteration)', () => {
    expect(queryHints('2024 zhylgy ozgerister', catalog).amendingActs).toEqual([]);
    expect(queryHints('2024 zhylgy ozgerister', catalog, [2024]).amendingActs).toEqual(['sc-2024-2']);
  });

  it('never resolves a look-alike act: another number or date is not ours', () => {
    const hints = queryHints('п. 12 постановления Пленума Верховного Суда Казахской ССР от 16 декабря 1988 года № 9', catalog);
    expect(hints.clauseIds).toEqual([]);
    expect(hints.numbers).toEqual([]);
  });
});
