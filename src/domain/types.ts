/** Plain domain types shared by the parser, ingest and services. No framework imports here. */

export type Lang = 'kk' | 'ru';
export const LANGS: readonly Lang[] = ['kk', 'ru'];

export type { ActKind } from './act-kinds';
import type { ActKind } from './act-kinds';
/**
 * The units of an act: a resolution or decree is built of a preamble, points, sub-points and attachments; a code of
 * chapters and articles, whose numbered points and sub-points are POINT and SUBPOINT as well.
 */
export const PROVISION_KINDS = ['PREAMBLE', 'POINT', 'SUBPOINT', 'ATTACHMENT', 'CHAPTER', 'ARTICLE'] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];
export type ProvisionStatus = 'IN_FORCE' | 'REPEALED' | 'NOT_YET_IN_FORCE' | 'UNCERTAIN' | 'UNKNOWN';
export type AmendmentKind = 'RESTATED' | 'REPEALED' | 'INSERTED' | 'MODIFIED';
export type EffectiveRule = 'FROM_FIRST_OFFICIAL_PUBLICATION' | 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION' | 'UNSTATED';
/** Where a wording comes from: the official text, a quoted earlier wording, or the project's translation. */
export type WordingOrigin = 'OFFICIAL_TEXT' | 'FRAGMENT' | 'TRANSLATION';
/** CORPUS cases come from corpus/cases and are managed by ingest; EDITOR cases come from the API and ingest never touches them. */
export type CaseOrigin = 'CORPUS' | 'EDITOR';

/**
 * What a clause does for a claim type (docs/cases-and-claim-types.md, "Roles"). DEFENCE and BARS_DEFENCE are the
 * two answers to one question — may the defendant escape or reduce liability here? — and are never folded into
 * each other or into another role.
 */
export const GOVERNING_ROLES = ['BASIS', 'AMOUNT', 'DEFENCE', 'BARS_DEFENCE', 'LIMITATION', 'PROCEDURE', 'EVIDENCE'] as const;
export type GoverningRole = (typeof GOVERNING_ROLES)[number];

/**
 * A translator's note ("прим. пер."): where the project's unofficial translation departs on purpose from the letter
 * of the official text — an evident slip in it, a term with no literal equivalent. Written in the translation's
 * language, never official.
 */
export interface TranslatorNote {
  /** The unit whose paragraph holds the words: "title", "requisites", "preamble", "para_2", "att_1__para_3". */
  target: string;
  /** 1-based paragraph of the wording that carries the note (an attachment's points follow its title). */
  paragraph: number;
  /** The words of the official text, as published. */
  original: string;
  /** What they say word for word, in the translation's language. */
  literal: string;
  /** The words the translation puts in their place. */
  rendering: string;
  /** Why the translation departs from the letter. */
  reason: string;
}

/** Amendment targets that are not clauses. */
export const ACT_LEVEL_TARGETS = ['title', 'requisites'] as const;

/** The act that made a change, as a note names it. */
export interface AmendingActRef {
  id: string; // "<id prefix of its kind>-<year>-<number>", e.g. "sc-2024-2" (src/domain/act-kinds.ts)
  kind: ActKind;
  number: string;
  adoptedOn: string; // ISO date
}

export interface AmendmentEvent {
  kind: AmendmentKind;
  target: string; // "title", "requisites", "preamble", or a clause eId
  amendingAct: AmendingActRef;
  effectiveRule: EffectiveRule;
}

/**
 * An effective window as recorded at ingest, with its reasons: that of a change made by an amending act, or of an
 * act's own entry into force.
 */
export interface RecordedWindow {
  earliest: string;
  latest: string | null;
  exact: boolean;
  reasonKk: string;
  reasonRu: string;
  subject: 'ACT' | 'CHANGE';
  amendingActId: string | null;
}

/**
 * A wording as an answer gives it: the one on a date (and whether it certainly applied then), or one of the
 * known periods; text null when the wording is not held.
 */
export interface WordingText {
  lang: Lang;
  text: string | null;
  official: boolean;
  complete: boolean;
  /** The days it may have applied. */
  validFrom: string | null;
  validTo: string | null;
  source: string | null;
  /** The heading of a chapter or article of a code in this wording; null for other units. */
  heading: string | null;
  /** Read from the official system itself: false for translations and for a copy not checked against it. */
  verified: boolean;
  translatorNotes: readonly TranslatorNote[];
  /** false when the date read falls inside a window in which it may or may not have applied (see uncertainty). */
  certain: boolean;
  uncertainty: RecordedWindow | null;
  /** The change that began it (the act's own entry into force for an original wording), and the one that ended it. */
  validFromWindow: RecordedWindow | null;
  validToWindow: RecordedWindow | null;
}
