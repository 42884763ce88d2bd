/**
 * `npm run bench:scale`: how costs grow with the corpus. For each multiple (1×, 10×, 100×, 1000× corpus/, the
 * extra acts synthetic: see scale/generate-acts.ts) a fresh server starts on a fresh data directory and ingests
 * and indexes that corpus through the ordinary boot path; then search is measured under load.
 *
 *   node dist/bench/scale.js [--multiples 1,10,100,1000] [--search-seconds 10] [--concurrency 8]
 *
 * Ingest is reported whole and split as the server logs it: reading + parsing, building rows, and writing (the
 * database transaction).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeBase } from '../src/ingest/build-knowledge-base';
import { loadCorpus } from '../src/ingest/load-corpus';
import { startInstance } from './faults/instance';
import { graphqlBody } from './http-client';
import { processMemory, runLoad } from './load';
import { evalQueries } from './search-latency';
import { generateSyntheticCorpus } from './scale/generate-acts';
import { ROOT, vocabularyWarmUp, type WarmUp } from './support';

const SEARCH = 'query($q: String!, $first: Int, $f: SearchFilter) { search(query: $q, first: $first, filter: $f) { totalCount degraded edges { node { clause { id } score snippet } } } }';
const QUERIES = evalQueries();
const dayOf = (n: number) => new Date(Date.UTC(2013, 0, 1) + (n % 5000) * 86_400_000).toISOString().slice(0, 10);
/** The n-th search: the relevance sets' questions (kk and ru) in turn, each time with another date and page size. */
const searchBody = (n: number) => graphqlBody(SEARCH, { q: QUERIES[n % QUERIES.length], first: 1 + (n % 20), f: { asOf: dayOf(n) } });
/** The questions split in two, each asked for the first time: one half one at a time, the other at full concurrency. */
const SERIAL_FIRST = QUERIES.map((_, i) => i).filter((i) => i % 2 === 0);
const CONCURRENT_FIRST = QUERIES.map((_, i) => i).filter((i) => i % 2 === 1);

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

export interface ScaleRow {
  multiple: number;
  acts: number;
  clauses: number;
  rows: number;
  parseMs: number;
  buildMs: number;
  ingestMs: number;
  writeMs: number;
  indexMs: number;
  documents: number;
  search: { p50: number; p95: number; rps: number; errors: number; degraded: boolean };
  /** Questions never asked before, one at a time: what one question costs. */
  firstSightAlone: { p50: number; p95: number; errors: number };
  /** Questions never asked before, at the bench's concurrency: what they cost when they queue for the two cores. */
  firstSight: { p50: number; p95: number; errors: number };
  warmUp: WarmUp | null;
  meili: { p50: number; p95: number };
  serverRssMb: number;
  serverPeakMb: number;
}

async function measure(multiple: number, searchSeconds: number, concurrency: number): Promise<ScaleRow> {
  const corpus = generateSyntheticCorpus(join(ROOT, 'corpus'), multiple);
  try {
    // counted here; timed by the server itself (its start log splits ingest into parse, rows and write)
    const loaded = loadCorpus(corpus.dir);
    const rows = buildKnowledgeBase(loaded.input);
    const rowCount = Object.values(rows).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);

    const inst = await startInstance({ ZANGRAPH_CORPUS_DIR: corpus.dir, ZANGRAPH_RESPONSE_CACHE: '0', ZANGRAPH_RATE_LIMIT: 'off' });
    try {
      const log = inst.output();
      const ingest = /ingest: \{.*\} \(parse (\d+) ms, rows (\d+) ms, write (\d+) ms\) \((\d+) ms\)/.exec(log);
      const [serverParseMs, serverBuildMs, writeMs, ingestMs] = [1, 2, 3, 4].map((i) => Number(ingest?.[i] ?? NaN));
      const index = /search index rebuilt: (\d+) documents(?: \([^)]*\))? \((\d+) ms\)/.exec(log);
      const graphql = new URL('/graphql', inst.url);
      const meili = new URL('/indexes/clauses/search', inst.meiliUrl);
      // the server remembers the index vocabulary in the background after start; measured once that is done
      const warmUp = await vocabularyWarmUp(inst.output, 300_000);
      const firstSightAlone = await runLoad(graphql, 1, 0, (n) => searchBody(SERIAL_FIRST[n]), {}, SERIAL_FIRST.length);
      const firstSight = await runLoad(graphql, concurrency, 0, (n) => searchBody(CONCURRENT_FIRST[n]), {}, CONCURRENT_FIRST.length);
      const search = await runLoad(graphql, concurrency, searchSeconds, (n) => searchBody(QUERIES.length + n));
      const direct = await runLoad(meili, concurrency, Math.max(2, searchSeconds / 2), (n) => JSON.stringify({ q: QUERIES[n % QUERIES.length], limit: 1 + (n % 20) }), { authorization: `Bearer ${inst.meiliKey}` });
      const mem = processMemory(inst.child.pid!);
      const probe = await fetch(graphql, { method: 'POST', headers: { 'content-type': 'application/json' }, body: graphqlBody(SEARCH, { q: QUERIES[0], first: 5 }) }).then((r) => r.json() as Promise<{ data: { search: { degraded: boolean } } }>);
      return {
        multiple,
        acts: loaded.input.acts.length,
        clauses: rows.clauses.length,
        rows: rowCount,
        parseMs: serverParseMs,
        buildMs: serverBuildMs,
        ingestMs,
        writeMs,
        indexMs: Number(index?.[2] ?? NaN),
        documents: Number(index?.[1] ?? NaN),
        search: { p50: search.p50, p95: search.p95, rps: search.rps, errors: search.errors, degraded: probe.data.search.degraded },
        firstSightAlone: { p50: firstSightAlone.p50, p95: firstSightAlone.p95, errors: firstSightAlone.errors },
        firstSight: { p50: firstSight.p50, p95: firstSight.p95, errors: firstSight.errors },
        warmUp,
        meili: { p50: direct.p50, p95: direct.p95 },
        serverRssMb: mem.rssMb,
        serverPeakMb: mem.peakMb,
      };
    } finally {
      await inst.stop();
    }
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}

async function main() {
  const multiples = option('multiples', '1,10,100,1000').split(',').map(Number);
  const searchSeconds = Number(option('search-seconds', '10'));
  const concurrency = Number(option('concurrency', '8'));
  console.log(`# Zangraph scale — ${new Date().toISOString()} — node ${process.version} — node dist/bench/scale.js ${process.argv.slice(2).join(' ')}`);
  console.log(`search: the ${QUERIES.length} questions of the relevance sets with another date and page size per request (no response cache), once the index vocabulary is remembered: first sight of half of them one at a time, of the other half at ${concurrency} connections, then all of them for ${searchSeconds} s steady state at ${concurrency} connections; direct Meilisearch beside it`);
  console.log('');
  console.log(`| corpus | acts | clauses | rows | parse | build rows | ingest (whole, server log) | write | clauses/s whole | clauses/s write | index | documents | vocabulary warm-up | first sight alone p50 / p95 | first sight at ${concurrency} p50 / p95 | search steady p50 / p95 | req/s | Meilisearch p50 / p95 | server RSS / peak |`);
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const m of multiples) {
    const r = await measure(m, searchSeconds, concurrency);
    const writeMs = r.writeMs;
    const s = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
    console.log(
      `| ${m}× | ${r.acts} | ${r.clauses} | ${r.rows} | ${s(r.parseMs)} | ${s(r.buildMs)} | ${s(r.ingestMs)} | ${s(writeMs)} | ${((r.clauses / r.ingestMs) * 1000).toFixed(0)} | ${((r.clauses / writeMs) * 1000).toFixed(0)} | ${s(r.indexMs)} | ${r.documents} | ${r.warmUp ? `${r.warmUp.terms} terms, ${s(r.warmUp.millis)}` : 'not reported'} | ${r.firstSightAlone.p50.toFixed(1)} / ${r.firstSightAlone.p95.toFixed(1)} ms${r.firstSightAlone.errors ? ` (${r.firstSightAlone.errors} errors)` : ''} | ${r.firstSight.p50.toFixed(1)} / ${r.firstSight.p95.toFixed(1)} ms${r.firstSight.errors ? ` (${r.firstSight.errors} errors)` : ''} | ${r.search.p50.toFixed(1)} / ${r.search.p95.toFixed(1)} ms${r.search.errors ? ` (${r.search.errors} errors)` : ''}${r.search.degraded ? ' DEGRADED' : ''} | ${r.search.rps.toFixed(0)} | ${r.meili.p50.toFixed(1)} / ${r.meili.p95.toFixed(1)} ms | ${r.serverRssMb.toFixed(0)} / ${r.serverPeakMb.toFixed(0)} MB |`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
