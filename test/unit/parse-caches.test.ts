import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, extractCitations } from '../../src/citations';
import { clearParseCaches, parseAct } from '../../src/corpus/parse-act';

/**
 * The parser keeps what it worked out for lines, notes and paragraphs it has seen. Those caches must be
 * invisible: the same document whether the text is new or seen before, documents that share nothing, and
 * results that depend on everything they are kept under.
 */
const ACTS_DIR = join(__dirname, '..', '..', 'corpus', 'acts');
const SC_TEXT = readFileSync(join(ACTS_DIR, 'sc-1999-9.kk.txt'), 'utf8');
const GOV_TEXT = readFileSync(join(ACTS_DIR, 'gov-2012-1213.kk.txt'), 'utf8');

describe('parser caches', () => {
  it('give the same document for a text seen before as for a new one', () => {
    clearParseCaches();
    const fresh = JSON.stringify([parseAct(SC_TEXT), parseAct(GOV_TEXT)]);
    const again = JSON.stringify([parseAct(SC_TEXT), parseAct(GOV_TEXT)]);
    clearParseCaches();
    const afterClearing = JSON.stringify([parseAct(SC_TEXT), parseAct(GOV_TEXT)]);
    expect(again).toBe(fresh);
    expect(afterClearing).toBe(fresh);
  });

  it('hand out documents that share nothing: changing one leaves the next parse alone', () => {
    const first = parseAct(SC_TEXT);
    const expected = JSON.stringify(parseAct(SC_TEXT));
    for (const note of first.notes) {
      for (const e of note.events) {
        e.target = 'changed';
        e.amendingAct.id = 'changed';
      }
      note.events.push(note.events[0]);
    }
    for (const r of first.references) r.text = 'changed';
    for (const c of first.clauses) c.paragraphs.push('changed');
    first.repairs.forEach((r) => (r.link = 'changed'));
    expect(JSON.stringify(parseAct(SC_TEXT))).toBe(expected);
  });

  it('keep note events that share their amending act sharing it, as the note grammar returns them', () => {
    const doc = parseAct(SC_TEXT);
    const parsedAgain = parseAct(SC_TEXT);
    const sharing = (d: typeof doc) =>
      d.notes.map((n) => n.events.map((e) => n.events.indexOf(n.events.find((x) => x.amendingAct === e.amendingAct)!)));
    expect(sharing(parsedAgain)).toEqual(sharing(doc));
  });

  it('read a paragraph in the context of its own act: the same paragraph, another catalog, another result', () => {
    // "осы Қағидалардың 4-тармағы" is a point of the act's own Rules only when the act has them
    const point = '      5. Осы Қағидалардың 4-тармағында көзделген жағдайда.';
    const withRules = `Тақырып\n\nДеректемелер\n\n      1. Бекіту.\n\nҚаулысымен бекітілген\nҚАҒИДАЛАР\n\n      4. Бір.\n${point}\n`;
    const withoutRules = `Тақырып\n\nДеректемелер\n\n      1. Бекіту.\n      4. Бір.\n${point}\n`;
    const targets = (text: string) => parseAct(text).references.map((r) => `${r.clauseEId}→${r.targetAct}/${r.targetClauseEId ?? ''}`);
    for (const order of [
      [withRules, withoutRules],
      [withoutRules, withRules],
    ]) {
      clearParseCaches();
      const [a, b] = order.map(targets);
      expect(order[0] === withRules ? [a, b] : [b, a]).toEqual([['att_1__para_5→this-act/att_1__para_4'], []]);
    }
  });
});

describe('citation finders skip text that lacks their words', () => {
  // found before these checks existed; case-insensitive words must still be found in any case and in any
  // spelling that case folding equates (U+1C80 is a variant of "в")
  const catalog = buildCatalog([
    {
      id: 'sc-1999-9',
      kind: 'SUPREME_COURT_NORMATIVE_RESOLUTION',
      number: '9',
      adoptedOn: '1999-07-09',
      attachments: 0,
      eIds: ['preamble', 'para_1', 'para_12'],
    },
  ]);
  it.each([
    [
      'Постановление \u1C80ерховного Суда № 9 от 09.07.1999 г., пункт 12',
      '[{"text":"Постановление \u1C80ерховного Суда № 9 от 09.07.1999 г., пункт 12","start":0,"end":60,"actId":"sc-1999-9","clauseId":"sc-1999-9/para_12"}]',
    ],
    [
      'ВЕРХОВНОГО СУДА РЕСПУБЛИКИ КАЗАХСТАН № 9 ОТ 09.07.1999, ПУНКТ 12',
      '[{"text":"ВЕРХОВНОГО СУДА РЕСПУБЛИКИ КАЗАХСТАН № 9 ОТ 09.07.1999, ПУНКТ 12","start":0,"end":64,"actId":"sc-1999-9","clauseId":"sc-1999-9/para_12"}]',
    ],
    [
      'азаматтық кодексінің 938-бабы',
      '[{"text":"азаматтық кодексінің 938-бабы","start":0,"end":29,"reference":{"targetAct":"civil-code","article":"938"}}]',
    ],
    [
      'ГРАЖДАНСКОГО КОДЕКСА статья 941',
      '[{"text":"ГРАЖДАНСКОГО КОДЕКСА статья 941","start":0,"end":31,"reference":{"targetAct":"civil-code","article":"941"}}]',
    ],
    ['ст. 123 ТК', '[{"text":"ст. 123 ТК","start":0,"end":10,"reference":{"targetAct":"labour-code","article":"123"}}]'],
    ['Закона «О чём-то»', '[{"text":"Закона «О чём-то»","start":0,"end":17,"reference":{"targetAct":"law","title":"О чём-то"}}]'],
    ['ТК', '[]'],
    ['абв где', '[]'],
  ])('%s', (text, expected) => {
    expect(JSON.stringify(extractCitations(text, catalog, {}))).toBe(expected);
  });
});
