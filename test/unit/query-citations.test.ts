import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ActInventory } from '../../src/citations';
import { actNumbersIn, queryHints, type HintCatalog } from '../../src/search/query-citations';

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
  ])('%s → %j', (text, numbers) => {
    expect(actNumbersIn(text)).toEqual(numbers);
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
    ['изменения 2024 года в пункт 12', { numbers: ['12'], numberActs: [] }],
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

  it('never resolves a look-alike act: another number or date is not ours', () => {
    const hints = queryHints('п. 12 постановления Пленума Верховного Суда Казахской ССР от 16 декабря 1988 года № 9', catalog);
    expect(hints.clauseIds).toEqual([]);
    expect(hints.numbers).toEqual([]);
  });
});
