/**
 * What the re-rank costs a question in the server's CPU, with and without its best-paragraph score.
 *
 *   node dist/bench/rerank-cost.js [--rounds 20]
 *
 * Starts a server of its own (embedded services, a temporary data directory), asks it every question of the
 * relevance sets once to collect the re-rank's real inputs (the candidates, their analyzed fields and paragraphs,
 * the corpus statistics), then re-ranks those inputs again and again with each weight of the best paragraph and
 * prints the milliseconds per question.
 */
import { currentDateInKazakhstan } from '../src/domain/point-in-time';
import * as reranking from '../src/search/rerank';
import { SearchEngine } from '../src/search/search-engine';
import { withEmbeddedApp } from './embedded-app';
import { evalQueries } from './search-latency';

type RerankArgs = Parameters<typeof reranking.rerank>;

async function main() {
  const i = process.argv.indexOf('--rounds');
  const rounds = i >= 0 ? Number(process.argv[i + 1]) : 20;
  const inputs: RerankArgs[] = [];
  const rerank = reranking.rerank;
  // the engine calls the module's export: wrapped here to keep what it is given
  (reranking as { rerank: typeof rerank }).rerank = (...args: RerankArgs) => {
    inputs.push(args);
    return rerank(...args);
  };
  await withEmbeddedApp('rerank-cost', async ({ ds, meili, glossary }) => {
    const engine = new SearchEngine(ds, meili, glossary);
    for (const query of evalQueries())
      await engine.search({ query, asOf: currentDateInKazakhstan(), includeRepealed: false, offset: 0, limit: 10 });
    const candidates = inputs.reduce((n, a) => n + a[1].length, 0) / inputs.length;
    console.log(`# re-rank cost, ${inputs.length} questions, ${candidates.toFixed(1)} candidates each on average, ${rounds} rounds`);
    for (const passage of [0, reranking.DEFAULT_RERANK.passage, 0, reranking.DEFAULT_RERANK.passage]) {
      const t0 = performance.now();
      for (let r = 0; r < rounds; r++)
        for (const [q, c, hints, stats, tuning, law] of inputs) rerank(q, c, hints, stats, { ...tuning!, passage }, law);
      console.log(`best paragraph weight ${passage}: ${((performance.now() - t0) / rounds / inputs.length).toFixed(3)} ms per question`);
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
