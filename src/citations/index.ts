/** Citation extraction (free text → clauses and outside norms) and formatting (clause → citation string). */
export { extractAll, extractCitations, extractionSteps, type Extraction, type ExtractionLimits } from './extract';
export { MAX_COMBINATIONS } from './clause-targets';
export { measureWork } from './work-meter';
export { formatCitation } from './format';
export { referenceColumns, type ReferenceColumns } from './reference-columns';
export { buildCatalog, clauseFromEId, parseEId, type ActInventory, type EIdParts } from './catalog';
export { findChains, type Chain } from './designators';
export { SortedSpans, foldForMatching } from './spans';
export type {
  ActKind,
  CitableAct,
  CitableClause,
  CitableClauseKind,
  CitationCatalog,
  CitationLang,
  CitationStyleName,
  ExtractionContext,
  FoundCitation,
  OutsideReference,
} from './types';
