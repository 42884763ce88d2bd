/** Dates as the acts and their notes write them: DD.MM.YYYY, YYYY.MM.DD, "2004 жылғы 18 маусымдағы",
 *  "18 июня 2004 г." / "9 июля 1999 года" — read into ISO date strings, and written out the same way. */

/** The Kazakh months in their dictionary form, January first. */
export const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const RUSSIAN_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const RUSSIAN_MONTH_FORMS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
/** The attributive form of each Kazakh month, as requisites write it: "9 шілдедегі", "18 қыркүйектегі". */
const KAZAKH_MONTHS_ATTRIBUTIVE = [
  'қаңтардағы',
  'ақпандағы',
  'наурыздағы',
  'сәуірдегі',
  'мамырдағы',
  'маусымдағы',
  'шілдедегі',
  'тамыздағы',
  'қыркүйектегі',
  'қазандағы',
  'қарашадағы',
  'желтоқсандағы',
];

/** A date written out as requisites write it: "1999 жылғы 9 шілдедегі", "9 июля 1999 года". */
export function writtenDate(iso: string, lang: 'kk' | 'ru'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'kk' ? `${y} жылғы ${d} ${KAZAKH_MONTHS_ATTRIBUTIVE[m - 1]}` : `${d} ${RUSSIAN_MONTH_FORMS[m - 1]} ${y} года`;
}

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Month number (1–12) of a Kazakh month word with any suffix ("шілдедегі", "маусымдағы"), else null. */
export function kazakhMonth(word: string): number | null {
  const w = word.toLowerCase().replace(/i/g, 'і');
  const i = KAZAKH_MONTHS.findIndex((m) => w.startsWith(m));
  return i < 0 ? null : i + 1;
}

/** Month number of a Russian month word in the genitive ("июня") or nominative, else null. */
export function russianMonth(word: string): number | null {
  const w = word.toLowerCase();
  const exact = RUSSIAN_MONTH_FORMS.indexOf(w);
  if (exact >= 0) return exact + 1;
  if (w === 'май') return 5;
  const i = RUSSIAN_MONTHS.findIndex((m, idx) => idx !== 4 && w.startsWith(m));
  return i < 0 ? null : i + 1;
}

export const KAZAKH_MONTH_PATTERN = `(?:${KAZAKH_MONTHS.join('|')})[\\p{L}]*`;
export const RUSSIAN_MONTH_PATTERN = `(?:${RUSSIAN_MONTH_FORMS.join('|')})`;

/** Every date form the notes use, as one regular expression source with named groups. */
export const DATE_PATTERN =
  `(?:(?<d1>\\d{1,2})\\.(?<m1>\\d{1,2})\\.(?<y1>\\d{4})` +
  `|(?<y2>\\d{4})\\.(?<m2>\\d{1,2})\\.(?<d2>\\d{1,2})` +
  `|(?<y3>\\d{4})\\s+жыл(?:ғы)?\\s+(?<d3>\\d{1,2})\\s+(?<mk>${KAZAKH_MONTH_PATTERN})` +
  `|(?<d4>\\d{1,2})\\s+(?<mr>${RUSSIAN_MONTH_PATTERN})\\s+(?<y4>\\d{4})(?:\\s*(?:года|г\\.?))?)`;

/** Reads the groups of a DATE_PATTERN match back into an ISO date (null for an impossible date). */
export function dateFromGroups(g: Record<string, string | undefined>): string | null {
  if (g.y1) return isoDate(+g.y1, +g.m1!, +g.d1!);
  if (g.y2) return isoDate(+g.y2, +g.m2!, +g.d2!);
  if (g.y3) {
    const m = kazakhMonth(g.mk!);
    return m ? isoDate(+g.y3, m, +g.d3!) : null;
  }
  if (g.y4) {
    const m = russianMonth(g.mr!);
    return m ? isoDate(+g.y4, m, +g.d4!) : null;
  }
  return null;
}

/** The first date in a text, in any supported form. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const re = new RegExp(DATE_PATTERN, 'u');
  const m = re.exec(text);
  if (!m || !m.groups) return null;
  const iso = dateFromGroups(m.groups);
  return iso ? { iso, index: m.index, length: m[0].length } : null;
}
