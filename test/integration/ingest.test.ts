/** Ingest is one idempotent transaction: a re-run changes nothing, a change rewrites only itself, a bad file nothing. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ROOT, zangraph } from '../support/cli';

jest.setTimeout(120_000);

const db = () => process.env.ZANGRAPH_TEST_DATABASE_URL!;
const TABLES = ['act', 'amending_act', 'clause', 'note', 'wording', 'amendment', 'reference'];

/** A fingerprint of every row of every corpus table. */
async function snapshot(): Promise<Record<string, string>> {
  const c = new Client({ connectionString: db() });
  await c.connect();
  try {
    const out: Record<string, string> = {};
    for (const t of TABLES) {
      const r = await c.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x.id), '')) AS h FROM ${t} x`);
      out[t] = `${r.rows[0].n}:${r.rows[0].h}`;
    }
    return out;
  } finally {
    await c.end();
  }
}

function copyCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zangraph-corpus-'));
  cpSync(join(ROOT, 'corpus'), dir, { recursive: true });
  return dir;
}

const ingest = (args: string[], corpusDir?: string) =>
  zangraph(['ingest', ...args], { DATABASE_URL: db(), ...(corpusDir ? { ZANGRAPH_CORPUS_DIR: corpusDir } : {}) });

it('changes nothing when run again on the same corpus, even when forced to compare every row', async () => {
  const before = await snapshot();
  const skipped = ingest([]);
  expect(skipped.code).toBe(0);
  expect(JSON.parse(skipped.stdout)).toMatchObject({ skipped: true, changed: false });
  const forced = ingest(['--force']);
  expect(forced.code).toBe(0);
  const report = JSON.parse(forced.stdout);
  expect(report.changed).toBe(false);
  for (const t of Object.values(report.tables) as Array<Record<string, number>>) expect(t).toEqual({ inserted: 0, updated: 0, deleted: 0 });
  expect(await snapshot()).toEqual(before);
});

it('rewrites only what changed in a changed corpus file', async () => {
  const dir = copyCorpus();
  try {
    const file = join(dir, 'translations', 'sc-1999-9.ru.yaml');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace('6. ', '6.  ');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const r = ingest([], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.tables.wording).toBeUndefined();
    expect(report.tables.wordings).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    for (const [name, t] of Object.entries(report.tables))
      if (name !== 'wordings') expect(t).toEqual({ inserted: 0, updated: 0, deleted: 0 });
  } finally {
    const back = ingest([]);
    expect(JSON.parse(back.stdout).tables.wordings).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    rmSync(dir, { recursive: true, force: true });
  }
});

it.each([
  [
    'a duplicated point',
    (t: string) => t.replace(/(\n      5\. [^\n]*\n)/, '$1$1'),
    /sc-1999-9\.kk\.txt:\d+: DUPLICATE_CLAUSE|POINT_OUT_OF_ORDER/,
  ],
  [
    'a note without a date',
    (t: string) => t.replace('ҚР Жоғарғы Сотының 28.11.2024 № 2 (', 'ҚР Жоғарғы Сотының № 2 ('),
    /sc-1999-9\.kk\.txt:\d+: UNPARSEABLE_NOTE/,
  ],
  ['an empty file', () => '', /EMPTY_INPUT/],
])('refuses a mangled act file (%s) with a located error and writes nothing', async (_name, mangle, message) => {
  const dir = copyCorpus();
  try {
    const file = join(dir, 'acts', 'sc-1999-9.kk.txt');
    writeFileSync(file, mangle(readFileSync(file, 'utf8')));
    const before = await snapshot();
    const r = ingest(['--force'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await snapshot()).toEqual(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('refuses a translation whose paragraphs do not match the official text', async () => {
  const dir = copyCorpus();
  try {
    const file = join(dir, 'translations', 'gov-2012-1213.ru.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(  att_1__para_6:\n)/, '$1    - "лишний абзац"\n'));
    const before = await snapshot();
    const r = ingest(['--force'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('texts.att_1__para_6: 2 paragraphs, the official text has 1');
    expect(await snapshot()).toEqual(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('replaces rows whose ids an older release wrote differently, though they hold the same natural key', async () => {
  // A release before governing links were keyed by role wrote "<code>/<clause>" ids; the new id must take the row's
  // place in the same transaction, while the old row still holds (claim type, clause, role).
  const c = new Client({ connectionString: db() });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT id FROM claim_type_clause ORDER BY id LIMIT 1`);
    const id = rows[0].id as string;
    await c.query(`UPDATE claim_type_clause SET id = id || '#older-scheme' WHERE id = $1`, [id]);
    const r = ingest(['--force']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tables.claimTypeClauses).toEqual({ inserted: 1, updated: 0, deleted: 1 });
    const after = await c.query(`SELECT id FROM claim_type_clause WHERE id IN ($1, $2)`, [id, `${id}#older-scheme`]);
    expect(after.rows.map((x) => x.id)).toEqual([id]);
  } finally {
    await c.end();
  }
});
