/** Plain domain types shared by the parser, ingest and services. No framework imports here. */

export type Lang = 'kk' | 'ru';
export const LANGS: readonly Lang[] = ['kk', 'ru'];

export type ActKind = 'GOVERNMENT_DECREE' | 'SUPREME_COURT_NORMATIVE_RESOLUTION';
export type ProvisionKind = 'PREAMBLE' | 'POINT' | 'SUBPOINT' | 'ATTACHMENT';
export type ProvisionStatus = 'IN_FORCE' | 'REPEALED' | 'NOT_YET_IN_FORCE';
export type AmendmentKind = 'RESTATED' | 'REPEALED' | 'INSERTED' | 'MODIFIED';
export type EffectiveRule = 'FROM_FIRST_OFFICIAL_PUBLICATION' | 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION' | 'UNSTATED';

/** Amendment targets that are not clauses. */
export const ACT_LEVEL_TARGETS = ['title', 'requisites'] as const;

/** The act that made a change, as a note names it. */
export interface AmendingActRef {
  id: string; // "<issuer>-<year>-<number>", e.g. "sc-2024-2"
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
