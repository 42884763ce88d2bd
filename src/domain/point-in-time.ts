/**
 * Temporal rules: when an amendment applies, what status a clause has on a date, which wording governs it.
 * "asOf" is the end of that day; a change effective on day D governs asOf ≥ D.
 */
import type { AmendmentKind, EffectiveRule, ProvisionStatus } from './types';

/** ISO dates compare correctly as strings. */
export const onOrBefore = (a: string, b: string) => a <= b;

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Made on first use: loading the time-zone data costs tens of milliseconds, and ingest, which imports this
 * module for its date arithmetic, never asks what day it is.
 */
let almatyDate: Intl.DateTimeFormat | undefined;

/** Today in Kazakhstan (the acts' own calendar), as an ISO date. */
export function todayInKazakhstan(now: Date = new Date()): string {
  almatyDate ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' });
  return almatyDate.format(now);
}

/** Today in Kazakhstan, computed at most once a second (every request asks; formatting a date is not free). */
export const currentDateInKazakhstan = (() => {
  let at = 0;
  let value = '';
  return (): string => {
    const now = Date.now();
    if (now - at > 1000) {
      value = todayInKazakhstan(new Date(now));
      at = now;
    }
    return value;
  };
})();

/**
 * When an amendment applies. With a known publication date the rule gives the exact day; without one the
 * adoption date stands in (the earliest the change can be cited from), flagged as inexact.
 */
export function effectiveFrom(rule: EffectiveRule, adoptedOn: string, publishedOn?: string | null): { date: string; exact: boolean } {
  if (!publishedOn) return { date: adoptedOn, exact: false };
  switch (rule) {
    case 'FROM_FIRST_OFFICIAL_PUBLICATION':
      return { date: publishedOn, exact: true };
    case 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION':
      // "after ten calendar days have passed" since publication: in force on the eleventh day.
      return { date: addDays(publishedOn, 11), exact: true };
    case 'UNSTATED':
      return { date: adoptedOn, exact: false };
  }
}

export interface DatedChange {
  kind: AmendmentKind;
  effectiveFrom: string;
}

/**
 * Status of a clause on a date from the changes that touched it (its own and, for parts of an attachment,
 * none other: a restated attachment keeps its points in force).
 */
export function clauseStatus(actAdoptedOn: string, ownChanges: readonly DatedChange[], asOf: string): ProvisionStatus {
  if (asOf < actAdoptedOn) return 'NOT_YET_IN_FORCE';
  const inserted = ownChanges.filter((c) => c.kind === 'INSERTED').map((c) => c.effectiveFrom).sort()[0];
  if (inserted && asOf < inserted) return 'NOT_YET_IN_FORCE';
  const repealed = ownChanges.filter((c) => c.kind === 'REPEALED' && c.effectiveFrom <= asOf);
  if (repealed.length > 0) return 'REPEALED';
  return 'IN_FORCE';
}

export interface Period {
  validFrom: string | null;
  validTo: string | null;
}

export function covers(p: Period, asOf: string): boolean {
  return (p.validFrom === null || p.validFrom <= asOf) && (p.validTo === null || asOf <= p.validTo);
}

/**
 * The wording in force on a date: among the periods that cover it, official wins over unofficial, then the
 * one that started latest (the most specific knowledge).
 */
export function pickWording<T extends Period & { official: boolean }>(wordings: readonly T[], asOf: string): T | null {
  const candidates = wordings.filter((w) => covers(w, asOf));
  candidates.sort((a, b) => Number(b.official) - Number(a.official) || (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
  return candidates[0] ?? null;
}

/**
 * The gap around a date no known wording covers: from the day after the last known wording before it to the
 * day before the next one — so an answer of "unknown" still says for how long it is unknown.
 */
export function gapAround(wordings: readonly Period[], asOf: string): Period {
  let from: string | null = null;
  let to: string | null = null;
  for (const w of wordings) {
    if (w.validTo !== null && w.validTo < asOf) {
      const next = addDays(w.validTo, 1);
      if (from === null || next > from) from = next;
    }
    if (w.validFrom !== null && w.validFrom > asOf) {
      const prev = addDays(w.validFrom, -1);
      if (to === null || prev < to) to = prev;
    }
  }
  return { validFrom: from, validTo: to };
}
