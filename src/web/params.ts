/** Query parameters every page accepts: `?asOf=YYYY-MM-DD` (the law at the end of that day) and `?lang=kk|ru`. */
import type { Lang } from '../domain/types';
import { UserInputError } from '../errors';
import { requestErrors } from './request-errors';
import { dottedDate } from '../domain/calendar-date';

/** A real calendar date as YYYY-MM-DD, or a UserInputError that says what was wrong. */
export function parseAsOf(value: string | null, parameter = 'asOf'): string | null {
  if (value === null || value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw UserInputError.of(requestErrors.dateFormat(parameter, value));
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    throw UserInputError.of(requestErrors.notCalendarDate(parameter, value));
  return value;
}

/** Kazakh unless Russian is asked for; anything else is an error rather than a silent default. */
export function parseLang(value: string | null): Lang {
  if (value === null || value === '' || value === 'kk') return 'kk';
  if (value === 'ru') return 'ru';
  throw UserInputError.of(requestErrors.lang(value));
}

export interface PageParams {
  lang: Lang;
  /** The date asked for, or null when the page shows the law as it stands today. */
  asOfGiven: string | null;
}

export function pageParams(url: URL): PageParams {
  return { lang: parseLang(url.searchParams.get('lang')), asOfGiven: parseAsOf(url.searchParams.get('asOf')) };
}

/** A link that keeps the page's language and date (only those that differ from the defaults). */
export function pageHref(
  path: string,
  p: { lang: Lang; asOfGiven: string | null },
  extra: Record<string, string | null | undefined> = {},
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  if (p.asOfGiven) q.set('asOf', p.asOfGiven);
  if (p.lang !== 'kk') q.set('lang', p.lang);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** "2024-11-28" → "28.11.2024", the way both languages write dates in Kazakhstan. */
export const displayDate = dottedDate;
