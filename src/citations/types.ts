/** Public types of citation extraction and formatting. */

import type { ActKind } from '../domain/act-kinds';

export type { ActKind };

export interface CitableAct {
  id: string;
  /** Its kind (src/domain/act-kinds.ts); null for "this act" while its own text is read (it is whatever it calls itself). */
  kind: ActKind | null;
  number: string;
  /** YYYY-MM-DD */
  adoptedOn: string;
  /** How many attachments the act approves: 1 for the decree, whose Rules are att_1. */
  attachments: number;
}

export type CitableClauseKind = 'PREAMBLE' | 'POINT' | 'SUBPOINT' | 'ATTACHMENT' | 'CHAPTER' | 'ARTICLE';

export interface CitableClause {
  /** "sc-1999-9/para_21-1" */
  id: string;
  actId: string;
  eId: string;
  kind: CitableClauseKind;
  number: string | null;
}

export interface CitationCatalog {
  acts: CitableAct[];
  clauses: CitableClause[];
}

/** A norm outside the catalog: a code, the Constitution, a law, or an act of a catalog kind that is not in it. */
export interface OutsideReference {
  /**
   * civil-code | civil-procedure-code | labour-code | constitution | law-national-security-bodies |
   * law-national-security | criminal-code | criminal-procedure-code | administrative-offences-code | tax-code |
   * law (any other law, see `title`) | supreme-court-resolution | government-decree | other-act
   */
  targetAct: string;
  article?: string;
  point?: string;
  part?: string;
  subpoint?: string;
  chapter?: string;
  /** Identification of an act of a catalog kind that is not in the catalog ("№ 9 of 16.12.1988"). */
  number?: string;
  /** YYYY-MM-DD, or YYYY when only the year was written. */
  adoptedOn?: string;
  /** Set when the reference is to an attachment (e.g. Rules) approved by that act. */
  attachment?: number;
  /** The quoted title of a law that has no identifier of its own here. */
  title?: string;
}

export interface FoundCitation {
  text: string;
  /** UTF-16 offsets into the input: text === input.slice(start, end). */
  start: number;
  end: number;
  actId?: string;
  clauseId?: string;
  reference?: OutsideReference;
}

/** Where the text stands, for "осы қаулы" / "настоящее постановление" / "осы Қағидалар". */
export interface ExtractionContext {
  selfActId?: string;
  inAttachment?: number;
}

export type CitationLang = 'kk' | 'ru';
export type CitationStyleName = 'FULL' | 'SHORT';
