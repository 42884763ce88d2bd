/**
 * `npm run eval`: search relevance on the development query sets, through GraphQL, beside two baselines measured
 * in the same run — plain Meilisearch on the raw official (Kazakh) text, and PostgreSQL `simple` full-text search
 * on the same text. A report, not a test.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Client } from 'pg';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createMeiliClient } from '../src/search/meili-client';
import { ROOT, sharedFile } from './support';

interface EvalQuery {
  q: string;
  lang: 'kk' | 'ru';
  tag?: string;
  relevant: string[];
  partial?: string[];
}

type Ranker = (q: EvalQuery) => Promise<string[]>;

function metrics(ranked: string[], q: EvalQuery) {
  const gain = (id: string) => (q.relevant.includes(id) ? 2 : (q.partial ?? []).includes(id) ? 1 : 0);
  const firstRelevant = ranked.findIndex((id) => q.relevant.includes(id));
  const dcg = ranked.slice(0, 10).reduce((s, id, i) => s + (2 ** gain(id) - 1) / Math.log2(i + 2), 0);
  const ideal = [...q.relevant.map(() => 2), ...(q.partial ?? []).map(() => 1)].slice(0, 10).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  return {
    hit1: firstRelevant === 0 ? 1 : 0,
    hit5: firstRelevant >= 0 && firstRelevant < 5 ? 1 : 0,
    mrr: firstRelevant >= 0 && firstRelevant < 10 ? 1 / (firstRelevant + 1) : 0,
    ndcg: ideal > 0 ? dcg / ideal : 0,
  };
}

async function evaluate(name: string, queries: EvalQuery[], rank: Ranker, verbose = false) {
  const groups: Record<string, Array<ReturnType<typeof metrics>>> = {};
  const misses: string[] = [];
  for (const q of queries) {
    const ranked = await rank(q);
    const m = metrics(ranked, q);
    const tag = q.tag === 'para' ? 'everyday' : q.tag;
    for (const g of [q.lang, ...(tag ? [`${q.lang}:${tag}`, tag] : []), 'all']) (groups[g] ??= []).push(m);
    if (verbose && !m.hit5) misses.push(`    miss [${q.lang}] ${q.q} → want ${q.relevant.join(',')} got ${ranked.slice(0, 3).join(',') || '∅'}`);
  }
  const fmt = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);
  for (const [g, ms] of Object.entries(groups)) {
    console.log(
      `  ${name.padEnd(22)} ${g.padEnd(12)} n=${String(ms.length).padStart(3)}  Hit@1 ${fmt(ms.map((m) => m.hit1))}  Hit@5 ${fmt(ms.map((m) => m.hit5))}  MRR@10 ${fmt(ms.map((m) => m.mrr))}  nDCG@10 ${fmt(ms.map((m) => m.ndcg))}`,
    );
  }
  if (misses.length) console.log(misses.join('\n'));
}

function loadSet(path: string | null): EvalQuery[] | null {
  if (!path || !existsSync(path)) return null;
  return (parse(readFileSync(path, 'utf8')) as { queries: EvalQuery[] }).queries;
}

async function main() {
  const verbose = process.argv.includes('--verbose');
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-eval-'));
  chmodSync(dataDir, 0o755);
  const app = await startApp({ ...loadConfig({ ...process.env, PORT: '0', ZANGRAPH_DATA_DIR: dataDir }), databaseUrl: process.env.DATABASE_URL ?? null, meiliUrl: process.env.MEILI_URL ?? null }, () => undefined);
  const pg = new Client({ connectionString: app.databaseUrl });
  await pg.connect();
  try {
    const meili = createMeiliClient(app.meili.url, app.meili.masterKey);
    // Baseline index: the raw official text, default settings.
    const raw: Array<{ clause_id: string; kk_text: string }> = await pg.query('SELECT clause_id, kk_text FROM search_document').then((r) => r.rows);
    await meili.deleteIndex('eval_raw').waitTask().catch(() => undefined);
    await meili.createIndex('eval_raw', { primaryKey: 'id' }).waitTask();
    await meili.index('eval_raw').addDocuments(raw.map((r) => ({ id: r.clause_id.replace('/', '--'), clauseId: r.clause_id, text: r.kk_text }))).waitTask();

    const system: Ranker = async (q) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($q: String!, $l: Lang) { search(query: $q, lang: $l, first: 10) { edges { node { clause { id } } } } }', variables: { q: q.q, l: q.lang.toUpperCase() } }),
      });
      const body = (await res.json()) as { data?: { search: { edges: Array<{ node: { clause: { id: string } } }> } } };
      return body.data?.search.edges.map((e) => e.node.clause.id) ?? [];
    };
    const meiliRaw: Ranker = async (q) => (await meili.index<{ clauseId: string }>('eval_raw').search(q.q, { limit: 10 })).hits.map((h) => h.clauseId);
    const pgSimple: Ranker = async (q) => {
      const words = (q.q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `'${w.replace(/'/g, "''")}'`);
      if (!words.length) return [];
      const r = await pg.query(
        `SELECT clause_id FROM search_document, to_tsquery('simple', $1) q WHERE to_tsvector('simple', kk_text) @@ q ORDER BY ts_rank(to_tsvector('simple', kk_text), q) DESC LIMIT 10`,
        [words.join(' | ')],
      );
      return r.rows.map((x) => x.clause_id);
    };

    const sets: Array<[string, EvalQuery[] | null]> = [
      ['../shared/eval/search-dev.yaml', loadSet(sharedFile('eval', 'search-dev.yaml'))],
      ['corpus/eval/search.yaml', loadSet(join(ROOT, 'corpus', 'eval', 'search.yaml'))],
      ['corpus/eval/search-hard.yaml', loadSet(join(ROOT, 'corpus', 'eval', 'search-hard.yaml'))],
    ];
    for (const [name, queries] of sets) {
      if (!queries) {
        console.log(`# ${name}: not found, skipped`);
        continue;
      }
      console.log(`# ${name} (${queries.length} queries)`);
      await evaluate('zangraph (GraphQL)', queries, system, verbose);
      await evaluate('meilisearch raw text', queries, meiliRaw);
      await evaluate('postgres simple FTS', queries, pgSimple);
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
