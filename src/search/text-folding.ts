/**
 * Character folding for search and comparison of Kazakh and Russian legal text.
 *
 * Every function here maps one UTF-16 code unit to exactly one code unit, so a character offset into the
 * folded string is the same offset into the original. Highlighting and diffs rely on that.
 */

const CYRILLIC_LETTER = /[\u0400-\u04FF\u0500-\u052F]/;
const LATIN_SMALL_I = 'i';
const LATIN_CAPITAL_I = 'I';
const CYRILLIC_SMALL_BYELORUSSIAN_UKRAINIAN_I = '\u0456'; // і
const CYRILLIC_CAPITAL_BYELORUSSIAN_UKRAINIAN_I = '\u0406'; // І

/** A word here is a maximal run of letters and combining marks; digits and punctuation end it. */
const WORD_RUN = /[\p{L}\p{M}]+/gu;

/**
 * The official export writes the Kazakh letter і as Latin i inside Cyrillic words ("үшiн", "келтiрiлген").
 * Inside any word that contains a Cyrillic letter, Latin i/I become Cyrillic і/І; words written wholly in
 * Latin ("iPhone", "II") are left alone. Deciding per word rather than per neighbour also covers an i that
 * is next to another i or starts the word ("iшiнара").
 */
export function foldIi(text: string): string {
  if (!text.includes(LATIN_SMALL_I) && !text.includes(LATIN_CAPITAL_I)) return text;
  return text.replace(WORD_RUN, (word) => {
    if (!CYRILLIC_LETTER.test(word)) return word;
    let out = '';
    for (const ch of word) {
      if (ch === LATIN_SMALL_I) out += CYRILLIC_SMALL_BYELORUSSIAN_UKRAINIAN_I;
      else if (ch === LATIN_CAPITAL_I) out += CYRILLIC_CAPITAL_BYELORUSSIAN_UKRAINIAN_I;
      else out += ch;
    }
    return out;
  });
}

/** Kazakh-specific letters and the Russian-keyboard letters people type instead of them. */
export const KAZAKH_KEYBOARD_FOLDS: Readonly<Record<string, string>> = Object.freeze({
  'ә': 'а', 'Ә': 'А',
  'ғ': 'г', 'Ғ': 'Г',
  'қ': 'к', 'Қ': 'К',
  'ң': 'н', 'Ң': 'Н',
  'ө': 'о', 'Ө': 'О',
  'ұ': 'у', 'Ұ': 'У',
  'ү': 'у', 'Ү': 'У',
  'һ': 'х', 'Һ': 'Х',
  'і': 'и', 'І': 'И',
});

const KAZAKH_SPECIFIC = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

/**
 * Maps the nine Kazakh-specific letters to the Russian letters typed for them on a Russian keyboard, so a
 * query typed as "жумыс беруши" meets text folded the same way. Only that map: a Latin i is not touched
 * (run foldIi first, as normalizeForSearch does).
 */
export function foldKazakhKeyboard(text: string): string {
  return text.replace(KAZAKH_SPECIFIC, (ch) => KAZAKH_KEYBOARD_FOLDS[ch] ?? ch);
}

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\uFE58\uFE63\uFF0D]/g;
const DOUBLE_QUOTES = /[«»„“”‟″〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛′‹›`´]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Lowercases one character at a time, keeping a character whose lowercase form has another length. */
function lowercaseKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/**
 * The form used to index and to query: lowercase, ё→е, Latin i inside Cyrillic words → і, every dash as
 * "-", every quotation mark as '"' or "'", exotic spaces as a plain space. Length-preserving.
 */
export function normalizeForSearch(text: string): string {
  const lowered = lowercaseKeepingLength(foldIi(text));
  return lowered
    .replace(/ё/g, 'е')
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(SPACES, ' ');
}

/**
 * The form used by diffs and equality checks between wordings: only the i/і artifact is folded, so that
 * "үшiн" and "үшін" compare equal while every real change (case, punctuation, dashes) still shows.
 */
export function foldForComparison(text: string): string {
  return foldIi(text);
}
