/** Entry point of the parser: official act text → ActDocument (structure, notes, references). Pure. */
import { parseStructure } from './structure';
import type { ActDocument } from './act-document';

export function parseAct(text: string): ActDocument {
  return parseStructure(text);
}
