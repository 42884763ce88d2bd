/** One row per table, as ingest writes them. Keys are natural and stable, so a re-run can diff by id. */
import type {
  ActEntity,
  AmendingActEntity,
  AmendmentEntity,
  CaseCitationEntity,
  CaseClaimTypeEntity,
  CaseEntity,
  CaseReferenceEntity,
  ClaimTypeClauseEntity,
  ClaimTypeEntity,
  ClauseEntity,
  NoteEntity,
  ReferenceEntity,
  WordingEntity,
} from '../entities';

/** An entity's columns as a plain object (the entities in src/entities are the one declaration of each table). */
type Row<E> = { [K in keyof E]: E[K] };

export type ActRow = Row<ActEntity>;
export type AmendingActRow = Row<AmendingActEntity>;
export type ClauseRow = Row<ClauseEntity>;
export type WordingRow = Row<WordingEntity>;
export type NoteRow = Row<NoteEntity>;
export type AmendmentRow = Row<AmendmentEntity>;
export type ReferenceRow = Row<ReferenceEntity>;

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

export type ClaimTypeRow = Row<ClaimTypeEntity>;
export type ClaimTypeClauseRow = Row<ClaimTypeClauseEntity>;
/** The version of a case is moved by the database with every write; ingest never writes it. */
export type CaseRow = Omit<Row<CaseEntity>, 'version'>;
export type CaseClaimTypeRow = Row<CaseClaimTypeEntity>;
export type CaseCitationRow = Row<CaseCitationEntity>;
export type CaseReferenceRow = Row<CaseReferenceEntity>;

export interface ClaimAndCaseRows {
  claimTypes: ClaimTypeRow[];
  claimTypeClauses: ClaimTypeClauseRow[];
  cases: CaseRow[];
  caseClaimTypes: CaseClaimTypeRow[];
  caseCitations: CaseCitationRow[];
  caseReferences: CaseReferenceRow[];
}
