/**
 * Kazakh (and Russian) written in Latin letters → Cyrillic, for search queries.
 *
 * People type Kazakh in Latin letters in several ways: the official alphabets of 2017 (apostrophes: a', g', n'),
 * 2018 (acutes: á, ǵ, ń) and 2021 (ä, ğ, ñ, ş, ū, ü, ı), and informal spellings without any marks ("zhumys
 * berushi", "ziyan otew", "qyzmetker"). No spelling tells every Kazakh letter apart (ү/ұ/у are all "u" in
 * most of them), so the target is the Russian-keyboard alphabet that search already folds Kazakh into
 * (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и; see foldKazakhKeyboard): a query transliterated here meets the
 * keyboard-folded index field. The same rules read common Russian transliteration ("vozmeshchenie vreda").
 *
 * Only words written wholly in Latin letters are transliterated; single letters and Roman numerals ("N", "II")
 * are kept, as are words with Cyrillic letters.
 */

const VOWELS = 'aeiouyäöüūıáóúéíâ';
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch);

/** Letter groups read as one Cyrillic letter, longest first. */
const GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['kh', 'х'],
  ['gh', 'г'],
  ['ts', 'ц'],
  // 2017 alphabet: an apostrophe after a letter
  ["a'", 'а'],
  ["o'", 'о'],
  ["u'", 'у'],
  ["y'", 'у'],
  ["i'", 'и'],
  ["g'", 'г'],
  ["n'", 'н'],
  ["s'", 'ш'],
  ["c'", 'ч'],
];

/** Single letters; y and i depend on their neighbours (see transliterateWord). */
const LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  ä: 'а',
  á: 'а',
  â: 'а',
  b: 'б',
  c: 'ц',
  ç: 'ч',
  d: 'д',
  e: 'е',
  é: 'е',
  f: 'ф',
  g: 'г',
  ğ: 'г',
  ǵ: 'г',
  h: 'х',
  ı: 'и',
  í: 'и',
  ï: 'и',
  j: 'ж',
  k: 'к',
  q: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ñ: 'н',
  ń: 'н',
  ŋ: 'н',
  o: 'о',
  ö: 'о',
  ó: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ū: 'у',
  ú: 'у',
  ü: 'у',
  ý: 'у',
  w: 'у',
  v: 'в',
  x: 'х',
  z: 'з',
};

/** Vowels that y softens into one letter after a vowel or at the start of a word: ya → я, yu → ю, yo → ё. */
const Y_VOWELS: Readonly<Record<string, string>> = { a: 'я', u: 'ю', o: 'ё' };

/** The letters of the Latin alphabets of Kazakh (2017, 2018, 2021) and of informal spellings. */
const LATIN_LETTER = 'a-zäáâçéğǵıíïñńŋöóşūúüý';
const LATIN_WORD = new RegExp(`^[${LATIN_LETTER}']+$`);
const ROMAN_NUMERAL = /^[ivxlcdm]+$/;

/** One word in lowercase Latin letters → Cyrillic (Russian-keyboard alphabet). */
export function transliterateWord(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const group = GROUPS.find(([latin]) => word.startsWith(latin, i));
    if (group) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const ch = word[i];
    const prev = word[i - 1];
    const next = word[i + 1];
    if (ch === 'y') {
      // "ya", "yu", "yo": я, ю, ё (bayanat, ziyan); y after a vowel and not before one: й (syi, qoy);
      // otherwise ы (qyzmet, saqtandyru), and after a й it made (ayy: айы)
      if (next !== undefined && Y_VOWELS[next]) {
        // after a consonant a soft sign comes first (Russian "zdorovyu" → здоровью)
        out += (i === 0 || isVowel(prev) ? '' : 'ь') + Y_VOWELS[next];
        i += 2;
        continue;
      }
      // before another y it closes the syllable too, and the next y is the vowel (ayyrylgan → айырылган, boyynsha)
      out += isVowel(prev) && out.at(-1) !== 'й' && (!isVowel(next) || next === 'y') ? 'й' : 'ы';
    } else if (ch === 'i') {
      // i after a vowel and not before one closes the syllable: й (tikelei, buiryq, ai); at the end of a word
      // after u it is the possessive і of a verbal noun (ketui, oteui)
      const closes = isVowel(prev) && prev !== 'i' && !isVowel(next) && !(next === undefined && (prev === 'u' || prev === 'w'));
      out += closes ? 'й' : 'и';
    } else if (ch === "'") {
      // an apostrophe the groups did not take (a soft sign in Russian transliteration, or a quote): dropped
    } else {
      out += LETTERS[ch] ?? ch;
    }
    i++;
  }
  return out;
}

const WORD = /[\p{L}\p{M}']+/gu;
const CYRILLIC = /[\u0400-\u04FF]/;
const CYRILLIC_LETTERS = /[\u0400-\u04FF]/g;
const LATIN_LETTERS = new RegExp(`[${LATIN_LETTER}]`, 'g');

/**
 * The Cyrillic and Latin letters that look alike (lowercase). A phone's two keyboards put them under the same
 * fingers, and Kazakh Cyrillic "і" is the Latin "i" to the eye: a word typed in one alphabet can hold a letter of
 * the other that nobody can see.
 */
const LOOKALIKES: ReadonlyArray<readonly [cyrillic: string, latin: string]> = [
  ['а', 'a'],
  ['е', 'e'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['у', 'y'],
  ['х', 'x'],
  ['і', 'i'],
  ['к', 'k'],
  ['һ', 'h'],
];
const TO_LATIN: ReadonlyMap<string, string> = new Map(LOOKALIKES);
const TO_CYRILLIC: ReadonlyMap<string, string> = new Map(LOOKALIKES.map(([c, l]) => [l, c]));

/**
 * A lowercase word mixing the two alphabets, in the one most of its letters are written in, when every letter of
 * the other has a look-alike there ("kinalі" with a Cyrillic і → "kinali"; "өтeмақы" with a Latin e → "өтемақы");
 * null when it cannot be (a letter of the other alphabet with no look-alike, or as many letters of each).
 */
export function inOneAlphabet(word: string): { word: string; latin: boolean } | null {
  const cyrillic = word.match(CYRILLIC_LETTERS)?.length ?? 0;
  const latin = word.match(LATIN_LETTERS)?.length ?? 0;
  if (cyrillic === 0 || latin === 0 || cyrillic === latin) return null;
  const toLatin = latin > cyrillic;
  const map = toLatin ? TO_LATIN : TO_CYRILLIC;
  const other = toLatin ? CYRILLIC_LETTERS : LATIN_LETTERS;
  let unmappable = false;
  const out = word.replace(other, (ch) => map.get(ch) ?? ((unmappable = true), ch));
  return unmappable ? null : { word: out, latin: toLatin };
}

/**
 * The query with every word written in Latin letters transliterated to Cyrillic, a word mixing the two alphabets
 * first written in the one most of its letters are in (inOneAlphabet); null when it has neither (nothing to do).
 * Case is lowered for the words changed only.
 */
export function transliterateLatin(text: string): string | null {
  let changed = false;
  const out = text.replace(WORD, (raw) => {
    let word = raw.toLowerCase();
    const mixed = CYRILLIC.test(word) ? inOneAlphabet(word) : null;
    if (mixed && !mixed.latin) {
      changed = true;
      return mixed.word;
    }
    if (mixed) word = mixed.word;
    if (word.replace(/'/g, '').length < 2 || CYRILLIC.test(word) || !LATIN_WORD.test(word)) return raw;
    if (ROMAN_NUMERAL.test(word) && raw === raw.toUpperCase()) return raw;
    changed = true;
    return transliterateWord(word.normalize('NFC'));
  });
  return changed ? out : null;
}
