/** Entry point of the parser: official act text → ActDocument (structure, notes, references). Pure. */
import { findReferences } from './references';
import { parseStructure } from './structure';
import type { ActDocument } from './act-document';

export function parseAct(text: string): ActDocument {
  const doc = parseStructure(text);
  return { ...doc, references: findReferences(doc.clauses) };
}
