/** Entry point of the parser: official act text → ActDocument (structure, notes, references). Pure. */
import { clearReferenceMemo, findReferences } from './references';
import { clearStructureMemo, parseStructure } from './structure';
import type { ActDocument } from './act-document';

export function parseAct(text: string): ActDocument {
  const doc = parseStructure(text);
  return { ...doc, references: findReferences(doc.clauses) };
}

/**
 * Forgets the lines, notes and paragraphs the parser has seen, for benchmarks that measure parsing rather than
 * the recognition of text parsed before. Results never depend on them.
 */
export function clearParseCaches(): void {
  clearStructureMemo();
  clearReferenceMemo();
}
