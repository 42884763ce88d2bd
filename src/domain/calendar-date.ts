/** Answers already given: the same few thousand dates come back in request after request. */
const known = new Map<string, boolean>();

/** "YYYY-MM-DD" naming a day that exists (no 2021-02-29, no month 13). */
export function isCalendarDate(s: string): boolean {
  const cached = known.get(s);
  if (cached !== undefined) return cached;
  let ok = /^\d{4}-\d{2}-\d{2}$/.test(s);
  if (ok) {
    const [y, m, d] = s.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    ok = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    if (known.size >= 50_000) known.clear();
    known.set(s, ok);
  }
  return ok;
}

/** The ISO date `days` days after (or before, when negative) `iso`. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "2024-11-28" → "28.11.2024", as dates are written in the acts and in court. */
export const dottedDate = (iso: string) => iso.split('-').reverse().join('.');

const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
/** The attributive form of each Kazakh month, as requisites write it: "9 шілдедегі", "18 қыркүйектегі". */
const KK_MONTHS_ATTRIBUTIVE = ['қаңтардағы', 'ақпандағы', 'наурыздағы', 'сәуірдегі', 'мамырдағы', 'маусымдағы', 'шілдедегі', 'тамыздағы', 'қыркүйектегі', 'қазандағы', 'қарашадағы', 'желтоқсандағы'];

/** A date written out as requisites write it: "1999 жылғы 9 шілдедегі", "9 июля 1999 года". */
export function writtenDate(iso: string, lang: 'kk' | 'ru'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'kk' ? `${y} жылғы ${d} ${KK_MONTHS_ATTRIBUTIVE[m - 1]}` : `${d} ${RU_MONTHS_GENITIVE[m - 1]} ${y} года`;
}
