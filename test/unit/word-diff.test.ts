import fc from 'fast-check';
import { wordDiff } from '../../src/domain/word-diff';
import type { DiffSpan } from '../../src/domain/word-diff';

const join = (spans: DiffSpan[], without: DiffSpan['op']) =>
  spans
    .filter((s) => s.op !== without)
    .map((s) => s.text)
    .join('');
const newSide = (spans: DiffSpan[]) => join(spans, 'DELETE');
const oldSide = (spans: DiffSpan[]) => join(spans, 'INSERT');
const foldI = (s: string) => s.replace(/i/g, 'і').replace(/I/g, 'І');

describe('wordDiff', () => {
  it.each<[string, string, string, DiffSpan[]]>([
    ['equal texts', 'зиянды өтеу туралы', 'зиянды өтеу туралы', [{ op: 'EQUAL', text: 'зиянды өтеу туралы' }]],
    ['both empty', '', '', []],
    ['everything inserted', '', 'бір екі', [{ op: 'INSERT', text: 'бір екі' }]],
    ['everything deleted', 'бір екі', '', [{ op: 'DELETE', text: 'бір екі' }]],
    [
      'one word changed at the start',
      'зиянды өтеу туралы',
      'залалды өтеу туралы',
      [
        { op: 'INSERT', text: 'залалды' },
        { op: 'DELETE', text: 'зиянды' },
        { op: 'EQUAL', text: ' өтеу туралы' },
      ],
    ],
    [
      'one word changed in the middle',
      'бір екі үш',
      'бір төрт үш',
      [
        { op: 'EQUAL', text: 'бір ' },
        { op: 'INSERT', text: 'төрт' },
        { op: 'DELETE', text: 'екі' },
        { op: 'EQUAL', text: ' үш' },
      ],
    ],
    [
      'a word inserted',
      'зиянды өтеу туралы',
      'зиянды толық өтеу туралы',
      [
        { op: 'EQUAL', text: 'зиянды ' },
        { op: 'INSERT', text: 'толық ' },
        { op: 'EQUAL', text: 'өтеу туралы' },
      ],
    ],
    [
      'a word deleted',
      'зиянды толық өтеу туралы',
      'зиянды өтеу туралы',
      [
        { op: 'EQUAL', text: 'зиянды ' },
        { op: 'DELETE', text: 'толық ' },
        { op: 'EQUAL', text: 'өтеу туралы' },
      ],
    ],
    [
      'two separate changes',
      'А Б В Г',
      'А X В Y',
      [
        { op: 'EQUAL', text: 'А ' },
        { op: 'INSERT', text: 'X' },
        { op: 'DELETE', text: 'Б' },
        { op: 'EQUAL', text: ' В ' },
        { op: 'INSERT', text: 'Y' },
        { op: 'DELETE', text: 'Г' },
      ],
    ],
    ['Latin i against Kazakh і only', 'келтiрiлген зиян үшiн', 'келтірілген зиян үшін', [{ op: 'EQUAL', text: 'келтірілген зиян үшін' }]],
    ['Kazakh і against Latin i only', 'келтірілген зиян үшін', 'келтiрiлген зиян үшiн', [{ op: 'EQUAL', text: 'келтiрiлген зиян үшiн' }]],
    ['capital Latin I against capital Kazakh І', 'Iс қаралады', 'Іс қаралады', [{ op: 'EQUAL', text: 'Іс қаралады' }]],
    [
      'a whole published paragraph with mixed letters',
      'Жоғары қауiптiлiк көзінің иесi келтiрiлген зиян үшiн',
      'Жоғары қауіптілік көзінің иесі келтірілген зиян үшін',
      [{ op: 'EQUAL', text: 'Жоғары қауіптілік көзінің иесі келтірілген зиян үшін' }],
    ],
    [
      'an i/і difference next to a real change',
      'зиян үшiн жауап бередi',
      'зиян үшін жауап бермейді',
      [
        { op: 'EQUAL', text: 'зиян үшін жауап ' },
        { op: 'INSERT', text: 'бермейді' },
        { op: 'DELETE', text: 'бередi' },
      ],
    ],
    ['spacing alone is no change of wording', 'бір  екі', 'бір екі', [{ op: 'EQUAL', text: 'бір екі' }]],
  ])('%s', (_name, before, after, expected) => {
    expect(wordDiff(before, after)).toEqual(expected);
  });

  // Wrong today: EQUAL spans carry the new text's tokens with their trailing whitespace, so when the last
  // word of the old text goes, the old side reads "бір екіүш" (the space after "екі" belongs to the old
  // text only). Right: the non-INSERT spans give back "бір екі үш" — e.g. compare whitespace as tokens of
  // its own, or let a DELETE after an EQUAL carry the separating space (" үш").
  it('deleting the last word keeps the old side intact', () => {
    const spans = wordDiff('бір екі үш', 'бір екі');
    expect(newSide(spans)).toBe('бір екі');
    expect(oldSide(spans)).toBe('бір екі үш');
  });

  // Same defect with a reordering: the old side reads "зиянөтеледі".
  it('reordering two words keeps the old side intact', () => {
    const spans = wordDiff('зиян өтеледі', 'өтеледі зиян');
    expect(newSide(spans)).toBe('өтеледі зиян');
    expect(oldSide(spans)).toBe('зиян өтеледі');
  });
});

describe('wordDiff properties', () => {
  // Kazakh words, some in two spellings (Latin i / Kazakh і), so i/і-only differences come up often.
  const WORDS = [
    'зиян',
    'зиянды',
    'өтеу',
    'үшін',
    'үшiн',
    'келтірілген',
    'келтiрiлген',
    'сот',
    'АК-нің',
    '938-бабына',
    '(кіріс)',
    'және',
    'Іс',
    'Iс',
    '–',
  ];
  const SEPARATORS = [' ', ' ', ' ', '  ', '\n', ' \t'];
  const word = fc.constantFrom(...WORDS);
  const separator = fc.constantFrom(...SEPARATORS);
  /** Any text: words with any separators, optional leading and trailing whitespace. */
  const anyText = fc
    .tuple(fc.constantFrom('', ' '), fc.array(fc.tuple(word, separator), { maxLength: 14 }), fc.constantFrom('', ' ', '\n'))
    .map(
      ([lead, pairs, tail]) =>
        lead +
        pairs
          .map(([w, s]) => w + s)
          .join('')
          .trimEnd() +
        tail,
    );
  /** Texts where every word is followed by exactly one space and no word has a second spelling. */
  const PLAIN = WORDS.filter((w) => !/i|I/.test(w));
  const plainText = fc.array(fc.constantFrom(...PLAIN), { maxLength: 14 }).map((ws) => ws.map((w) => `${w} `).join(''));

  it('the non-DELETE spans give back the new text exactly', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        expect(newSide(wordDiff(before, after))).toBe(after);
      }),
      { numRuns: 1000 },
    );
  });

  it('the non-INSERT spans give back the old text exactly when equal words are spelt and spaced alike', () => {
    fc.assert(
      fc.property(plainText, plainText, (before, after) => {
        const spans = wordDiff(before, after);
        expect(oldSide(spans)).toBe(before);
        expect(newSide(spans)).toBe(after);
      }),
      { numRuns: 1000 },
    );
  });

  // Wrong today (the defect shown above, in general): the old side can glue two words together, e.g.
  // wordDiff("келтірілген зиян", "келтірілген") → old side "келтірілгензиян". Right: for any two texts the
  // non-INSERT spans hold the old words in order, up to i/і. A fixed seed keeps this expectation deterministic.
  it('the non-INSERT spans give back the old words, up to i/і, for any texts', () => {
    const words = (s: string) => foldI(s).split(/\s+/u).filter(Boolean);
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        expect(words(oldSide(wordDiff(before, after)))).toEqual(words(before));
      }),
      { numRuns: 1000, seed: 20241128 },
    );
  });

  it('texts that differ only in i/і are one EQUAL span', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }), (text, flips) => {
        let k = 0;
        const respelt = text.replace(/[iі]/gu, (c) => (flips[k++ % flips.length] ? (c === 'i' ? 'і' : 'i') : c));
        const spans = wordDiff(text, respelt);
        expect(spans.every((s) => s.op === 'EQUAL')).toBe(true);
        expect(newSide(spans)).toBe(respelt);
      }),
      { numRuns: 500 },
    );
  });

  it('a text compared with itself is one EQUAL span (or nothing when empty)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(wordDiff(text, text)).toEqual(text ? [{ op: 'EQUAL', text }] : []);
      }),
      { numRuns: 500 },
    );
  });

  it('no two neighbouring spans have the same op', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        const ops = wordDiff(before, after).map((s) => s.op);
        for (let k = 1; k < ops.length; k++) expect(ops[k]).not.toBe(ops[k - 1]);
      }),
      { numRuns: 500 },
    );
  });
});
