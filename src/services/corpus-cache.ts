/**
 * What every request reads, remembered across requests: each act with its clauses, wordings, amendments, notes
 * and references; the catalog of acts, amending acts, claim types and cases; the amendments of each amending act.
 *
 * Correctness before speed:
 * - every load reads in one REPEATABLE READ snapshot together with the data version (a number a trigger moves
 *   with every committed write to a served table), so a remembered value is always one committed state;
 * - everything remembered belongs to one data version: a load that finds a newer one drops the rest first, and
 *   a load that overlapped a drop is returned but not kept;
 * - a watcher reads the data version a few times a second, so writes by another process (an ingest, another
 *   replica) are noticed without a request paying for it; when the database cannot be reached nothing
 *   remembered is served (requests go to the database and fail cleanly);
 * - in-process writes drop everything at once (`invalidate`).
 * Values are frozen: callers share them and must copy before sorting.
 */
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import {
  ActEntity,
  AmendingActEntity,
  AmendmentEntity,
  CaseCitationEntity,
  CaseClaimTypeEntity,
  CaseEntity,
  CaseReferenceEntity,
  ClaimTypeClauseEntity,
  ClaimTypeEntity,
  ClauseEntity,
  NoteEntity,
  ReferenceEntity,
  WordingEntity,
} from '../entities';
import type { Span } from '../domain/effective-window';
import { clauseTimeline, wordingsKnownSpan, type ClauseTimeline, type TimedEvent } from '../domain/point-in-time';
import type { Lang } from '../domain/types';
import { CLAUSE_OUTLINE_COLUMNS, type ClauseOutline } from '../citations/clause-outline';

export interface ActFacts {
  clauses: readonly ClauseEntity[];
  clauseById: ReadonlyMap<string, ClauseEntity>;
  clausesByEId: ReadonlyMap<string, ClauseEntity>;
  childrenOf: ReadonlyMap<string, readonly ClauseEntity[]>;
  wordings: readonly WordingEntity[];
  /** Wordings of one unit in one language: key `${target}\u0001${lang}`. */
  wordingsOf: ReadonlyMap<string, readonly WordingEntity[]>;
  amendments: readonly AmendmentEntity[];
  amendmentById: ReadonlyMap<string, AmendmentEntity>;
  notes: readonly NoteEntity[];
  referencesByClause: ReadonlyMap<string, readonly ReferenceEntity[]>;
  /** The act's own entry into force. */
  entry: Span;
  /** For an act whose corpus holds only a current wording of an unknown date: the first day of evidence of it. */
  evidence: Span | null;
  /** Every amendment as time logic reads it: kind, target, window (its `ref` is the amendment id). */
  events: readonly TimedEvent[];
  /** Per clause: what decides its status on any date (point-in-time.ts). */
  timelines: ReadonlyMap<string, ClauseTimeline>;
}

export interface Catalog {
  acts: readonly ActEntity[];
  actById: ReadonlyMap<string, ActEntity>;
  amendingActs: readonly AmendingActEntity[];
  amendingActById: ReadonlyMap<string, AmendingActEntity>;
  claimTypes: readonly ClaimTypeEntity[];
  governingLinks: readonly ClaimTypeClauseEntity[];
  governingLinksByClaimType: ReadonlyMap<string, readonly ClaimTypeClauseEntity[]>;
  governingLinksByClause: ReadonlyMap<string, readonly ClaimTypeClauseEntity[]>;
  cases: readonly CaseEntity[];
  caseById: ReadonlyMap<string, CaseEntity>;
  claimTypeLinksByCase: ReadonlyMap<string, readonly CaseClaimTypeEntity[]>;
  caseLinksByClaimType: ReadonlyMap<string, readonly CaseClaimTypeEntity[]>;
  caseCitationsByCase: ReadonlyMap<string, readonly CaseCitationEntity[]>;
  caseCitationsByClause: ReadonlyMap<string, readonly CaseCitationEntity[]>;
  caseReferencesByCase: ReadonlyMap<string, readonly CaseReferenceEntity[]>;
}

export const wordingKey = (target: string, lang: Lang) => `${target}\u0001${lang}`;

/** The `ref` of the span of an act's own entry into force (amendment spans carry the amendment id). */
export const ENTRY_REF = 'entry';

export interface CorpusCacheOptions {
  /** Acts kept at most (least recently used go first). */
  maxActs?: number;
  /** How often the data version is read. */
  checkEveryMs?: number;
}

const EMPTY: readonly never[] = Object.freeze([]);

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, readonly T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  for (const list of m.values()) Object.freeze(list);
  return m;
}

function frozen<T extends object>(rows: T[]): readonly T[] {
  for (const r of rows) Object.freeze(r);
  return Object.freeze(rows);
}

/**
 * Keyed values loaded in batches (one snapshot per batch), remembered while the data version stands, the least
 * recently used going first past `capacity`. Values are boxed: "nothing" (an unknown act) is remembered too.
 */
class KeyedCache<V> {
  private readonly store: LRUCache<string, { value: V }>;
  private readonly batcher: DataLoader<string, V>;

  constructor(
    private readonly owner: CorpusCache,
    capacity: number,
    read: (m: EntityManager, keys: string[]) => Promise<V[]>,
  ) {
    this.store = new LRUCache({ max: capacity });
    this.batcher = new DataLoader<string, V>(
      async (keys) => {
        const unique = [...new Set(keys)];
        const { value, keep } = await owner.snapshot((m) => read(m, unique));
        const byKey = new Map(unique.map((k, i) => [k, value[i]]));
        if (keep) for (const [k, v] of byKey) this.store.set(k, { value: v });
        return keys.map((k) => byKey.get(k)!);
      },
      { cache: false, maxBatchSize: 500 },
    );
  }

  get(key: string): Promise<V> | V {
    const remembered = this.store.get(key);
    return remembered ? remembered.value : this.batcher.load(key);
  }

  clear(): void {
    this.store.clear();
  }

  get size(): number {
    return this.store.size;
  }
}

export class CorpusCache {
  /** The data version everything remembered belongs to; null: not known (never read, or the database is unreachable). */
  private version: string | null = null;
  /** Moves at every drop; a load that started under another generation is not kept. */
  private generation = 0;
  private watcher: NodeJS.Timeout | null = null;
  private readonly listeners: Array<() => void> = [];
  private catalogValue: Catalog | null = null;
  private catalogLoading: Promise<Catalog> | null = null;
  private readonly derivedValues = new Map<string, unknown>();
  readonly stats = { loads: 0, drops: 0 };

  private readonly actFacts: KeyedCache<ActFacts | null>;
  private readonly amendmentsOfAmendingAct: KeyedCache<readonly AmendmentEntity[]>;

  constructor(
    private readonly ds: DataSource,
    private readonly opts: CorpusCacheOptions = {},
  ) {
    this.actFacts = new KeyedCache(this, opts.maxActs ?? 1000, readActFacts);
    this.amendmentsOfAmendingAct = new KeyedCache(this, 10_000, async (m, ids) => {
      const rows = await m
        .getRepository(AmendmentEntity)
        .find({ where: { amendingActId: In(ids) }, order: { effectiveFrom: 'ASC', actId: 'ASC', position: 'ASC' } });
      const g = groupBy(frozen(rows), (r) => r.amendingActId);
      return ids.map((id) => g.get(id) ?? EMPTY);
    });
  }

  /** Starts reading the data version periodically; the timer does not keep the process alive. */
  watch(): this {
    if (this.watcher) return this;
    this.watcher = setInterval(() => void this.checkVersion(), this.opts.checkEveryMs ?? 250);
    this.watcher.unref();
    return this;
  }

  close(): void {
    if (this.watcher) clearInterval(this.watcher);
    this.watcher = null;
  }

  /** Called whenever what was remembered is dropped (other caches derived from the same data follow). */
  onDrop(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * The data version (moves with every committed write): the version the watcher last read, or read now when
   * none is known (not watched yet, just invalidated, or the database was unreachable); null when the database
   * does not answer. HTTP validators (ETags) are derived from it.
   */
  async dataVersion(): Promise<string | null> {
    if (this.version === null) await this.checkVersion();
    return this.version;
  }

  /** Drops everything remembered (after a write in this process; the next dataVersion() reads it again). */
  invalidate(): void {
    this.version = null;
    this.generation++;
    this.stats.drops++;
    this.actFacts.clear();
    this.amendmentsOfAmendingAct.clear();
    this.catalogValue = null;
    this.catalogLoading = null;
    this.derivedValues.clear();
    for (const l of this.listeners) l();
  }

  async checkVersion(): Promise<void> {
    try {
      const rows: Array<{ version: string }> = await this.ds.query('SELECT version FROM data_version WHERE id = 1');
      const v = String(rows[0]?.version ?? '');
      if (this.version !== null && v !== this.version) this.invalidate();
      this.version = v;
    } catch {
      // unknown state: serve nothing remembered until the database answers again
      if (this.version !== null) this.invalidate();
      this.version = null;
    }
  }

  /**
   * Runs `read` in one snapshot with the data version. `keep` says whether the value may be remembered: it
   * belongs to the current version and no drop happened meanwhile.
   */
  async snapshot<T>(read: (m: EntityManager) => Promise<T>): Promise<{ value: T; keep: boolean }> {
    const generation = this.generation;
    this.stats.loads++;
    const { version, value } = await this.ds.transaction('REPEATABLE READ', async (m) => {
      const rows: Array<{ version: string }> = await m.query('SELECT version FROM data_version WHERE id = 1');
      return { version: String(rows[0]?.version ?? ''), value: await read(m) };
    });
    if (this.version === null) {
      // a read that overlapped a drop may be older than the write that caused it: it does not name the version
      if (generation === this.generation) this.version = version;
      return { value, keep: generation === this.generation };
    }
    if (BigInt(version) < BigInt(this.version)) return { value, keep: false }; // read before a write the watcher already saw
    if (version !== this.version) {
      // newer than anything remembered: the rest goes, this value is the first of the new version
      const ownDrop = generation === this.generation;
      this.invalidate();
      this.version = version;
      return { value, keep: ownDrop };
    }
    return { value, keep: generation === this.generation };
  }

  /**
   * Each act's clause identifiers in order and its number of attachments, read in one statement: what a catalog
   * of citable clauses needs, without every act's wordings, notes and amendments (reading those of every act
   * made a server's start grow with the corpus).
   */
  async clauseOutlines(): Promise<Map<string, ClauseOutline>> {
    const { value } = await this.snapshot(async (m) => {
      const rows: Array<ClauseOutline & { act_id: string }> = await m.query(
        `SELECT c.act_id, ${CLAUSE_OUTLINE_COLUMNS} FROM clause c GROUP BY c.act_id`,
      );
      return new Map(rows.map((r) => [r.act_id, { attachments: r.attachments, eIds: r.eIds }]));
    });
    return value;
  }

  act(actId: string): Promise<ActFacts | null> | ActFacts | null {
    return this.actFacts.get(actId);
  }

  amendmentsOf(amendingActId: string): Promise<readonly AmendmentEntity[]> | readonly AmendmentEntity[] {
    return this.amendmentsOfAmendingAct.get(amendingActId);
  }

  catalog(): Promise<Catalog> | Catalog {
    if (this.catalogValue) return this.catalogValue;
    if (this.catalogLoading) return this.catalogLoading;
    const loading = this.snapshot(readCatalog).then(({ value, keep }) => {
      if (keep) this.catalogValue = value;
      if (this.catalogLoading === loading) this.catalogLoading = null;
      return value;
    });
    loading.catch(() => {
      if (this.catalogLoading === loading) this.catalogLoading = null;
    });
    this.catalogLoading = loading;
    return loading;
  }

  /**
   * A value computed from remembered facts (the citation catalog, say), kept until the next drop. Computed again
   * when a drop happened while it was being computed.
   */
  async derived<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.derivedValues.has(key)) return this.derivedValues.get(key) as T;
    const generation = this.generation;
    const value = await compute();
    if (generation === this.generation) this.derivedValues.set(key, value);
    return value;
  }

  get size(): { acts: number; catalog: boolean } {
    return { acts: this.actFacts.size, catalog: this.catalogValue !== null };
  }
}

async function readActFacts(m: EntityManager, actIds: string[]): Promise<Array<ActFacts | null>> {
  const acts = await m
    .getRepository(ActEntity)
    .find({ where: { id: In(actIds) }, select: { id: true, entryEarliest: true, entryLatest: true, wordingsKnownFrom: true } });
  const present = new Set(acts.map((a) => a.id));
  const entryOf = new Map(acts.map((a) => [a.id, Object.freeze({ earliest: a.entryEarliest, latest: a.entryLatest, ref: ENTRY_REF })]));
  const evidenceOf = new Map(acts.map((a) => [a.id, wordingsKnownSpan(a.wordingsKnownFrom)]));
  const ids = actIds.filter((id) => present.has(id));
  if (!ids.length) return actIds.map(() => null);
  // one connection runs one statement at a time: in sequence
  const clauses = await m.getRepository(ClauseEntity).find({ where: { actId: In(ids) }, order: { position: 'ASC' } });
  const wordings = await m.getRepository(WordingEntity).find({ where: { actId: In(ids) }, order: { target: 'ASC' } });
  const amendments = await m
    .getRepository(AmendmentEntity)
    .find({ where: { actId: In(ids) }, order: { effectiveFrom: 'ASC', position: 'ASC' } });
  const notes = await m.getRepository(NoteEntity).find({ where: { actId: In(ids) }, order: { position: 'ASC' } });
  const references = clauses.length
    ? await m
        .getRepository(ReferenceEntity)
        .createQueryBuilder('r')
        .where('r.clauseId IN (SELECT c.id FROM clause c WHERE c.act_id = ANY(:ids))', { ids })
        .orderBy('r.position', 'ASC')
        .getMany()
    : [];
  const clausesOf = groupBy(frozen(clauses), (c) => c.actId);
  const wordingsOf = groupBy(frozen(wordings), (w) => w.actId);
  const amendmentsOf = groupBy(frozen(amendments), (a) => a.actId);
  const notesOf = groupBy(frozen(notes), (n) => n.actId);
  const referencesByClause = groupBy(frozen(references), (r) => r.clauseId);
  return actIds.map((id) => {
    if (!present.has(id)) return null;
    const cs = clausesOf.get(id) ?? EMPTY;
    const ws = wordingsOf.get(id) ?? EMPTY;
    const clauseIds = new Set(cs.map((c) => c.id));
    const clauseById = new Map(cs.map((c) => [c.id, c]));
    const acts = amendmentsOf.get(id) ?? EMPTY;
    const entry = entryOf.get(id)!;
    const evidence = evidenceOf.get(id)!;
    const events = timedEvents(acts);
    return Object.freeze({
      clauses: cs,
      clauseById,
      clausesByEId: new Map(cs.map((c) => [c.eId, c])),
      childrenOf: groupBy(
        cs.filter((c) => c.parentId !== null),
        (c) => c.parentId!,
      ),
      wordings: ws,
      wordingsOf: groupBy(ws, (w) => wordingKey(w.target, w.lang)),
      amendments: acts,
      amendmentById: new Map(acts.map((a) => [a.id, a])),
      notes: notesOf.get(id) ?? EMPTY,
      referencesByClause: new Map([...referencesByClause].filter(([clauseId]) => clauseIds.has(clauseId))),
      entry,
      evidence,
      events,
      timelines: timelines(cs, clauseById, events, entry, evidence),
    });
  });
}

/** The timeline of every clause: a part is inserted or repealed with what contains it and changes with its parts. */
function timedEvents(amendments: readonly AmendmentEntity[]): readonly TimedEvent[] {
  return Object.freeze(
    amendments.map((a) =>
      Object.freeze({
        kind: a.kind,
        target: a.target,
        span: Object.freeze({ earliest: a.effectiveFrom, latest: a.effectiveLatest, ref: a.id }),
      }),
    ),
  );
}

function timelines(
  clauses: readonly ClauseEntity[],
  byId: ReadonlyMap<string, ClauseEntity>,
  events: readonly TimedEvent[],
  entry: Span,
  evidence: Span | null,
): Map<string, ClauseTimeline> {
  const out = new Map<string, ClauseTimeline>();
  for (const c of clauses) {
    const lineage: string[] = [];
    for (let p: ClauseEntity | undefined = c; p; p = p.parentId ? byId.get(p.parentId) : undefined) lineage.push(p.eId);
    out.set(c.id, Object.freeze(clauseTimeline({ eId: c.eId, number: c.number, lineage }, events, entry, evidence)));
  }
  return out;
}

async function readCatalog(m: EntityManager): Promise<Catalog> {
  const acts = await m.getRepository(ActEntity).find({ order: { adoptedOn: 'ASC', id: 'ASC' } });
  const amendingActs = await m.getRepository(AmendingActEntity).find({ order: { adoptedOn: 'ASC', id: 'ASC' } });
  const claimTypes = await m.getRepository(ClaimTypeEntity).find({ order: { position: 'ASC', id: 'ASC' } });
  const governingLinks = await m.getRepository(ClaimTypeClauseEntity).find({ order: { claimTypeCode: 'ASC', position: 'ASC' } });
  const cases = await m.getRepository(CaseEntity).find({ order: { id: 'ASC' } });
  const caseClaimTypes = await m.getRepository(CaseClaimTypeEntity).find({ order: { caseId: 'ASC', position: 'ASC' } });
  const caseCitations = await m.getRepository(CaseCitationEntity).find({ order: { caseId: 'ASC', position: 'ASC' } });
  const caseReferences = await m.getRepository(CaseReferenceEntity).find({ order: { caseId: 'ASC', position: 'ASC' } });
  const links = frozen(caseClaimTypes);
  const citations = frozen(caseCitations);
  return Object.freeze({
    acts: frozen(acts),
    actById: new Map(acts.map((a) => [a.id, a])),
    amendingActs: frozen(amendingActs),
    amendingActById: new Map(amendingActs.map((a) => [a.id, a])),
    claimTypes: frozen(claimTypes),
    governingLinks: frozen(governingLinks),
    governingLinksByClaimType: groupBy(governingLinks, (l) => l.claimTypeCode),
    governingLinksByClause: groupBy(governingLinks, (l) => l.clauseId),
    cases: frozen(cases),
    caseById: new Map(cases.map((c) => [c.id, c])),
    claimTypeLinksByCase: groupBy(links, (l) => l.caseId),
    caseLinksByClaimType: groupBy(
      [...links].sort((a, b) => a.caseId.localeCompare(b.caseId)),
      (l) => l.claimTypeCode,
    ),
    caseCitationsByCase: groupBy(citations, (c) => c.caseId),
    caseCitationsByClause: groupBy(
      [...citations].sort((a, b) => a.caseId.localeCompare(b.caseId)),
      (c) => c.clauseId,
    ),
    caseReferencesByCase: groupBy(frozen(caseReferences), (r) => r.caseId),
  });
}
