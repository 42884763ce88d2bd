/**
 * Corpus → PostgreSQL in one transaction. The corpus is parsed and validated completely before the database is
 * touched, so a bad file changes nothing. Rows are diffed by their natural ids: an unchanged corpus writes
 * nothing, a changed file rewrites only the rows that differ.
 */
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { ActEntity, AmendingActEntity, AmendmentEntity, ClauseEntity, CorpusStateEntity, NoteEntity, ReferenceEntity, WordingEntity } from '../entities';
import { CaseCitationEntity, CaseClaimTypeEntity, CaseEntity, CaseReferenceEntity, ClaimTypeClauseEntity, ClaimTypeEntity } from '../entities';
import { buildKnowledgeBase } from './build-knowledge-base';
import { corpusHash, loadCorpus } from './load-corpus';
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
/** Any constant: serialises concurrent ingests of the same database. */
const INGEST_LOCK = 7_420_001;

function sameRow(a: ObjectLiteral, b: ObjectLiteral): boolean {
  return Object.keys(b).every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));
}

/** Rows per bulk statement: one JSON parameter of a few MB at most. */
const BULK_ROWS = 2000;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Rows as one jsonb parameter that PostgreSQL turns back into typed rows of the table (jsonb_populate_recordset):
 * one statement per chunk for inserts and for updates alike, instead of one statement per updated row.
 * Only the columns the rows carry are written, as TypeORM's insert and update would.
 */
function bulkStatement(m: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[], kind: 'insert' | 'update'): { sql: string; json: string } {
  const meta = m.connection.getMetadata(entity);
  const columns = meta.columns.filter((c) => rows.some((r) => r[c.propertyName] !== undefined));
  const records = rows.map((r) => Object.fromEntries(columns.map((c) => [c.databaseName, r[c.propertyName] ?? null])));
  const table = quoteIdent(meta.tableName);
  const names = columns.map((c) => quoteIdent(c.databaseName));
  const source = `jsonb_populate_recordset(NULL::${table}, $1::jsonb)`;
  if (kind === 'insert') return { sql: `INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM ${source}`, json: JSON.stringify(records) };
  const key = meta.primaryColumns.map((c) => quoteIdent(c.databaseName));
  const keySet = new Set(key);
  const assignments = names.filter((n) => !keySet.has(n)).map((n) => `${n} = v.${n}`);
  const match = key.map((k) => `t.${k} = v.${k}`).join(' AND ');
  return { sql: `UPDATE ${table} AS t SET ${assignments.join(', ')} FROM ${source} AS v WHERE ${match}`, json: JSON.stringify(records) };
}

async function bulkWrite(m: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[], kind: 'insert' | 'update'): Promise<void> {
  for (let i = 0; i < rows.length; i += BULK_ROWS) {
    const { sql, json } = bulkStatement(m, entity, rows.slice(i, i + BULK_ROWS), kind);
    await m.query(sql, [json]);
  }
}

async function syncTable(m: EntityManager, entity: EntityTarget<ObjectLiteral>, desired: ObjectLiteral[], owned: (row: ObjectLiteral) => boolean = () => true): Promise<TableChange> {
  const existing = (await m.find(entity, {})).filter(owned);
  const byId = new Map(existing.map((r) => [r.id as string, r]));
  const wanted = new Set(desired.map((r) => r.id as string));
  const toInsert = desired.filter((r) => !byId.has(r.id));
  const toUpdate = desired.filter((r) => byId.has(r.id) && !sameRow(byId.get(r.id)!, r));
  const toDelete = existing.filter((r) => !wanted.has(r.id)).map((r) => r.id as string);
  await bulkWrite(m, entity, toInsert, 'insert');
  await bulkWrite(m, entity, toUpdate, 'update');
  for (let i = 0; i < toDelete.length; i += 500) await m.delete(entity, { id: In(toDelete.slice(i, i + 500)) });
  return { inserted: toInsert.length, updated: toUpdate.length, deleted: toDelete.length };
}

export async function ingestCorpus(ds: DataSource, corpusDir: string, opts: { force?: boolean } = {}): Promise<IngestReport> {
  if (!opts.force) {
    // unchanged corpus: known from the file hashes alone, before any parsing (re-checked under the lock below)
    const hash = corpusHash(corpusDir);
    const state = await ds.getRepository(CorpusStateEntity).findOne({ where: { key: CORPUS_KEY } });
    if (state?.hash === hash) return { corpusHash: hash, skipped: true, tables: {}, changed: false };
  }
  const t0 = performance.now();
  const corpus = loadCorpus(corpusDir);
  const t1 = performance.now();
  const rows = buildKnowledgeBase(corpus.input);
  const t2 = performance.now();
  const millis = () => ({ parse: Math.round(t1 - t0), build: Math.round(t2 - t1), write: Math.round(performance.now() - t2) });
  return ds.transaction(async (m) => {
    await m.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
    const state = await m.findOne(CorpusStateEntity, { where: { key: CORPUS_KEY } });
    if (!opts.force && state?.hash === corpus.hash) return { corpusHash: corpus.hash, skipped: true, tables: {}, changed: false };
    const tables: Record<string, TableChange> = {};
    // read before any case is written: the corpus cases of the last run, plus those of this one
    const corpusCases = new Set([...(await m.find(CaseEntity, { where: { origin: 'CORPUS' }, select: { id: true } })).map((c) => c.id), ...rows.cases.map((c) => c.id)]);
    const owned: Record<Scope, (row: ObjectLiteral) => boolean> = {
      all: () => true,
      corpusCases: (r) => r.origin === 'CORPUS',
      corpusCaseChildren: (r) => corpusCases.has(r.caseId),
    };
    for (const [name, entity, scope = 'all'] of TABLES) tables[name] = await syncTable(m, entity, rows[name] as unknown as ObjectLiteral[], owned[scope]);
    const changed = Object.values(tables).some((t) => t.inserted + t.updated + t.deleted > 0);
    if (state?.hash !== corpus.hash) await m.save(CorpusStateEntity, { key: CORPUS_KEY, hash: corpus.hash, ingestedAt: new Date() });
    return { corpusHash: corpus.hash, skipped: false, tables, changed, millis: millis() };
  });
}
