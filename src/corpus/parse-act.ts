/** Entry point of the parser: act text → ActDocument (structure, notes, references). Pure. */
import type { TextStructure } from '../domain/act-kinds';
import { parseCodeStructure, type CodeParseOptions } from './code-structure';
import { clearReferenceMemo, findReferences } from './references';
import { clearStructureMemo, parseStructure } from './structure';
import type { ActDocument } from './act-document';

export interface ParseOptions extends CodeParseOptions {
  /** How the text is built (its kind's, src/domain/act-kinds.ts); absent: read from the text (detectStructure). */
  structure?: TextStructure;
}

/** Chapter and article headings, or a chunked copy's labels, make a code; anything else is read as points. */
const ARTICLES_TEXT = /^(?:\s*(?:Глава\s+\d+\.|Статья\s+\d+(?:-\d+)?\.|\d+-тарау\.|\d+(?:-\d+)?-бап\.|\[[^[\]|]+\|\s*Статья\s+\d))/mu;

/** How a text is built, for a reader that does not know its kind (`zangraph parse <file>`). */
export function detectStructure(text: string): TextStructure {
  return ARTICLES_TEXT.test(text) ? 'ARTICLES' : 'POINTS';
}

export function parseAct(text: string, opts: ParseOptions = {}): ActDocument {
  const doc = (opts.structure ?? detectStructure(text)) === 'ARTICLES' ? parseCodeStructure(text, opts) : parseStructure(text);
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
