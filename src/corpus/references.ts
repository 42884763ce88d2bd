/**
 * Outgoing references of each clause: the citation extractor run over the clause's own paragraphs (a sub-point's
 * paragraph counts for the sub-point). References to other norms carry the article, point, part, sub-point;
 * references inside the act itself ("осы Қағидалардың 4 және 5-тармақтарында") carry the eId they point to.
 * Pure: the act is known here only as "this act".
 */
import { buildCatalog } from '../citations/catalog';
import { extractCitations } from '../citations/extract';
import type { ParsedClause, ParsedReference } from './act-document';

const SELF = 'this-act';

export function findReferences(clauses: readonly ParsedClause[]): ParsedReference[] {
  const attachments = clauses.filter((c) => c.kind === 'ATTACHMENT').length;
  const catalog = buildCatalog([{ id: SELF, kind: 'SUPREME_COURT_NORMATIVE_RESOLUTION', number: '', adoptedOn: '0001-01-01', attachments, eIds: clauses.map((c) => c.eId) }]);
  const subpointOf = new Map<string, string>();
  for (const c of clauses) if (c.kind === 'SUBPOINT') subpointOf.set(`${c.parentEId}\u0000${c.paragraphs[0]}`, c.eId);
  const out: ParsedReference[] = [];
  for (const c of clauses) {
    if (c.kind === 'SUBPOINT' || c.repealed) continue;
    const attachment = /^att_(\d+)/.exec(c.eId)?.[1];
    c.paragraphs.forEach((paragraph, index) => {
      const owner = subpointOf.get(`${c.eId}\u0000${paragraph}`) ?? c.eId;
      const found = extractCitations(paragraph, catalog, { selfActId: SELF, inAttachment: attachment ? Number(attachment) : undefined });
      for (const f of found) {
        const base = { clauseEId: owner, paragraph: index, text: f.text, start: f.start, end: f.end };
        if (f.reference) {
          const r = f.reference;
          out.push({ ...base, targetAct: r.targetAct, article: r.article, point: r.point, part: r.part, subpoint: r.subpoint });
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
