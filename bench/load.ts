/**
 * `npm run bench:load`: a mixed read workload against a server of its own, at fixed concurrency, with a
 * keep-alive node:http client. Prints throughput, latency percentiles, errors and the server's memory, then
 * GraphQL search beside a direct Meilisearch query (the cost of Zangraph on top of the engine).
 *
 *   node dist/bench/load.js [--seconds 60] [--concurrency 32] [--uncached] [--profile DIR] [--search-seconds 10]
 *
 * --uncached varies the variables of every request (dates, page sizes, filters) and turns the response cache off.
 * --profile DIR starts the server under `node --cpu-prof` and prints its hottest functions at the end.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphqlBody, keepAliveAgent, send } from './http-client';
import { startInstance, type Instance } from './faults/instance';
import { summariseCpuProfile } from './profile-summary';
import { ms, percentile } from './support';

interface Options {
  seconds: number;
  concurrency: number;
  uncached: boolean;
  profileDir: string | null;
  searchSeconds: number;
}

function options(argv: string[]): Options {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : fallback;
  };
  return {
    seconds: Number(value('seconds', '60')),
    concurrency: Number(value('concurrency', '32')),
    uncached: argv.includes('--uncached'),
    profileDir: argv.includes('--profile') ? value('profile', '') || mkdtempSync(join(tmpdir(), 'zangraph-cpuprof-')) : null,
    searchSeconds: Number(value('search-seconds', '10')),
  };
}

const CLAUSE =
  'query($id: ID!, $asOf: Date) { clause(id: $id) { id number status(asOf: $asOf) text(asOf: $asOf) { text official validFrom validTo } ru: text(lang: RU, asOf: $asOf) { text official } } }';
const SEARCH =
  'query($q: String!, $first: Int, $f: SearchFilter) { search(query: $q, first: $first, filter: $f) { totalCount degraded edges { node { clause { id } score snippet } } } }';
const CLAIM_TYPES = 'query($asOf: Date) { claimTypes { code name governingClauses(asOf: $asOf) { role clause { id number } } } }';
const CASES =
  'query($first: Int, $f: CaseFilter) { cases(first: $first, filter: $f) { totalCount edges { node { id caseNumber decidedOn } } } }';
export const SEARCH_TERMS = [
  'расходы на погребение',
  'жерлеуге жұмсалған шығыстар',
  'моральный вред',
  'жоғары қауіптілік көзінің иесі',
  'работодатель не виноват платить ли компенсацию',
  'утраченный заработок',
  'зиянды өтеу',
  'профессиональное заболевание',
];

/** A different day for each n (dates from 2000 on), so requests of a run rarely share their variables. */
const dayOf = (n: number) => new Date(Date.UTC(2000, 0, 1) + (n % 9000) * 86_400_000).toISOString().slice(0, 10);

/** The n-th request of the mix: 40 % clause lookups, 30 % search, 15 % claim types, 15 % cases. */
function mixedRequest(n: number, clauseIds: string[], uncached: boolean): string {
  const slot = n % 20;
  const k = Math.floor(n / 20);
  if (slot < 8) return graphqlBody(CLAUSE, { id: clauseIds[(k * 8 + slot) % clauseIds.length], asOf: uncached ? dayOf(n) : undefined });
  if (slot < 14)
    return graphqlBody(SEARCH, {
      q: SEARCH_TERMS[(k * 6 + slot) % SEARCH_TERMS.length],
      first: uncached ? 1 + (n % 20) : 10,
      f: uncached ? { asOf: dayOf(n + 3000) } : undefined,
    });
  if (slot < 17) return graphqlBody(CLAIM_TYPES, { asOf: uncached ? dayOf(n) : undefined });
  return graphqlBody(CASES, { first: uncached ? 1 + (n % 100) : 10, f: uncached ? { to: dayOf(n + 6000) } : undefined });
}

export interface LoadFigures {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  cachedShare: number;
  firstError?: string;
}

/** `concurrency` clients sending `body(n)` back to back for `seconds` (or, when `requests` is given, that many). */
export async function runLoad(
  url: URL,
  concurrency: number,
  seconds: number,
  body: (n: number) => string,
  headers: Record<string, string> = {},
  requests?: number,
): Promise<LoadFigures> {
  const agent = keepAliveAgent(concurrency);
  const times: number[] = [];
  let errors = 0;
  let cached = 0;
  let firstError: string | undefined;
  let n = 0;
  const t0 = performance.now();
  const until = requests === undefined ? t0 + seconds * 1000 : Infinity;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until && (requests === undefined || n < requests)) {
        try {
          const r = await send(url, agent, { body: body(n++), headers });
          times.push(r.ms);
          const bad = r.status !== 200 || r.body.startsWith('{"errors"') || r.body.includes('"errors":[');
          if (bad) {
            errors++;
            firstError ??= `${r.status} ${r.body.slice(0, 200)}`;
          }
          if (r.body.includes('"cached":true')) cached++;
        } catch (e) {
          errors++;
          firstError ??= (e as Error).message;
        }
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    seconds: secs,
    rps: times.length / secs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1],
    errors,
    cachedShare: times.length ? cached / times.length : 0,
    firstError,
  };
}

/** Resident memory of a process now and at its peak, from /proc (Linux). */
export function processMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

const line = (label: string, f: LoadFigures) =>
  `${label}: ${f.requests} requests in ${f.seconds.toFixed(1)} s = ${f.rps.toFixed(0)} req/s; p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, p99 ${ms(f.p99)}, max ${ms(f.max)}; errors ${f.errors}; answered from cache ${(100 * f.cachedShare).toFixed(1)} %${f.firstError ? `; first error: ${f.firstError}` : ''}`;

async function main() {
  const o = options(process.argv.slice(2));
  console.log(
    `# Zangraph load — ${new Date().toISOString()} — node ${process.version} — node dist/bench/load.js ${process.argv.slice(2).join(' ')}`,
  );
  // uncached: the response cache is off as well, so no repeat (the warm-up's included) is ever answered from it
  const env = { ZANGRAPH_RATE_LIMIT: 'off', ...(o.uncached ? { ZANGRAPH_RESPONSE_CACHE: '0' } : {}) };
  const inst: Instance = await startInstance(env, o.profileDir ? ['--cpu-prof', '--cpu-prof-dir', o.profileDir] : []);
  try {
    const graphql = new URL('/graphql', inst.url);
    const agent = keepAliveAgent(1);
    const all = JSON.parse((await send(graphql, agent, { body: graphqlBody('{ acts { clauses { id } } }') })).body) as {
      data: { acts: Array<{ clauses: Array<{ id: string }> }> };
    };
    agent.destroy();
    const clauseIds = all.data.acts.flatMap((a) => a.clauses.map((c) => c.id));
    const pid = inst.child.pid!;
    await runLoad(graphql, o.concurrency, 3, (n) => mixedRequest(n, clauseIds, o.uncached)); // warm-up: JIT, pools, caches
    const mixed = await runLoad(graphql, o.concurrency, o.seconds, (n) => mixedRequest(n, clauseIds, o.uncached));
    const mem = processMemory(pid);
    console.log(
      `workload: 40 % clause lookups, 30 % search, 15 % claim types, 15 % cases; ${o.uncached ? 'every request different (no cache hits)' : 'a fixed set of requests (response cache warm)'}; ${o.concurrency} connections`,
    );
    console.log(line(`mixed reads, ${o.seconds} s`, mixed));
    console.log(`server memory: RSS ${mem.rssMb.toFixed(0)} MB, peak ${mem.peakMb.toFixed(0)} MB (/proc/${pid}/status)`);

    if (o.searchSeconds > 0) {
      const meili = new URL('/indexes/clauses/search', inst.meiliUrl);
      // a different date filter each time, so the response cache never answers (the direct query has no filter)
      const viaGraphql = await runLoad(graphql, o.concurrency, o.searchSeconds, (n) =>
        graphqlBody(SEARCH, { q: SEARCH_TERMS[n % SEARCH_TERMS.length], first: 1 + (n % 20), f: { asOf: dayOf(n + 1500) } }),
      );
      const direct = await runLoad(
        meili,
        o.concurrency,
        o.searchSeconds,
        (n) => JSON.stringify({ q: SEARCH_TERMS[n % SEARCH_TERMS.length], limit: 1 + (n % 20) }),
        { authorization: `Bearer ${inst.meiliKey}` },
      );
      console.log(line('search via GraphQL, uncached', viaGraphql));
      console.log(line('direct Meilisearch /search, same queries', direct));
      console.log(
        `search overhead: p50 ×${(viaGraphql.p50 / direct.p50).toFixed(1)}, p95 ×${(viaGraphql.p95 / direct.p95).toFixed(1)}, throughput ×${(direct.rps / viaGraphql.rps).toFixed(1)} lower`,
      );
    }
  } finally {
    await inst.stop();
  }
  if (o.profileDir) {
    const file = readdirSync(o.profileDir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(o.profileDir!, f))[0];
    if (file) {
      console.log(`\nserver CPU profile (${file}), self time:`);
      for (const row of summariseCpuProfile(readFileSync(file, 'utf8'), 25)) console.log(row);
    }
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
