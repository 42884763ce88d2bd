/**
 * Court cases: listing and filtering, the links between cases and clauses, and the editor's create, update
 * and delete. EXPLICIT links are stored (the decision cites the clause); TOPICAL links are derived here from
 * the case's claim types: every clause governing one of them that was in force on the decision date.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { ConflictError, UserInputError } from '../errors';
import { CaseCitationEntity, CaseClaimTypeEntity, CaseEntity, CaseReferenceEntity, type ClauseEntity } from '../entities';
import { foldLetters } from '../domain/quote-match';
import { caseChildRows } from '../ingest/build-claims-and-cases';
import type { CaseRow } from '../ingest/rows';
import type { ActService } from './act.service';
import { newCaseId } from './case-id';
import { invalidCaseInput, MAX_DECISION_TEXT, validateCaseInput, type CaseInputData } from './case-input';
import { CITATION_LIMITS, type CitationService } from './citation.service';
import type { ClaimTypeService } from './claim-type.service';
import type { Loaders } from './loaders';
import type { PointInTimeService } from './point-in-time.service';
import { WordingAtDecision, type Reading } from './wording-at-decision';

export type CitationKindName = 'EXPLICIT' | 'TOPICAL';

/** A case ↔ clause link, with the date the law is read at. */
export interface CaseLink {
  caseId: string;
  clauseId: string;
  kind: CitationKindName;
  quote: string | null;
  /** The decision date; when it is unknown, a day the wording the quote matches certainly applied, or null. */
  asOf: string | null;
  /** How the wording at decision was chosen (wording-at-decision.ts). */
  reading: Reading;
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
const fold = foldLetters;

/** Newest decision first, undated last, then by id: a fixed order, so cursors stay valid. */
export function compareCases(a: { decidedOn: string | null; id: string }, b: { decidedOn: string | null; id: string }): number {
  if (a.decidedOn !== b.decidedOn) {
    if (a.decidedOn === null) return 1;
    if (b.decidedOn === null) return -1;
    return b.decidedOn.localeCompare(a.decidedOn);
  }
  return a.id.localeCompare(b.id);
}

function checkVersionArgument(ifVersion: number | null): void {
  if (ifVersion !== null && ifVersion < 1)
    throw new UserInputError(`"ifVersion" must be a version a case has had (1 or more), got ${ifVersion}`, { argumentName: 'ifVersion' });
}

/**
 * Takes the row lock of an editor case inside the caller's transaction and checks it may be written: a write or
 * delete running at the same time waits here until this transaction ends, then sees its result. False when
 * there is no such case and no version was expected.
 */
async function lockEditorCase(m: EntityManager, id: string, ifVersion: number | null, action: 'replace' | 'delete'): Promise<boolean> {
  const [row] = (await m.query('SELECT origin, version FROM court_case WHERE id = $1 FOR UPDATE', [id])) as Array<{
    origin: string;
    version: number;
  }>;
  if (!row) {
    if (ifVersion !== null)
      throw new ConflictError(`case "${id}" no longer exists (deleted by another editor?); it was expected at version ${ifVersion}`, {
        id,
        expectedVersion: ifVersion,
        currentVersion: null,
      });
    if (action === 'delete') return false;
    throw invalidCaseInput('id', `no case with id "${id}"; leave "id" out to create one`);
  }
  if (row.origin !== 'EDITOR') {
    if (action === 'delete')
      throw new UserInputError(`"${id}" comes from the corpus (corpus/cases) and cannot be deleted through the API`, {
        argumentName: 'id',
      });
    throw invalidCaseInput('id', `"${id}" comes from the corpus (corpus/cases); change its file instead`);
  }
  if (ifVersion !== null && row.version !== ifVersion) {
    throw new ConflictError(
      `case "${id}" is at version ${row.version}, not ${ifVersion}: it was changed meanwhile; read it again and ${action} that version`,
      { id, expectedVersion: ifVersion, currentVersion: row.version },
    );
  }
  return true;
}

export class CaseService {
  readonly wordingAtDecision: WordingAtDecision;

  constructor(
    private readonly ds: DataSource,
    private readonly loaders: Loaders,
    private readonly pit: PointInTimeService,
    private readonly acts: ActService,
    private readonly claimTypes: ClaimTypeService,
    private readonly citations: CitationService,
  ) {
    this.wordingAtDecision = new WordingAtDecision(loaders, pit);
  }

  byId(id: string): Promise<CaseEntity | null> {
    return this.loaders.caseById.load(id);
  }

  async list(filter: CaseFilterData = {}): Promise<CaseEntity[]> {
    const catalog = await this.loaders.catalog();
    const ofType = filter.claimType ? new Set((catalog.caseLinksByClaimType.get(filter.claimType) ?? []).map((l) => l.caseId)) : null;
    // an undated decision is outside every date range
    let cases = catalog.cases.filter(
      (c) =>
        (!ofType || ofType.has(c.id)) &&
        (!filter.from || (c.decidedOn !== null && c.decidedOn >= filter.from)) &&
        (!filter.to || (c.decidedOn !== null && c.decidedOn <= filter.to)),
    );
    const words = fold(filter.query ?? '')
      .split(/\s+/)
      .filter((w) => w.length > 0);
    if (words.length) {
      cases = cases.filter((c) => {
        const hay = fold(
          [c.courtKk, c.courtRu, c.caseNumber, c.summaryKk, c.summaryRu, c.outcomeKk, c.outcomeRu].filter(Boolean).join(' '),
        );
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

  /**
   * A link with the date the law is read at. A TOPICAL link of an undated case is listed when the clause may
   * govern today (nothing better is known), but its wording at decision stays unknown.
   */
  private async link(
    c: CaseEntity,
    clause: ClauseEntity,
    kind: CitationKindName,
    quote: string | null,
    viaClaimTypes: string[],
  ): Promise<CaseLink> {
    const reading = await this.wordingAtDecision.reading(clause, c.decidedOn, quote);
    return {
      caseId: c.id,
      clauseId: clause.id,
      kind,
      quote,
      asOf: reading.asOf,
      reading,
      decisionDateKnown: c.decidedOn !== null,
      viaClaimTypes,
      decidedOn: c.decidedOn,
    };
  }

  /** Whether a clause governing one of the case's claim types is linked: it may govern on the decision date (today when unknown). */
  private governsAt(clause: ClauseEntity, c: CaseEntity): Promise<boolean> {
    return this.claimTypes.mayGovern(clause, c.decidedOn ?? this.pit.today);
  }

  /** Explicit citations first (in the order of the decision), then topical links in the order of the claim types. */
  async linksOfCase(c: CaseEntity): Promise<CaseLink[]> {
    const [explicit, typeLinks, governing] = await Promise.all([
      this.loaders.caseCitationsByCase.load(c.id),
      this.loaders.claimTypeLinksByCase.load(c.id),
      this.loaders.allGoverningLinks.load('all'),
    ]);
    const cited = new Set(explicit.map((e) => e.clauseId));
    const via = new Map<string, string[]>();
    for (const t of typeLinks) {
      for (const g of governing.filter((x) => x.claimTypeCode === t.claimTypeCode && !cited.has(x.clauseId))) {
        const codes = via.get(g.clauseId) ?? [];
        // a clause may govern one claim type in two roles: the type still made the link once
        if (!codes.includes(t.claimTypeCode)) via.set(g.clauseId, [...codes, t.claimTypeCode]);
      }
    }
    const explicitClauses = await Promise.all(explicit.map((e) => this.acts.clause(e.clauseId)));
    const out = await Promise.all(
      explicit.flatMap((e, i) => (explicitClauses[i] ? [this.link(c, explicitClauses[i]!, 'EXPLICIT', e.quote, [])] : [])),
    );
    const candidates = [...via.keys()];
    const clauses = await Promise.all(candidates.map((id) => this.acts.clause(id)));
    const live = await Promise.all(clauses.map((cl) => (cl ? this.governsAt(cl, c) : false)));
    const topical = await Promise.all(
      candidates.flatMap((clauseId, i) => (live[i] ? [this.link(c, clauses[i]!, 'TOPICAL', null, via.get(clauseId)!)] : [])),
    );
    return [...out, ...topical];
  }

  /** The cases linked to a clause: explicit citations first, then by decision date, newest first. */
  async linksOfClause(clauseId: string, kind?: CitationKindName | null): Promise<CaseLink[]> {
    const clause = await this.acts.clause(clauseId);
    if (!clause) return [];
    const [explicit, governing] = await Promise.all([
      this.loaders.caseCitationsByClause.load(clauseId),
      this.claimTypes.linksOfClause(clauseId),
    ]);
    const cited = new Set(explicit.map((e) => e.caseId));
    const codes = [...new Set(governing.map((g) => g.claimTypeCode))]; // one clause, one type, perhaps two roles
    const typeLinks = (await Promise.all(codes.map((code) => this.loaders.caseLinksByClaimType.load(code)))).flat();
    const via = new Map<string, string[]>();
    for (const t of typeLinks) if (!cited.has(t.caseId)) via.set(t.caseId, [...(via.get(t.caseId) ?? []), t.claimTypeCode]);

    const explicitLinks = kind === 'TOPICAL' ? [] : await this.explicitLinks(clause, explicit);
    const topicalLinks = kind === 'EXPLICIT' ? [] : await this.topicalLinks(clause, via);
    const byDate = (a: CaseLink, b: CaseLink) =>
      compareCases({ decidedOn: a.decidedOn, id: a.caseId }, { decidedOn: b.decidedOn, id: b.caseId });
    return [...explicitLinks.sort(byDate), ...topicalLinks.sort(byDate)];
  }

  private async explicitLinks(clause: ClauseEntity, rows: readonly CaseCitationEntity[]): Promise<CaseLink[]> {
    const cases = await Promise.all(rows.map((r) => this.byId(r.caseId)));
    return Promise.all(rows.flatMap((r, i) => (cases[i] ? [this.link(cases[i]!, clause, 'EXPLICIT', r.quote, [])] : [])));
  }

  private async topicalLinks(clause: ClauseEntity, via: Map<string, string[]>): Promise<CaseLink[]> {
    const cases = (await Promise.all([...via.keys()].map((id) => this.byId(id)))).filter((c): c is CaseEntity => c !== null);
    const live = await Promise.all(cases.map((c) => this.governsAt(clause, c)));
    return Promise.all(cases.flatMap((c, i) => (live[i] ? [this.link(c, clause, 'TOPICAL', null, via.get(c.id)!)] : [])));
  }

  // ---------------------------------------------------------------- editing

  /**
   * Creates (no id) or replaces (id of an editor case) a case, its claim types and, when a text is given, its
   * citations — in one transaction that holds the case's row, so a concurrent write or delete waits for it and
   * then sees what it did. With `ifVersion`, a case that is no longer at that version is left alone: CONFLICT.
   */
  async upsert(input: CaseInputData, ifVersion: number | null = null): Promise<CaseEntity> {
    const known = new Set((await this.claimTypes.all()).map((t) => t.id));
    const v = validateCaseInput(input, known, this.pit.today);
    if (!v.ok) throw invalidCaseInput(v.field, v.message);
    const value = v.value;
    checkVersionArgument(ifVersion);
    if (value.id === null && ifVersion !== null)
      throw new UserInputError('"ifVersion" is for replacing a case: leave it out when creating one (no "id")', {
        argumentName: 'ifVersion',
      });
    const found =
      value.text === null
        ? null
        : await this.citations.extract(value.text, { ...CITATION_LIMITS, maxTextLength: MAX_DECISION_TEXT }, 'input.text');
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
      (found ?? [])
        .filter((f) => f.clauseId)
        .map((f) => ({ clauseId: f.clauseId!, quote: f.text, startOffset: f.start, endOffset: f.end })),
      (found ?? [])
        .filter((f) => f.reference && !f.clauseId)
        .map((f) => ({ ...f.reference!, text: f.text, startOffset: f.start, endOffset: f.end })),
    );
    const version = await this.ds.transaction(async (m) => {
      if (value.id === null) await m.insert(CaseEntity, row);
      else {
        await lockEditorCase(m, id, ifVersion, 'replace');
        await m.update(CaseEntity, { id }, row);
      }
      await m.delete(CaseClaimTypeEntity, { caseId: id });
      await m.insert(CaseClaimTypeEntity, children.claimTypeRows);
      if (found !== null) {
        await m.delete(CaseCitationEntity, { caseId: id });
        await m.delete(CaseReferenceEntity, { caseId: id });
        if (children.citationRows.length) await m.insert(CaseCitationEntity, children.citationRows);
        if (children.referenceRows.length) await m.insert(CaseReferenceEntity, children.referenceRows);
      }
      const [stored] = (await m.query('SELECT version FROM court_case WHERE id = $1', [id])) as Array<{ version: number }>;
      return stored.version;
    });
    this.forget();
    // as written, not read back: a delete right after this commit must not turn the answer into an error
    return Object.assign(new CaseEntity(), row, { version });
  }

  /**
   * Deletes an editor case: false when there is none with that id (and no `ifVersion` was given); corpus cases are
   * refused; with `ifVersion`, a case changed or deleted meanwhile is a CONFLICT.
   */
  async delete(id: string, ifVersion: number | null = null): Promise<boolean> {
    checkVersionArgument(ifVersion);
    const deleted = await this.ds.transaction(async (m) => {
      if (!(await lockEditorCase(m, id, ifVersion, 'delete'))) return false;
      await m.delete(CaseEntity, { id, origin: 'EDITOR' });
      return true;
    });
    if (deleted) this.forget();
    return deleted;
  }

  /** A write makes what every request remembers stale: the shared cache and this request's pinned reads. */
  private forget() {
    this.loaders.dropRemembered();
  }
}
