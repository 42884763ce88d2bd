/**
 * Where the engine's Meilisearch request spends its time on a large corpus, one suspect at a time, on an index
 * built once and kept. A report, not a test.
 *
 *   node dist/bench/engine-probe.js hold [--multiple 1000] [--state /tmp/probe.json]
 *     starts a server on an N× corpus (bench/scale/generate-acts.ts), writes where its services listen to the
 *     state file and waits (Ctrl-C stops it and removes everything);
 *   node dist/bench/engine-probe.js probe [--state /tmp/probe.json] [--concurrency 8] [--rounds 2]
 *     sends the engine's own multi-search for every relevance question straight to that Meilisearch: first each
 *     request once, one at a time, to read Meilisearch's own processing time per kind of query; then each variant
 *     of the request (a query kind left out, another matching strategy, fewer attributes retrieved…) and each
 *     variant of the index settings (applied to the kept index, restored after), at full concurrency, in rounds
 *     so that a variant's figures and the shipped request's are read under the same load;
 *   node dist/bench/engine-probe.js graphql [--state /tmp/probe.json] [--baseline <url>] [--rounds 2]
 *     every question through GraphQL on a server of this build started on the kept services, beside the server at
 *     <url> (another build's, on the same services) in alternating rounds;
 *   node dist/bench/engine-probe.js reindex [--state /tmp/probe.json]
 *     one reindex of the kept services by this build, with the time at which each stage completed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, startInstance } from './faults/instance';
import { runLoad } from './load';
import { plannedRequests } from './planned-requests';
import { evalQueries, searchParams } from './search-latency';
import { generateSyntheticCorpus } from './scale/generate-acts';
import { ROOT } from './support';
import { createDataSource } from '../src/data-source';
import { loadGlossary } from '../src/search/glossary';
import { indexSettings, reindex } from '../src/search/indexer';
import { createMeiliClient } from '../src/search/meili-client';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const statePath = () => option('state', join(tmpdir(), 'zangraph-probe.json'));
const keptState = () => JSON.parse(readFileSync(statePath(), 'utf8')) as State;
/** The shared measuring options of the probe and graphql modes. */
const loadOptions = () => ({ concurrency: Number(option('concurrency', '8')), rounds: Number(option('rounds', '2')) });
const fmt = (x: { p50: number; p95: number; errors: number; firstError?: string }) =>
  `${x.p50.toFixed(1)} / ${x.p95.toFixed(1)} ms${x.errors ? ` (${x.errors} errors: ${x.firstError})` : ''}`;

interface State {
  meiliUrl: string;
  meiliKey: string;
  pgUrl: string;
  corpusDir: string;
  multiple: number;
}

async function hold() {
  const multiple = Number(option('multiple', '1000'));
  const corpus = generateSyntheticCorpus(join(ROOT, 'corpus'), multiple);
  const t0 = performance.now();
  const inst = await startInstance({ ZANGRAPH_CORPUS_DIR: corpus.dir, ZANGRAPH_RESPONSE_CACHE: '0', ZANGRAPH_RATE_LIMIT: 'off' });
  const index = /search index rebuilt: (\d+) documents(?: \([^)]*\))? \((\d+) ms\)/.exec(inst.output());
  console.log(`ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; index build ${index?.[2]} ms for ${index?.[1]} documents`);
  const state: State = { meiliUrl: inst.meiliUrl, meiliKey: inst.meiliKey, pgUrl: inst.pgUrl, corpusDir: corpus.dir, multiple };
  writeFileSync(statePath(), JSON.stringify(state));
  console.log(`state in ${statePath()}`);
  const stop = async () => {
    await inst.stop();
    rmSync(corpus.dir, { recursive: true, force: true });
    rmSync(statePath(), { force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => undefined);
}

type Query = Record<string, unknown> & {
  q: string;
  filter: string;
  limit: number;
  attributesToSearchOn?: string[];
  matchingStrategy?: string;
};
type Body = { queries: Query[] };

/** The kind of a planned query, from its shape (bench only: the plan's own order is not exported). */
function kindOf(q: Query): string {
  if (q.limit === 0) return q.q ? 'count: own ∩ set' : 'count: match set';
  if (!q.q) return CONCEPT_FILTER.test(q.filter) ? 'concept alone (filter only)' : 'cited (filter only)';
  if (q.attributesToSearchOn?.includes('concepts')) return q.q.includes(' ') ? 'concepts together' : 'concept alone';
  return 'own words';
}

interface BodyVariant {
  name: string;
  change: (b: Body) => Body;
}

const mapQueries =
  (f: (q: Query) => Query | null) =>
  (b: Body): Body => ({ queries: b.queries.map(f).filter((q): q is Query => q !== null) });

/** The re-rank's fields, which the engine's request retrieved before they were read from PostgreSQL. */
const PREVIOUS_RETRIEVE = ['clauseId', 'number', 'kk_folded', 'ru_stems', 'about_kk_folded', 'about_ru_stems', 'references', 'amendedBy'];
const CONCEPT_FILTER = / AND concepts = "([^"]+)"$/;

/** The request as the engine sent it before: the re-rank's fields retrieved, each concept alone a ranked query. */
const previousRequest = mapQueries((q) => {
  if (q.limit === 0) return q;
  const concept = q.q === '' ? CONCEPT_FILTER.exec(q.filter) : null;
  const ranked = concept
    ? { ...q, q: concept[1], attributesToSearchOn: ['concepts'], matchingStrategy: 'all', filter: q.filter.slice(0, concept.index) }
    : q;
  return { ...ranked, attributesToRetrieve: PREVIOUS_RETRIEVE };
});

const BODY_VARIANTS: BodyVariant[] = [
  { name: 'shipped request', change: (b) => b },
  { name: 'previous request (re-rank fields retrieved, each concept a ranked query)', change: previousRequest },
  {
    name: 'previous request, identifiers only',
    change: (b) => mapQueries((q) => ({ ...q, attributesToRetrieve: ['clauseId'] }))(previousRequest(b)),
  },
  { name: 'without the two counts', change: mapQueries((q) => (q.limit === 0 ? null : q)) },
  { name: 'without each concept alone', change: mapQueries((q) => (kindOf(q) === 'concept alone' ? null : q)) },
  { name: 'own words only', change: mapQueries((q) => (kindOf(q) === 'own words' ? q : null)) },
  { name: 'own words: strategy last', change: mapQueries((q) => (kindOf(q) === 'own words' ? { ...q, matchingStrategy: 'last' } : q)) },
  { name: 'own words: strategy all', change: mapQueries((q) => (kindOf(q) === 'own words' ? { ...q, matchingStrategy: 'all' } : q)) },
  { name: 'limit 10 per query', change: mapQueries((q) => (q.limit > 0 ? { ...q, limit: 10 } : q)) },
];

interface SettingsVariant {
  name: string;
  settings: Record<string, unknown>;
}

const shipped = indexSettings();
const SETTINGS_VARIANTS: SettingsVariant[] = [
  { name: 'ranking rules without proximity', settings: { rankingRules: shipped.rankingRules.filter((r) => r !== 'proximity') } },
  {
    name: 'ranking rules: words, attribute, exactness (no proximity, no typo)',
    settings: { rankingRules: ['words', 'attribute', 'exactness'] },
  },
  { name: 'typo tolerance off', settings: { typoTolerance: { enabled: false } } },
  { name: 'ranking rules: words only', settings: { rankingRules: ['words'] } },
];

async function probe() {
  const { concurrency, rounds } = loadOptions();
  const only = option('only', '');
  const state = keptState();
  const queries = evalQueries();
  const bodies: Body[] = (
    await plannedRequests(
      state.pgUrl,
      state.corpusDir,
      queries.map((_, i) => {
        const p = searchParams(queries, i);
        return { query: p.query, asOf: p.asOf, includeRepealed: false, offset: 0, limit: p.first };
      }),
    )
  ).map((s) => JSON.parse(s) as Body);
  const headers = { authorization: `Bearer ${state.meiliKey}`, 'content-type': 'application/json' };
  const multi = new URL('/multi-search', state.meiliUrl);
  console.log(
    `# engine probe — ${new Date().toISOString()} — ${state.multiple}× corpus — ${bodies.length} questions — concurrency ${concurrency}`,
  );

  if (!only || only === 'kinds') {
    // Meilisearch's own processing time per kind of query, each request alone
    const perKind = new Map<string, number[]>();
    const wall: number[] = [];
    for (const b of bodies) {
      if (!b.queries.length) continue;
      const t0 = performance.now();
      const r = (await (await fetch(multi, { method: 'POST', headers, body: JSON.stringify(b) })).json()) as {
        results: Array<{ processingTimeMs: number; estimatedTotalHits?: number }>;
      };
      wall.push(performance.now() - t0);
      b.queries.forEach((q, i) => {
        const k = kindOf(q);
        (perKind.get(k) ?? perKind.set(k, []).get(k)!).push(r.results[i].processingTimeMs);
      });
    }
    const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    console.log('\none at a time: Meilisearch processingTimeMs per kind of query');
    console.log('| kind | queries | per request (mean) | p50 | p95 | max | share of all processing |');
    console.log('|---|---|---|---|---|---|---|');
    const all = sum([...perKind.values()].flat());
    for (const [k, xs] of [...perKind].sort((a, b) => sum(b[1]) - sum(a[1]))) {
      console.log(
        `| ${k} | ${xs.length} | ${(xs.length / bodies.length).toFixed(2)} | ${pct(xs, 50)} ms | ${pct(xs, 95)} ms | ${Math.max(...xs)} ms | ${((100 * sum(xs)) / all).toFixed(0)} % |`,
      );
    }
    console.log(`whole request wall time one at a time: p50 ${pct(wall, 50).toFixed(1)} ms, p95 ${pct(wall, 95).toFixed(1)} ms`);
  }

  const measureBody = (change: (b: Body) => Body) => {
    const changed = bodies
      .map(change)
      .filter((b) => b.queries.length)
      .map((b) => JSON.stringify(b));
    return runLoad(multi, concurrency, 0, (n) => changed[n % changed.length], headers, changed.length);
  };
  const index = new URL('/indexes/clauses/settings', state.meiliUrl);
  const applySettings = async (settings: Record<string, unknown>) => {
    const task = (await (await fetch(index, { method: 'PATCH', headers, body: JSON.stringify(settings) })).json()) as { taskUid: number };
    for (;;) {
      const t = (await (await fetch(new URL(`/tasks/${task.taskUid}`, state.meiliUrl), { headers })).json()) as {
        status: string;
        error?: unknown;
        duration?: string;
      };
      if (t.status === 'succeeded') return t.duration;
      if (t.status === 'failed' || t.status === 'canceled') throw new Error(JSON.stringify(t.error));
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  if (!only || only === 'body') {
    console.log(`\nrequest variants at ${concurrency} connections, p50 / p95 (each round: the shipped request, then the variants)`);
    for (let round = 1; round <= rounds; round++) {
      for (const v of BODY_VARIANTS) console.log(`| round ${round} | ${v.name} | ${fmt(await measureBody(v.change))} |`);
    }
  }
  if (!only || only === 'settings') {
    const restore = { rankingRules: shipped.rankingRules, typoTolerance: shipped.typoTolerance };
    console.log(`\nindex settings variants at ${concurrency} connections, p50 / p95 (shipped request; settings restored after each)`);
    for (let round = 1; round <= rounds; round++) {
      console.log(`| round ${round} | shipped settings | ${fmt(await measureBody((b) => b))} |`);
      for (const v of SETTINGS_VARIANTS) {
        const took = await applySettings(v.settings);
        console.log(`| round ${round} | ${v.name} (applied in ${took}) | ${fmt(await measureBody((b) => b))} |`);
        await applySettings(restore);
      }
    }
  }
}

const SEARCH =
  'query($q: String!, $first: Int, $f: SearchFilter) { search(query: $q, first: $first, filter: $f) { totalCount degraded edges { node { clause { id } score snippet } } } }';

/**
 * Every relevance question through GraphQL at full concurrency, on a server of this build started on the kept
 * services, and on `--baseline <url>` (another build's server on the same services) in alternating rounds.
 */
async function graphql() {
  const { concurrency, rounds } = loadOptions();
  const baseline = option('baseline', '');
  const state = keptState();
  const queries = evalQueries();
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-probe-server-'));
  const profileDir = option('profile', '');
  const server = spawnServer(
    {
      ZANGRAPH_DATA_DIR: dataDir,
      ZANGRAPH_CORPUS_DIR: state.corpusDir,
      DATABASE_URL: state.pgUrl,
      MEILI_URL: state.meiliUrl,
      MEILI_MASTER_KEY: state.meiliKey,
      ZANGRAPH_RESPONSE_CACHE: '0',
      ZANGRAPH_RATE_LIMIT: 'off',
    },
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  try {
    const url = await server.ready;
    const body = (n: number) => {
      const p = searchParams(queries, n);
      return JSON.stringify({ query: SEARCH, variables: { q: p.query, first: p.first, f: { asOf: p.asOf } } });
    };
    console.log(
      `# GraphQL search at ${concurrency} connections, ${queries.length} questions per round, p50 / p95 — ${state.multiple}× corpus`,
    );
    for (let round = 1; round <= rounds; round++) {
      console.log(
        `| round ${round} | this build | ${fmt(await runLoad(new URL('/graphql', url), concurrency, 0, (n) => body(round * queries.length + n), {}, queries.length))} |`,
      );
      if (baseline)
        console.log(
          `| round ${round} | baseline ${baseline} | ${fmt(await runLoad(new URL('/graphql', baseline), concurrency, 0, (n) => body(round * queries.length + n), {}, queries.length))} |`,
        );
    }
  } finally {
    const exited = new Promise((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000).unref())]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One reindex of the kept services by this build's code, with the time at which each stage completed. */
async function reindexOnce() {
  const state = keptState();
  const ds = createDataSource(state.pgUrl);
  await ds.initialize();
  try {
    const glossary = loadGlossary(readFileSync(join(state.corpusDir, 'glossary.yaml'), 'utf8'));
    const meili = createMeiliClient(state.meiliUrl, state.meiliKey, 600_000);
    const t0 = performance.now();
    const seen = new Set<string>();
    const s = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
    const r = await reindex(ds, meili, glossary, (done, total, stage) => {
      if (done !== total || seen.has(stage)) return;
      seen.add(stage);
      console.log(`${stage}: done at ${s()}`);
    });
    console.log(`reindex of ${r.documents} documents: ${s()}`);
  } finally {
    await ds.destroy();
  }
}

const mode = process.argv[2];
(mode === 'hold'
  ? hold()
  : mode === 'probe'
    ? probe()
    : mode === 'graphql'
      ? graphql()
      : mode === 'reindex'
        ? reindexOnce()
        : Promise.reject(new Error('usage: engine-probe.js hold|probe|graphql|reindex [options]'))
).catch((e) => {
  console.error(e);
  process.exit(1);
});
