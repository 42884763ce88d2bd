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

const RAW_RUN = /([\p{L}\p{M}]+)|(\p{Nd}+(?:[-./]\p{Nd}+)*)/gu;

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

/** Splits text into word and number tokens, in order, with offsets. Pure and deterministic. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(RAW_RUN)) {
    const start = match.index ?? 0;
    const value = match[0];
    const kind: TokenKind = match[1] !== undefined ? 'word' : 'number';
    const previous = tokens[tokens.length - 1];
    const hyphenatedToPrevious = kind === 'word' && previous !== undefined && previous.end === start - 1 && isHyphenAt(text, start - 1);
    if (hyphenatedToPrevious && HYPHENATED_ENDINGS.has(value.toLowerCase().replace(/i/g, 'і'))) {
      continue;
    }
    tokens.push({ text: value, start, end: start + value.length, kind });
  }
  return tokens;
}

/** Convenience: the token texts only. */
export function tokenTexts(text: string): string[] {
  return tokenize(text).map((token) => token.text);
}
