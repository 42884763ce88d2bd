/**
 * Two API servers against one PostgreSQL and one Meilisearch answer the same: the search keeps nothing of the
 * corpus in the process (no vocabulary, catalog or postings), so a second server started now, which has seen
 * no question, gives the answers of the first, which has.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serverUrl } from '../support/graphql-client';

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '..', '..');

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

async function ask(base: string, variables: Record<string, unknown>) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEARCH, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function startReplica(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const env = {
    ...process.env,
    PORT: '0',
    DATABASE_URL: process.env.ZANGRAPH_TEST_DATABASE_URL!,
    MEILI_URL: process.env.ZANGRAPH_TEST_MEILI_URL!,
    MEILI_MASTER_KEY: process.env.ZANGRAPH_TEST_MEILI_KEY!,
    ZANGRAPH_DATA_DIR: dataDir,
    ZANGRAPH_RESPONSE_CACHE: '0',
    NODE_ENV: 'production',
  };
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`replica did not start in 120 s:\n${log}`)), 120_000);
    child.stderr!.on('data', (d) => (log += d));
    child.stdout!.on('data', (d) => {
      log += d;
      const m = /GraphQL at (http:\/\/\S+)\/graphql/.exec(log);
      if (m) {
        clearTimeout(timer);
        ok({ url: m[1], child });
      }
    });
    child.once('exit', (code) => fail(new Error(`replica exited with ${code}:\n${log}`)));
  });
}

describe('two servers against one PostgreSQL and one Meilisearch', () => {
  let replica: { url: string; child: ChildProcess } | null = null;
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

    replica = await startReplica(dataDir);
    for (let i = 0; i < QUESTIONS.length; i++) {
      const answer = await ask(replica.url, QUESTIONS[i]);
      expect(answer).toEqual(first[i]);
      expect((answer as { search: { degraded: boolean } }).search.degraded).toBe(false);
    }
    // something was found for every question (a comparison of empty answers would prove little)
    for (const a of first) expect((a as { search: { edges: unknown[] } }).search.edges.length).toBeGreaterThan(0);
  });
});
