/** One row per table, as ingest writes them. Keys are natural and stable, so a re-run can diff by id. */
import type { ActKind, AmendmentKind, EffectiveRule, GoverningRole, Lang, ProvisionKind, TranslatorNote } from '../domain/types';

export interface ActRow {
  id: string;
  kind: ActKind;
  number: string;
  adoptedOn: string;
  issuerKk: string;
  issuerRu: string;
  uri: string;
  sourceFile: string;
  signatures: string[];
  /** The act's own entry into force: its rule, the clause that states it, and the window the evidence gives. */
  entryRule: EffectiveRule;
  entryRuleClause: string | null;
  entryEarliest: string;
  entryLatest: string | null;
  entryExact: boolean;
  entryReasonKk: string;
  entryReasonRu: string;
  publishedOn: string | null;
  publicationSource: string | null;
  /** The export is the current edition as retrieved no later than this day. */
  currentEditionBy: string | null;
}

export interface AmendingActRow {
  id: string;
  kind: ActKind;
  number: string;
  adoptedOn: string;
  issuerKk: string;
  issuerRu: string;
  publishedOn: string | null;
  publicationSource: string | null;
}

export interface ClauseRow {
  id: string;
  actId: string;
  eId: string;
  kind: ProvisionKind;
  number: string | null;
  parentId: string | null;
  position: number;
  /** First day it may be in force with evidence (for date filters that read SQL alone, such as the search index). */
  existsFrom: string;
  /** The day its repeal certainly applied. */
  repealedFrom: string | null;
}

export type WordingOrigin = 'OFFICIAL_TEXT' | 'FRAGMENT' | 'TRANSLATION';

export interface WordingRow {
  id: string;
  actId: string;
  /** "title", "requisites" or a clause eId. */
  target: string;
  clauseId: string | null;
  lang: Lang;
  /** The days it may have applied (point-in-time.ts mayApplyPeriod). */
  validFrom: string | null;
  validTo: string | null;
  /** The amendment that began it (null: the act's own entry into force) and the one that ended it (null: current). */
  startsWith: string | null;
  endsWith: string | null;
  paragraphs: string[];
  official: boolean;
  complete: boolean;
  origin: WordingOrigin;
  source: string;
  /** Only an unofficial translation has any: where it departs on purpose from the letter of the official text. */
  translatorNotes: readonly TranslatorNote[];
}

export interface NoteRow {
  id: string;
  actId: string;
  anchor: string;
  lang: Lang;
  official: boolean;
  text: string;
  position: number;
  /** For a Russian note: the Kazakh note it renders. */
  translationOf: string | null;
  source: string;
}

export interface AmendmentRow {
  id: string;
  actId: string;
  target: string;
  clauseId: string | null;
  kind: AmendmentKind;
  amendingActId: string;
  effectiveRule: EffectiveRule;
  /** The window the evidence gives: first possible day, the day by which it certainly applied, and why. */
  effectiveFrom: string;
  effectiveLatest: string | null;
  effectiveFromExact: boolean;
  effectiveReasonKk: string;
  effectiveReasonRu: string;
  noteId: string;
  position: number;
}

export interface ReferenceRow {
  id: string;
  clauseId: string;
  position: number;
  paragraph: number;
  text: string;
  startOffset: number;
  endOffset: number;
  targetAct: string;
  article: string | null;
  point: string | null;
  part: string | null;
  subpoint: string | null;
  chapter: string | null;
  targetClauseId: string | null;
}

export interface KnowledgeBaseRows extends ClaimAndCaseRows {
  acts: ActRow[];
  amendingActs: AmendingActRow[];
  clauses: ClauseRow[];
  wordings: WordingRow[];
  notes: NoteRow[];
  amendments: AmendmentRow[];
  references: ReferenceRow[];
}

// ---------------------------------------------------------------- claim types and cases

export type GoverningRoleName = GoverningRole;

export interface ClaimTypeRow {
  /** The code itself ("FUNERAL_EXPENSES"): readable, stable, the same in both languages. */
  id: string;
  nameKk: string;
  nameRu: string;
  descriptionKk: string | null;
  descriptionRu: string | null;
  position: number;
}

export interface ClaimTypeClauseRow {
  /** "<code>/<clauseId>/<role>": a clause may govern one claim type in two roles (docs/cases-and-claim-types.md) */
  id: string;
  claimTypeCode: string;
  clauseId: string;
  role: GoverningRoleName;
  rationaleKk: string;
  rationaleRu: string;
  position: number;
}

/** CORPUS cases come from corpus/cases and are managed by ingest; EDITOR cases come from the API and ingest never touches them. */
export type CaseOrigin = 'CORPUS' | 'EDITOR';

export interface CaseRow {
  id: string;
  origin: CaseOrigin;
  courtKk: string;
  courtRu: string | null;
  caseNumber: string | null;
  decidedOn: string | null;
  dateNoteKk: string | null;
  dateNoteRu: string | null;
  summaryKk: string;
  summaryRu: string | null;
  outcomeKk: string;
  outcomeRu: string | null;
  amountAwardedKzt: number | null;
  sourceUrl: string;
  otherSources: string[];
  /** corpus/cases/<file> for CORPUS cases; null for EDITOR cases. */
  sourceFile: string | null;
}

export interface CaseClaimTypeRow {
  /** "<caseId>/<code>" */
  id: string;
  caseId: string;
  claimTypeCode: string;
  position: number;
}

/** A clause the decision cites in so many words (EXPLICIT). */
export interface CaseCitationRow {
  /** "<caseId>/<clauseId>" */
  id: string;
  caseId: string;
  clauseId: string;
  quote: string | null;
  /** UTF-16 offsets of the quote in the decision text, for citations extracted from it. */
  startOffset: number | null;
  endOffset: number | null;
  position: number;
}

/** A norm outside the knowledge base that the decision cites (e.g. Civil Code art. 941 p. 1). */
export interface CaseReferenceRow {
  /** "<caseId>/ref/<n>" */
  id: string;
  caseId: string;
  position: number;
  /** The citing words, for references extracted from a decision text. */
  text: string | null;
  targetAct: string;
  article: string | null;
  point: string | null;
  part: string | null;
  subpoint: string | null;
  chapter: string | null;
  startOffset: number | null;
  endOffset: number | null;
}

export interface ClaimAndCaseRows {
  claimTypes: ClaimTypeRow[];
  claimTypeClauses: ClaimTypeClauseRow[];
  cases: CaseRow[];
  caseClaimTypes: CaseClaimTypeRow[];
  caseCitations: CaseCitationRow[];
  caseReferences: CaseReferenceRow[];
}
