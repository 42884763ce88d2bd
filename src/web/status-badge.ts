/**
 * What a clause's badge says on a date: its status, and what happened to it afterwards ("amended since …"), so a
 * reader of an old wording sees at once that it is no longer the current one. Every date is a window as the
 * sources prove it: "from" a day only when the day is exact, "not before" it otherwise.
 */
import type { AmendmentKind, ProvisionStatus } from '../domain/types';

/** A change's window as a badge shows it. */
export interface Bound {
  earliest: string;
  latest: string | null;
  exact: boolean;
}

export interface BadgeEvent extends Bound {
  kind: AmendmentKind;
  target: string;
}

export interface BadgeWindow extends Bound {
  reasonKk: string;
  reasonRu: string;
  /** The act's own entry into force, or a change. */
  ofAct: boolean;
  /** For a change: the act that made it, named for the reader (kk, ru). */
  by: { kk: string; ru: string } | null;
}

export interface BadgeInput {
  status: ProvisionStatus;
  asOf: string;
  /** The act's own entry into force. */
  entry: Bound;
  /** Events of the clause, of what contains it and of its parts (AmendmentService.history). */
  events: readonly BadgeEvent[];
  /** eIds of the clause and of everything that contains it: only their insertion or repeal changes its existence. */
  lineage: readonly string[];
  /** UNCERTAIN: the window that makes the date uncertain; UNKNOWN: the change before which the corpus holds no evidence of the clause. */
  window: BadgeWindow | null;
}

export interface Badge {
  status: ProvisionStatus;
  /** IN_FORCE or UNCERTAIN: the first later change of wording. */
  amendedSince: Bound | null;
  /** IN_FORCE or UNCERTAIN: a later repeal. */
  repealedSince: Bound | null;
  /** REPEALED: when. */
  repealedOn: Bound | null;
  /** NOT_YET_IN_FORCE: from when it can be (the act's entry into force or the insertion), when known. */
  inForceFrom: Bound | null;
  /** UNCERTAIN and UNKNOWN: the window and why. */
  window: BadgeWindow | null;
}

const bound = (e: Bound): Bound => ({ earliest: e.earliest, latest: e.latest, exact: e.exact });
const first = (events: readonly Bound[]): Bound | null =>
  events.length ? bound([...events].sort((a, b) => a.earliest.localeCompare(b.earliest))[0]) : null;

export function clauseBadge(input: BadgeInput): Badge {
  const own = new Set(input.lineage);
  const existence = (kind: AmendmentKind) => input.events.filter((e) => e.kind === kind && own.has(e.target));
  const badge: Badge = { status: input.status, amendedSince: null, repealedSince: null, repealedOn: null, inForceFrom: null, window: null };
  switch (input.status) {
    case 'REPEALED':
      badge.repealedOn = first(existence('REPEALED').filter((e) => e.latest !== null && e.latest <= input.asOf));
      return badge;
    case 'NOT_YET_IN_FORCE':
      badge.inForceFrom =
        input.asOf < input.entry.earliest ? bound(input.entry) : first(existence('INSERTED').filter((e) => e.earliest > input.asOf));
      return badge;
    case 'UNKNOWN':
      badge.window = input.window;
      return badge;
    case 'UNCERTAIN':
    case 'IN_FORCE': {
      badge.window = input.status === 'UNCERTAIN' ? input.window : null;
      const later = input.events.filter((e) => e.earliest > input.asOf);
      const isRepeal = (e: BadgeEvent) => e.kind === 'REPEALED' && own.has(e.target);
      badge.repealedSince = first(later.filter(isRepeal));
      badge.amendedSince = first(later.filter((e) => !isRepeal(e)));
      return badge;
    }
  }
}
