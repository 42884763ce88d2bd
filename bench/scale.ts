/**
 * `npm run bench:scale`: how costs grow with the corpus. For each multiple (1×, 100×, 1000× corpus/, the extra acts
 * synthetic: see scale/generate-acts.ts) a fresh server starts on a fresh data directory and ingests and indexes
 * that corpus through the ordinary boot path; then search is measured, with Meilisearch answering the same
 * searches directly in the same run.
 *
 *   node dist/bench/scale.js [--multiples 1,100,1000] [--search-seconds 10] [--concurrency 8]
 *
 * Ingest is reported whole and split as the server logs it (reading + parsing, building rows, writing); the index
 * build as the server logs it (documents analyzed, the fallback table and the Meilisearch index filled, swapped in).
 * First sight: every question of the relevance sets once (none asked of that server before), half of them one at
 * a time and the other half at full concurrency; then the engine's own request for each question (its
 * multi-search, planned by the engine's code) straight to Meilisearch at full concurrency, and the raw question as
 * one plain Meilisearch query; then all of them again for a few seconds (repeated). Last, a second server on the
 * same PostgreSQL and Meilisearch answers every question once at full concurrency, and its memory is read: what a
 * server that only serves holds (the first one's includes the ingest and index build it did at boot).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKnowledgeBase } from '../src/ingest/build-knowledge-base';
import { loadCorpus } from '../src/ingest/load-corpus';
import { spawnServer, startInstance, type Instance } from './faults/instance';
import { graphqlBody } from './http-client';
import { processMemory, runLoad, type LoadFigures } from './load';
import { plannedRequests } from './planned-requests';
import { evalQueries, searchParams } from './search-latency';
import { generateSyntheticCorpus } from './scale/generate-acts';
import { ROOT } from './support';

const SEARCH =
  'query($q: String!, $first: Int, $f: SearchFilter) { search(query: $q, first: $first, filter: $f) { totalCount degraded edges { node { clause { id } score snippet } } } }';
const QUERIES = evalQueries();
const searchBody = (n: number) => {
  const p = searchParams(QUERIES, n);
  return graphqlBody(SEARCH, { q: p.query, first: p.first, f: { asOf: p.asOf } });
};
/** The questions split in two, each asked for the first time: one half one at a time, the other at full concurrency. */
const SERIAL_FIRST = QUERIES.map((_, i) => i).filter((i) => i % 2 === 0);
const CONCURRENT_FIRST = QUERIES.map((_, i) => i).filter((i) => i % 2 === 1);

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

type Figures = Pick<LoadFigures, 'p50' | 'p95' | 'errors'> & { rps?: number };

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
  firstSightAlone: Figures;
  firstSight: Figures;
  direct: Figures;
  directPlain: Figures;
  repeated: Figures & { degraded: boolean };
  serverRssMb: number;
  serverPeakMb: number;
  /** A second server on the same PostgreSQL and Meilisearch (it ingested and indexed nothing), after serving. */
  replicaRssMb: number;
  replicaPeakMb: number;
  /** Its resident memory once ready, before the first question (what its start checks left). */
  replicaReadyRssMb: number;
  replicaFirstSight: Figures;
}

/**
 * The memory of a server that only serves: a second one started on the first one's PostgreSQL and Meilisearch
 * (the corpus and the index are found unchanged), after it answered every question once at full concurrency. The
 * first server's own figures include the ingest and the index build it did at boot.
 */
async function replicaMemory(
  inst: Instance,
  corpusDir: string,
  concurrency: number,
): Promise<{ rssMb: number; peakMb: number; readyRssMb: number; firstSight: Figures }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-replica-'));
  const replica = spawnServer({
    ZANGRAPH_DATA_DIR: dataDir,
    ZANGRAPH_CORPUS_DIR: corpusDir,
    DATABASE_URL: inst.pgUrl,
    MEILI_URL: inst.meiliUrl,
    MEILI_MASTER_KEY: inst.meiliKey,
    ZANGRAPH_RESPONSE_CACHE: '0',
    ZANGRAPH_RATE_LIMIT: 'off',
  });
  try {
    const url = await replica.ready;
    const ready = processMemory(replica.child.pid!);
    const firstSight = await runLoad(
      new URL('/graphql', url),
      concurrency,
      0,
      (n) => searchBody(QUERIES.length * 2 + n),
      {},
      QUERIES.length,
    );
    return { ...processMemory(replica.child.pid!), readyRssMb: ready.rssMb, firstSight };
  } finally {
    const exited = new Promise((r) => replica.child.once('exit', r));
    replica.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000).unref())]);
    rmSync(dataDir, { recursive: true, force: true });
  }
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
      const auth = { authorization: `Bearer ${inst.meiliKey}` };
      const planned = await plannedRequests(
        inst.pgUrl,
        corpus.dir,
        QUERIES.map((_, i) => {
          const p = searchParams(QUERIES, i);
          return { query: p.query, asOf: p.asOf, includeRepealed: false, offset: 0, limit: p.first };
        }),
      );
      const firstSightAlone = await runLoad(graphql, 1, 0, (n) => searchBody(SERIAL_FIRST[n]), {}, SERIAL_FIRST.length);
      const firstSight = await runLoad(graphql, concurrency, 0, (n) => searchBody(CONCURRENT_FIRST[n]), {}, CONCURRENT_FIRST.length);
      const direct = await runLoad(
        new URL('/multi-search', inst.meiliUrl),
        concurrency,
        0,
        (n) => planned[CONCURRENT_FIRST[n]],
        auth,
        CONCURRENT_FIRST.length,
      );
      const directPlain = await runLoad(
        new URL('/indexes/clauses/search', inst.meiliUrl),
        concurrency,
        0,
        (n) => JSON.stringify({ q: QUERIES[CONCURRENT_FIRST[n]], limit: 10 }),
        auth,
        CONCURRENT_FIRST.length,
      );
      const repeated = await runLoad(graphql, concurrency, searchSeconds, (n) => searchBody(QUERIES.length + n));
      const mem = processMemory(inst.child.pid!);
      const replica = await replicaMemory(inst, corpus.dir, concurrency);
      const probe = await fetch(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: graphqlBody(SEARCH, { q: QUERIES[0], first: 5 }),
      }).then((r) => r.json() as Promise<{ data: { search: { degraded: boolean } } }>);
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
        firstSightAlone,
        firstSight,
        direct,
        directPlain,
        repeated: { ...repeated, degraded: probe.data.search.degraded },
        serverRssMb: mem.rssMb,
        serverPeakMb: mem.peakMb,
        replicaRssMb: replica.rssMb,
        replicaPeakMb: replica.peakMb,
        replicaReadyRssMb: replica.readyRssMb,
        replicaFirstSight: replica.firstSight,
      };
    } finally {
      await inst.stop();
    }
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}

async function main() {
  const multiples = option('multiples', '1,100,1000').split(',').map(Number);
  const searchSeconds = Number(option('search-seconds', '10'));
  const concurrency = Number(option('concurrency', '8'));
  console.log(
    `# Zangraph scale — ${new Date().toISOString()} — node ${process.version} — node dist/bench/scale.js ${process.argv.slice(2).join(' ')}`,
  );
  console.log(
    `search: the ${QUERIES.length} questions of the relevance sets, another date and page size per request, no response cache. First sight: half one at a time, half at ${concurrency} connections; the engine's own request for the second half straight to Meilisearch at ${concurrency} connections, and the raw question as one plain query; then ${searchSeconds} s of repeated questions at ${concurrency} connections`,
  );
  console.log('');
  console.log(
    `| corpus | acts | clauses | rows | parse | build rows | ingest (whole) | write | index build | documents | first sight alone p50 / p95 | first sight at ${concurrency} p50 / p95 | engine request direct at ${concurrency} p50 / p95 | ratio p50 / p95 | raw query direct p50 / p95 | repeated p50 / p95 (req/s) | server RSS / peak | replica: first sight at ${concurrency} p50 / p95, RSS ready / after / peak |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const m of multiples) {
    const r = await measure(m, searchSeconds, concurrency);
    const s = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
    const pp = (x: Figures) => `${x.p50.toFixed(1)} / ${x.p95.toFixed(1)} ms${x.errors ? ` (${x.errors} errors)` : ''}`;
    console.log(
      `| ${m}× | ${r.acts} | ${r.clauses} | ${r.rows} | ${s(r.parseMs)} | ${s(r.buildMs)} | ${s(r.ingestMs)} | ${s(r.writeMs)} | ${s(r.indexMs)} | ${r.documents} | ${pp(r.firstSightAlone)} | ${pp(r.firstSight)} | ${pp(r.direct)} | ${(r.firstSight.p50 / r.direct.p50).toFixed(2)}× / ${(r.firstSight.p95 / r.direct.p95).toFixed(2)}× | ${pp(r.directPlain)} | ${pp(r.repeated)}${r.repeated.degraded ? ' DEGRADED' : ''} (${(r.repeated.rps ?? 0).toFixed(0)}) | ${r.serverRssMb.toFixed(0)} / ${r.serverPeakMb.toFixed(0)} MB | ${pp(r.replicaFirstSight)}, ${r.replicaReadyRssMb.toFixed(0)} / ${r.replicaRssMb.toFixed(0)} / ${r.replicaPeakMb.toFixed(0)} MB |`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
