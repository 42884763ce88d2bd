/**
 * The facts every view of one clause starts from (page, widget card, oEmbed): its wording on a date in the
 * reader's language, its status badge and its citation — read through the services, never through SQL.
 */
import type { Lang, ProvisionStatus, RecordedWindow, WordingText } from '../domain/types';
import { actFullName } from '../domain/effective-reason';
import type { ActEntity, AmendingActEntity, AmendmentEntity, ClauseEntity } from '../entities';
import type { Services } from '../services';
import { actShortName, clauseLabel } from './labels';
import { clauseBadge, type Badge, type BadgeEvent, type BadgeWindow } from './status-badge';

/** A wording as pages show it: its windows resolved into what a reader is told (dates, reasons, the act named). */
export interface Wording extends Omit<WordingText, 'uncertainty' | 'validFromWindow' | 'validToWindow'> {
  uncertainty: BadgeWindow | null;
  /** The change that began it (the act's own entry into force for an original wording), and the one that ended it. */
  since: BadgeWindow | null;
  sinceEntry: boolean;
  until: BadgeWindow | null;
}

const badgeWindow = (w: RecordedWindow | null, by: AmendingActEntity | null = null): BadgeWindow | null =>
  w
    ? {
        earliest: w.earliest,
        latest: w.latest,
        exact: w.exact,
        reasonKk: w.reasonKk,
        reasonRu: w.reasonRu,
        ofAct: w.subject === 'ACT',
        by: by ? { kk: actFullName(by, 'kk'), ru: actFullName(by, 'ru') } : null,
      }
    : null;

export const badgeEvent = (a: AmendmentEntity): BadgeEvent => ({
  kind: a.kind,
  target: a.target,
  earliest: a.effectiveFrom,
  latest: a.effectiveLatest,
  exact: a.effectiveFromExact,
});

/** A text answer as the pages draw it. */
export function toWording(t: WordingText, lang: Lang): Wording {
  return {
    lang,
    text: t.text,
    official: t.official,
    complete: t.complete,
    validFrom: t.validFrom,
    validTo: t.validTo,
    source: t.source,
    heading: t.heading,
    verified: t.verified,
    certain: t.certain,
    uncertainty: badgeWindow(t.uncertainty),
    since: badgeWindow(t.validFromWindow),
    // an original wording starts with the act itself: it has a window but no date of a change of its own
    sinceEntry: t.validFromWindow !== null && t.validFrom === null,
    until: badgeWindow(t.validToWindow),
    translatorNotes: t.translatorNotes,
  };
}

export interface ClauseCard {
  clause: ClauseEntity;
  act: ActEntity;
  id: string;
  label: string;
  actTitle: string | null;
  actShortName: string;
  asOf: string;
  status: ProvisionStatus;
  badge: Badge;
  /** The wording in the language asked for. */
  text: Wording;
  /** When that wording is not held: the other language's wording on the same date, shown as such, never in its place. */
  otherText: Wording | null;
  citation: { full: string | null; short: string | null };
  permalink: string;
}

export async function wordingAt(services: Services, clause: ClauseEntity, lang: Lang, asOf: string): Promise<Wording> {
  return toWording(await services.pit.textAt(clause.actId, clause.eId, lang, asOf, clause), lang);
}

export async function badgeOf(services: Services, clause: ClauseEntity, act: ActEntity, asOf: string): Promise<Badge> {
  const [status, events, lineage] = await Promise.all([
    services.pit.clauseStatus(clause, asOf),
    services.amendments.history(clause),
    services.pit.lineage(clause),
  ]);
  const window =
    status === 'UNCERTAIN'
      ? await services.pit.clauseUncertainty(clause, asOf)
      : status === 'UNKNOWN'
        ? await services.pit.clauseEvidencedFrom(clause)
        : null;
  return clauseBadge({
    status,
    asOf,
    entry: { earliest: act.entryEarliest, latest: act.entryLatest, exact: act.entryExact },
    events: events.map(badgeEvent),
    lineage: lineage.map((c) => c.eId),
    window: badgeWindow(window, window?.amendingActId ? await services.loaders.amendingActById.load(window.amendingActId) : null),
  });
}

/** null when the clause is unknown. */
export async function loadClauseCard(
  services: Services,
  clauseId: string,
  lang: Lang,
  asOfGiven: string | null,
): Promise<ClauseCard | null> {
  const clause = await services.acts.clause(clauseId);
  if (!clause) return null;
  const act = (await services.acts.act(clause.actId))!;
  const asOf = services.pit.asOf(asOfGiven);
  const other: Lang = lang === 'kk' ? 'ru' : 'kk';
  const [badge, text, title, full, short] = await Promise.all([
    badgeOf(services, clause, act, asOf),
    wordingAt(services, clause, lang, asOf),
    services.pit.textAt(act.id, 'title', lang, asOf),
    services.citations.format(clause.id, lang, 'FULL'),
    services.citations.format(clause.id, lang, 'SHORT'),
  ]);
  const otherText = text.text === null ? await wordingAt(services, clause, other, asOf) : null;
  return {
    clause,
    act,
    id: clause.id,
    label: clauseLabel(clause, lang),
    actTitle: title.text,
    actShortName: actShortName(act, lang),
    asOf,
    status: badge.status,
    badge,
    text,
    otherText: otherText?.text ? otherText : null,
    citation: { full, short },
    permalink: `/acts/${clause.actId}/${clause.eId}`,
  };
}
