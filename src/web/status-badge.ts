/**
 * What a clause's badge says on a date: its status, and what happened to it afterwards ("amended since …"), so a
 * reader of an old wording sees at once that it is no longer the current one.
 */
import type { AmendmentKind, ProvisionStatus } from '../domain/types';

export interface BadgeEvent {
  kind: AmendmentKind;
  effectiveFrom: string;
  target: string;
}

export interface BadgeInput {
  status: ProvisionStatus;
  asOf: string;
  actAdoptedOn: string;
  /** Events of the clause, of what contains it and of its parts (AmendmentService.history). */
  events: readonly BadgeEvent[];
  /** eIds of the clause and of everything that contains it: only their insertion or repeal changes its existence. */
  lineage: readonly string[];
}

export interface Badge {
  status: ProvisionStatus;
  /** IN_FORCE: the first later change of wording. */
  amendedSince: string | null;
  /** IN_FORCE: a later repeal. */
  repealedSince: string | null;
  /** REPEALED: when. */
  repealedOn: string | null;
  /** NOT_YET_IN_FORCE: from when, when known. */
  inForceFrom: string | null;
}

const earliest = (dates: string[]): string | null => (dates.length ? [...dates].sort()[0] : null);

export function clauseBadge(input: BadgeInput): Badge {
  const own = new Set(input.lineage);
  const existence = (kind: AmendmentKind) => input.events.filter((e) => e.kind === kind && own.has(e.target));
  const badge: Badge = { status: input.status, amendedSince: null, repealedSince: null, repealedOn: null, inForceFrom: null };
  switch (input.status) {
    case 'REPEALED':
      badge.repealedOn = earliest(existence('REPEALED').filter((e) => e.effectiveFrom <= input.asOf).map((e) => e.effectiveFrom));
      return badge;
    case 'NOT_YET_IN_FORCE':
      badge.inForceFrom = input.asOf < input.actAdoptedOn ? input.actAdoptedOn : earliest(existence('INSERTED').filter((e) => e.effectiveFrom > input.asOf).map((e) => e.effectiveFrom));
      return badge;
    case 'IN_FORCE': {
      const later = input.events.filter((e) => e.effectiveFrom > input.asOf);
      const isRepeal = (e: BadgeEvent) => e.kind === 'REPEALED' && own.has(e.target);
      badge.repealedSince = earliest(later.filter(isRepeal).map((e) => e.effectiveFrom));
      badge.amendedSince = earliest(later.filter((e) => !isRepeal(e)).map((e) => e.effectiveFrom));
      return badge;
    }
  }
}
