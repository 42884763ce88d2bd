/**
 * Dates inside act citations, with their spans: DD.MM.YYYY, YYYY.MM.DD, ISO, "1999 жылғы 9 шілдедегі",
 * "9 июля 1999 года", "09.07.1999 г.", and a bare year ("1999 года", "1999 жылғы") that only narrows a match.
 */
import { KAZAKH_MONTH_PATTERN, RUSSIAN_MONTH_PATTERN, isoDate, kazakhMonth, russianMonth } from '../domain/written-dates';
import { WORD_START, matchesOf, type Span } from './spans';

export interface DateMention extends Span {
  /** YYYY-MM-DD, or YYYY when only the year is written. */
  value: string;
}

const RU_YEAR_SUFFIX = String.raw`(?:\s*(?:года|г\.|г(?!\p{L})))?`;
const KK_YEAR_SUFFIX = String.raw`(?:\s*(?:жылғы|жыл(?!\p{L})|ж\.))?`;
const ANY_YEAR_SUFFIX = String.raw`(?:\s*(?:года|г\.|г(?!\p{L})|жылғы|жыл(?!\p{L})|ж\.))?`;
const OPEN_Q = String.raw`[«"“]?`;
const CLOSE_Q = String.raw`[»"”]?`;

interface DateForm {
  re: RegExp;
  read(g: Record<string, string | undefined>): string | null;
}

const FORMS: DateForm[] = [
  {
    re: new RegExp(
      // the spaces after the year word belong to it, so a long run of spaces is read one way only
      `${WORD_START}(?<y>\\d{4})\\s*(?:(?:жылғы|жыл|ж\\.)\\s*)?${OPEN_Q}(?<d>\\d{1,2})${CLOSE_Q}\\s*(?<m>${KAZAKH_MONTH_PATTERN})`,
      'giu',
    ),
    read: (g) => monthDate(+g.y!, kazakhMonth(g.m!), +g.d!),
  },
  {
    re: new RegExp(
      `${OPEN_Q}${WORD_START}(?<d>\\d{1,2})${CLOSE_Q}\\s+(?<m>${RUSSIAN_MONTH_PATTERN})\\s+(?<y>\\d{4})${RU_YEAR_SUFFIX}${KK_YEAR_SUFFIX}`,
      'giu',
    ),
    read: (g) => monthDate(+g.y!, russianMonth(g.m!), +g.d!),
  },
  {
    re: new RegExp(`${WORD_START}(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4}|\\d{2})(?!\\d)${ANY_YEAR_SUFFIX}`, 'gu'),
    read: (g) => isoDate(fullYear(g.y!), +g.m!, +g.d!),
  },
  {
    re: new RegExp(`${WORD_START}(?<y>\\d{4})[.-](?<m>\\d{1,2})[.-](?<d>\\d{1,2})(?!\\d)${ANY_YEAR_SUFFIX}`, 'gu'),
    read: (g) => isoDate(+g.y!, +g.m!, +g.d!),
  },
  {
    // a year alone counts only with its word, so that "№ 1999" or a sum is never read as a date
    re: new RegExp(`${WORD_START}(?<y>(?:19|20)\\d{2})\\s*(?:года|г\\.|г(?!\\p{L})|жылғы|жылы|ж\\.)`, 'gu'),
    read: (g) => g.y!,
  },
];

function monthDate(year: number, month: number | null, day: number): string | null {
  return month === null ? null : isoDate(year, month, day);
}

function fullYear(y: string): number {
  if (y.length === 4) return +y;
  return +y > 30 ? 1900 + +y : 2000 + +y;
}

/** Every form has digits: text without any is not searched. */
const DIGIT = /\d/;

export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  if (!DIGIT.test(text)) return found;
  for (const form of FORMS) {
    for (const m of matchesOf(form.re, text)) {
      const value = form.read(m.groups ?? {});
      if (value) found.push({ start: m.index, end: m.index + m[0].length, value });
    }
  }
  return found;
}

/** Whether a written date (full or year only) names the given adoption date. */
export function dateMatches(written: string, adoptedOn: string): boolean {
  return written.length === 4 ? adoptedOn.startsWith(written) : written === adoptedOn;
}
