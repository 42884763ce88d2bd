/**
 * Boot sequence of `npm start`: services (embedded or external) → migrations → ingest → HTTP.
 * Each step logs how long it took; any failure stops what was started and says why.
 */
import 'reflect-metadata';
import { accessSync, constants, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { OperatorError, StartupError } from './errors';
import { createDataSource, migrate, StatementCounter } from './data-source';
import { HealthMonitor, type HealthProbe } from './http/health';
import { introspectionListSizes } from './http/query-cost';
import { createHttpServer } from './http/server';
import { ResponseCache } from './http/response-cache';
import { ingestCorpus, type IngestReport } from './ingest/ingest';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from './runtime/embedded-meilisearch';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './runtime/embedded-postgres';
import { stopAll } from './runtime/process-registry';
import { supervise, type ServiceProcess, type Supervised } from './runtime/supervisor';
import { buildZangraphSchema } from './schema/build-schema';
import { GlossaryError, loadGlossary } from './search/glossary';
import { indexState, reindex } from './search/indexer';
import { createMeiliClient } from './search/meili-client';
import { SearchEngine } from './search/search-engine';
import { CITATION_LIMITS } from './services/citation.service';
import { createServices } from './services';
import { CorpusCache } from './services/corpus-cache';
import { ListSizes } from './services/list-sizes';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWebRoutes } from './web/routes';

/**
 * Sizes of lists the database does not count: what one request may ask for, and a diff's spans (words of two
 * wordings: its items are plain values, so the cost they add does not multiply).
 */
const LIST_CEILINGS: Readonly<Record<string, number>> = {
  'Query.resolveCitations': CITATION_LIMITS.maxCitations,
  'ClauseChange.diff': 200,
};

/** Every kind of citation the finders read, in both languages, to compile their patterns at start. */
const CITATION_WARM_UP = [
  'п.п. 10, 13 НП ВС РК № 9 от 09.07.1999 г. (далее – Нормативное постановление); подпункт 2) пункта 9 Правил, утвержденных постановлением Правительства РК № 1213 от 18.09.2012;',
  'пункты 5-9, с 10 по 13 указанного постановления; ч. 2 ст. 938 ГК РК; части второй статьи 9 Трудового кодекса; «Об органах национальной безопасности» Закона; Конституции; преамбулы.',
  'ЖС 1999 жылғы 9 шілдедегі № 9 НҚ 20, 21-тармақтары; Үкіметтің 2012 жылғы 18 қыркүйектегі № 1213 қаулысымен бекітілген Қағидалардың 9-т. 2) тармақшасы; АК-нің 938-бабы екінші бөлігі; осы қаулының кіріспесі.',
].join(' ');

/** How long requests in flight may take to finish at shutdown. */
const SHUTDOWN_GRACE_MS = 2000;

export interface RunningApp {
  url: string;
  port: number;
  ingest: IngestReport;
  databaseUrl: string;
  meili: { url: string; masterKey: string | null };
  stop(): Promise<void>;
}

/** The search glossary of the corpus; a glossary that cannot be used is the operator's to fix. */
function readGlossary(corpusDir: string) {
  try {
    return loadGlossary(readFileSync(join(corpusDir, 'glossary.yaml'), 'utf8'));
  } catch (e) {
    if (e instanceof GlossaryError) throw new OperatorError(e.message, { cause: e });
    throw e;
  }
}

function ensureWritableDir(dir: string) {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (e) {
    throw new StartupError(
      `data directory ${dir} is not writable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); set ZANGRAPH_DATA_DIR to a writable directory`,
    );
  }
}

async function meiliHealthy(url: string): Promise<boolean> {
  const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1500) });
  return res.ok;
}

export interface AppHooks {
  /**
   * An embedded service could not be kept running (src/runtime/supervisor.ts): the server cannot recover by
   * itself. `npm start` stops and exits non-zero; by default it is only logged.
   */
  onFatal?: (error: Error) => void;
}

export async function startApp(
  config: Config,
  log: (msg: string) => void = (m) => process.stderr.write(`${m}\n`),
  hooks: AppHooks = {},
): Promise<RunningApp> {
  const t0 = Date.now();
  const step = (what: string, since: number) => log(`${what} (${Date.now() - since} ms)`);
  let pg: EmbeddedPostgres | null = null;
  let meili: EmbeddedMeilisearch | null = null;
  let server: Server | null = null;
  let health: HealthMonitor | null = null;
  const supervised: Array<Supervised<ServiceProcess>> = [];
  const counter = new StatementCounter();
  const ds = () => dataSource;
  let dataSource: ReturnType<typeof createDataSource> | null = null;

  const stop = async () => {
    health?.stop();
    // no restarts while stopping: a supervised service stops for good, the others with stopAll below
    await Promise.all(supervised.map((s) => s.stop().catch(() => undefined)));
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
    const migrations = await migrate(dataSource);
    step(`migrations: ${migrations} applied`, t);

    t = Date.now();
    const ingest = await ingestCorpus(dataSource, config.corpusDir);
    step(
      ingest.skipped
        ? 'ingest: corpus unchanged'
        : `ingest: ${JSON.stringify(ingest.tables)}${ingest.millis ? ` (parse ${ingest.millis.parse} ms, rows ${ingest.millis.build} ms, write ${ingest.millis.write} ms)` : ''}`,
      t,
    );

    t = Date.now();
    const meiliClient = createMeiliClient(meiliUrl, meiliKey);
    const glossary = readGlossary(config.corpusDir);
    const state = ingest.changed ? null : await indexState(dataSource, meiliClient, glossary);
    const reindexed = !state || state.stale ? await reindex(dataSource, meiliClient, glossary) : null;
    step(
      reindexed
        ? `search index rebuilt: ${reindexed.documents} documents${state ? ` (${state.why})` : ''}`
        : `search index up to date: ${state!.why}`,
      t,
    );
    const search = new SearchEngine(dataSource, meiliClient, glossary).watch();

    // an embedded service that dies is started again where it was; the server meanwhile answers 503 (PostgreSQL)
    // or degraded search (Meilisearch), and needs no restart of its own
    const fatal = (e: Error) => (hooks.onFatal ?? ((err: Error) => log(`zangraph: ${err.message}`)))(e);
    const source = dataSource;
    if (pg) {
      const { port } = pg;
      supervised.push(
        supervise({
          name: 'postgres',
          first: pg,
          start: () => startEmbeddedPostgres({ dataDir: config.dataDir, port, log }),
          log,
          onGiveUp: fatal,
        }),
      );
    }
    if (meili) {
      const { port, masterKey } = meili;
      supervised.push(
        supervise({
          name: 'meilisearch',
          first: meili,
          start: () => startEmbeddedMeilisearch({ dataDir: config.dataDir, port, masterKey, log }),
          log,
          // a server killed while indexing may have lost what it was given: the index is checked, and rebuilt if stale
          onRestarted: () =>
            void indexState(source, meiliClient, glossary)
              .then(async (s) => {
                if (s.stale)
                  return log(`search: index rebuilt after the restart (${s.why}): ${(await search.rebuild()).documents} documents`);
                log('search: index intact after the restart');
              })
              .catch((e: Error) => log(`search: index check after the restart failed (${e.message}); \`zangraph reindex\` rebuilds it`)),
          onGiveUp: fatal,
        }),
      );
    }

    t = Date.now();
    const schema = await buildZangraphSchema();
    const probes: HealthProbe[] = [
      { name: 'postgres', check: async () => (await ds()!.query('SELECT 1')).length === 1 },
      { name: 'meilisearch', check: () => meiliHealthy(meiliUrl) },
    ];
    health = new HealthMonitor(probes, log);
    await health.start();
    // the query cost multiplies by what lists hold now; read again whenever the data changes
    const introspection = introspectionListSizes(schema);
    const listSizes = new ListSizes(dataSource, (type, field) => introspection(type, field) ?? LIST_CEILINGS[`${type}.${field}`]);
    await listSizes.refresh();
    // dropped with what requests remember (the corpus cache): on every write, here or elsewhere, and every reindex
    const responseCache = config.responseCache
      ? new ResponseCache({ maxEntries: config.responseCache.maxEntries, ttlMs: config.responseCache.ttlSeconds * 1000 })
      : null;
    // what requests read, remembered across requests until any write moves the data version (here or elsewhere)
    const corpus = new CorpusCache(dataSource, { maxActs: config.cachedActs }).watch();
    corpus.onDrop(() => {
      responseCache?.invalidate();
      listSizes.refresh().catch(() => undefined); // the last sizes stay until the database answers again
    });
    const shared = { search, corpus };
    // the first extraction in a process compiles the finders' patterns (a few hundred ms): not a client's request
    await createServices(dataSource, shared).citations.extract(CITATION_WARM_UP);
    const origin = { publicOrigin: config.publicOrigin, trustProxy: config.trustProxy };
    const http = await createHttpServer({
      schema,
      ds: dataSource,
      shared,
      health,
      listSizes,
      production: config.production,
      queryStats: config.queryStats,
      log,
      routes: createWebRoutes({ ds: dataSource, shared, origin }),
      rateLimit: config.rateLimit,
      trustProxy: config.trustProxy,
      editorTokens: config.editorTokens,
      responseCache,
    });
    server = http.server;
    await new Promise<void>((resolve, reject) => {
      server!.once('error', (e: NodeJS.ErrnoException) =>
        reject(
          new StartupError(
            e.code === 'EADDRINUSE'
              ? `port ${config.port} is already in use; set PORT to a free port`
              : `cannot listen on ${config.host}:${config.port}: ${e.message}`,
          ),
        ),
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
