/**
 * GraphQL search latency at 8 concurrent clients, beside a direct Meilisearch query measured in the same run
 * (the cost of analysis, expansion, ranking and GraphQL on top of the engine).
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ms, percentile, startServer } from './support';

const QUERIES = ['расходы на погребение', 'жерлеуге жұмсалған шығыстар', 'моральный вред', 'жоғары қауіптілік көзінің иесі', 'работодатель не виноват платить ли компенсацию', 'баянат кімнің атына жазылады'];

function timed(url: URL, agent: Agent, body: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? ok(performance.now() - t0) : fail(new Error(`HTTP ${res.statusCode}`))));
    });
    req.on('error', fail);
    req.end(body);
  });
}

async function load(concurrency: number, total: number, send: (i: number) => Promise<number>) {
  for (let i = 0; i < 30; i++) await send(i);
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) times.push(await send(next++));
  }));
  const secs = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), rps: times.length / secs };
}

export async function benchSearch(concurrency = 8, total = 2000) {
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-bench-search-'));
  chmodSync(dataDir, 0o755);
  const server = await startServer({ ZANGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', MEILI_URL: '' });
  try {
    const meiliUrl = /meilisearch: ready on (\S+)/.exec(server.output())![1];
    const key = readFileSync(join(dataDir, 'meilisearch', 'master-key'), 'utf8').trim();
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const graphql = new URL('/graphql', server.url);
    const direct = new URL(`http://${meiliUrl}/indexes/clauses/search`);
    const gqlBody = (i: number) =>
      JSON.stringify({ query: 'query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { clause { id } snippet } } } }', variables: { q: QUERIES[i % QUERIES.length] } });
    const viaGraphQL = await load(concurrency, total, (i) => timed(graphql, agent, gqlBody(i)));
    const directMeili = await load(concurrency, total, (i) => timed(direct, agent, JSON.stringify({ q: QUERIES[i % QUERIES.length], limit: 10 }), { authorization: `Bearer ${key}` }));
    agent.destroy();
    return { viaGraphQL, directMeili };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchSearch().then((r) => {
    console.log(`search via GraphQL, 8 clients: p50 ${ms(r.viaGraphQL.p50)}, p95 ${ms(r.viaGraphQL.p95)}, ${r.viaGraphQL.rps.toFixed(0)} req/s`);
    console.log(`direct Meilisearch query, 8 clients: p50 ${ms(r.directMeili.p50)}, p95 ${ms(r.directMeili.p95)}, ${r.directMeili.rps.toFixed(0)} req/s`);
  });
}
