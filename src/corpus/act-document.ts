/** What parsing an official act file yields: structure, wording and the events of its notes. */
import type { AmendmentEvent, ProvisionKind } from '../domain/types';
import type { LinkRepair } from './displaced-links';

export interface ParsedClause {
  eId: string;
  kind: ProvisionKind;
  /** As printed: "21-1", "2" for sub-point "2)"; null for the preamble. */
  number: string | null;
  parentEId: string | null;
  /** Paragraphs of the whole clause (sub-points included), artifact-repaired, as published. */
  paragraphs: string[];
  /** True for a point that survives only as the record of its repeal. */
  repealed: boolean;
  line: number;
  /** The heading of a chapter or article of a code, as printed (not part of its paragraphs); absent for other units. */
  heading?: string;
}

export interface ParsedNote {
  /** Verbatim after artifact repair. */
  text: string;
  line: number;
  /** The unit the note is printed under ("title" and "requisites" notes stand after the header). */
  anchor: string;
  events: AmendmentEvent[];
}

export interface ParsedReference {
  clauseEId: string;
  paragraph: number;
  text: string;
  start: number;
  end: number;
  targetAct: string;
  article?: string;
  point?: string;
  part?: string;
  subpoint?: string;
  chapter?: string;
  /** A clause of the same act ("осы Қағидалардың 4-тармағы"), when the reference is internal. */
  targetClauseEId?: string;
}

export interface ActDocument {
  /** As printed; null when the text has none (a code's copy of one chapter: the title is recorded in acts.yaml). */
  title: string | null;
  /** The requisites line; null when the text has none. */
  requisites: string | null;
  clauses: ParsedClause[];
  notes: ParsedNote[];
  references: ParsedReference[];
  /** Signature lines, kept as metadata, never as clause text. */
  signatures: string[];
  /** Every displaced hyperlink put back, for audit. */
  repairs: Array<LinkRepair & { line: number }>;
}
