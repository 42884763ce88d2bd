/** Latency of a clause query over HTTP (keep-alive), sequential and at 8 concurrent clients. */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ms, percentile, startServer } from './support';

const QUERY = JSON.stringify({
  query: `query($id: ID!, $d: Date) { clause(id: $id) { id status(asOf: $d) text(asOf: $d) { text official validFrom } ru: text(lang: RU) { text } history { id effectiveFrom } } }`,
  variables: { id: 'sc-1999-9/para_12', d: '2020-01-01' },
});

function post(url: URL, agent: Agent, body: string): Promise<number> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? ok(performance.now() - t0) : fail(new Error(`HTTP ${res.statusCode}`))));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

export async function runLatency(
  url: string,
  concurrency: number,
  total: number,
  body = QUERY,
): Promise<{ p50: number; p95: number; rps: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL('/graphql', url);
  for (let i = 0; i < 50; i++) await post(target, agent, body);
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) times.push(await post(target, agent, body));
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), rps: times.length / elapsed };
}

export async function benchClauseQuery(): Promise<Record<string, { p50: number; p95: number; rps: number }>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-bench-q-'));
  chmodSync(dataDir, 0o755);
  const server = await startServer({ ZANGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', MEILI_URL: '' });
  try {
    return { sequential: await runLatency(server.url, 1, 1000), concurrent8: await runLatency(server.url, 8, 4000) };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchClauseQuery().then((r) => {
    for (const [k, v] of Object.entries(r)) console.log(`clause query ${k}: p50 ${ms(v.p50)}, p95 ${ms(v.p95)}, ${v.rps.toFixed(0)} req/s`);
  });
}
