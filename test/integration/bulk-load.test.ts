/**
 * A bulk load (a first ingest of a large corpus) checks foreign keys once per key over whole tables: the same
 * rows as checking row by row, the data version still moves, and a broken key rolls everything back.
 */
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { generateSyntheticCorpus } from '../../bench/scale/generate-acts';
import { createDataSource } from '../../src/data-source';
import { beginBulkLoad, endBulkLoad, foreignKeysOf } from '../../src/ingest/bulk-load';
import { ReferentialIntegrityError } from '../../src/errors';
import { ROOT, zangraph } from '../support/cli';
import { SERVED_TABLES } from '../../migrations/1732000000003-data-version';

jest.setTimeout(180_000);

const SERVER_URL = process.env.ZANGRAPH_TEST_DATABASE_URL!;
const DATABASES = ['zangraph_bulk_set_wise', 'zangraph_bulk_per_row'];

const urlOf = (database: string) => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
};

async function onServer<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** Every row of every served table, as text. */
const contents = (url: string) =>
  onServer(url, async (c) => {
    const out: Record<string, string> = {};
    for (const t of SERVED_TABLES)
      out[t] = (
        await c.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${t} x`)
      ).rows.map((r) => `${r.n}:${r.h}`)[0];
    return out;
  });

const dataVersion = (url: string) =>
  onServer(url, async (c) => Number((await c.query('SELECT version FROM data_version')).rows[0].version));

let corpusDir: string;

beforeAll(async () => {
  corpusDir = generateSyntheticCorpus(join(ROOT, 'corpus'), 10).dir;
  await onServer(SERVER_URL, async (c) => {
    for (const d of DATABASES) {
      await c.query(`DROP DATABASE IF EXISTS ${d}`);
      await c.query(`CREATE DATABASE ${d}`);
    }
  });
});

afterAll(async () => {
  rmSync(corpusDir, { recursive: true, force: true });
  await onServer(SERVER_URL, async (c) => {
    for (const d of DATABASES) await c.query(`DROP DATABASE IF EXISTS ${d} WITH (FORCE)`);
  });
});

const ingest = (database: string, args: string[] = []) =>
  zangraph(['ingest', ...args], { DATABASE_URL: urlOf(database), ZANGRAPH_CORPUS_DIR: corpusDir });

it('writes the same rows with set-wise key checks as row by row, and moves the data version', async () => {
  const [setWise, perRow] = DATABASES;
  const bulk = ingest(setWise);
  expect(bulk.stderr).toBe('');
  expect(bulk.code).toBe(0);
  const bulkReport = JSON.parse(bulk.stdout);
  expect(bulkReport.keyChecks).toBe('SET_WISE');
  expect(bulkReport.tables.clauses.inserted).toBeGreaterThan(400);

  const rows = ingest(perRow, ['--check-each-row']);
  expect(rows.code).toBe(0);
  expect(JSON.parse(rows.stdout).keyChecks).toBe('PER_ROW');

  expect(await contents(urlOf(setWise))).toEqual(await contents(urlOf(perRow)));
  // migrations leave the version at 1: the writes of the bulk load moved it
  expect(await dataVersion(urlOf(setWise))).toBeGreaterThan(1);
  // and the per-row path took over again: no check is left switched off
  const repeat = ingest(setWise, ['--force']);
  expect(repeat.code).toBe(0);
  expect(JSON.parse(repeat.stdout)).toMatchObject({ changed: false, keyChecks: 'PER_ROW' });
});

it('refuses a bulk load whose rows break a key, and leaves the database as it was', async () => {
  const url = urlOf(DATABASES[0]);
  const before = await contents(url);
  const version = await dataVersion(url);
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    const failure = await ds
      .transaction(async (m) => {
        const keys = await foreignKeysOf(m, ['wording', 'clause']);
        expect(keys.map((k) => k.name)).toEqual(expect.arrayContaining(['wording_clause_id_fkey', 'clause_parent_id_fkey']));
        await beginBulkLoad(m, keys);
        // accepted while the per-row checks are off
        await m.query(`INSERT INTO wording (id, act_id, target, clause_id, lang, paragraphs, official, complete, origin, source)
                       SELECT 'broken', act_id, target, 'no-such-clause', lang, paragraphs, official, complete, origin, source FROM wording LIMIT 1`);
        await endBulkLoad(m, keys);
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(failure).toBeInstanceOf(ReferentialIntegrityError);
    expect((failure as Error).message).toBe(
      'wording row with clause_id = "no-such-clause" refers to no clause row (wording_clause_id_fkey); nothing was written',
    );
  } finally {
    await ds.destroy();
  }
  expect(await contents(url)).toEqual(before);
  expect(await dataVersion(url)).toBe(version);
});

it('refuses unknown ingest options instead of ignoring them', () => {
  const r = ingest(DATABASES[1], ['--froce']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('ingest: unknown option "--froce"');
});
