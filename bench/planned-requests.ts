/**
 * The exact Meilisearch request the engine sends for a question (its multi-search: same analysis, same filter, same
 * window, same counts), so a bench can send it straight to Meilisearch and compare: the difference is what the
 * server adds (GraphQL, analysis, the citation look-up, the re-rank, snippets and clause data).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '../src/data-source';
import { loadGlossary } from '../src/search/glossary';
import { SearchEngine } from '../src/search/search-engine';
import type { SearchParams } from '../src/search/search-types';

export async function plannedRequests(pgUrl: string, corpusDir: string, params: SearchParams[]): Promise<string[]> {
  const ds = createDataSource(pgUrl);
  await ds.initialize();
  try {
    const engine = new SearchEngine(ds, null, loadGlossary(readFileSync(join(corpusDir, 'glossary.yaml'), 'utf8')));
    const out: string[] = [];
    for (const p of params) {
      const planned = await engine.plan(engine.analyze(p.query, p.lang), p);
      out.push(JSON.stringify(planned?.body ?? { queries: [] }));
    }
    return out;
  } finally {
    await ds.destroy();
  }
}
