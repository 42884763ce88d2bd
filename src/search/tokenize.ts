/**
 * Word tokenizer for Kazakh and Russian legal text (Cyrillic, Latin, digits), with character offsets into
 * the string it is given.
 *
 * Rules, in the order they matter:
 * - a word is a run of letters (with combining marks); a number is a run of digits;
 * - numbers joined by "-", "." or "/" stay one token: clause numbers "21-1", dates "10.08.2023";
 * - a number glued to a word is split from it: "938-бабына" → "938", "бабына"; "5нормативтік" → "5",
 *   "нормативтік"; "өтеу3)" → "өтеу", "3";
 * - hyphenated words are split into their parts ("сондай-ақ", "тергеп-тексеру"), because Kazakh text
 *   writes the same compound with and without the hyphen and queries rarely repeat it;
 * - a bare case ending after a hyphen ("АК-нің", "АПК-нің", "1-ші") is dropped: it is how Kazakh inflects
 *   abbreviations and numerals, carries no meaning of its own, and as a token would match everything.
 *   This is decided on the ending alone, so it works on lowercased text too ("ак-нің").
 */

import { foldKazakhKeyboard } from './text-folding';

export type TokenKind = 'word' | 'number';

export interface Token {
  /** The token as it appears in the input (no case change). */
  readonly text: string;
  /** Offset of the first character in the input. */
  readonly start: number;
  /** Offset one past the last character in the input. */
  readonly end: number;
  readonly kind: TokenKind;
}

/**
 * What a character is to the tokenizer, as these classes say: a letter or a combining mark belongs to a word, a
 * decimal digit to a number. The rules are in these two regular expressions; the scanner below only remembers
 * their answer for each character of the Basic Multilingual Plane (every text of the corpus and every question reads
 * the same few hundred characters again and again), and asks them each time for the rest.
 */
const WORD_CHARACTER = /^[\p{L}\p{M}]$/u;
const DIGIT = /^\p{Nd}$/u;
const enum CharacterClass {
  Unknown = 0,
  Word = 1,
  Digit = 2,
  Other = 3,
}
const BMP_CLASSES = new Uint8Array(0x10000);

function classify(character: string): CharacterClass {
  return WORD_CHARACTER.test(character) ? CharacterClass.Word : DIGIT.test(character) ? CharacterClass.Digit : CharacterClass.Other;
}

/** The class of the character at `i` of the Basic Multilingual Plane (not a surrogate). */
function bmpClass(text: string, i: number): CharacterClass {
  const code = text.charCodeAt(i);
  const known = BMP_CLASSES[code] as CharacterClass;
  return known !== CharacterClass.Unknown ? known : (BMP_CLASSES[code] = classify(text[i]));
}

/** The length in UTF-16 units of the character at `i`: 2 for a surrogate pair (a character outside the BMP). */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** The class of the character at `i`, whatever its plane. */
function classAt(text: string, i: number): CharacterClass {
  return widthAt(text, i) === 1 ? bmpClass(text, i) : classify(text.slice(i, i + 2));
}

/** Where a run of characters of one class that starts at `i` ends. */
function runEnd(text: string, i: number, kind: CharacterClass): number {
  let end = i;
  while (end < text.length) {
    const width = widthAt(text, end);
    if ((width === 1 ? bmpClass(text, end) : classify(text.slice(end, end + 2))) !== kind) break;
    end += width;
  }
  return end;
}

/** Where a number that starts at `i` ends: digits, and more digits after each "-", "." or "/" between them. */
function numberEnd(text: string, i: number): number {
  let end = runEnd(text, i, CharacterClass.Digit);
  for (;;) {
    const separator = text[end];
    if (
      (separator !== '-' && separator !== '.' && separator !== '/') ||
      end + 1 >= text.length ||
      classAt(text, end + 1) !== CharacterClass.Digit
    )
      return end;
    end = runEnd(text, end + 1, CharacterClass.Digit);
  }
}

/** Case endings and ordinal endings written after a hyphen: "АК-нің", "2004-ші", "18-і". */
const HYPHENATED_ENDING_LIST = [
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'на',
  'не',
  'ға',
  'ге',
  'қа',
  'ке',
  'а',
  'е',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'ын',
  'ін',
  'да',
  'де',
  'та',
  'те',
  'нда',
  'нде',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'ндан',
  'нден',
  'мен',
  'бен',
  'пен',
  'ы',
  'і',
  'сы',
  'сі',
  'шы',
  'ші',
  'ыншы',
  'інші',
  'ншы',
  'нші',
  'дағы',
  'дегі',
  'тағы',
  'тегі',
  'ндағы',
  'ндегі',
];
/** Also as typed on a Russian keyboard ("ак-нин"), since keyboard-folded text is tokenized too. */
const HYPHENATED_ENDINGS: ReadonlySet<string> = new Set([...HYPHENATED_ENDING_LIST, ...HYPHENATED_ENDING_LIST.map(foldKazakhKeyboard)]);

function isHyphenAt(text: string, index: number): boolean {
  const ch = text[index];
  return ch === '-' || ch === '\u2010' || ch === '\u2011' || ch === '\u2013' || ch === '\u2014';
}

/**
 * The runs of word characters and the numbers of a text, in order, with offsets: what the regular expression
 * `([\p{L}\p{M}]+)|(\p{Nd}+(?:[-./]\p{Nd}+)*)` finds, read by a scanner (a third of the time: every text of a
 * reindex and every snippet is tokenized).
 */
export function wordAndNumberRuns(text: string): Token[] {
  const runs: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const found = classAt(text, i);
    if (found !== CharacterClass.Word && found !== CharacterClass.Digit) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    const kind: TokenKind = found === CharacterClass.Word ? 'word' : 'number';
    i = kind === 'word' ? runEnd(text, start, CharacterClass.Word) : numberEnd(text, start);
    runs.push({ text: text.slice(start, i), start, end: i, kind });
  }
  return runs;
}

/** Splits text into word and number tokens, in order, with offsets. Pure and deterministic. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const run of wordAndNumberRuns(text)) {
    const previous = tokens[tokens.length - 1];
    const hyphenatedToPrevious =
      run.kind === 'word' && previous !== undefined && previous.end === run.start - 1 && isHyphenAt(text, run.start - 1);
    if (hyphenatedToPrevious && HYPHENATED_ENDINGS.has(run.text.toLowerCase().replace(/i/g, 'і'))) continue;
    tokens.push(run);
  }
  return tokens;
}

/** Convenience: the token texts only. */
export function tokenTexts(text: string): string[] {
  return tokenize(text).map((token) => token.text);
}
