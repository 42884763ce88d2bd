import fc from 'fast-check';
import { foldForComparison, foldIi, foldKazakhKeyboard, lowercaseKeepingLength, normalizeForSearch } from '../../src/search/text-folding';

describe('foldIi', () => {
  it.each([
    ['үшiн', 'үшін'],
    ['келтiрiлген', 'келтірілген'],
    ['iшiнара', 'ішінара'],
    ['Iс', 'Іс'],
    ['ҚАУЛЫ ЕТЕДI', 'ҚАУЛЫ ЕТЕДІ'],
    ['АК-нiң 938-бабына', 'АК-нің 938-бабына'],
    ['N 5нормативтiк', 'N 5нормативтік'],
    ['iPhone', 'iPhone'],
    ['II тарау', 'II тарау'],
    ['i', 'i'],
    ['Apple iOS үшiн', 'Apple iOS үшін'],
    ['келтірілген', 'келтірілген'],
    ['', ''],
    ['бi\u0301р', 'бі\u0301р'],
    ['𝐀i', '𝐀i'],
    ['𝐀iб', '𝐀іб'],
    ['бi𝐀 i', 'бі𝐀 i'],
    ['i.бi,i', 'i.бі,i'],
  ])('%s → %s', (input, expected) => {
    expect(foldIi(input)).toBe(expected);
  });

  /** The rule as first written: every word, letter by letter. */
  const wordByWord = (text: string) =>
    text.replace(/[\p{L}\p{M}]+/gu, (word) => (/[\u0400-\u052F]/.test(word) ? word.replace(/i/g, 'і').replace(/I/g, 'І') : word));

  it('folds as deciding word by word would, on any text', () => {
    const letters = fc.string({ unit: fc.constantFrom(...'iIбіә aZ-.\u0301'.split(''), '𝐀', '\ud835', '\udc00'), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(letters, fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        expect(foldIi(text)).toBe(wordByWord(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('lowercaseKeepingLength', () => {
  /** The rule itself: one character at a time, a character whose lowercase has another length kept. */
  const charByChar = (text: string) => [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');

  it.each([
    ['ЗИЯН ҮШІН', 'зиян үшін'],
    ['İstanbul', 'İstanbul'],
    ['ΟΔΟΣ Σ', 'οδοσ σ'],
    ['𐐀bc', '𐐨bc'],
  ])('%s → %s', (input, expected) => {
    expect(lowercaseKeepingLength(input)).toBe(expected);
  });

  it('lowercases as one character at a time would, on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(...'ΣσİiIАӘЁΟ𐐀 .'.split(''), '𐐀') })),
        (text) => {
          expect(lowercaseKeepingLength(text)).toBe(charByChar(text));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('foldKazakhKeyboard', () => {
  it.each([
    ['жұмыс беруші кінәлі', 'жумыс беруши кинали'],
    ['Әскери қызметші', 'Аскери кызметши'],
    ['өтемақы', 'отемакы'],
    ['ғана', 'гана'],
    ['мүлікке', 'муликке'],
    ['Һ һ Ң ң Ө Ү Ұ І', 'Х х Н н О У У И'],
    ['возмещение вреда', 'возмещение вреда'],
  ])('%s → %s', (input, expected) => {
    expect(foldKazakhKeyboard(input)).toBe(expected);
  });
});

describe('normalizeForSearch', () => {
  it.each([
    ['Келтiрiлген ЗИЯН', 'келтірілген зиян'],
    ['Осуждённый', 'осужденный'],
    ['бұдан әрі – Қағидалар', 'бұдан әрі - қағидалар'],
    ['«Қазақстан Республикасының» заңы', '"қазақстан республикасының" заңы'],
    ['„кавычки“ и ‘одинарные’', '"кавычки" и \'одинарные\''],
    ['10\u00a0(он) жұмыс', '10 (он) жұмыс'],
    ['АК-нің 924-бабы', 'ак-нің 924-бабы'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });
});

describe('foldForComparison', () => {
  it('makes the official text with Latin i equal to the same text with і', () => {
    expect(foldForComparison('келтiрiлген зиян үшiн')).toBe(foldForComparison('келтірілген зиян үшін'));
  });

  it.each([
    ['Зиян', 'зиян'],
    ['бұдан әрі – АК', 'бұдан әрі - АК'],
    ['өтеу', 'өтелу'],
  ])('still tells %s from %s', (a, b) => {
    expect(foldForComparison(a)).not.toBe(foldForComparison(b));
  });
});

const mixedText = fc.string({
  unit: fc.constantFrom(...'aiIбіiәқңөұүһ ІӘ-–«»ёЁ «»"0123456789АБВ'.split('')),
  maxLength: 40,
});

describe('folding properties', () => {
  const folds = { foldIi, foldKazakhKeyboard, normalizeForSearch, foldForComparison };
  it.each(Object.entries(folds))('%s is idempotent and keeps the length', (_name, fold) => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string()), (text) => {
        const once = fold(text);
        expect(fold(once)).toBe(once);
        expect(once.length).toBe(text.length);
      }),
      { numRuns: 1000 },
    );
  });
});
