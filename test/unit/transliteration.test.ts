import { inOneAlphabet, transliterateLatin, transliterateWord } from '../../src/search/transliteration';
import { analyzeKeyboardFolded } from '../../src/search/analyzer';
import { detectLanguage } from '../../src/search/language-detect';
import fc from 'fast-check';

describe('transliterateWord: Latin-script Kazakh to the keyboard-folded Cyrillic alphabet', () => {
  it.each([
    // informal spellings without marks
    ['zhumys', 'жумыс'],
    ['berushi', 'беруши'],
    ['ziyan', 'зиян'],
    ['otew', 'отеу'],
    ['jerleu', 'жерлеу'],
    ['shygyndary', 'шыгындары'],
    ['qyzmetker', 'кызметкер'],
    ['bayanat', 'баянат'],
    ['tikelei', 'тикелей'],
    ['buiryq', 'буйрык'],
    ['ketui', 'кетуи'],
    ['qoyu', 'кою'],
    // a y between a vowel and another y closes the syllable, the second is the vowel
    ['ayyrylgan', 'айырылган'],
    ['boyynsha', 'бойынша'],
    ['dayyn', 'дайын'],
    ['syy', 'сый'],
    // the 2021 alphabet
    ['joğary', 'жогары'],
    ['qauıptılık', 'кауиптилик'],
    ['közınıñ', 'козинин'],
    ['būryñğy', 'бурынгы'],
    ['şaharynyñ', 'шахарынын'],
    ['äke', 'аке'],
    // 2017 apostrophes and 2018 acutes
    ["a'ke", 'аке'],
    ["s'ygys", 'шыгыс'],
    ['ǵylym', 'гылым'],
    // Russian transliteration reads the same way
    ['vozmeshchenie', 'возмещение'],
    ['zdorovyu', 'здоровью'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(transliterateWord(latin)).toBe(cyrillic);
  });
});

describe('transliterateLatin on a question', () => {
  it('transliterates the Latin words only and says when it did nothing', () => {
    expect(transliterateLatin('зиян otew')).toBe('зиян отеу');
    expect(transliterateLatin('моральдық зиян')).toBeNull();
    expect(transliterateLatin('12, 2024')).toBeNull();
  });

  it('keeps single letters and Roman numerals', () => {
    expect(transliterateLatin('N 9 II')).toBeNull();
    expect(transliterateLatin('bap II')).toBe('бап II');
  });

  it('makes Latin-script Kazakh meet the folded stems of the official text and be read as Kazakh', () => {
    const latin = transliterateLatin('jerleu shygyndary')!;
    expect(analyzeKeyboardFolded(latin)).toEqual(analyzeKeyboardFolded('жерлеу шығындары'));
    expect(detectLanguage(latin)).toBe('kk');
    expect(analyzeKeyboardFolded(transliterateLatin('moraldyq ziyan')!)).toEqual(analyzeKeyboardFolded('моральдық зиян'));
  });

  it('never throws, and leaves every word either as it was or without a Latin letter', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zäğıñöşūü' ]{0,40}$/), (text) => {
        const out = transliterateLatin(text) ?? text;
        const before = text.split(' ');
        const after = out.split(' ');
        expect(after).toHaveLength(before.length);
        after.forEach((word, i) => expect(word === before[i] || !/[a-zäğıñöşūü]/.test(word)).toBe(true));
      }),
    );
  });
});

describe('a word mixing the two alphabets', () => {
  it.each([
    ['kinalі (a Cyrillic і)', 'kinalі', { word: 'kinali', latin: true }],
    ['kоmpensatsiya (a Cyrillic о)', 'kоmpensatsiya', { word: 'kompensatsiya', latin: true }],
    ['өтeмақы (a Latin e)', 'өтeмақы', { word: 'өтемақы', latin: false }],
    ['сoт (a Latin o)', 'сoт', { word: 'сот', latin: false }],
    ['zиян (a Latin z, which no Cyrillic letter looks like)', 'zиян', null],
    ['аb (as many of each)', 'аb', null],
    ['зиян (one alphabet)', 'зиян', null],
    ['ziyan (one alphabet)', 'ziyan', null],
  ])('%s', (_, word, expected) => {
    expect(inOneAlphabet(word)).toEqual(expected);
  });

  it('is written in one alphabet before the question is analyzed', () => {
    expect(analyzeKeyboardFolded(transliterateLatin('жұмыс берушi кiнәлi')!)).toEqual(analyzeKeyboardFolded('жұмыс беруші кінәлі'));
    expect(transliterateLatin('zhumys berushi kinalі')).toBe(transliterateLatin('zhumys berushi kinali'));
    expect(transliterateLatin('өтeмақы сoмасы')).toBe('өтемақы сомасы');
  });

  it('restores a Cyrillic word in which any one look-alike letter was typed in Latin', () => {
    const lookalikes: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', к: 'k' };
    fc.assert(
      fc.property(fc.stringMatching(/^[а-яәғқңөұүһі]{3,12}$/), fc.nat(), (word, at) => {
        const places = [...word].flatMap((ch, i) => (lookalikes[ch] ? [i] : []));
        fc.pre(places.length > 0);
        const i = places[at % places.length];
        const mixed = word.slice(0, i) + lookalikes[word[i]] + word.slice(i + 1);
        expect(inOneAlphabet(mixed)).toEqual({ word, latin: false });
      }),
    );
  });
});
