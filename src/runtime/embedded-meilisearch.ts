import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import crypto from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { LOOPBACK_HOST } from './free-port';
import { executableMeilisearchBinary } from './meilisearch-binary';
import { findProcesses, isProcessAlive, processCommandLine, type SignalStep } from './process-tools';
import { manageChild, type ChildExit } from './process-registry';
import { launchService, spawnDetached, stopChild, stopLeftoverServers } from './managed-process';
import { DataDirNotWritableError, EmbeddedServiceError } from '../errors';

/**
 * Embedded Meilisearch, listening on 127.0.0.1 only, in production mode with a master key.
 *
 * Layout under `<dataDir>/meilisearch`:
 *   data.ms/, dumps/, snapshots/   the server's own directories
 *   master-key                     generated on first start (0600) so restarts keep the same key
 *   meilisearch.pid                {pid, port, dbPath} of the running server, to find it after a killed run
 *   server.log(.1)                 output of this (and the previous) run
 *   bin/                           a private executable copy, only when the packaged binary cannot be chmod-ed
 */
export interface EmbeddedMeilisearchOptions {
  dataDir: string;
  /** Defaults to a free port on 127.0.0.1. Pass `handle.port` to start again where a stopped server was. */
  port?: number;
  /** Defaults to the key persisted in the data directory (generated on first start). At least 16 bytes. */
  masterKey?: string;
  log?: (msg: string) => void;
  /** Meilisearch log level; default WARN because INFO logs every HTTP request. */
  logLevel?: 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE' | 'OFF';
  /** Overrides the packaged binary. */
  binaryPath?: string;
  /** How long to wait for GET /health to say "available"; default 60 s. */
  startTimeoutMs?: number;
  /** Grace period after SIGTERM before SIGKILL in stop(); default 10 s. */
  stopTimeoutMs?: number;
}

export interface EmbeddedMeilisearch {
  url: string;
  masterKey: string;
  pid: number;
  port: number;
  /** SIGTERM, then SIGKILL after stopTimeoutMs; idempotent. */
  stop(): Promise<void>;
  /** Stops this server (if still running) and starts a new one on the same port, data and key. */
  restart(): Promise<EmbeddedMeilisearch>;
  /** Settles when the server exits, whether stop() asked for it or not. */
  exited: Promise<ChildExit>;
}

const DEFAULT_START_TIMEOUT_MS = 60_000;
const DEFAULT_STOP_TIMEOUT_MS = 10_000;

const stopSteps = (stopTimeoutMs: number): readonly SignalStep[] => [
  { signal: 'SIGTERM', waitMs: stopTimeoutMs },
  { signal: 'SIGKILL', waitMs: 5_000 },
];
const MIN_MASTER_KEY_BYTES = 16;

interface MeilisearchLayout {
  root: string;
  dbPath: string;
  dumpDir: string;
  snapshotDir: string;
  masterKeyFile: string;
  pidFile: string;
  logFile: string;
  binaryCopyDir: string;
}

export function meilisearchLayout(dataDir: string): MeilisearchLayout {
  const root = path.join(path.resolve(dataDir), 'meilisearch');
  return {
    root,
    dbPath: path.join(root, 'data.ms'),
    dumpDir: path.join(root, 'dumps'),
    snapshotDir: path.join(root, 'snapshots'),
    masterKeyFile: path.join(root, 'master-key'),
    pidFile: path.join(root, 'meilisearch.pid'),
    logFile: path.join(root, 'server.log'),
    binaryCopyDir: path.join(root, 'bin'),
  };
}

function prepareDirectories(layout: MeilisearchLayout): void {
  try {
    for (const dir of [layout.root, layout.dumpDir, layout.snapshotDir]) fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(layout.root, fs.constants.W_OK);
  } catch (error) {
    throw new DataDirNotWritableError('meilisearch', layout.root, error);
  }
}

function resolveMasterKey(layout: MeilisearchLayout, given: string | undefined): string {
  let key = given;
  if (key === undefined) {
    try {
      key = fs.readFileSync(layout.masterKeyFile, 'utf8').trim();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      key = crypto.randomBytes(32).toString('base64url');
      fs.writeFileSync(layout.masterKeyFile, `${key}\n`, { mode: 0o600 });
    }
  }
  if (Buffer.byteLength(key) < MIN_MASTER_KEY_BYTES) {
    throw new EmbeddedServiceError(
      'meilisearch',
      `the Meilisearch master key must be at least ${MIN_MASTER_KEY_BYTES} bytes in production mode; ` +
        `use a longer MEILI_MASTER_KEY or delete ${layout.masterKeyFile} to have one generated`,
    );
  }
  return key;
}

interface PidRecord {
  pid: number;
  port: number;
  dbPath: string;
}

function readPidRecord(pidFile: string): PidRecord | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(pidFile, 'utf8')) as PidRecord;
    return Number.isInteger(record.pid) ? record : undefined;
  } catch {
    return undefined;
  }
}

const servesDatabase = (dbPath: string) => (argv: string[]) => path.basename(argv[0]).startsWith('meilisearch') && argv.includes(dbPath);

/**
 * A Meilisearch left running by a killed run holds the database lock and maybe our port. We find it through
 * the pid file, and also by scanning for a meilisearch process serving this db path (in case the pid file
 * was lost), then stop it. A pid whose process is now something else (pid reuse) is ignored; a server whose
 * launching Node process is still alive belongs to a running instance: DataDirInUseError.
 */
async function clearStaleServer(layout: MeilisearchLayout, log: (msg: string) => void): Promise<boolean> {
  const stale = new Set(findProcesses(servesDatabase(layout.dbPath)));
  const record = readPidRecord(layout.pidFile);
  if (record && isProcessAlive(record.pid)) {
    const argv = processCommandLine(record.pid);
    if (argv && argv.length > 0 && servesDatabase(layout.dbPath)(argv)) stale.add(record.pid);
  }
  const stopped = await stopLeftoverServers('meilisearch', layout.root, stale, stopSteps(DEFAULT_STOP_TIMEOUT_MS), log);
  fs.rmSync(layout.pidFile, { force: true });
  return stopped;
}

function serverEnvironment(masterKey: string, logLevel: string): NodeJS.ProcessEnv {
  // MEILI_* variables of the app's own environment (MEILI_URL, an external server's key...) must not
  // configure the embedded server; only the command line and the key below do.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
  // The key goes through the environment, not argv, so `ps` does not show it to other users.
  return { ...env, MEILI_MASTER_KEY: masterKey, MEILI_LOG_LEVEL: logLevel };
}

function spawnServer(binary: string, layout: MeilisearchLayout, port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawnDetached(
    binary,
    [
      '--db-path',
      layout.dbPath,
      '--dump-dir',
      layout.dumpDir,
      '--snapshot-dir',
      layout.snapshotDir,
      '--http-addr',
      `${LOOPBACK_HOST}:${port}`,
      '--env',
      'production',
      '--no-analytics',
    ],
    // Meilisearch reads ./config.toml when present: run it where only our files are.
    { cwd: layout.root, env, logFile: layout.logFile },
  );
}

function healthStatus(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const request = http.get({ host: LOOPBACK_HOST, port, path: '/health', timeout: 1_000, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        try {
          resolve(response.statusCode === 200 ? (JSON.parse(body) as { status?: string }).status : undefined);
        } catch {
          resolve(undefined);
        }
      });
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}

export async function startEmbeddedMeilisearch(opts: EmbeddedMeilisearchOptions): Promise<EmbeddedMeilisearch> {
  const log = opts.log ?? (() => undefined);
  const started = Date.now();
  const layout = meilisearchLayout(opts.dataDir);
  prepareDirectories(layout);
  const binary = executableMeilisearchBinary(layout.binaryCopyDir, log, opts.binaryPath);
  const masterKey = resolveMasterKey(layout, opts.masterKey);
  const stoppedStaleServer = await clearStaleServer(layout, log);
  const env = serverEnvironment(masterKey, opts.logLevel ?? 'WARN');

  const { child, port } = await launchService({
    service: 'meilisearch',
    port: opts.port,
    // a server we have just stopped may take a moment to release its port
    portReleaseMs: stoppedStaleServer ? 5_000 : 0,
    logFile: layout.logFile,
    portConflict: /Address already in use|os error 98/i,
    timeoutMs: opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
    notReady: 'was not available',
    spawn: (port) => {
      const child = spawnServer(binary, layout, port, env);
      if (child.pid !== undefined) {
        fs.writeFileSync(layout.pidFile, JSON.stringify({ pid: child.pid, port, dbPath: layout.dbPath } satisfies PidRecord));
      }
      return child;
    },
    probe: async (port) => ((await healthStatus(port)) === 'available' ? true : undefined),
    stopOwn: (child) => stopOwnServer(child, layout, DEFAULT_STOP_TIMEOUT_MS),
  });
  log(`meilisearch: ready on ${LOOPBACK_HOST}:${port} (pid ${child.pid}) in ${Date.now() - started} ms`);
  return handleFor(child, port, masterKey, opts, layout, log);
}

async function stopOwnServer(child: ChildProcess, layout: MeilisearchLayout, stopTimeoutMs: number): Promise<void> {
  await stopChild(child, stopSteps(stopTimeoutMs));
  // Only our own record: a newer server may already have replaced it.
  if (readPidRecord(layout.pidFile)?.pid === child.pid) fs.rmSync(layout.pidFile, { force: true });
}

function handleFor(
  child: ChildProcess,
  port: number,
  masterKey: string,
  opts: EmbeddedMeilisearchOptions,
  layout: MeilisearchLayout,
  log: (msg: string) => void,
): EmbeddedMeilisearch {
  const pid = child.pid as number;
  const { stop, exited } = manageChild({
    name: 'meilisearch',
    child,
    shutdownSignal: 'SIGTERM',
    stopOwn: () => stopOwnServer(child, layout, opts.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS),
    log,
  });
  return {
    url: `http://${LOOPBACK_HOST}:${port}`,
    masterKey,
    pid,
    port,
    stop,
    exited,
    restart: async () => {
      await stop();
      return startEmbeddedMeilisearch({ ...opts, port, masterKey });
    },
  };
}
