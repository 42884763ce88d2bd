/**
 * When a change (or an act itself) took effect, as far as the sources prove it: the first day on which it can
 * have applied and the day by which it certainly applied, each with what proves it. A date the sources do not
 * prove stays a window; it is never narrowed by a guess.
 *
 * The bounds the sources give:
 * - nothing applies before its adoption; an act is published on its adoption day at the earliest, so under the
 *   ten-day rule ("алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң") a change applies on
 *   the eleventh day after publication at the earliest: ten full calendar days after the publication day;
 * - a recorded publication date fixes the day under either publication rule;
 * - a later amendment of the same act was made to the text as then in force, so by the day it was adopted the
 *   earlier change had taken effect;
 * - the official export is the current edition as retrieved no later than a known day, so every change it
 *   consolidates had taken effect by then.
 * A change whose note states no rule (UNSTATED) applies from its adoption at the earliest; without a rule a
 * publication date does not fix its day.
 */
import { EffectiveWindowError } from '../errors';
import { addDays } from './calendar-date';
import type { ActKind, EffectiveRule } from './types';

/** An act as evidence names it. */
export interface ActRef {
  kind: ActKind;
  number: string;
  adoptedOn: string;
}

export interface WindowInput {
  rule: EffectiveRule;
  adoptedOn: string;
  /** First official publication, when a source records it. */
  publishedOn?: string | null;
  /** Later amendments of the same act by other acts (only those adopted on or after the earliest day count). */
  laterAmendments?: readonly ActRef[];
  /** The official export that consolidates the change is the current edition as retrieved no later than this day. */
  currentEditionBy?: string | null;
}

export type EarliestBasis = 'ADOPTION' | 'PUBLICATION';
export type LatestBasis = 'PUBLICATION' | 'LATER_AMENDMENT' | 'CURRENT_EDITION';

/** The part of a window that time logic needs. */
export interface Span {
  earliest: string;
  /** null: nothing proves yet that it applies. */
  latest: string | null;
  /** What the window belongs to (an amendment id), for callers that name it; time logic ignores it. */
  ref?: string;
}

export interface EffectiveWindow extends Span {
  exact: boolean;
  earliestBasis: EarliestBasis;
  latestBasis: LatestBasis | null;
  /** For LATER_AMENDMENT: the act whose adoption proves it. */
  latestEvidence: ActRef | null;
}

/** The eleventh day after publication: ten full calendar days have passed. */
const afterTenDays = (publishedOn: string) => addDays(publishedOn, 11);

export function effectiveWindow(input: WindowInput): EffectiveWindow {
  const { rule, adoptedOn } = input;
  const publishedOn = input.publishedOn || null;
  if (publishedOn !== null && publishedOn < adoptedOn) {
    throw new EffectiveWindowError(`published on ${publishedOn}, before its adoption on ${adoptedOn}`);
  }
  const byPublication = rule !== 'UNSTATED' && publishedOn !== null;
  const from = byPublication ? publishedOn : adoptedOn;
  const earliest = rule === 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION' ? afterTenDays(from) : from;
  const earliestBasis: EarliestBasis = byPublication ? 'PUBLICATION' : 'ADOPTION';
  if (byPublication) return { earliest, latest: earliest, exact: true, earliestBasis, latestBasis: 'PUBLICATION', latestEvidence: null };

  // evidence from before the earliest day proves nothing about this change
  let latest: string | null = null;
  let latestBasis: LatestBasis | null = null;
  let latestEvidence: ActRef | null = null;
  for (const later of input.laterAmendments ?? []) {
    if (later.adoptedOn > adoptedOn && later.adoptedOn >= earliest && (latest === null || later.adoptedOn < latest)) {
      latest = later.adoptedOn;
      latestBasis = 'LATER_AMENDMENT';
      latestEvidence = later;
    }
  }
  const edition = input.currentEditionBy ?? null;
  if (edition !== null && edition >= earliest && (latest === null || edition < latest)) {
    latest = edition;
    latestBasis = 'CURRENT_EDITION';
    latestEvidence = null;
  }
  return { earliest, latest, exact: latest === earliest, earliestBasis, latestBasis, latestEvidence };
}

/**
 * Where a date stands against a window: BEFORE the first day the change can have applied, WITHIN the days on
 * which it may or may not have applied, AFTER the day by which it certainly applied ("asOf" is the end of the day,
 * so the latest day itself is AFTER; an exact window has no WITHIN days).
 */
export type Phase = 'BEFORE' | 'WITHIN' | 'AFTER';

export function phaseOf(w: Span, asOf: string): Phase {
  if (asOf < w.earliest) return 'BEFORE';
  if (w.latest !== null && asOf >= w.latest) return 'AFTER';
  return 'WITHIN';
}
