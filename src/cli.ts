/**
 * `zangraph <command>`:
 *   parse <file>        print the parsed act as JSON (exit 2 with a located, typed error on bad input)
 *   ingest [--force] [--check-each-row]
 *                       load corpus/ into PostgreSQL (DATABASE_URL, or the embedded server under ZANGRAPH_DATA_DIR);
 *                       --check-each-row: foreign keys row by row even in a bulk load (no SHARE locks taken)
 *   reindex             rebuild the search index from PostgreSQL (with a progress bar); while a server runs on
 *                       the same data directory, use its `reindex` mutation or DATABASE_URL/MEILI_URL instead
 *   serve               same as npm start
 */
import './production-mode';
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config';
import { CorpusError, describeFailure, ParseError, UsageError } from './errors';
import { parseAct } from './corpus/parse-act';
import { createDataSource, migrate } from './data-source';
import { ingestCorpus } from './ingest/ingest';
import { startEmbeddedPostgres } from './runtime/embedded-postgres';
import { startEmbeddedMeilisearch } from './runtime/embedded-meilisearch';
import { loadGlossary } from './search/glossary';
import { reindex } from './search/indexer';
import { createMeiliClient } from './search/meili-client';
import { SingleBar, Presets } from 'cli-progress';
import { stopAll } from './runtime/process-registry';

const USAGE = `usage: zangraph parse <file> | ingest [--force] [--check-each-row] | reindex | serve`;

function parseCommand(args: string[]): number {
  const file = args[0];
  if (!file) throw new UsageError('parse needs a file');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`zangraph parse: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  try {
    process.stdout.write(JSON.stringify(parseAct(text), null, 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof ParseError) {
      process.stderr.write(`${e.in(file).message}\n`);
      return 2;
    }
    throw e;
  }
}

const INGEST_OPTIONS = ['--force', '--check-each-row'];

async function ingestCommand(args: string[]): Promise<number> {
  const unknown = args.find((a) => !INGEST_OPTIONS.includes(a));
  if (unknown !== undefined) throw new UsageError(`ingest: unknown option "${unknown}"`);
  const config = loadConfig();
  const pg = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, log: (m) => process.stderr.write(`${m}\n`) });
  const ds = createDataSource(config.databaseUrl ?? pg!.url);
  try {
    await ds.initialize();
    await migrate(ds);
    const report = await ingestCorpus(ds, config.corpusDir, {
      force: args.includes('--force'),
      checkEachRow: args.includes('--check-each-row'),
    });
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return 0;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await stopAll();
  }
}

async function reindexCommand(): Promise<number> {
  const config = loadConfig();
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const [pg, meili] = await Promise.all([
    config.databaseUrl ? null : startEmbeddedPostgres({ dataDir: config.dataDir, log }),
    config.meiliUrl ? null : startEmbeddedMeilisearch({ dataDir: config.dataDir, log }),
  ]);
  const ds = createDataSource(config.databaseUrl ?? pg!.url);
  const bar = new SingleBar(
    { format: 'reindex {stage} [{bar}] {value}/{total}', hideCursor: true, stream: process.stderr },
    Presets.shades_classic,
  );
  try {
    await ds.initialize();
    await migrate(ds);
    const client = createMeiliClient(config.meiliUrl ?? meili!.url, config.meiliUrl ? config.meiliMasterKey : meili!.masterKey, 30_000);
    let started = false;
    const glossary = loadGlossary(readFileSync(join(config.corpusDir, 'glossary.yaml'), 'utf8'));
    const result = await reindex(ds, client, glossary, (done, total, stage) => {
      if (!started) {
        bar.start(total, 0, { stage });
        started = true;
      }
      bar.update(done, { stage });
    });
    bar.stop();
    process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  } finally {
    bar.stop();
    if (ds.isInitialized) await ds.destroy();
    await stopAll();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'parse':
      return parseCommand(args);
    case 'ingest':
      return ingestCommand(args);
    case 'reindex':
      return reindexCommand();
    case 'serve':
      // loaded only here: importing it starts the server
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('./main');
      return -1; // keeps running
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`zangraph: ${e.message}\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`zangraph: ${describeFailure(e)}\n`);
    process.exit(e instanceof CorpusError ? 2 : 1);
  },
);
