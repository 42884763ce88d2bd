/**
 * Two API servers against one PostgreSQL and one Meilisearch answer the same: the search keeps nothing of the
 * corpus in the process (no vocabulary, catalog or postings), so a second server started now, which has seen
 * no question, gives the answers of the first, which has. What a server remembers of its reads (the re-ranked
 * points of an index build: build-reads.ts) is never shown once another server has built the index again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, type SpawnedServer } from '../../bench/faults/instance';
import { withTestDatabase } from '../support/database';
import { serverUrl } from '../support/graphql-client';

jest.setTimeout(180_000);

const SEARCH = `query($q: String!, $lang: Lang, $f: SearchFilter, $first: Int, $after: String) {
  search(query: $q, lang: $lang, filter: $f, first: $first, after: $after) {
    totalCount degraded queryLang pageInfo { hasNextPage endCursor }
    edges { cursor node { clause { id } score matchedLang snippet } }
  }
}`;

const QUESTIONS: Array<Record<string, unknown>> = [
  { q: 'расходы на погребение' },
  { q: 'жерлеу шығындары', first: 3 },
  { q: 'зиян', first: 5, after: Buffer.from('o:4').toString('base64url') },
  { q: 'кто платит моральный вред при аварии' },
  { q: 'jerleu shygyndary' },
  { q: 'п. 12 НП ВС № 9' },
  { q: 'что изменило постановление Правительства № 1154' },
  { q: 'залалды өтеу', f: { amendedBy: 'gov-2023-1154' } },
  { q: 'зиян', f: { amendedFrom: '2024-01-01', amendedTo: '2024-12-31' }, first: 50 },
  { q: 'алып тасталды', f: { includeRepealed: true, asOf: '2010-01-01' } },
  { q: 'ответственность владельца', lang: 'RU', f: { actIds: ['sc-1999-9'], claimTypes: ['INCREASED_DANGER_SOURCE'] } },
];

async function reindex(base: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.ZANGRAPH_TEST_EDITOR_TOKEN}` },
    body: JSON.stringify({ query: 'mutation { reindex }' }),
  });
  expect(await res.json()).toMatchObject({ data: { reindex: true } });
}

interface Answer {
  search: { edges: Array<{ node: { clause: { id: string }; snippet: string } }> };
}

async function ask(base: string, variables: Record<string, unknown>) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SEARCH, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A second server on the suite's PostgreSQL and Meilisearch (the first one's), which has answered nothing yet. */
function startReplica(dataDir: string): SpawnedServer {
  return spawnServer({
    DATABASE_URL: process.env.ZANGRAPH_TEST_DATABASE_URL!,
    MEILI_URL: process.env.ZANGRAPH_TEST_MEILI_URL!,
    MEILI_MASTER_KEY: process.env.ZANGRAPH_TEST_MEILI_KEY!,
    ZANGRAPH_DATA_DIR: dataDir,
    ZANGRAPH_RESPONSE_CACHE: '0',
    NODE_ENV: 'production',
  });
}

describe('two servers against one PostgreSQL and one Meilisearch', () => {
  let replica: SpawnedServer | null = null;
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-replica-'));

  afterAll(async () => {
    if (replica && replica.child.exitCode === null) {
      const exited = new Promise((r) => replica!.child.once('exit', r));
      replica.child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('give the same answers, the second one never having been asked anything before', async () => {
    // the first server has answered these before (and some of them more than once)
    const first = [];
    for (const v of QUESTIONS) first.push(await ask(serverUrl(), v));
    for (const v of QUESTIONS) expect(await ask(serverUrl(), v)).toEqual(first[QUESTIONS.indexOf(v)]);

    replica = startReplica(dataDir);
    const replicaUrl = await replica.ready;
    for (let i = 0; i < QUESTIONS.length; i++) {
      const answer = await ask(replicaUrl, QUESTIONS[i]);
      expect(answer).toEqual(first[i]);
      expect((answer as { search: { degraded: boolean } }).search.degraded).toBe(false);
    }
    // something was found for every question (a comparison of empty answers would prove little)
    for (const a of first) expect((a as { search: { edges: unknown[] } }).search.edges.length).toBeGreaterThan(0);
  });

  it('show at once what the other one wrote by building the index again, nothing remembered of the build before', async () => {
    const replicaUrl = await replica!.ready;
    const question = { q: 'расходы на погребение', first: 3 };
    // asked twice: the second answer comes from what the replica remembered of the first
    const before = (await ask(replicaUrl, question)) as Answer;
    expect(await ask(replicaUrl, question)).toEqual(before);
    const top = before.search.edges[0].node.clause.id;
    await withTestDatabase(async (pg) => {
      const { rows } = await pg.query<{ id: string; lang: 'kk' | 'ru'; paragraphs: string[] }>(
        `SELECT id, lang, paragraphs FROM wording WHERE clause_id = $1 AND valid_to IS NULL`,
        [top],
      );
      expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['kk', 'ru']));
      // (a wording in each language: the snippet is cut from the language that matches more)
      const edited = {
        kk: 'Жерлеу шығыстары (тексеру редакциясы) өтеледі.',
        ru: 'Расходы на погребение (проверочная редакция) возмещаются.',
      };
      try {
        for (const r of rows) await pg.query(`UPDATE wording SET paragraphs = $2 WHERE id = $1`, [r.id, JSON.stringify([edited[r.lang]])]);
        // the suite's server builds the index again; the replica is told nothing
        await reindex(serverUrl());
        const after = (await ask(replicaUrl, question)) as Answer;
        const hit = after.search.edges.find((e) => e.node.clause.id === top);
        expect(hit?.node.snippet).toMatch(/тексеру редакциясы|проверочная редакция/);
        expect(after).toEqual(await ask(serverUrl(), question));
      } finally {
        for (const r of rows) await pg.query(`UPDATE wording SET paragraphs = $2 WHERE id = $1`, [r.id, JSON.stringify(r.paragraphs)]);
        await reindex(serverUrl());
      }
    });
    expect(await ask(replicaUrl, question)).toEqual(before);
  });
});
