/**
 * How the index settings and the search plan were chosen: each variant measured on the relevance sets (MRR@10 per
 * language, everyday questions, the harder set), the engine (plan + re-rank) and Meilisearch alone (the plan's
 * queries merged by the engine, no re-rank) side by side, on one server, in one run. A report, not a test.
 *
 *   node dist/bench/search-settings.js
 *
 * Index variants are built from the same documents as the shipped index (`clauses_variant_<n>`, dropped at the
 * end); plan and re-rank variants run against the shipped index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentDateInKazakhstan } from '../src/domain/point-in-time';
import { loadGlossary, stemSynonyms } from '../src/search/glossary';
import { indexSettings, loadSearchSources } from '../src/search/indexer';
import { DEFAULT_RERANK, type RerankTuning } from '../src/search/rerank';
import { buildSearchDocument, indexedDocument } from '../src/search/search-document';
import { DEFAULT_TUNING, SearchEngine, type SearchTuning } from '../src/search/search-engine';
import { DEFAULT_PLAN, type PlanTuning } from '../src/search/search-plan';
import { SEARCH_INDEX } from '../src/search/search-types';
import { withEmbeddedApp, type EmbeddedApp } from './embedded-app';
import { evaluate, querySets, type Measures } from './relevance';
import { ROOT } from './support';

type Settings = ReturnType<typeof indexSettings> & { synonyms?: Record<string, string[]> };

const glossaryForVariants = loadGlossary(readFileSync(join(ROOT, 'corpus', 'glossary.yaml'), 'utf8'));

interface IndexVariant {
  name: string;
  change: (s: Settings) => Settings;
}

const rules =
  (...order: string[]) =>
  (s: Settings): Settings => ({ ...s, rankingRules: order });
const typos =
  (oneTypo: number, twoTypos: number) =>
  (s: Settings): Settings => ({ ...s, typoTolerance: { ...s.typoTolerance, minWordSizeForTypos: { oneTypo, twoTypos } } });

const INDEX_VARIANTS: IndexVariant[] = [
  { name: 'shipped: words, exactness, proximity, typo, attribute; typos from 4/8 letters; proximity by attribute', change: (s) => s },
  {
    name: "ranking rules: Meilisearch's default order (words, typo, proximity, attribute, exactness)",
    change: rules('words', 'typo', 'proximity', 'attribute', 'exactness'),
  },
  {
    name: 'ranking rules: words, proximity, attribute, typo, exactness',
    change: rules('words', 'proximity', 'attribute', 'typo', 'exactness'),
  },
  {
    name: 'ranking rules: words, exactness, typo, proximity, attribute',
    change: rules('words', 'exactness', 'typo', 'proximity', 'attribute'),
  },
  {
    name: 'ranking rules: words, exactness, attribute, proximity, typo',
    change: rules('words', 'exactness', 'attribute', 'proximity', 'typo'),
  },
  {
    name: 'ranking rules: words, proximity, exactness, typo, attribute',
    change: rules('words', 'proximity', 'exactness', 'typo', 'attribute'),
  },
  {
    name: 'ranking rules: exactness, words, proximity, typo, attribute',
    change: rules('exactness', 'words', 'proximity', 'typo', 'attribute'),
  },
  { name: 'typo tolerance off', change: (s) => ({ ...s, typoTolerance: { ...s.typoTolerance, enabled: false } }) },
  { name: 'typos from 5/9 letters', change: typos(5, 9) },
  { name: 'typos from 3/7 letters', change: typos(3, 7) },
  {
    name: 'attributes: Russian before Kazakh',
    change: (s) => ({ ...s, searchableAttributes: ['ru_stems', 'kk_folded', 'about_ru_stems', 'about_kk_folded'] }),
  },
  {
    name: 'the glossary also as Meilisearch synonyms on the analyzed forms',
    change: (s) => ({ ...s, synonyms: stemSynonyms(glossaryForVariants) }),
  },
  { name: 'proximity precision by word', change: (s) => ({ ...s, proximityPrecision: 'byWord' }) },
];

interface TuningVariant {
  name: string;
  plan?: Omit<Partial<PlanTuning>, 'weights'> & { weights?: Partial<PlanTuning['weights']> };
  rerank?: Partial<RerankTuning>;
}

const TUNING_VARIANTS: TuningVariant[] = [
  { name: 'own words: matching strategy last', plan: { ownStrategy: 'last' } },
  { name: 'own words: matching strategy all', plan: { ownStrategy: 'all' } },
  { name: 'concepts: matching strategy frequency', plan: { conceptStrategy: 'frequency' } },
  { name: 'concepts: matching strategy all', plan: { conceptStrategy: 'all' } },
  { name: 'concept weight 0.5', plan: { weights: { concept: 0.5 } } },
  { name: 'concept weight 1', plan: { weights: { concept: 1 } } },
  { name: 'each concept alone: not asked', plan: { weights: { conceptEach: 0 } } },
  { name: 'each concept alone: weight 0.3', plan: { weights: { conceptEach: 0.3 } } },
  { name: 're-rank depth 0 (the engine order)', rerank: { depth: 0 } },
  { name: 're-rank depth 10', rerank: { depth: 10 } },
  { name: 're-rank depth 20', rerank: { depth: 20 } },
  { name: 're-rank depth 50', rerank: { depth: 50 } },
  { name: 're-rank: engine score weight 0', rerank: { engine: 0 } },
  { name: 're-rank: engine score weight 1', rerank: { engine: 1 } },
  { name: 're-rank: engine score weight 3', rerank: { engine: 3 } },
  { name: 're-rank: coverage weight 0', rerank: { coverage: 0 } },
  { name: 're-rank: coverage weight 4', rerank: { coverage: 4 } },
  { name: 're-rank: coverage weight 8', rerank: { coverage: 8 } },
  { name: 'merge: the best score alone (as a federated search)', plan: { mergeOthers: 0 } },
  { name: 'merge: half of the other scores', plan: { mergeOthers: 0.5 } },
  { name: "re-rank: the Code's units within the head of 30 (no depth of their own)", rerank: { interpretedLawDepth: 0 } },
  { name: "re-rank: the Code's best 10 units beside the acts' 30", rerank: { interpretedLawDepth: 10 } },
  { name: "re-rank: the Code first at 2× the acts' best", rerank: { interpretedLawLeads: 2 } },
  { name: 're-rank: the Code never first', rerank: { interpretedLawLeads: Infinity } },
  { name: 're-rank: BM25 b 0.75', rerank: { lengthNorm: 0.75 } },
  { name: 're-rank: BM25 b 1', rerank: { lengthNorm: 1 } },
  { name: 'hits per query 30', plan: { hitsPerQuery: 30 } },
  { name: 'hits per query 15', plan: { hitsPerQuery: 15 } },
  { name: 're-rank: about weight 0', rerank: { about: 0 } },
  { name: 're-rank: about weight 0.5', rerank: { about: 0.5 } },
  { name: 're-rank: nothing lent to the points a point refers to', rerank: { referred: 0 } },
  { name: 're-rank: half of a point lent to the points it refers to', rerank: { referred: 0.5 } },
  { name: 're-rank: proximity weight 0.5', rerank: { proximity: 0.5 } },
  { name: 're-rank: proximity weight 1.5', rerank: { proximity: 1.5 } },
  {
    name: 're-rank: the weights before the joint search (coverage 4, engine 1, proximity 1.5, about 0.5, b 0.75)',
    rerank: { coverage: 4, engine: 1, proximity: 1.5, about: 0.5, lengthNorm: 0.75 },
  },
];

function tuning(indexUid: string, v: TuningVariant = { name: '' }): SearchTuning {
  const plan: PlanTuning = { ...DEFAULT_PLAN, ...v.plan, indexUid, weights: { ...DEFAULT_PLAN.weights, ...v.plan?.weights } };
  const rerank: RerankTuning = { ...DEFAULT_RERANK, ...v.rerank };
  return { plan, rerank };
}

const f = (x: number | undefined) => (x === undefined ? '  —  ' : x.toFixed(3));

function row(name: string, { results, millisPerSearch }: { results: Array<Map<string, Measures>>; millisPerSearch: number }): string {
  const [dev, own, hard] = results;
  const cells = [dev, own].flatMap((g) => [f(g?.get('kk')?.mrr), f(g?.get('ru')?.mrr), f(g?.get('everyday')?.mrr)]);
  return `| ${name} | ${cells.join(' | ')} | ${f(hard?.get('all')?.mrr)} | ${millisPerSearch.toFixed(1)} ms |`;
}

async function main() {
  await withEmbeddedApp('settings', compare);
}

async function compare({ ds, meili, glossary }: EmbeddedApp) {
  const sets = querySets();
  const today = currentDateInKazakhstan();
  const measureWith = async (t: SearchTuning) => {
    const engine = new SearchEngine(ds, meili, glossary, t);
    const out: Array<Map<string, Measures>> = [];
    let millis = 0;
    let searches = 0;
    for (const { queries } of sets) {
      out.push(
        await evaluate(queries, async (q) => {
          const t0 = performance.now();
          const r = await engine.search({ query: q.q, lang: q.lang, asOf: today, includeRepealed: false, offset: 0, limit: 10 });
          millis += performance.now() - t0;
          searches++;
          return r.hits.map((h) => h.clauseId);
        }),
      );
    }
    return { results: out, millisPerSearch: millis / searches };
  };
  const created: string[] = [];
  try {
    console.log(
      `# search settings — ${new Date().toISOString()} — node dist/bench/search-settings.js — MRR@10; sets: ${sets.map((s) => `${s.name} (${s.queries.length})`).join(', ')}`,
    );
    console.log(
      '| variant | dev kk | dev ru | dev everyday | own kk | own ru | own everyday | harder set, all | time per search, one at a time |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    const docs = (await loadSearchSources(ds)).map((x) => indexedDocument(buildSearchDocument(x, glossary), 'settings-variant'));
    for (const [i, v] of INDEX_VARIANTS.entries()) {
      let uid = SEARCH_INDEX;
      if (i > 0) {
        uid = `${SEARCH_INDEX}_variant_${i}`;
        created.push(uid);
        await meili
          .deleteIndex(uid)
          .waitTask()
          .catch(() => undefined);
        await meili.createIndex(uid, { primaryKey: 'id' }).waitTask();
        const configured = await meili
          .index(uid)
          .updateSettings(v.change(indexSettings()) as never)
          .waitTask();
        if (configured.status !== 'succeeded') throw new Error(`${v.name}: ${configured.error?.message}`);
        await meili.index(uid).addDocuments(docs).waitTask({ timeout: 0 });
      }
      console.log(row(`index: ${v.name} — engine`, await measureWith(tuning(uid))));
      console.log(
        row(`index: ${v.name} — Meilisearch alone (plan, no re-rank)`, await measureWith(tuning(uid, { name: '', rerank: { depth: 0 } }))),
      );
    }
    for (const v of TUNING_VARIANTS) console.log(row(`plan: ${v.name}`, await measureWith(tuning(SEARCH_INDEX, v))));
    console.log(row('shipped (again, for drift)', await measureWith(DEFAULT_TUNING)));
  } finally {
    for (const uid of created)
      await meili
        .deleteIndex(uid)
        .waitTask()
        .catch(() => undefined);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
