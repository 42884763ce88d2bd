/**
 * Corpus → PostgreSQL in one transaction. The corpus is parsed and validated completely before the database is
 * touched, so a bad file changes nothing. Rows are diffed by their natural ids: an unchanged corpus writes
 * nothing, a changed file rewrites only the rows that differ.
 */
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { In } from 'typeorm';
import {
  ActEntity,
  AmendingActEntity,
  AmendmentEntity,
  ClauseEntity,
  CorpusStateEntity,
  NoteEntity,
  ReferenceEntity,
  WordingEntity,
} from '../entities';
import {
  CaseCitationEntity,
  CaseClaimTypeEntity,
  CaseEntity,
  CaseReferenceEntity,
  ClaimTypeClauseEntity,
  ClaimTypeEntity,
} from '../entities';
import { buildKnowledgeBase } from './build-knowledge-base';
import { loadCorpus, readCorpusFiles } from './load-corpus';
import { CopyFromStdin, copyData } from './copy';
import { BULK_LOAD_ROWS, beginBulkLoad, endBulkLoad, foreignKeysOf, maySkipRowChecks } from './bulk-load';
import type { KnowledgeBaseRows } from './rows';

export interface TableChange {
  inserted: number;
  updated: number;
  deleted: number;
}

export interface IngestReport {
  corpusHash: string;
  /** True when the stored corpus hash matched and nothing was compared. */
  skipped: boolean;
  tables: Record<string, TableChange>;
  changed: boolean;
  /** Where the time went: reading and parsing the files, building rows, the database transaction. */
  millis?: { parse: number; build: number; write: number };
  /** How foreign keys were checked: row by row as rows were written, or once per key over the tables (a bulk load). */
  keyChecks?: KeyChecks;
}

export type KeyChecks = 'PER_ROW' | 'SET_WISE';

export interface IngestOptions {
  /** Compare every row even when the stored corpus hash matches. */
  force?: boolean;
  /**
   * Check foreign keys row by row even for a bulk load: no SHARE locks on the referenced tables, so editors
   * may write cases while a large ingest runs, at the cost of the per-row checks.
   */
  checkEachRow?: boolean;
}

/**
 * Which existing rows of a table ingest owns. Cases added through the API (origin EDITOR) and the rows that
 * hang off them are never compared, so never deleted: ingest manages only what the corpus holds.
 */
type Scope = 'all' | 'corpusCases' | 'corpusCaseChildren';

const TABLES: Array<[keyof KnowledgeBaseRows, EntityTarget<ObjectLiteral>, Scope?]> = [
  ['acts', ActEntity],
  ['amendingActs', AmendingActEntity],
  ['clauses', ClauseEntity],
  ['notes', NoteEntity],
  ['wordings', WordingEntity],
  ['amendments', AmendmentEntity],
  ['references', ReferenceEntity],
  ['claimTypes', ClaimTypeEntity],
  ['claimTypeClauses', ClaimTypeClauseEntity],
  ['cases', CaseEntity, 'corpusCases'],
  ['caseClaimTypes', CaseClaimTypeEntity, 'corpusCaseChildren'],
  ['caseCitations', CaseCitationEntity, 'corpusCaseChildren'],
  ['caseReferences', CaseReferenceEntity, 'corpusCaseChildren'],
];

const CORPUS_KEY = 'corpus';
/**
 * What the rows are made of, besides the corpus files: moved whenever the rows built from the same files change
 * (a new column, say), so a database ingested by an older release is brought up to date at the next start
 * rather than skipped as unchanged. 2: references carry the chapter. 3: translations carry translator's notes, and a
 * governing link is keyed by its role too. 4: effective windows, wordings bounded by the amendments that began and
 * ended them.
 */
const ROWS_FORMAT = 4;
const storedHash = (filesHash: string) => `rows-${ROWS_FORMAT}:${filesHash}`;
/** Any constant: serialises concurrent ingests of the same database. */
const INGEST_LOCK = 7_420_001;

/** Object keys sorted, at every depth: jsonb keeps keys in an order of its own, so stored objects compare by content. */
const sortedKeys = (_key: string, v: unknown) =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      )
    : v;
const holdsObjects = (v: unknown) =>
  v !== null && typeof v === 'object' && (!Array.isArray(v) || v.some((x) => x !== null && typeof x === 'object'));
// most columns are scalars or lists of strings (paragraphs): those skip the replacer, called once per value
const comparable = (v: unknown) => (holdsObjects(v) ? JSON.stringify(v, sortedKeys) : JSON.stringify(v ?? null));

function sameRow(a: ObjectLiteral, b: ObjectLiteral): boolean {
  return Object.keys(b).every((k) => comparable(a[k]) === comparable(b[k]));
}

/** Rows per bulk UPDATE statement: one JSON parameter of a few MB at most. */
const BULK_ROWS = 2000;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The columns the rows carry: only those are written, as TypeORM's insert and update would. */
function carriedColumns(m: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): ColumnMetadata[] {
  return m.connection.getMetadata(entity).columns.filter((c) => rows.some((r) => r[c.propertyName] !== undefined));
}

/**
 * Updated rows as one jsonb parameter that PostgreSQL turns back into typed rows of the table
 * (jsonb_populate_recordset): one statement per chunk instead of one per row.
 */
function updateStatement(m: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): { sql: string; json: string } {
  const meta = m.connection.getMetadata(entity);
  const columns = carriedColumns(m, entity, rows);
  const records = rows.map((r) => Object.fromEntries(columns.map((c) => [c.databaseName, r[c.propertyName] ?? null])));
  const table = quoteIdent(meta.tableName);
  const names = columns.map((c) => quoteIdent(c.databaseName));
  const source = `jsonb_populate_recordset(NULL::${table}, $1::jsonb)`;
  const key = meta.primaryColumns.map((c) => quoteIdent(c.databaseName));
  const keySet = new Set(key);
  const assignments = names.filter((n) => !keySet.has(n)).map((n) => `${n} = v.${n}`);
  const match = key.map((k) => `t.${k} = v.${k}`).join(' AND ');
  return { sql: `UPDATE ${table} AS t SET ${assignments.join(', ')} FROM ${source} AS v WHERE ${match}`, json: JSON.stringify(records) };
}

async function bulkUpdate(m: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BULK_ROWS) {
    const { sql, json } = updateStatement(m, entity, rows.slice(i, i + BULK_ROWS));
    await m.query(sql, [json]);
  }
}

/**
 * New rows in one COPY per table: the fastest way into PostgreSQL, with no per-row statement and no JSON to
 * parse on either side. Inside the ingest transaction like every other write.
 */
async function bulkInsert(m: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<void> {
  if (rows.length === 0) return;
  const meta = m.connection.getMetadata(entity);
  const columns = carriedColumns(m, entity, rows).map((c) => ({
    property: c.propertyName,
    name: c.databaseName,
    jsonb: c.type === 'jsonb' || c.type === 'json',
  }));
  const copy = new CopyFromStdin(
    `COPY ${quoteIdent(meta.tableName)} (${columns.map((c) => quoteIdent(c.name)).join(', ')}) FROM STDIN`,
    copyData(rows, columns),
  );
  const client = (await (m.queryRunner as PostgresQueryRunner).connect()) as { query(submittable: CopyFromStdin): unknown };
  client.query(copy);
  await copy.done;
}

/** What one table needs: the rows to insert, to update and the ids to delete. */
interface TablePlan {
  entity: EntityTarget<ObjectLiteral>;
  toInsert: ObjectLiteral[];
  toUpdate: ObjectLiteral[];
  toDelete: string[];
}

async function planTable(
  m: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  desired: ObjectLiteral[],
  owned: (row: ObjectLiteral) => boolean,
): Promise<TablePlan> {
  const existing = (await m.find(entity, {})).filter(owned);
  const byId = new Map(existing.map((r) => [r.id as string, r]));
  const wanted = new Set(desired.map((r) => r.id as string));
  return {
    entity,
    toInsert: desired.filter((r) => !byId.has(r.id)),
    toUpdate: desired.filter((r) => byId.has(r.id) && !sameRow(byId.get(r.id)!, r)),
    toDelete: existing.filter((r) => !wanted.has(r.id)).map((r) => r.id as string),
  };
}

async function applyPlan(m: EntityManager, { entity, toInsert, toUpdate, toDelete }: TablePlan): Promise<TableChange> {
  await bulkInsert(m, entity, toInsert);
  await bulkUpdate(m, entity, toUpdate);
  for (let i = 0; i < toDelete.length; i += 500) await m.delete(entity, { id: In(toDelete.slice(i, i + 500)) });
  return { inserted: toInsert.length, updated: toUpdate.length, deleted: toDelete.length };
}

/**
 * Writes the plans in table order (parents first). A load that adds many rows and deletes none has its foreign
 * keys proven set-wise after the writes rather than row by row (see bulk-load.ts).
 */
async function applyPlans(
  m: EntityManager,
  plans: Array<[string, TablePlan]>,
  checkEachRow: boolean,
): Promise<{ tables: Record<string, TableChange>; keyChecks: KeyChecks }> {
  const inserted = plans.reduce((n, [, p]) => n + p.toInsert.length, 0);
  const deletes = plans.some(([, p]) => p.toDelete.length > 0);
  const bulk = !checkEachRow && inserted >= BULK_LOAD_ROWS && !deletes && (await maySkipRowChecks(m));
  const keys = bulk
    ? await foreignKeysOf(
        m,
        plans.map(([, p]) => m.connection.getMetadata(p.entity).tableName),
      )
    : [];
  if (bulk) await beginBulkLoad(m, keys);
  const tables: Record<string, TableChange> = {};
  for (const [name, plan] of plans) tables[name] = await applyPlan(m, plan);
  if (bulk) await endBulkLoad(m, keys);
  return { tables, keyChecks: bulk ? 'SET_WISE' : 'PER_ROW' };
}

export async function ingestCorpus(ds: DataSource, corpusDir: string, opts: IngestOptions = {}): Promise<IngestReport> {
  if (!opts.force) {
    // unchanged corpus: known from the file hashes alone, before any parsing or decoding, no file kept once hashed
    // (re-checked under the lock below)
    const hashed = readCorpusFiles(corpusDir, { hashOnly: true });
    const state = await ds.getRepository(CorpusStateEntity).findOne({ where: { key: CORPUS_KEY } });
    if (!hashed.failure && state?.hash === storedHash(hashed.hash))
      return { corpusHash: hashed.hash, skipped: true, tables: {}, changed: false };
  }
  // a changed corpus is read again, whole: what is hashed here is what is parsed below
  const readStart = performance.now();
  const files = readCorpusFiles(corpusDir);
  const readMs = performance.now() - readStart;
  if (files.failure && !opts.force) throw files.failure.error;
  // reading counts as parsing, the lookup of the stored hash does not
  const t0 = performance.now() - readMs;
  const corpus = loadCorpus(corpusDir, files);
  const t1 = performance.now();
  const rows = buildKnowledgeBase(corpus.input);
  const t2 = performance.now();
  const millis = () => ({ parse: Math.round(t1 - t0), build: Math.round(t2 - t1), write: Math.round(performance.now() - t2) });
  return ds.transaction(async (m) => {
    await m.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
    const state = await m.findOne(CorpusStateEntity, { where: { key: CORPUS_KEY } });
    if (!opts.force && state?.hash === storedHash(corpus.hash))
      return { corpusHash: corpus.hash, skipped: true, tables: {}, changed: false };
    // read before any case is written: the corpus cases of the last run, plus those of this one
    const corpusCases = new Set([
      ...(await m.find(CaseEntity, { where: { origin: 'CORPUS' }, select: { id: true } })).map((c) => c.id),
      ...rows.cases.map((c) => c.id),
    ]);
    const owned: Record<Scope, (row: ObjectLiteral) => boolean> = {
      all: () => true,
      corpusCases: (r) => r.origin === 'CORPUS',
      corpusCaseChildren: (r) => corpusCases.has(r.caseId),
    };
    const plans: Array<[string, TablePlan]> = [];
    for (const [name, entity, scope = 'all'] of TABLES)
      plans.push([name, await planTable(m, entity, rows[name] as unknown as ObjectLiteral[], owned[scope])]);
    const { tables, keyChecks } = await applyPlans(m, plans, opts.checkEachRow ?? false);
    const changed = Object.values(tables).some((t) => t.inserted + t.updated + t.deleted > 0);
    if (state?.hash !== storedHash(corpus.hash))
      await m.save(CorpusStateEntity, { key: CORPUS_KEY, hash: storedHash(corpus.hash), ingestedAt: new Date() });
    return { corpusHash: corpus.hash, skipped: false, tables, changed, millis: millis(), keyChecks };
  });
}
