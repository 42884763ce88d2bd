/**
 * GraphQL search latency at 8 concurrent clients, beside a direct Meilisearch query measured in the same run
 * (the cost of analysis, expansion, ranking and GraphQL on top of the engine).
 *
 *   node dist/bench/search-latency.js [--concurrency 8] [--requests 3000] [--profile DIR]
 *
 * The server runs without its response cache and without rate limiting, so every request is executed. The
 * queries are the relevance sets (corpus/eval/search.yaml and the shared dev set, ~170 distinct questions in
 * Kazakh and Russian), each request with another `asOf` date:
 * - first sight: every query once, on a freshly started server (nothing about the query is remembered yet);
 * - steady state: the queries again and again with other dates and page sizes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startInstance } from './faults/instance';
import { summariseCpuProfile } from './profile-summary';
import { ms, percentile, ROOT, sharedFile, vocabularyWarmUp } from './support';

const QUERY_SETS = [join(ROOT, 'corpus', 'eval', 'search.yaml'), sharedFile('eval', 'search-dev.yaml')];

export function evalQueries(): string[] {
  const out = new Set<string>();
  for (const path of QUERY_SETS) {
    if (!path || !existsSync(path)) continue;
    for (const q of (parse(readFileSync(path, 'utf8')) as { queries: Array<{ q: string }> }).queries) out.add(q.q);
  }
  return [...out];
}

function timed(url: URL, agent: Agent, body: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode !== 200) return fail(new Error(`HTTP ${res.statusCode}`));
        const text = Buffer.concat(chunks).toString('utf8');
        if (text.includes('"errors"') || text.includes('"degraded":true')) return fail(new Error(`not a normal answer: ${text.slice(0, 200)}`));
        ok(performance.now() - t0);
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

export interface LatencyFigures {
  requests: number;
  p50: number;
  p95: number;
  rps: number;
}

async function load(concurrency: number, total: number, send: (i: number) => Promise<number>): Promise<LatencyFigures> {
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) times.push(await send(next++));
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { requests: times.length, p50: percentile(times, 50), p95: percentile(times, 95), rps: times.length / secs };
}

const dayOf = (n: number) => new Date(Date.UTC(2013, 0, 1) + (n % 5000) * 86_400_000).toISOString().slice(0, 10);
const SEARCH = 'query($q: String!, $first: Int, $f: SearchFilter) { search(query: $q, first: $first, filter: $f) { totalCount edges { node { clause { id number } score snippet } } } }';

export async function benchSearch(concurrency = 8, total = 3000, profileDir: string | null = null) {
  const queries = evalQueries();
  const server = await startInstance({ DATABASE_URL: '', MEILI_URL: '', ZANGRAPH_RESPONSE_CACHE: '0', ZANGRAPH_RATE_LIMIT: 'off' }, profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []);
  try {
    const key = server.meiliKey;
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const graphql = new URL('/graphql', server.url);
    const direct = new URL('/indexes/clauses/search', server.meiliUrl);
    const body = (i: number) => JSON.stringify({ query: SEARCH, variables: { q: queries[i % queries.length], first: 10 + (i % 3) * 5, f: { asOf: dayOf(i) } } });
    // the server remembers the index vocabulary in the background after start: measured once that is done
    const warmUp = await vocabularyWarmUp(server.output, 120_000);
    // code paths compiled on an unrelated query, none of the measured ones
    for (let i = 0; i < 20; i++) await timed(graphql, agent, JSON.stringify({ query: SEARCH, variables: { q: `зиян ${i}` } }));
    const firstSight = await load(concurrency, queries.length, (i) => timed(graphql, agent, body(i)));
    const steady = await load(concurrency, total, (i) => timed(graphql, agent, body(queries.length + i)));
    const directMeili = await load(concurrency, total, (i) => timed(direct, agent, JSON.stringify({ q: queries[i % queries.length], limit: 10 }), { authorization: `Bearer ${key}` }));
    agent.destroy();
    return { queries: queries.length, warmUp, firstSight, viaGraphQL: steady, directMeili };
  } finally {
    await server.stop();
  }
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

if (require.main === module) {
  const concurrency = option('concurrency', 8);
  const i = process.argv.indexOf('--profile');
  const profileDir = i < 0 ? null : process.argv[i + 1] && !process.argv[i + 1].startsWith('--') ? process.argv[i + 1] : mkdtempSync(join(tmpdir(), 'zangraph-cpuprof-'));
  benchSearch(concurrency, option('requests', 3000), profileDir).then((r) => {
    const line = (what: string, f: LatencyFigures) => console.log(`${what.padEnd(44)} ${String(f.requests).padStart(5)} requests  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  ${f.rps.toFixed(0)} req/s`);
    console.log(`# search latency, ${concurrency} clients, ${r.queries} distinct queries (kk + ru, eval sets), another asOf date per request; response cache off`);
    console.log(r.warmUp ? `index vocabulary remembered after start: ${r.warmUp.terms} terms in ${r.warmUp.millis} ms` : 'the server never reported its warm-up');
    line('GraphQL search, first sight of each query', r.firstSight);
    line('GraphQL search, steady state', r.viaGraphQL);
    line('direct Meilisearch /search, same queries', r.directMeili);
    const file = profileDir && readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (file) {
      console.log(`\nserver CPU profile (${join(profileDir!, file)}), self time:`);
      console.log(summariseCpuProfile(readFileSync(join(profileDir!, file), 'utf8')).join('\n'));
    }
  });
}
