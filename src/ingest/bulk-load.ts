/**
 * Foreign keys checked once per key over whole tables instead of once per written row. PostgreSQL checks a
 * foreign key with one index probe and one row lock per inserted row; on a first ingest of a large corpus
 * that is most of the database's work (0.5 s of 1.3 s at 100× the corpus). A bulk load writes with those
 * per-row checks off (session_replication_role = replica, as pg_restore and logical replication do) and then
 * proves every foreign key of the written tables with one anti-join each, in the same transaction: a
 * violation rolls everything back, as a failed deferred check at commit would.
 *
 * Only for loads that add many rows and delete none: deletes rely on ON DELETE CASCADE, which is a per-row
 * trigger too. Only where the role may set session_replication_role (a superuser, or a role granted SET on
 * it): elsewhere ingest checks row by row as before.
 */
import type { EntityManager } from 'typeorm';
import { ReferentialIntegrityError } from '../errors';

/** New rows from which a load is a bulk load: below it the per-row checks cost little. */
export const BULK_LOAD_ROWS = 2000;

export interface ForeignKey {
  name: string;
  /** As regclass prints them: quoted where needed. */
  table: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Whether this session may switch off the per-row checks. */
export async function maySkipRowChecks(m: EntityManager): Promise<boolean> {
  const [{ superuser, version }] = (await m.query(
    `SELECT current_setting('is_superuser') = 'on' AS superuser, current_setting('server_version_num')::int AS version`,
  )) as Array<{ superuser: boolean; version: number }>;
  if (superuser) return true;
  // SET privileges on parameters exist from PostgreSQL 15
  if (version < 150000) return false;
  const [{ allowed }] = (await m.query(`SELECT has_parameter_privilege('session_replication_role', 'SET') AS allowed`)) as Array<{
    allowed: boolean;
  }>;
  return allowed;
}

/** The foreign keys declared on these tables, with their columns in key order. */
export async function foreignKeysOf(m: EntityManager, tables: readonly string[]): Promise<ForeignKey[]> {
  const rows = (await m.query(
    `SELECT c.conname AS name, c.conrelid::regclass::text AS "table", c.confrelid::regclass::text AS "referencedTable",
            array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
            array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS "referencedColumns"
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[])
      ORDER BY c.conrelid::regclass::text, c.conname`,
    [tables],
  )) as ForeignKey[];
  return rows;
}

/**
 * Switches the per-row checks off for the rest of the transaction. The referenced tables are held in SHARE
 * mode, so nobody else can delete a row the set-wise check has found, while readers go on reading.
 */
export async function beginBulkLoad(m: EntityManager, keys: readonly ForeignKey[]): Promise<void> {
  const referenced = [...new Set(keys.map((k) => k.referencedTable))].sort();
  if (referenced.length > 0) await m.query(`LOCK TABLE ${referenced.join(', ')} IN SHARE MODE`);
  await m.query(`SET LOCAL session_replication_role = replica`);
}

/** One row that breaks the key, or nothing: MATCH SIMPLE, so a row with a NULL in the key is not checked. */
function violationQuery(k: ForeignKey): string {
  const child = k.columns.map((c) => `c.${quoteIdent(c)}`);
  const present = child.map((c) => `${c} IS NOT NULL`).join(' AND ');
  const match = k.referencedColumns.map((p, i) => `p.${quoteIdent(p)} = ${child[i]}`).join(' AND ');
  const shown = child.map((c, i) => `${c}::text AS v${i}`).join(', ');
  return `SELECT ${shown} FROM ${k.table} c WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${k.referencedTable} p WHERE ${match}) LIMIT 1`;
}

/** Proves every key set-wise, then switches the per-row checks back on; throws on the first broken key. */
export async function endBulkLoad(m: EntityManager, keys: readonly ForeignKey[]): Promise<void> {
  for (const k of keys) {
    const [row] = (await m.query(violationQuery(k))) as Array<Record<string, string>>;
    if (row) {
      const values = k.columns.map((c, i) => `${c} = ${JSON.stringify(row[`v${i}`])}`).join(', ');
      throw new ReferentialIntegrityError(
        `${k.table} row with ${values} refers to no ${k.referencedTable} row (${k.name}); nothing was written`,
      );
    }
  }
  await m.query(`SET LOCAL session_replication_role = origin`);
}
