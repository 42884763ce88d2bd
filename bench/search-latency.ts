/**
 * GraphQL search latency at 8 concurrent clients, beside Meilisearch answering the same searches directly in the
 * same run (what the server adds on top of the engine: analysis, the citation look-up, the re-rank, snippets,
 * clause data and GraphQL).
 *
 *   node dist/bench/search-latency.js [--concurrency 8] [--requests 3000] [--profile DIR]
 *
 * The server runs without its response cache and without rate limiting, so every request is executed. The
 * questions are the relevance sets (corpus/eval/search.yaml, corpus/eval/search-hard.yaml and the shared dev set,
 * Kazakh and Russian, about 240), each request with another `asOf` date:
 * - first sight: every question once, on a freshly started server (none asked before);
 * - direct: for every question the multi-search the engine sends (same analysis, filter and window,
 *   computed by the engine's own planner), POSTed straight to Meilisearch's /multi-search; and, for scale, the
 *   question's raw text to /indexes/clauses/search (one plain query);
 * - repeated: the questions again and again with other dates and page sizes.
 * Each phase also reports the CPU each program spent per request (server, PostgreSQL, Meilisearch: /proc), which a
 * shared machine's load moves far less than the latencies.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startInstance } from './faults/instance';
import { plannedRequests } from './planned-requests';
import { summariseCpuProfile } from './profile-summary';
import { cpuSpent, treeCpu } from './process-cpu';
import { ms, percentile, ROOT, sharedFile } from './support';

const QUERY_SETS = [
  join(ROOT, 'corpus', 'eval', 'search.yaml'),
  join(ROOT, 'corpus', 'eval', 'search-hard.yaml'),
  sharedFile('eval', 'search-dev.yaml'),
];

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
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200)
            return fail(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString('utf8').slice(0, 200)}`));
          const text = Buffer.concat(chunks).toString('utf8');
          if (text.includes('"errors"') || text.includes('"degraded":true'))
            return fail(new Error(`not a normal answer: ${text.slice(0, 200)}`));
          ok(performance.now() - t0);
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

export interface LatencyFigures {
  requests: number;
  p50: number;
  p95: number;
  rps: number;
  /** CPU milliseconds per request of the server, PostgreSQL and Meilisearch (search-latency's phases only). */
  cpuPerRequest?: Map<string, number>;
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

export const dayOf = (n: number) => new Date(Date.UTC(2013, 0, 1) + (n % 5000) * 86_400_000).toISOString().slice(0, 10);
const SEARCH =
  'query($q: String!, $first: Int, $f: SearchFilter) { search(query: $q, first: $first, filter: $f) { totalCount edges { node { clause { id number } score snippet } } } }';

/** The i-th search: a question with another date and page size. */
export const searchParams = (queries: string[], i: number) => ({
  query: queries[i % queries.length],
  first: 10 + (i % 3) * 5,
  asOf: dayOf(i),
});

export async function benchSearch(concurrency = 8, total = 3000, profileDir: string | null = null) {
  const queries = evalQueries();
  const server = await startInstance(
    { DATABASE_URL: '', MEILI_URL: '', ZANGRAPH_RESPONSE_CACHE: '0', ZANGRAPH_RATE_LIMIT: 'off' },
    profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
  );
  try {
    const key = server.meiliKey;
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const graphql = new URL('/graphql', server.url);
    const multiSearch = new URL('/multi-search', server.meiliUrl);
    const plainSearch = new URL('/indexes/clauses/search', server.meiliUrl);
    const auth = { authorization: `Bearer ${key}` };
    const body = (i: number) => {
      const p = searchParams(queries, i);
      return JSON.stringify({ query: SEARCH, variables: { q: p.query, first: p.first, f: { asOf: p.asOf } } });
    };
    const planned = await plannedRequests(
      server.pgUrl,
      join(ROOT, 'corpus'),
      queries.map((_, i) => {
        const p = searchParams(queries, i);
        return { query: p.query, asOf: p.asOf, includeRepealed: false, offset: 0, limit: p.first };
      }),
    );
    // code paths compiled on unrelated questions, none of the measured ones
    for (let i = 0; i < 20; i++) await timed(graphql, agent, JSON.stringify({ query: SEARCH, variables: { q: `зиян ${i}` } }));
    const pid = server.child.pid!;
    // each phase with what it cost each program in CPU, per request
    const phase = async (requests: number, send: (i: number) => Promise<number>): Promise<LatencyFigures> => {
      const before = treeCpu(pid);
      const figures = await load(concurrency, requests, send);
      const spent = cpuSpent(before, treeCpu(pid));
      return { ...figures, cpuPerRequest: new Map([...spent].map(([name, ms]) => [name, ms / requests])) };
    };
    const firstSight = await phase(queries.length, (i) => timed(graphql, agent, body(i)));
    const direct = await phase(queries.length, (i) => timed(multiSearch, agent, planned[i], auth));
    const directPlain = await phase(queries.length, (i) => timed(plainSearch, agent, JSON.stringify({ q: queries[i], limit: 10 }), auth));
    const repeated = await phase(total, (i) => timed(graphql, agent, body(queries.length + i)));
    const directRepeated = await phase(total, (i) => timed(multiSearch, agent, planned[i % queries.length], auth));
    agent.destroy();
    return { queries: queries.length, firstSight, direct, directPlain, repeated, directRepeated };
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
  const profileDir =
    i < 0
      ? null
      : process.argv[i + 1] && !process.argv[i + 1].startsWith('--')
        ? process.argv[i + 1]
        : mkdtempSync(join(tmpdir(), 'zangraph-cpuprof-'));
  benchSearch(concurrency, option('requests', 3000), profileDir).then((r) => {
    const cpu = (f: LatencyFigures) =>
      [...(f.cpuPerRequest ?? [])]
        .filter(([, x]) => x >= 0.05)
        .map(([name, x]) => `${name} ${x.toFixed(1)}`)
        .join(', ');
    const line = (what: string, f: LatencyFigures) =>
      console.log(
        `${what.padEnd(58)} ${String(f.requests).padStart(5)} requests  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  ${f.rps.toFixed(0)} req/s  CPU ms per request: ${cpu(f)}`,
      );
    console.log(
      `# search latency, ${concurrency} clients, ${r.queries} distinct questions (kk + ru, eval sets), another asOf date per request; response cache off`,
    );
    line('GraphQL search, first sight of each question', r.firstSight);
    line('Meilisearch /multi-search, the engine request, same questions', r.direct);
    line('Meilisearch /indexes/clauses/search, raw question', r.directPlain);
    line('GraphQL search, repeated', r.repeated);
    line('Meilisearch /multi-search, the engine request, repeated', r.directRepeated);
    console.log(
      `first sight against the engine request: p50 ${(r.firstSight.p50 / r.direct.p50).toFixed(2)}×, p95 ${(r.firstSight.p95 / r.direct.p95).toFixed(2)}×`,
    );
    const file = profileDir && readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (file) {
      console.log(`\nserver CPU profile (${join(profileDir!, file)}), self time:`);
      console.log(summariseCpuProfile(readFileSync(join(profileDir!, file), 'utf8')).join('\n'));
    }
  });
}
