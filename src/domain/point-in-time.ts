/**
 * Temporal rules: what status a clause has on a date and which wording governs it, from the effective windows of
 * the changes (effective-window.ts). "asOf" is the end of that day; a change whose window is [earliest, latest]
 * cannot govern before `earliest`, may govern from `earliest`, and certainly governs from `latest`.
 */
import { addDays } from './calendar-date';
import { phaseOf, type Span } from './effective-window';
import type { AmendmentKind, ProvisionStatus } from './types';

/** ISO dates compare correctly as strings. */
export const onOrBefore = (a: string, b: string) => a <= b;

export { addDays };

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

export interface TimedEvent {
  kind: AmendmentKind;
  /** "title", "requisites", "preamble" or a clause eId. */
  target: string;
  span: Span;
}

/**
 * What decides a clause's status on any date: the act's own entry into force, the insertions and repeals of the
 * clause or of what contains it, every change that affects it (its own, of what contains it, of its parts), and
 * the window before which the corpus holds no evidence of it at all.
 */
export interface ClauseTimeline {
  entry: Span;
  insertions: readonly Span[];
  repeals: readonly Span[];
  changes: readonly Span[];
  evidencedFrom: Span | null;
}

/** A number such as "2-1" or "21-1" is given only to a point inserted into an act after its adoption. */
const insertedStyleNumber = (number: string | null) => number !== null && number.includes('-');

/** The `ref` of the span before which an act whose earlier wordings are unknown has no evidence of its wording. */
export const WORDINGS_KNOWN_REF = 'wordings-known';

/** That span, for an act with `wordingsKnownFrom` (null: its history is recorded). */
export function wordingsKnownSpan(wordingsKnownFrom: string | null): Span | null {
  return wordingsKnownFrom === null ? null : { earliest: wordingsKnownFrom, latest: wordingsKnownFrom, ref: WORDINGS_KNOWN_REF };
}

/**
 * The timeline of a clause from the events of its act. `lineage` holds the eIds of the clause and of everything
 * that contains it, the clause first. Three cases leave a clause without evidence before some day:
 * - a unit that contains it was restated as a whole (the Rules "жаңа редакцияда"): the corpus knows the structure
 *   of that unit only as restated, so before the last such restatement nothing shows that this clause existed;
 * - its number marks it as inserted ("2-1") but no insertion is recorded: nothing shows since when it existed,
 *   only that it did just before its first recorded change;
 * - the corpus holds only the act's current wording, of an unknown date (the Civil Code's chapter): nothing shows
 *   what any unit said, or whether it existed, before the day that wording was retrieved (`actEvidence`).
 */
export function clauseTimeline(
  clause: { eId: string; number: string | null; lineage: readonly string[] },
  events: readonly TimedEvent[],
  entry: Span,
  /** For an act whose corpus holds only a current wording of an unknown date: the first day of evidence of it. */
  actEvidence: Span | null = null,
): ClauseTimeline {
  const lineage = new Set(clause.lineage);
  const partPrefix = `${clause.eId}__`;
  const inLineage = events.filter((e) => lineage.has(e.target));
  const byEarliest = (a: Span, b: Span) => a.earliest.localeCompare(b.earliest) || (a.latest ?? '9999').localeCompare(b.latest ?? '9999');
  const insertions = inLineage.filter((e) => e.kind === 'INSERTED').map((e) => e.span);
  const repeals = inLineage.filter((e) => e.kind === 'REPEALED').map((e) => e.span);
  const changes = events.filter((e) => lineage.has(e.target) || e.target.startsWith(partPrefix)).map((e) => e.span);
  const restatedAbove = inLineage
    .filter((e) => e.kind === 'RESTATED' && e.target !== clause.eId)
    .map((e) => e.span)
    .sort(byEarliest);
  let evidencedFrom: Span | null = restatedAbove[restatedAbove.length - 1] ?? null;
  if (evidencedFrom === null && insertions.length === 0 && insertedStyleNumber(clause.number)) {
    evidencedFrom = inLineage.map((e) => e.span).sort(byEarliest)[0] ?? null;
  }
  if (actEvidence !== null && (evidencedFrom === null || actEvidence.earliest > evidencedFrom.earliest)) evidencedFrom = actEvidence;
  return { entry, insertions, repeals, changes, evidencedFrom };
}

const firstByEarliest = (spans: readonly Span[]) =>
  spans.reduce<Span | null>((a, s) => (a === null || s.earliest < a.earliest ? s : a), null);

/**
 * Status of a clause on a date. Certain facts first: not yet in force before the act's or the insertion's first
 * possible day; repealed once a repeal certainly applied; unknown where the corpus holds no evidence of the clause.
 * Then UNCERTAIN on every day inside the window of a change that affects it; otherwise IN_FORCE.
 */
export function provisionStatus(t: ClauseTimeline, asOf: string): ProvisionStatus {
  if (asOf < t.entry.earliest) return 'NOT_YET_IN_FORCE';
  const inserted = firstByEarliest(t.insertions);
  if (inserted && asOf < inserted.earliest) return 'NOT_YET_IN_FORCE';
  if (t.repeals.some((r) => phaseOf(r, asOf) === 'AFTER')) return 'REPEALED';
  if (t.evidencedFrom && asOf < t.evidencedFrom.earliest) return 'UNKNOWN';
  return uncertaintyOn(t, asOf) ? 'UNCERTAIN' : 'IN_FORCE';
}

/** The window that makes a date uncertain for a clause (the one that opened last, when several do), or null. */
export function uncertaintyOn(t: ClauseTimeline, asOf: string): Span | null {
  let found: Span | null = null;
  for (const w of [t.entry, ...t.changes]) if (phaseOf(w, asOf) === 'WITHIN' && (found === null || w.earliest > found.earliest)) found = w;
  return found;
}

/** The first day a clause may be in force with evidence (for search filters), and the day its repeal certainly applied. */
export function existence(t: ClauseTimeline): { from: string; repealedFrom: string | null } {
  const from = [t.entry.earliest, firstByEarliest(t.insertions)?.earliest, t.evidencedFrom?.earliest]
    .filter((x): x is string => !!x)
    .sort()
    .pop()!;
  const certain = t.repeals
    .map((r) => r.latest)
    .filter((x): x is string => x !== null)
    .sort();
  return { from, repealedFrom: certain[0] ?? null };
}

/**
 * A wording held for a unit: the change that began it (null: the act's own entry into force) and the change
 * that ended it (null: still current).
 */
export interface WordingSpan {
  official: boolean;
  start: Span | null;
  end: Span | null;
}

export interface WordingChoice<T> {
  wording: T;
  /** Whether this wording certainly applied on the date. */
  certain: boolean;
  /** When not certain: the window that makes it so (of the change that began it, or of the one that ended it). */
  uncertainty: Span | null;
}

/** May the wording have applied on the date: it can have begun, and it had not certainly ended. */
function mayApply(w: WordingSpan, entry: Span, asOf: string): boolean {
  const start = w.start ?? entry;
  return asOf >= start.earliest && !(w.end && w.end.latest !== null && asOf >= w.end.latest);
}

/**
 * The wording on a date: among those that may have applied, official before unofficial, then the newest (inside
 * a change's window the new wording can have applied, and it is the one the change made law); with whether it
 * certainly applied. Never a wording before the first day it can have applied.
 */
export function wordingOn<T extends WordingSpan>(wordings: readonly T[], entry: Span, asOf: string): WordingChoice<T> | null {
  const candidates = wordings.filter((w) => mayApply(w, entry, asOf));
  const startOf = (w: WordingSpan) => (w.start ?? entry).earliest;
  candidates.sort((a, b) => Number(b.official) - Number(a.official) || startOf(b).localeCompare(startOf(a)));
  const wording = candidates[0];
  if (!wording) return null;
  const start = wording.start ?? entry;
  const startPhase = phaseOf(start, asOf);
  const certain = startPhase === 'AFTER' && (wording.end === null || asOf < wording.end.earliest);
  return { wording, certain, uncertainty: certain ? null : startPhase === 'WITHIN' ? start : wording.end };
}

/**
 * The days a held wording may have applied, as plain dates: from the first day its change can have applied (null:
 * since the act took effect) to the day before the change that ended it certainly applied (null: still current,
 * or no later evidence yet).
 */
export function mayApplyPeriod(w: { start: Span | null; end: Span | null }): Period {
  return { validFrom: w.start?.earliest ?? null, validTo: w.end?.latest ? addDays(w.end.latest, -1) : null };
}

export interface Period {
  validFrom: string | null;
  validTo: string | null;
}

export function covers(p: Period, asOf: string): boolean {
  return (p.validFrom === null || p.validFrom <= asOf) && (p.validTo === null || asOf <= p.validTo);
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
