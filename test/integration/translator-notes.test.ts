/**
 * Translator's notes over GraphQL: where the unofficial Russian departs on purpose from the letter of the official
 * Kazakh, LocalizedText.notes says so — what the Kazakh says literally, what the translation says, why — and
 * marks it unofficial. Official wordings never carry one.
 */
import type { TranslatorNote } from '../../src/domain/types';
import { gqlOk } from '../support/graphql-client';

jest.setTimeout(60_000);

const NOTE_FIELDS = 'lang official text target paragraph original literal rendering reason';

/** A note as GraphQL serves it: the stored note, its language, its unofficial mark and its whole text. */
interface Note extends TranslatorNote {
  lang: string;
  official: boolean;
  text: string;
}
interface Texts {
  kk: { text: string; official: boolean; notes: Note[] };
  ru: { text: string; official: boolean; notes: Note[] };
}

async function texts(id: string): Promise<Texts> {
  const data = await gqlOk(
    `query($id: ID!) { clause(id: $id) { kk: text { text official notes { ${NOTE_FIELDS} } } ru: text(lang: RU) { text official notes { ${NOTE_FIELDS} } } } }`,
    { id },
  );
  return data.clause;
}

/**
 * The note sits on the paragraph that holds the translation's words, and the official paragraph holds the official
 * ones. The acts are translated into Russian, the Civil Code (official in Russian) into Kazakh.
 */
function expectAnchored(t: Texts, n: Note, translation: 'kk' | 'ru' = 'ru') {
  const official = translation === 'ru' ? 'kk' : 'ru';
  expect(t[translation].text.split('\n')[n.paragraph - 1]).toContain(n.rendering);
  const fold = (s: string) => s.replace(/i/g, 'і');
  expect(fold(t[official].text.split('\n')[n.paragraph - 1])).toContain(fold(n.original));
}

it.each([
  [
    'sc-1999-9/para_2',
    'орташа айлық есептік көрсеткіштің',
    'среднего месячного расчётного показателя',
    'среднемесячного заработка (дохода)',
  ],
  ['gov-2012-1213/att_1__para_3', 'бюджет қаражатынан', 'из бюджетных средств', 'возмещению бюджетных средств'],
])(
  '%s: the Russian carries a translator’s note saying what the Kazakh says literally and why it differs',
  async (id, original, literal, rendering) => {
    const t = await texts(id);
    expect(t.kk.official).toBe(true);
    expect(t.kk.notes).toEqual([]);
    expect(t.ru.official).toBe(false);
    expect(t.ru.notes).toHaveLength(1);
    const [n] = t.ru.notes;
    expect(n).toMatchObject({ lang: 'RU', official: false, target: id.split('/')[1] });
    expect(n.original).toContain(original);
    expect(n.literal).toContain(literal);
    expect(n.rendering).toContain(rendering);
    expect(n.reason.length).toBeGreaterThan(40);
    expect(n.text).toMatch(/^Прим\. пер\.: в официальном тексте на казахском языке — «/);
    for (const part of [n.original, n.literal, n.rendering, n.reason]) expect(n.text).toContain(part);
    expectAnchored(t, n);
  },
);

it('the whole Rules carry the note of their point 3, on the paragraph of that point', async () => {
  const data = await gqlOk(
    `{ clause(id: "gov-2012-1213/att_1") { kk: text { text } ru: text(lang: RU) { text official notes { ${NOTE_FIELDS} } } } }`,
  );
  const notes: Note[] = data.clause.ru.notes;
  expect(notes.map((n) => n.target)).toEqual(['att_1__para_3']);
  expect(data.clause.ru.text.split('\n')[notes[0].paragraph - 1]).toMatch(/^3\. /);
  expectAnchored({ kk: { ...data.clause.kk, official: true, notes: [] }, ru: data.clause.ru }, notes[0]);
});

it('every note of every clause is anchored in both texts and marked unofficial; official texts and titles have none', async () => {
  const data = await gqlOk(
    `{ acts { id kkTitle: title { notes { text } } ruTitle: title(lang: RU) { notes { text } } clauses(includeRepealed: true) { id } } }`,
  );
  let count = 0;
  for (const act of data.acts) {
    expect(act.kkTitle.notes).toEqual([]);
    const translation = act.id === 'civil-code' ? 'kk' : 'ru';
    const official = translation === 'ru' ? 'kk' : 'ru';
    for (const c of act.clauses) {
      const t = await texts(c.id);
      expect(t[official].notes).toEqual([]);
      for (const n of t[translation].notes) {
        expect(n.official).toBe(false);
        expectAnchored(t, n, translation);
        count++;
      }
    }
  }
  expect(count).toBeGreaterThanOrEqual(2 + 19);
});

it('the list of versions carries the notes of the translation it lists', async () => {
  const data = await gqlOk(`{ clause(id: "sc-1999-9/para_2") { versions(lang: RU) { official validTo notes { original } } } }`);
  const current = data.clause.versions.filter((v: { official: boolean; validTo: string | null }) => !v.official && v.validTo === null);
  expect(current).toHaveLength(1);
  expect(current[0].notes.map((n: { original: string }) => n.original)).toEqual(['орташа айлық есептік көрсеткіштің (кірістің)']);
});
