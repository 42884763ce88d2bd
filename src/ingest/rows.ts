/** One row per table, as ingest writes them. Keys are natural and stable, so a re-run can diff by id. */
import type { ActKind, AmendmentKind, EffectiveRule, Lang, ProvisionKind } from '../domain/types';

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
}

export interface AmendingActRow {
  id: string;
  kind: ActKind;
  number: string;
  adoptedOn: string;
  issuerKk: string;
  issuerRu: string;
  publishedOn: string | null;
}

export interface ClauseRow {
  id: string;
  actId: string;
  eId: string;
  kind: ProvisionKind;
  number: string | null;
  parentId: string | null;
  position: number;
}

export type WordingOrigin = 'OFFICIAL_TEXT' | 'FRAGMENT' | 'TRANSLATION';

export interface WordingRow {
  id: string;
  actId: string;
  /** "title", "requisites" or a clause eId. */
  target: string;
  clauseId: string | null;
  lang: Lang;
  validFrom: string | null;
  validTo: string | null;
  paragraphs: string[];
  official: boolean;
  complete: boolean;
  origin: WordingOrigin;
  source: string;
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
  effectiveFrom: string;
  effectiveFromExact: boolean;
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
  targetClauseId: string | null;
}

export interface KnowledgeBaseRows {
  acts: ActRow[];
  amendingActs: AmendingActRow[];
  clauses: ClauseRow[];
  wordings: WordingRow[];
  notes: NoteRow[];
  amendments: AmendmentRow[];
  references: ReferenceRow[];
}
