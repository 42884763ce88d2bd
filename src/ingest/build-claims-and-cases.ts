/**
 * Claim types and cases → rows. Pure, like buildKnowledgeBase: every clause a claim type or a case names must
 * exist, every claim type a case names must be defined, ids must be unique — otherwise a CorpusError names the
 * file. Only EXPLICIT citations are rows; TOPICAL links are derived from claim types when read (never stored twice).
 */
import { referenceColumns } from '../citations';
import type { CaseFile } from '../corpus/case-file';
import type { ClaimTypesFile } from '../corpus/claim-types-file';
import { CorpusError } from '../errors';
import type { CaseCitationRow, CaseClaimTypeRow, CaseReferenceRow, ClaimAndCaseRows, ClaimTypeClauseRow, ClaimTypeRow } from './rows';

export interface ClaimsAndCasesInput {
  claimTypes: { file: string; data: ClaimTypesFile } | null;
  cases: Array<{ file: string; data: CaseFile }>;
}

export interface CitationInput {
  clauseId: string;
  quote: string | null;
  startOffset?: number | null;
  endOffset?: number | null;
}

export interface ReferenceInput {
  targetAct: string;
  text?: string | null;
  article?: string | null;
  point?: string | null;
  part?: string | null;
  subpoint?: string | null;
  chapter?: string | null;
  startOffset?: number | null;
  endOffset?: number | null;
}

/** The rows that hang off a case, shared by ingest and the editor mutation so both store a case the same way. */
export function caseChildRows(
  caseId: string,
  claimTypes: readonly string[],
  citations: readonly CitationInput[],
  references: readonly ReferenceInput[],
) {
  const claimTypeRows: CaseClaimTypeRow[] = [...new Set(claimTypes)].map((code, position) => ({
    id: `${caseId}/${code}`,
    caseId,
    claimTypeCode: code,
    position,
  }));
  const seen = new Set<string>();
  const citationRows: CaseCitationRow[] = [];
  for (const c of citations) {
    if (seen.has(c.clauseId)) continue; // one link per clause: the first place that cites it
    seen.add(c.clauseId);
    citationRows.push({
      id: `${caseId}/${c.clauseId}`,
      caseId,
      clauseId: c.clauseId,
      quote: c.quote,
      startOffset: c.startOffset ?? null,
      endOffset: c.endOffset ?? null,
      position: citationRows.length,
    });
  }
  const referenceRows: CaseReferenceRow[] = references.map((r, position) => ({
    id: `${caseId}/ref/${position + 1}`,
    caseId,
    position,
    text: r.text ?? null,
    targetAct: r.targetAct,
    ...referenceColumns(r),
    startOffset: r.startOffset ?? null,
    endOffset: r.endOffset ?? null,
  }));
  return { claimTypeRows, citationRows, referenceRows };
}

export function buildClaimsAndCases(input: ClaimsAndCasesInput, clauseIds: ReadonlySet<string>): ClaimAndCaseRows {
  const rows: ClaimAndCaseRows = {
    claimTypes: [],
    claimTypeClauses: [],
    cases: [],
    caseClaimTypes: [],
    caseCitations: [],
    caseReferences: [],
  };

  if (input.claimTypes) {
    const { file, data } = input.claimTypes;
    data.claimTypes.forEach((t, position) => {
      if (rows.claimTypes.some((r) => r.id === t.code)) throw new CorpusError(file, `claimTypes.${position}: ${t.code} is defined twice`);
      const row: ClaimTypeRow = {
        id: t.code,
        nameKk: t.name.kk,
        nameRu: t.name.ru,
        descriptionKk: t.description.kk,
        descriptionRu: t.description.ru,
        position,
      };
      rows.claimTypes.push(row);
      const own = new Set<string>();
      t.clauses.forEach((g, i) => {
        const where = `claimTypes.${position}.clauses.${i}`;
        if (!clauseIds.has(g.clause))
          throw new CorpusError(file, `${where}: ${t.code} names "${g.clause}", which is not a clause of the knowledge base`);
        // one link per thing the clause does: the same clause may come back only in another role
        const id = `${t.code}/${g.clause}/${g.role}`;
        if (own.has(id)) throw new CorpusError(file, `${where}: ${t.code} names "${g.clause}" as ${g.role} twice`);
        own.add(id);
        const link: ClaimTypeClauseRow = {
          id,
          claimTypeCode: t.code,
          clauseId: g.clause,
          role: g.role,
          rationaleKk: g.rationale.kk,
          rationaleRu: g.rationale.ru,
          position: i,
        };
        rows.claimTypeClauses.push(link);
      });
    });
  }

  const defined = new Set(rows.claimTypes.map((t) => t.id));
  const fileOf = new Map<string, string>();
  for (const { file, data: c } of input.cases) {
    const other = fileOf.get(c.id);
    if (other) throw new CorpusError(file, `id "${c.id}" is already used by ${other}`);
    fileOf.set(c.id, file);
    c.claimTypes.forEach((code, i) => {
      if (c.claimTypes.indexOf(code) !== i) throw new CorpusError(file, `claimTypes.${i}: ${code} is listed twice`);
      if (!defined.has(code)) throw new CorpusError(file, `claimTypes.${i}: ${code} is not defined in claim-types.yaml`);
    });
    c.citations.forEach((cit, i) => {
      if (!clauseIds.has(cit.clause)) throw new CorpusError(file, `citations.${i}: "${cit.clause}" is not a clause of the knowledge base`);
    });
    rows.cases.push({
      id: c.id,
      origin: 'CORPUS',
      courtKk: c.court.kk,
      courtRu: c.court.ru,
      caseNumber: c.caseNumber,
      decidedOn: c.decidedOn,
      dateNoteKk: c.dateNote?.kk ?? null,
      dateNoteRu: c.dateNote?.ru ?? null,
      summaryKk: c.summary.kk,
      summaryRu: c.summary.ru,
      outcomeKk: c.outcome.kk,
      outcomeRu: c.outcome.ru,
      amountAwardedKzt: c.amountAwardedKzt,
      sourceUrl: c.sourceUrl,
      otherSources: c.otherSources,
      sourceFile: `corpus/${file}`,
    });
    const children = caseChildRows(
      c.id,
      c.claimTypes,
      c.citations.map((x) => ({ clauseId: x.clause, quote: x.quote })),
      c.references,
    );
    rows.caseClaimTypes.push(...children.claimTypeRows);
    rows.caseCitations.push(...children.citationRows);
    rows.caseReferences.push(...children.referenceRows);
  }
  rows.cases.sort((a, b) => a.id.localeCompare(b.id));
  return rows;
}
