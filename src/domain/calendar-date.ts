import { LRUCache } from 'lru-cache';

/** Answers already given: the same few thousand dates come back in request after request. */
const known = new LRUCache<string, boolean>({ max: 50_000 });

/** "YYYY-MM-DD" naming a day that exists (no 2021-02-29, no month 13). */
export function isCalendarDate(s: string): boolean {
  const cached = known.get(s);
  if (cached !== undefined) return cached;
  let ok = /^\d{4}-\d{2}-\d{2}$/.test(s);
  if (ok) {
    const [y, m, d] = s.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    ok = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
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
