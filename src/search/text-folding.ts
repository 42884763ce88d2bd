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
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LATIN_I = /[iI]/g;
const CYRILLIC_I: Readonly<Record<string, string>> = {
  [LATIN_SMALL_I]: CYRILLIC_SMALL_BYELORUSSIAN_UKRAINIAN_I,
  [LATIN_CAPITAL_I]: CYRILLIC_CAPITAL_BYELORUSSIAN_UKRAINIAN_I,
};

/** Code units of the letter (or mark) that ends just before `end`: 0 if none, 2 for one outside the BMP. */
function letterBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const unit = text.charCodeAt(end - 1);
  const width = unit >= 0xdc00 && unit <= 0xdfff && end >= 2 ? 2 : 1;
  return LETTER_OR_MARK.test(text.slice(end - width, end)) ? width : 0;
}

/** Code units of the letter (or mark) that starts at `start`: 0 if none. */
function letterAt(text: string, start: number): number {
  if (start >= text.length) return 0;
  const width = text.codePointAt(start)! > 0xffff ? 2 : 1;
  return LETTER_OR_MARK.test(text.slice(start, start + width)) ? width : 0;
}

/**
 * The official export writes the Kazakh letter і as Latin i inside Cyrillic words ("үшiн", "келтiрiлген").
 * Inside any word that contains a Cyrillic letter, Latin i/I become Cyrillic і/І; words written wholly in
 * Latin ("iPhone", "II") are left alone. Deciding per word rather than per neighbour also covers an i that
 * is next to another i or starts the word ("iшiнара"). Only the words around a Latin i are looked at: the
 * citation finders fold every clause, and most words hold no i.
 */
export function foldIi(text: string): string {
  if (!text.includes(LATIN_SMALL_I) && !text.includes(LATIN_CAPITAL_I)) return text;
  let out = '';
  let copied = 0;
  const found = new RegExp(LATIN_I.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = found.exec(text)) !== null) {
    let start = m.index;
    for (let w = letterBefore(text, start); w > 0; w = letterBefore(text, start)) start -= w;
    let end = m.index + 1;
    for (let w = letterAt(text, end); w > 0; w = letterAt(text, end)) end += w;
    const word = text.slice(start, end);
    out += text.slice(copied, start) + (CYRILLIC_LETTER.test(word) ? word.replace(LATIN_I, (ch) => CYRILLIC_I[ch]) : word);
    copied = end;
    found.lastIndex = end;
  }
  return out + text.slice(copied);
}

/** Kazakh-specific letters and the Russian-keyboard letters people type instead of them. */
export const KAZAKH_KEYBOARD_FOLDS: Readonly<Record<string, string>> = Object.freeze({
  ә: 'а',
  Ә: 'А',
  ғ: 'г',
  Ғ: 'Г',
  қ: 'к',
  Қ: 'К',
  ң: 'н',
  Ң: 'Н',
  ө: 'о',
  Ө: 'О',
  ұ: 'у',
  Ұ: 'У',
  ү: 'у',
  Ү: 'У',
  һ: 'х',
  Һ: 'Х',
  і: 'и',
  І: 'И',
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

/**
 * The only characters whose lowercasing is not the same character by character: İ (its lowercase is two code
 * units long) and Σ (whose lowercase depends on the letter after it).
 */
const LOWERCASE_NOT_CHAR_BY_CHAR = /[\u0130\u03A3]/;

/** Lowercases one character at a time, keeping a character whose lowercase form has another length. */
export function lowercaseKeepingLength(text: string): string {
  // the whole string at once where that is the same thing: several times faster than a character at a time
  if (!LOWERCASE_NOT_CHAR_BY_CHAR.test(text)) return text.toLowerCase();
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
  return lowered.replace(/ё/g, 'е').replace(DASHES, '-').replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(SPACES, ' ');
}

/**
 * The form used by diffs and equality checks between wordings: only the i/і artifact is folded, so that
 * "үшiн" and "үшін" compare equal while every real change (case, punctuation, dashes) still shows.
 */
export function foldForComparison(text: string): string {
  return foldIi(text);
}
