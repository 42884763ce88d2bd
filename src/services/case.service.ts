/**
 * Court cases: listing and filtering, the links between cases and clauses, and the editor's create, update
 * and delete. EXPLICIT links are stored (the decision cites the clause); TOPICAL links are derived here from
 * the case's claim types: every clause governing one of them that was in force on the decision date.
 */
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { CaseCitationEntity, CaseClaimTypeEntity, CaseEntity, CaseReferenceEntity, type ClauseEntity } from '../entities';
import { caseChildRows } from '../ingest/build-claims-and-cases';
import type { CaseRow } from '../ingest/rows';
import type { ActService } from './act.service';
import { newCaseId } from './case-id';
import { validateCaseInput, type CaseInputData } from './case-input';
import type { CitationService } from './citation.service';
import type { ClaimTypeService } from './claim-type.service';
import type { Loaders } from './loaders';
import type { PointInTimeService } from './point-in-time.service';

export type CitationKindName = 'EXPLICIT' | 'TOPICAL';

/** A case ↔ clause link, with the date the law is read at. */
export interface CaseLink {
  caseId: string;
  clauseId: string;
  kind: CitationKindName;
  quote: string | null;
  /** The decision date, or today when it is unknown. */
  asOf: string;
  decisionDateKnown: boolean;
  /** For TOPICAL links: the case's claim types the clause governs. */
  viaClaimTypes: string[];
  decidedOn: string | null;
}

export interface CaseFilterData {
  claimType?: string | null;
  clauseId?: string | null;
  from?: string | null;
  to?: string | null;
  query?: string | null;
}

/** Folded for matching: case, and the Latin "i" the official texts often use for the Kazakh "і". */
const fold = (s: string) => s.toLocaleLowerCase('kk').replace(/i/g, 'і').replace(/ё/g, 'е');

/** Newest decision first, undated last, then by id: a fixed order, so cursors stay valid. */
export function compareCases(a: { decidedOn: string | null; id: string }, b: { decidedOn: string | null; id: string }): number {
  if (a.decidedOn !== b.decidedOn) {
    if (a.decidedOn === null) return 1;
    if (b.decidedOn === null) return -1;
    return b.decidedOn.localeCompare(a.decidedOn);
  }
  return a.id.localeCompare(b.id);
}

function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'input', field } });
}

export class CaseService {
  constructor(
    private readonly ds: DataSource,
    private readonly loaders: Loaders,
    private readonly pit: PointInTimeService,
    private readonly acts: ActService,
    private readonly claimTypes: ClaimTypeService,
    private readonly citations: CitationService,
  ) {}

  byId(id: string): Promise<CaseEntity | null> {
    return this.loaders.caseById.load(id);
  }

  async list(filter: CaseFilterData = {}): Promise<CaseEntity[]> {
    const catalog = await this.loaders.catalog();
    const ofType = filter.claimType ? new Set((catalog.caseLinksByClaimType.get(filter.claimType) ?? []).map((l) => l.caseId)) : null;
    // an undated decision is outside every date range
    let cases = catalog.cases.filter(
      (c) => (!ofType || ofType.has(c.id)) && (!filter.from || (c.decidedOn !== null && c.decidedOn >= filter.from)) && (!filter.to || (c.decidedOn !== null && c.decidedOn <= filter.to)),
    );
    const words = fold(filter.query ?? '').split(/\s+/).filter((w) => w.length > 0);
    if (words.length) {
      cases = cases.filter((c) => {
        const hay = fold([c.courtKk, c.courtRu, c.caseNumber, c.summaryKk, c.summaryRu, c.outcomeKk, c.outcomeRu].filter(Boolean).join(' '));
        return words.every((w) => hay.includes(w));
      });
    }
    if (filter.clauseId) {
      const linked = new Set((await this.linksOfClause(filter.clauseId)).map((l) => l.caseId));
      cases = cases.filter((c) => linked.has(c.id));
    }
    return cases.sort(compareCases);
  }

  async ofClaimType(code: string): Promise<CaseEntity[]> {
    const links = await this.loaders.caseLinksByClaimType.load(code);
    const cases = await Promise.all(links.map((l) => this.byId(l.caseId)));
    return cases.filter((c): c is CaseEntity => c !== null).sort(compareCases);
  }

  async claimTypesOf(caseId: string) {
    const [links, all] = await Promise.all([this.loaders.claimTypeLinksByCase.load(caseId), this.claimTypes.all()]);
    const byCode = new Map(all.map((t) => [t.id, t]));
    return links.map((l) => byCode.get(l.claimTypeCode)).filter((t) => t !== undefined);
  }

  referencesOf(caseId: string) {
    return this.loaders.caseReferencesByCase.load(caseId);
  }

  private readAt(c: CaseEntity) {
    return { asOf: c.decidedOn ?? this.pit.today, decisionDateKnown: c.decidedOn !== null, decidedOn: c.decidedOn };
  }

  /** Explicit citations first (in the order of the decision), then topical links in the order of the claim types. */
  async linksOfCase(c: CaseEntity): Promise<CaseLink[]> {
    const at = this.readAt(c);
    const [explicit, typeLinks, governing] = await Promise.all([
      this.loaders.caseCitationsByCase.load(c.id),
      this.loaders.claimTypeLinksByCase.load(c.id),
      this.loaders.allGoverningLinks.load('all'),
    ]);
    const out: CaseLink[] = explicit.map((e) => ({ caseId: c.id, clauseId: e.clauseId, kind: 'EXPLICIT', quote: e.quote, viaClaimTypes: [], ...at }));
    const cited = new Set(explicit.map((e) => e.clauseId));
    const via = new Map<string, string[]>();
    for (const t of typeLinks) {
      for (const g of governing.filter((x) => x.claimTypeCode === t.claimTypeCode && !cited.has(x.clauseId))) {
        const codes = via.get(g.clauseId) ?? [];
        // a clause may govern one claim type in two roles: the type still made the link once
        if (!codes.includes(t.claimTypeCode)) via.set(g.clauseId, [...codes, t.claimTypeCode]);
      }
    }
    const candidates = [...via.keys()];
    const clauses = await Promise.all(candidates.map((id) => this.acts.clause(id)));
    const live = await Promise.all(clauses.map((cl) => (cl ? this.claimTypes.inForce(cl, at.asOf) : false)));
    candidates.forEach((clauseId, i) => {
      if (live[i]) out.push({ caseId: c.id, clauseId, kind: 'TOPICAL', quote: null, viaClaimTypes: via.get(clauseId)!, ...at });
    });
    return out;
  }

  /** The cases linked to a clause: explicit citations first, then by decision date, newest first. */
  async linksOfClause(clauseId: string, kind?: CitationKindName | null): Promise<CaseLink[]> {
    const clause = await this.acts.clause(clauseId);
    if (!clause) return [];
    const [explicit, governing] = await Promise.all([this.loaders.caseCitationsByClause.load(clauseId), this.claimTypes.linksOfClause(clauseId)]);
    const cited = new Set(explicit.map((e) => e.caseId));
    const codes = [...new Set(governing.map((g) => g.claimTypeCode))]; // one clause, one type, perhaps two roles
    const typeLinks = (await Promise.all(codes.map((code) => this.loaders.caseLinksByClaimType.load(code)))).flat();
    const via = new Map<string, string[]>();
    for (const t of typeLinks) if (!cited.has(t.caseId)) via.set(t.caseId, [...(via.get(t.caseId) ?? []), t.claimTypeCode]);

    const explicitLinks = kind === 'TOPICAL' ? [] : await this.explicitLinks(explicit);
    const topicalLinks = kind === 'EXPLICIT' ? [] : await this.topicalLinks(clause, via);
    const byDate = (a: CaseLink, b: CaseLink) => compareCases({ decidedOn: a.decidedOn, id: a.caseId }, { decidedOn: b.decidedOn, id: b.caseId });
    return [...explicitLinks.sort(byDate), ...topicalLinks.sort(byDate)];
  }

  private async explicitLinks(rows: readonly CaseCitationEntity[]): Promise<CaseLink[]> {
    const cases = await Promise.all(rows.map((r) => this.byId(r.caseId)));
    return rows.flatMap((r, i) => {
      const c = cases[i];
      return c ? [{ caseId: c.id, clauseId: r.clauseId, kind: 'EXPLICIT' as const, quote: r.quote, viaClaimTypes: [], ...this.readAt(c) }] : [];
    });
  }

  private async topicalLinks(clause: ClauseEntity, via: Map<string, string[]>): Promise<CaseLink[]> {
    const cases = (await Promise.all([...via.keys()].map((id) => this.byId(id)))).filter((c): c is CaseEntity => c !== null);
    const live = await Promise.all(cases.map((c) => this.claimTypes.inForce(clause, this.readAt(c).asOf)));
    return cases.flatMap((c, i) => (live[i] ? [{ caseId: c.id, clauseId: clause.id, kind: 'TOPICAL' as const, quote: null, viaClaimTypes: via.get(c.id)!, ...this.readAt(c) }] : []));
  }

  // ---------------------------------------------------------------- editing

  /** Creates (no id) or replaces (id of an editor case) a case, its claim types and, when a text is given, its citations — in one transaction. */
  async upsert(input: CaseInputData): Promise<CaseEntity> {
    const known = new Set((await this.claimTypes.all()).map((t) => t.id));
    const v = validateCaseInput(input, known, this.pit.today);
    if (!v.ok) throw badInput(v.field, v.message);
    const value = v.value;
    if (value.id !== null) {
      const existing = await this.ds.getRepository(CaseEntity).findOne({ where: { id: value.id } });
      if (!existing) throw badInput('id', `no case with id "${value.id}"; leave "id" out to create one`);
      if (existing.origin !== 'EDITOR') throw badInput('id', `"${value.id}" comes from the corpus (corpus/cases); change its file instead`);
    }
    const found = value.text === null ? null : await this.citations.extract(value.text);
    const id = value.id ?? newCaseId(value.courtKk, value.decidedOn);
    const row: CaseRow = {
      id,
      origin: 'EDITOR',
      courtKk: value.courtKk,
      courtRu: value.courtRu,
      caseNumber: value.caseNumber,
      decidedOn: value.decidedOn,
      dateNoteKk: null,
      dateNoteRu: null,
      summaryKk: value.summaryKk,
      summaryRu: value.summaryRu,
      outcomeKk: value.outcomeKk,
      outcomeRu: value.outcomeRu,
      amountAwardedKzt: value.amountAwardedKzt,
      sourceUrl: value.sourceUrl,
      otherSources: [],
      sourceFile: null,
    };
    const children = caseChildRows(
      id,
      value.claimTypes,
      (found ?? []).filter((f) => f.clauseId).map((f) => ({ clauseId: f.clauseId!, quote: f.text, startOffset: f.start, endOffset: f.end })),
      (found ?? [])
        .filter((f) => f.reference && !f.clauseId)
        .map((f) => ({ ...f.reference!, text: f.text, startOffset: f.start, endOffset: f.end })),
    );
    await this.ds.transaction(async (m) => {
      if (value.id === null) await m.insert(CaseEntity, row);
      else await m.update(CaseEntity, { id }, row);
      await m.delete(CaseClaimTypeEntity, { caseId: id });
      await m.insert(CaseClaimTypeEntity, children.claimTypeRows);
      if (found !== null) {
        await m.delete(CaseCitationEntity, { caseId: id });
        await m.delete(CaseReferenceEntity, { caseId: id });
        if (children.citationRows.length) await m.insert(CaseCitationEntity, children.citationRows);
        if (children.referenceRows.length) await m.insert(CaseReferenceEntity, children.referenceRows);
      }
    });
    this.forget();
    return (await this.byId(id))!;
  }

  /** Deletes an editor case: false when there is none with that id; corpus cases are refused. */
  async delete(id: string): Promise<boolean> {
    const existing = await this.ds.getRepository(CaseEntity).findOne({ where: { id } });
    if (!existing) return false;
    if (existing.origin !== 'EDITOR') throw new GraphQLError(`"${id}" comes from the corpus (corpus/cases) and cannot be deleted through the API`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' } });
    await this.ds.getRepository(CaseEntity).delete({ id, origin: 'EDITOR' });
    this.forget();
    return true;
  }

  /** A write makes what every request remembers stale: the shared cache and this request's pinned reads. */
  private forget() {
    this.loaders.corpus.invalidate();
    this.loaders.forgetAll();
  }
}
