/**
 * `npm run eval`: search relevance on the development question sets, through GraphQL, beside baselines measured in
 * the same run on the same data — a report, not a test:
 * - Meilisearch's native ranking on the analyzed fields with the glossary as synonyms: the shipped documents and
 *   settings with the glossary as Meilisearch `synonyms` on the analyzed forms (an index of its own), the question
 *   analyzed as the engine analyzes it (stems, keyboard folding, transliteration) and sent as one query with the
 *   same date filter, with the `last` (Meilisearch's default) and the `frequency` matching strategy;
 * - plain Meilisearch on the raw official (Kazakh) text with default settings;
 * - PostgreSQL `simple` full-text search on the same text.
 *
 *   node dist/bench/eval-search.js [--verbose]
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { currentDateInKazakhstan } from '../src/domain/point-in-time';
import { loadGlossary, stemSynonyms } from '../src/search/glossary';
import { createMeiliClient } from '../src/search/meili-client';
import { analyzeQuery } from '../src/search/query-analysis';
import { MAX_QUERY_WORDS, searchFilter } from '../src/search/search-plan';
import { createDataSource } from '../src/data-source';
import { indexSettings, loadSearchSources } from '../src/search/indexer';
import { buildSearchDocument, indexedDocument } from '../src/search/search-document';
import { evaluate, querySets, type Measures, type Ranker } from './relevance';
import { ROOT } from './support';

const NATIVE = 'eval_native';

function print(name: string, groups: Map<string, Measures>) {
  const f = (x: number) => x.toFixed(3);
  for (const [g, m] of groups) {
    console.log(
      `  ${name.padEnd(30)} ${g.padEnd(16)} n=${String(m.n).padStart(3)}  Hit@1 ${f(m.hit1)}  Hit@5 ${f(m.hit5)}  MRR@10 ${f(m.mrr)}  nDCG@10 ${f(m.ndcg)}`,
    );
  }
}

async function main() {
  const verbose = process.argv.includes('--verbose');
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-eval-'));
  chmodSync(dataDir, 0o755);
  const config = {
    ...loadConfig({ ...process.env, PORT: '0', ZANGRAPH_DATA_DIR: dataDir, ZANGRAPH_RESPONSE_CACHE: '0' }),
    databaseUrl: process.env.DATABASE_URL ?? null,
    meiliUrl: process.env.MEILI_URL ?? null,
  };
  const app = await startApp(config, () => undefined);
  const pg = new Client({ connectionString: app.databaseUrl });
  await pg.connect();
  try {
    const meili = createMeiliClient(app.meili.url, app.meili.masterKey);
    const glossary = loadGlossary(readFileSync(join(ROOT, 'corpus', 'glossary.yaml'), 'utf8'));
    // Native baseline index: the shipped documents and settings, the glossary as synonyms on the analyzed forms.
    const ds = createDataSource(app.databaseUrl);
    await ds.initialize();
    const docs = (await loadSearchSources(ds)).map((s) => indexedDocument(buildSearchDocument(s, glossary), 'native-baseline'));
    await ds.destroy();
    await meili
      .deleteIndex(NATIVE)
      .waitTask()
      .catch(() => undefined);
    await meili.createIndex(NATIVE, { primaryKey: 'id' }).waitTask();
    await meili
      .index(NATIVE)
      .updateSettings({ ...indexSettings(), synonyms: stemSynonyms(glossary) })
      .waitTask();
    await meili.index(NATIVE).addDocuments(docs).waitTask({ timeout: 0 });
    // Raw baseline index: the raw official text, default settings.
    const raw: Array<{ clause_id: string; kk_text: string }> = await pg
      .query('SELECT clause_id, kk_text FROM search_document')
      .then((r) => r.rows);
    await meili
      .deleteIndex('eval_raw')
      .waitTask()
      .catch(() => undefined);
    await meili.createIndex('eval_raw', { primaryKey: 'id' }).waitTask();
    await meili
      .index('eval_raw')
      .addDocuments(raw.map((r) => ({ id: r.clause_id.replace('/', '--'), clauseId: r.clause_id, text: r.kk_text })))
      .waitTask();

    const system: Ranker = async (q) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($q: String!, $l: Lang) { search(query: $q, lang: $l, first: 10) { edges { node { clause { id } } } } }',
          variables: { q: q.q, l: q.lang.toUpperCase() },
        }),
      });
      const body = (await res.json()) as { data?: { search: { edges: Array<{ node: { clause: { id: string } } }> } } };
      return body.data?.search.edges.map((e) => e.node.clause.id) ?? [];
    };
    const filter = searchFilter({ query: '', asOf: currentDateInKazakhstan(), includeRepealed: false, offset: 0, limit: 10 });
    const native =
      (matchingStrategy: 'last' | 'frequency'): Ranker =>
      async (q) => {
        const words = analyzeQuery(q.q, glossary, q.lang).own.slice(0, MAX_QUERY_WORDS).join(' ');
        const r = await meili.index<{ clauseId: string }>(NATIVE).search(words, {
          limit: 10,
          matchingStrategy,
          filter,
          attributesToRetrieve: ['clauseId'],
          attributesToSearchOn: ['kk_folded', 'ru_stems', 'about_kk_folded', 'about_ru_stems'],
        });
        return r.hits.map((h) => h.clauseId);
      };
    const meiliRaw: Ranker = async (q) =>
      (await meili.index<{ clauseId: string }>('eval_raw').search(q.q, { limit: 10 })).hits.map((h) => h.clauseId);
    const pgSimple: Ranker = async (q) => {
      const words = (q.q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `'${w.replace(/'/g, "''")}'`);
      if (!words.length) return [];
      const r = await pg.query(
        `SELECT clause_id FROM search_document, to_tsquery('simple', $1) q WHERE to_tsvector('simple', kk_text) @@ q ORDER BY ts_rank(to_tsvector('simple', kk_text), q) DESC LIMIT 10`,
        [words.join(' | ')],
      );
      return r.rows.map((x) => x.clause_id);
    };

    const sets = querySets();
    if (!sets.some((s) => s.name.startsWith('../shared'))) console.log('# ../shared/eval/search-dev.yaml: not found, skipped');
    for (const { name, queries } of sets) {
      console.log(`# ${name} (${queries.length} queries)`);
      const misses: string[] = [];
      print(
        'zangraph (GraphQL)',
        await evaluate(queries, system, (q, ranked) =>
          misses.push(
            `    miss [${q.lang}${q.tag ? `/${q.tag}` : ''}] ${q.q} → want ${q.relevant.join(',')} got ${ranked.slice(0, 3).join(',') || '∅'}`,
          ),
        ),
      );
      if (verbose && misses.length) console.log(misses.join('\n'));
      print('meilisearch native, last', await evaluate(queries, native('last')));
      print('meilisearch native, frequency', await evaluate(queries, native('frequency')));
      print('meilisearch raw text', await evaluate(queries, meiliRaw));
      print('postgres simple FTS', await evaluate(queries, pgSimple));
    }
  } finally {
    await pg.end();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
