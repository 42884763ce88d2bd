/**
 * The project's own app on embedded PostgreSQL and Meilisearch, in a temporary data directory, for the benches that
 * drive the search engine in process: `run` gets the database, the Meilisearch client and the glossary; everything
 * is stopped and removed after it, whatever it did.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MeiliSearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/data-source';
import { loadGlossary, type Glossary } from '../src/search/glossary';
import { createMeiliClient } from '../src/search/meili-client';
import { ROOT } from './support';

export interface EmbeddedApp {
  ds: DataSource;
  meili: MeiliSearch;
  glossary: Glossary;
}

export async function withEmbeddedApp<T>(name: string, run: (app: EmbeddedApp) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), `zangraph-${name}-`));
  chmodSync(dataDir, 0o755);
  const app = await startApp(
    { ...loadConfig({ ...process.env, PORT: '0', ZANGRAPH_DATA_DIR: dataDir }), databaseUrl: null, meiliUrl: null },
    () => undefined,
  );
  const ds = createDataSource(app.databaseUrl);
  try {
    await ds.initialize();
    const meili = createMeiliClient(app.meili.url, app.meili.masterKey, 30_000);
    const glossary = loadGlossary(readFileSync(join(ROOT, 'corpus', 'glossary.yaml'), 'utf8'));
    return await run({ ds, meili, glossary });
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
