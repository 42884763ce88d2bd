/**
 * Boot sequence of `npm start`: services (embedded or external) → migrations → ingest → HTTP.
 * Each step logs how long it took; any failure stops what was started and says why.
 */
import 'reflect-metadata';
import { accessSync, constants, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { createDataSource, StatementCounter } from './data-source';
import { createHttpServer, type HealthProbe } from './http/server';
import { ResponseCache } from './http/response-cache';
import { ingestCorpus, type IngestReport } from './ingest/ingest';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from './runtime/embedded-meilisearch';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './runtime/embedded-postgres';
import { stopAll } from './runtime/process-registry';
import { buildZangraphSchema } from './schema/build-schema';
import { loadGlossary } from './search/glossary';
import { indexState, reindex } from './search/indexer';
import { createMeiliClient } from './search/meili-client';
import { SearchEngine } from './search/search-engine';
import { CorpusCache } from './services/corpus-cache';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWebRoutes } from './web/routes';

/** How long requests in flight may take to finish at shutdown. */
const SHUTDOWN_GRACE_MS = 2000;

export class StartupError extends Error {
  readonly name = 'StartupError';
}

export interface RunningApp {
  url: string;
  port: number;
  ingest: IngestReport;
  databaseUrl: string;
  meili: { url: string; masterKey: string | null };
  /** Drops every cached response (after changing data from outside a GraphQL mutation). */
  invalidateResponses(): void;
  stop(): Promise<void>;
}

function ensureWritableDir(dir: string) {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (e) {
    throw new StartupError(`data directory ${dir} is not writable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); set ZANGRAPH_DATA_DIR to a writable directory`);
  }
}

async function meiliHealthy(url: string): Promise<boolean> {
  const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1500) });
  return res.ok;
}

export async function startApp(config: Config, log: (msg: string) => void = (m) => process.stderr.write(`${m}\n`)): Promise<RunningApp> {
  const t0 = Date.now();
  const step = (what: string, since: number) => log(`${what} (${Date.now() - since} ms)`);
  let pg: EmbeddedPostgres | null = null;
  let meili: EmbeddedMeilisearch | null = null;
  let server: Server | null = null;
  const counter = new StatementCounter();
  const ds = () => dataSource;
  let dataSource: ReturnType<typeof createDataSource> | null = null;

  const stop = async () => {
    if (server) {
      // Stop accepting; idle keep-alive connections go now, busy ones get a short grace to finish.
      const closed = new Promise<void>((r) => server!.close(() => r()));
      server.closeIdleConnections();
      const force = setTimeout(() => server!.closeAllConnections(), SHUTDOWN_GRACE_MS);
      force.unref();
      await closed;
      clearTimeout(force);
    }
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    await stopAll();
  };

  try {
    if (!config.databaseUrl || !config.meiliUrl) ensureWritableDir(config.dataDir);
    let t = Date.now();
    [pg, meili] = await Promise.all([
      config.databaseUrl ? Promise.resolve(null) : startEmbeddedPostgres({ dataDir: config.dataDir, log }),
      config.meiliUrl ? Promise.resolve(null) : startEmbeddedMeilisearch({ dataDir: config.dataDir, log }),
    ]);
    step('services up', t);
    const databaseUrl = config.databaseUrl ?? pg!.url;
    const meiliUrl = config.meiliUrl ?? meili!.url;
    const meiliKey = config.meiliUrl ? config.meiliMasterKey : meili!.masterKey;

    t = Date.now();
    dataSource = createDataSource(databaseUrl, counter);
    await dataSource.initialize();
    const migrations = await dataSource.runMigrations({ transaction: 'all' });
    step(`migrations: ${migrations.length} applied`, t);

    t = Date.now();
    const ingest = await ingestCorpus(dataSource, config.corpusDir);
    step(ingest.skipped ? 'ingest: corpus unchanged' : `ingest: ${JSON.stringify(ingest.tables)}${ingest.millis ? ` (parse ${ingest.millis.parse} ms, rows ${ingest.millis.build} ms, write ${ingest.millis.write} ms)` : ''}`, t);

    t = Date.now();
    const meiliClient = createMeiliClient(meiliUrl, meiliKey);
    const state = ingest.changed ? null : await indexState(dataSource, meiliClient);
    const reindexed = !state || state.stale ? await reindex(dataSource, meiliClient) : null;
    step(reindexed ? `search index rebuilt: ${reindexed.documents} documents${state ? ` (${state.why})` : ''}` : `search index up to date: ${state!.why}`, t);
    const glossary = loadGlossary(readFileSync(join(config.corpusDir, 'glossary.yaml'), 'utf8'));
    const search = new SearchEngine(dataSource, meiliClient, glossary).watch();
    search.warmInBackground(log);

    t = Date.now();
    const schema = await buildZangraphSchema();
    const probes: HealthProbe[] = [
      { name: 'postgres', check: async () => (await ds()!.query('SELECT 1')).length === 1 },
      { name: 'meilisearch', check: () => meiliHealthy(meiliUrl) },
    ];
    // every mutation invalidates it from inside the HTTP layer; invalidateResponses is for changes made elsewhere
    const responseCache = config.responseCache ? new ResponseCache({ maxEntries: config.responseCache.maxEntries, ttlMs: config.responseCache.ttlSeconds * 1000 }) : null;
    // what requests read, remembered across requests until any write moves the data version (here or elsewhere)
    const corpus = new CorpusCache(dataSource, { maxActs: config.cachedActs }).watch();
    corpus.onDrop(() => responseCache?.invalidate());
    const shared = { search, corpus };
    const http = await createHttpServer({ schema, ds: dataSource, shared, probes, production: config.production, queryStats: config.queryStats, log, routes: createWebRoutes({ ds: dataSource, shared }), rateLimit: config.rateLimit, trustProxy: config.trustProxy, editorTokens: config.editorTokens, responseCache });
    server = http.server;
    await new Promise<void>((resolve, reject) => {
      server!.once('error', (e: NodeJS.ErrnoException) =>
        reject(new StartupError(e.code === 'EADDRINUSE' ? `port ${config.port} is already in use; set PORT to a free port` : `cannot listen on ${config.host}:${config.port}: ${e.message}`)),
      );
      server!.listen(config.port, config.host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const origStop = stop;
    const url = `http://${config.host}:${port}`;
    step(`listening on ${url}/graphql`, t);
    log(`ready in ${Date.now() - t0} ms`);
    return {
      url,
      port,
      ingest,
      databaseUrl,
      meili: { url: meiliUrl, masterKey: meiliKey },
      invalidateResponses: () => responseCache?.invalidate(),
      stop: async () => {
        search.close();
        corpus.close();
        await Promise.race([http.apollo.stop().catch(() => undefined), new Promise((r) => setTimeout(r, SHUTDOWN_GRACE_MS).unref())]);
        await origStop();
      },
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
