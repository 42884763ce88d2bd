/**
 * Outgoing references of each clause: the citation extractor run over the clause's own paragraphs (a sub-point's
 * paragraph counts for the sub-point). References to other norms carry the article, point, part, sub-point;
 * references inside the act itself ("осы Қағидалардың 4 және 5-тармақтарында") carry the eId they point to.
 * Pure: the act is known here only as "this act".
 */
import { LRUCache } from 'lru-cache';
import { buildCatalog } from '../citations/catalog';
import { extractCitations } from '../citations/extract';
import type { FoundCitation } from '../citations/types';
import type { ParsedClause, ParsedReference } from './act-document';

const SELF = 'this-act';

/**
 * Extraction is pure, and all it reads of the act is the catalog built below (its clause eIds and attachment
 * count) and the attachment a paragraph stands in: results are kept under exactly those (a short number stands
 * for each such context), then the paragraph. Cached results are only read here, never handed out.
 */
const contexts = new LRUCache<string, number>({ max: 10_000 });
let nextContext = 0;
const extracted = new LRUCache<string, readonly FoundCitation[]>({ max: 50_000 });

/** The number that stands for one catalog and attachment in the keys of `extracted`. */
function contextId(context: string): number {
  let id = contexts.get(context);
  if (id === undefined) contexts.set(context, (id = nextContext++));
  return id;
}

/** For benchmarks that measure extraction itself rather than the cache. */
export function clearReferenceMemo(): void {
  contexts.clear();
  extracted.clear();
}

export function findReferences(clauses: readonly ParsedClause[]): ParsedReference[] {
  const attachments = clauses.filter((c) => c.kind === 'ATTACHMENT').length;
  const eIds = clauses.map((c) => c.eId);
  const catalog = buildCatalog([{ id: SELF, kind: null, number: '', adoptedOn: '0001-01-01', attachments, eIds }]);
  const catalogKey = `${attachments}\u0000${eIds.join('\u0000')}`;
  // by parent, then by paragraph: no key built (and hashed) from a whole paragraph per lookup
  const subpointOf = new Map<string, Map<string, string>>();
  for (const c of clauses) {
    if (c.kind !== 'SUBPOINT') continue;
    const parent = `${c.parentEId}`;
    let byParagraph = subpointOf.get(parent);
    if (!byParagraph) subpointOf.set(parent, (byParagraph = new Map()));
    byParagraph.set(`${c.paragraphs[0]}`, c.eId);
  }
  const out: ParsedReference[] = [];
  for (const c of clauses) {
    if (c.kind === 'SUBPOINT' || c.repealed) continue;
    const attachment = /^att_(\d+)/.exec(c.eId)?.[1];
    const context = contextId(`${catalogKey}\u0001${attachment ?? ''}`);
    const subpoints = subpointOf.get(c.eId);
    c.paragraphs.forEach((paragraph, index) => {
      const owner = subpoints?.get(paragraph) ?? c.eId;
      const key = `${context}\u0001${paragraph}`;
      let found = extracted.get(key);
      if (!found) {
        found = extractCitations(paragraph, catalog, { selfActId: SELF, inAttachment: attachment ? Number(attachment) : undefined });
        extracted.set(key, found);
      }
      for (const f of found) {
        const base = { clauseEId: owner, paragraph: index, text: f.text, start: f.start, end: f.end };
        if (f.reference) {
          const r = f.reference;
          out.push({ ...base, targetAct: r.targetAct, article: r.article, point: r.point, part: r.part, subpoint: r.subpoint, chapter: r.chapter });
        } else if (f.clauseId?.startsWith(`${SELF}/`)) {
          const eId = f.clauseId.slice(SELF.length + 1);
          if (eId !== owner) out.push({ ...base, targetAct: SELF, targetClauseEId: eId });
        }
      }
    });
  }
  return out;
}

/** Marks a reference to a clause of the act being parsed; ingest replaces it with the act's ID. */
export const SELF_REFERENCE = SELF;
