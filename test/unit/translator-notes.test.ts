/**
 * Translator's notes ("прим. пер."): the translation file format, the checks that tie a note to the words of
 * both texts, where the notes land in the wording rows, and how a note reads.
 */
import { join } from 'node:path';
import { CorpusError } from '../../src/errors';
import { parseTranslationFile, type Translation } from '../../src/corpus/corpus-files';
import { translatorNoteText } from '../../src/domain/translator-note';
import { buildKnowledgeBase, type CorpusInput } from '../../src/ingest/build-knowledge-base';
import { loadCorpus } from '../../src/ingest/load-corpus';

const HEAD = 'act: sc-1\nlang: ru\nofficial: false\nbasis: x\ndisclaimer: "Неофициальный перевод."\ntexts:\n  title: "Заголовок"\n';
const NOTE =
  '      original: "бюджет қаражатынан"\n      literal: "из бюджетных средств"\n      rendering: "бюджетных средств"\n      reason: "Очевидный смысл."\n';
const parse = (text: string) => parseTranslationFile('translations/x.ru.yaml', text);

describe('the translation file format', () => {
  it('reads translator’s notes filed under a unit and its paragraph', () => {
    const t = parse(`${HEAD}translatorNotes:\n  att_1__para_3:\n    - paragraph: 1\n${NOTE}`);
    expect(t.translatorNotes).toEqual({
      att_1__para_3: [
        {
          paragraph: 1,
          original: 'бюджет қаражатынан',
          literal: 'из бюджетных средств',
          rendering: 'бюджетных средств',
          reason: 'Очевидный смысл.',
        },
      ],
    });
  });

  it('has none when the file files none', () => {
    expect(parse(HEAD).translatorNotes).toEqual({});
  });

  it.each<[string, string, RegExp]>([
    [
      'a note without its reason',
      `${HEAD}translatorNotes:\n  para_1:\n    - paragraph: 1\n${NOTE.replace(/ {6}reason:.*\n/, '')}`,
      /translatorNotes\.para_1\.0\.reason/,
    ],
    [
      'an empty original',
      `${HEAD}translatorNotes:\n  para_1:\n    - paragraph: 1\n${NOTE.replace('original: "бюджет қаражатынан"', 'original: "  "')}`,
      /translatorNotes\.para_1\.0\.original/,
    ],
    ['paragraph 0', `${HEAD}translatorNotes:\n  para_1:\n    - paragraph: 0\n${NOTE}`, /translatorNotes\.para_1\.0\.paragraph/],
    [
      'a paragraph that is not a number',
      `${HEAD}translatorNotes:\n  para_1:\n    - paragraph: "2"\n${NOTE}`,
      /translatorNotes\.para_1\.0\.paragraph/,
    ],
    [
      'a field the format does not know',
      `${HEAD}translatorNotes:\n  para_1:\n    - paragraph: 1\n      official: true\n${NOTE}`,
      /translatorNotes\.para_1\.0/,
    ],
    ['an empty list', `${HEAD}translatorNotes:\n  para_1: []\n`, /translatorNotes\.para_1/],
    ['one note instead of a list', `${HEAD}translatorNotes:\n  para_1:\n    paragraph: 1\n`, /translatorNotes\.para_1/],
  ])('refuses %s, naming the file and the field', (_name, text, field) => {
    expect(() => parse(text)).toThrow(CorpusError);
    expect(() => parse(text)).toThrow(/^translations\/x\.ru\.yaml/);
    expect(() => parse(text)).toThrow(field);
  });
});

describe('notes against the texts (ingest)', () => {
  const CORPUS = join(__dirname, '..', '..', 'corpus');
  const base = loadCorpus(CORPUS).input;

  /** The corpus with the decree's translation carrying other notes. */
  function withNotes(notes: Translation['translatorNotes']): CorpusInput {
    return {
      ...base,
      translations: base.translations.map((x) =>
        x.translation.act === 'gov-2012-1213' ? { ...x, translation: { ...x.translation, translatorNotes: notes } } : x,
      ),
    };
  }
  const note = (paragraph: number, original: string, rendering: string) => ({
    paragraph,
    original,
    literal: 'буквально',
    rendering,
    reason: 'Причина.',
  });
  const wordingsOf = (input: CorpusInput) => new Map(buildKnowledgeBase(input).wordings.map((w) => [w.id, w]));

  it('puts the corpus notes on the translation of their unit, never on an official wording, each on the paragraph it explains', () => {
    const rows = buildKnowledgeBase(base);
    const noted = rows.wordings.filter((w) => w.translatorNotes.length > 0);
    // the acts' notes are on their Russian translations, the Civil Code's on its Kazakh one
    for (const w of noted)
      expect([w.lang, w.official, w.origin]).toEqual([w.id.startsWith('civil-code/') ? 'kk' : 'ru', false, 'TRANSLATION']);
    expect(noted.some((w) => w.id.startsWith('civil-code/') && w.lang === 'kk')).toBe(true);
    for (const w of noted) for (const n of w.translatorNotes) expect(w.paragraphs[n.paragraph - 1]).toContain(n.rendering);
    const point3 = noted.find((w) => w.id === 'gov-2012-1213/att_1__para_3/ru/translation/current')!;
    expect(point3.translatorNotes).toEqual([
      expect.objectContaining({ target: 'att_1__para_3', paragraph: 1, original: 'бюджет қаражатынан толық көлемде өтелуге тиіс' }),
    ]);
    const point2 = noted.find((w) => w.id === 'sc-1999-9/para_2/ru/translation/current')!;
    expect(point2.translatorNotes).toEqual([
      expect.objectContaining({ target: 'para_2', paragraph: 2, original: 'орташа айлық есептік көрсеткіштің (кірістің)' }),
    ]);
  });

  it('numbers a point’s note by the paragraphs of the whole attachment, and gives a sub-point the note of its line', () => {
    const notes = {
      att_1__para_3: [note(1, 'бюджет қаражатынан', 'бюджетных средств')],
      att_1__para_9: [note(2, 'қаражат болған кезде', 'при наличии средств')],
    };
    const w = wordingsOf(withNotes(notes));
    // the Rules: title, point 1, point 2, point 3 (paragraph 4) … point 5 has three paragraphs … point 9's second line
    const rules = w.get('gov-2012-1213/att_1/ru/translation/current')!;
    expect(rules.translatorNotes.map((n) => [n.target, n.paragraph])).toEqual([
      ['att_1__para_3', 4],
      ['att_1__para_9', 13],
    ]);
    expect(rules.paragraphs[13 - 1]).toMatch(/^1\) при наличии средств/);
    expect(w.get('gov-2012-1213/att_1__para_9/ru/translation/current')!.translatorNotes.map((n) => n.paragraph)).toEqual([2]);
    expect(w.get('gov-2012-1213/att_1__para_9__subpara_1/ru/translation/current')!.translatorNotes.map((n) => n.paragraph)).toEqual([1]);
    expect(w.get('gov-2012-1213/att_1__para_9__subpara_2/ru/translation/current')!.translatorNotes).toEqual([]);
    expect(w.get('gov-2012-1213/att_1__para_9/kk/official_text/current')!.translatorNotes).toEqual([]);
  });

  it('finds the official words written with the Kazakh і where the export has a Latin i, and with any run of spaces', () => {
    expect(() => buildKnowledgeBase(withNotes({ att_1__para_3: [note(1, 'бюджет   қаражатынан', 'бюджетных средств')] }))).not.toThrow();
    // the export writes "iшiнара" with Latin i; a note may quote it either way
    const sc = base.translations.find((x) => x.translation.act === 'sc-1999-9')!;
    const input = {
      ...base,
      translations: base.translations.map((x) =>
        x === sc
          ? {
              ...x,
              translation: {
                ...x.translation,
                translatorNotes: { para_4: [note(1, 'Толық не ішінара кәсіби', 'полностью или частично')] },
              },
            }
          : x,
      ),
    };
    expect(() => buildKnowledgeBase(input)).not.toThrow();
  });

  it.each<[string, Translation['translatorNotes'], RegExp]>([
    ['a unit the act does not have', { para_99: [note(1, 'x', 'x')] }, /translatorNotes\.para_99: no such unit in gov-2012-1213/],
    [
      'a paragraph the unit does not have',
      { att_1__para_3: [note(2, 'бюджет', 'бюджет')] },
      /translatorNotes\.att_1__para_3\.0\.paragraph: att_1__para_3 has 1 paragraph/,
    ],
    [
      'official words that are not in that paragraph',
      { att_1__para_3: [note(1, 'бюджет қаражатына толық', 'бюджетных средств')] },
      /translatorNotes\.att_1__para_3\.0\.original: "бюджет қаражатына толық" is not in paragraph 1 of the official text/,
    ],
    [
      'a rendering the translation does not use',
      { att_1__para_3: [note(1, 'бюджет қаражатынан', 'из бюджета')] },
      /translatorNotes\.att_1__para_3\.0\.rendering: "из бюджета" is not in paragraph 1 of the translation/,
    ],
    [
      'the words of another paragraph',
      { att_1__para_5: [note(1, 'ұлттық қауіпсіздік органына жіберіледі', 'направляется в орган')] },
      /att_1__para_5\.0\.original/,
    ],
  ])('refuses %s with a CorpusError naming the translation file', (_name, notes, message) => {
    const input = withNotes(notes);
    expect(() => buildKnowledgeBase(input)).toThrow(CorpusError);
    expect(() => buildKnowledgeBase(input)).toThrow(/gov-2012-1213\.ru\.yaml/);
    expect(() => buildKnowledgeBase(input)).toThrow(message);
  });
});

describe('how a note reads', () => {
  const n = {
    target: 'para_2',
    paragraph: 2,
    original: 'орташа айлық есептік көрсеткіштің (кірістің)',
    literal: 'среднего месячного расчётного показателя (дохода)',
    rendering: 'среднемесячного заработка (дохода)',
    reason: 'Очевидный смысл.',
  };

  it('says in Russian what the Kazakh says literally, what the translation says, and why', () => {
    expect(translatorNoteText(n, 'ru')).toBe(
      'Прим. пер.: в официальном тексте на казахском языке — «орташа айлық есептік көрсеткіштің (кірістің)», буквально «среднего месячного расчётного показателя (дохода)»; в переводе — «среднемесячного заработка (дохода)». Очевидный смысл.',
    );
  });

  it('reads in Kazakh for a Kazakh translation of a Russian official text', () => {
    expect(translatorNoteText(n, 'kk')).toMatch(/^Аударм\. ескерт\.: бастапқы орыс мәтінінде — «/);
  });
});
