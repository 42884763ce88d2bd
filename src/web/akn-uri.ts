/**
 * Akoma Ntoso FRBR IRIs (naming convention 1.0, as Laws.Africa's cobalt reads them):
 *   work          /akn/kz/act/decree/2012-09-18/1213
 *   expression    …/kaz@2024-11-28    the version whose wording applies from that date ("@" alone: the original)
 *                 …/kaz:2020-01-01    the version in force at the end of that day (a point in time)
 *                 …/kaz               the version in force today
 *   component     …/kaz@2024-11-28/!main
 *   manifestation …/kaz@2024-11-28/!main.xml, …/kaz@2024-11-28.xml
 * Pure: parsing and formatting only; which versions exist is the caller's business.
 */
import type { Lang } from '../domain/types';

export const AKN_LANGUAGE: Record<Lang, string> = { kk: 'kaz', ru: 'rus' };
const LANG_OF_CODE: Record<string, Lang> = { kaz: 'kk', rus: 'ru' };

export type ExpressionDate =
  { kind: 'current' } | { kind: 'original' } | { kind: 'version'; date: string } | { kind: 'pointInTime'; date: string };

export interface ParsedAknUri {
  /** The work IRI, e.g. "/akn/kz/act/decree/2012-09-18/1213". */
  work: string;
  /** null when the IRI names the work only. */
  lang: Lang | null;
  /** The three-letter code as written, also when it is not one this knowledge base holds. */
  languageCode: string | null;
  date: ExpressionDate;
  /** "main" unless another component is named (none is served but the main one). */
  component: string;
  /** "xml", "akn", … or null. */
  format: string | null;
}

const DATE = '\\d{4}-\\d{2}-\\d{2}';
const WORK = `/akn/[a-z]{2}(?:-[^/]+)?/[^/]+(?:/[^/0-9][^/]*){0,2}/\\d{4}(?:-\\d{2}(?:-\\d{2})?)?/[^/!@:.]+`;
const URI = new RegExp(`^(${WORK})(?:/([a-z]{3})([@:](?:${DATE})?)?)?(?:/!([A-Za-z0-9_-]+))?(?:\\.([a-z0-9]+))?/?$`);

/** null when the path is not an Akoma Ntoso IRI of the shape above. */
export function parseAknUri(path: string): ParsedAknUri | null {
  const m = URI.exec(path);
  if (!m) return null;
  const [, work, languageCode, datePart, component, format] = m;
  let date: ExpressionDate = { kind: 'current' };
  if (datePart === '@') date = { kind: 'original' };
  else if (datePart?.startsWith('@')) date = { kind: 'version', date: datePart.slice(1) };
  else if (datePart?.startsWith(':')) date = { kind: 'pointInTime', date: datePart.slice(1) };
  // a component or a date only makes sense on an expression
  if (!languageCode && (datePart || (component && component !== 'main'))) return null;
  return {
    work,
    lang: languageCode ? (LANG_OF_CODE[languageCode] ?? null) : null,
    languageCode: languageCode ?? null,
    date,
    component: component ?? 'main',
    format: format ?? null,
  };
}

export function expressionUri(work: string, lang: Lang, versionDate: string): string {
  return `${work}/${AKN_LANGUAGE[lang]}@${versionDate}`;
}

export function componentUri(work: string, lang: Lang, versionDate: string, component = 'main'): string {
  return `${expressionUri(work, lang, versionDate)}/!${component}`;
}

/** The file this server sends for an expression: its main component as XML. */
export function manifestationUri(work: string, lang: Lang, versionDate: string): string {
  return `${componentUri(work, lang, versionDate)}.xml`;
}
