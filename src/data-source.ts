/** The TypeORM data source: entities, migrations, and pg parsing dates as ISO strings (no time zone shifts). */
import 'reflect-metadata';
import { types, type Pool, type QueryResultRow } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { requestStats } from './request-stats';
import { InitialSchema1732000000000 } from '../migrations/1732000000000-initial-schema';
import { ClaimTypesAndCases1732000000001 } from '../migrations/1732000000001-claim-types-and-cases';
import { SearchDocuments1732000000002 } from '../migrations/1732000000002-search-documents';
import { DataVersion1732000000003 } from '../migrations/1732000000003-data-version';
import { ReferenceChapter1732000000004 } from '../migrations/1732000000004-reference-chapter';
import { DataVersionAlways1732000000005 } from '../migrations/1732000000005-data-version-always';
import { EffectiveWindows1732000000010 } from '../migrations/1732000000010-effective-windows';
import { RolesAndTranslatorNotes1732000000011 } from '../migrations/1732000000011-roles-and-translator-notes';
import { CaseVersion1732000000012 } from '../migrations/1732000000012-case-version';
import { SearchDocumentsAmendments1732000000013 } from '../migrations/1732000000013-search-documents-amendments';
import { ActKinds1732000000015 } from '../migrations/1732000000015-act-kinds';
import { Codes1732000000016 } from '../migrations/1732000000016-codes';
import { SearchDocumentRefersTo1732000000017 } from '../migrations/1732000000017-search-document-refers-to';
import { SearchDocumentPassages1732000000018 } from '../migrations/1732000000018-search-document-passages';
import { HintLookupsIndexed1732000000019 } from '../migrations/1732000000019-hint-lookups-indexed';
import { actKindCodes } from './domain/act-kinds';

types.setTypeParser(1082, (v: string) => v);

export const MIGRATIONS = [
  InitialSchema1732000000000,
  ClaimTypesAndCases1732000000001,
  SearchDocuments1732000000002,
  DataVersion1732000000003,
  ReferenceChapter1732000000004,
  DataVersionAlways1732000000005,
  EffectiveWindows1732000000010,
  RolesAndTranslatorNotes1732000000011,
  CaseVersion1732000000012,
  SearchDocumentsAmendments1732000000013,
  ActKinds1732000000015,
  Codes1732000000016,
  SearchDocumentRefersTo1732000000017,
  SearchDocumentPassages1732000000018,
  HintLookupsIndexed1732000000019,
];

/**
 * Makes the table of act kinds say what the registry says (src/domain/act-kinds.ts): every kind registered is
 * there; a kind no longer registered goes when no act is of it (while one is, the database keeps it, and the
 * ingest that removes the act removes nothing else). Changes nothing when they already agree.
 */
export async function syncActKinds(ds: DataSource): Promise<void> {
  const kinds = actKindCodes();
  await ds.query(`INSERT INTO act_kind (code) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [kinds]);
  await ds.query(
    `DELETE FROM act_kind k WHERE NOT (k.code = ANY($1::text[]))
       AND NOT EXISTS (SELECT 1 FROM act WHERE kind = k.code) AND NOT EXISTS (SELECT 1 FROM amending_act WHERE kind = k.code)`,
    [kinds],
  );
}

/** Runs the migrations not yet applied (in one transaction), then brings the list of act kinds up to date. */
export async function migrate(ds: DataSource): Promise<number> {
  const applied = await ds.runMigrations({ transaction: 'all' });
  await syncActKinds(ds);
  return applied.length;
}

/** Counts SQL statements, in total and per request (the N+1 guard and the query-stats extension read them). */
export class StatementCounter implements Logger {
  count = 0;
  logQuery() {
    this.count++;
    const stats = requestStats.getStore();
    if (stats) stats.sqlStatements++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export function createDataSource(url: string, counter?: StatementCounter): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: counter ? ['query'] : false,
    logger: counter,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  });
}

/**
 * SQLSTATEs of a connection that does not keep what was prepared on it: a pooler in transaction mode (PgBouncer before
 * 1.21, or without `max_prepared_statements`) hands each statement to any server connection, where the name is
 * unknown (26000) or taken by another client's statement (42P05).
 */
const PREPARED_STATEMENTS_LOST = new Set(['26000', '42P05']);
/** Data sources whose connections were found not to keep prepared statements: they are sent unnamed from then on. */
const unnamedOnly = new WeakSet<DataSource>();

/**
 * A statement PostgreSQL parses and plans once per connection, then only binds and runs: for the reads every search
 * makes, planning cost PostgreSQL more than running them. `name` must be unique to `text` (PostgreSQL refuses a name
 * prepared with another text). Counted and logged as any other statement. Behind a pooler that does not keep
 * prepared statements the statement is sent again unnamed, and every later one too.
 */
export async function preparedQuery<T>(ds: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  ds.logger.logQuery(text, values);
  const pool = (ds.driver as unknown as { master: Pool }).master;
  if (!unnamedOnly.has(ds)) {
    try {
      return (await pool.query<T & QueryResultRow>({ name, text, values })).rows;
    } catch (e) {
      if (!PREPARED_STATEMENTS_LOST.has((e as { code?: string }).code ?? '')) throw e;
      unnamedOnly.add(ds);
    }
  }
  return (await pool.query<T & QueryResultRow>({ text, values })).rows;
}
