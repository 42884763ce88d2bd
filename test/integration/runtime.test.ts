/**
 * Starts the real embedded PostgreSQL and Meilisearch servers. Self-contained: it uses none of the values the
 * integration globalSetup provides, only a throw-away data directory under the OS temp dir.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/runtime/embedded-postgres';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '../../src/runtime/embedded-meilisearch';
import { registeredChildren, stopAll } from '../../src/runtime/process-registry';
import { isProcessAlive } from '../../src/runtime/process-tools';
import { BinariesMissingError, DataDirInUseError, DataDirNotWritableError, PortInUseError, ServiceStartError } from '../../src/errors';

jest.setTimeout(180_000);

let dataDir: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zangraph-runtime-'));
  // As root the server runs as another OS user, which must be able to traverse the temp directory.
  fs.chmodSync(dataDir, 0o755);
});

afterAll(async () => {
  await stopAll();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Lines of `ps` that mention our data directory: postmasters (-D …) and Meilisearch (--db-path …). */
function serverProcessesFor(dir: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dir));
}

async function selectOne(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ one: number }>('select 1 as one');
    return rows[0].one;
  } finally {
    await client.end();
  }
}

async function health(url: string): Promise<unknown> {
  const response = await fetch(`${url}/health`);
  return response.json();
}

async function startBoth(label: string): Promise<{ postgres: EmbeddedPostgres; meilisearch: EmbeddedMeilisearch }> {
  const started = Date.now();
  const [postgres, meilisearch] = await Promise.all([startEmbeddedPostgres({ dataDir }), startEmbeddedMeilisearch({ dataDir })]);
  console.log(`${label} start of PostgreSQL + Meilisearch: ${Date.now() - started} ms`);
  return { postgres, meilisearch };
}

async function stopBoth(services: { postgres: EmbeddedPostgres; meilisearch: EmbeddedMeilisearch }): Promise<void> {
  await Promise.all([services.postgres.stop(), services.meilisearch.stop()]);
  expect(isProcessAlive(services.postgres.pid)).toBe(false);
  expect(isProcessAlive(services.meilisearch.pid)).toBe(false);
  expect(serverProcessesFor(dataDir)).toEqual([]);
}

test('cold start answers select 1 and /health, and stop() leaves no processes', async () => {
  const services = await startBoth('cold');
  expect(services.postgres.url).toMatch(/^postgres:\/\/zangraph:[^@]+@127\.0\.0\.1:\d+\/zangraph$/);
  expect(await selectOne(services.postgres.url)).toBe(1);
  expect(await health(services.meilisearch.url)).toEqual({ status: 'available' });
  expect(
    registeredChildren()
      .map((child) => child.pid)
      .sort(),
  ).toEqual([services.postgres.pid, services.meilisearch.pid].sort());
  await stopBoth(services);
  expect(registeredChildren()).toEqual([]);
});

test('warm start on the same data directory keeps the database and the master key', async () => {
  const masterKey = fs.readFileSync(path.join(dataDir, 'meilisearch', 'master-key'), 'utf8').trim();
  const services = await startBoth('warm');
  expect(await selectOne(services.postgres.url)).toBe(1);
  expect(services.meilisearch.masterKey).toBe(masterKey);
  const authorised = await fetch(`${services.meilisearch.url}/indexes`, {
    headers: { Authorization: `Bearer ${services.meilisearch.masterKey}` },
  });
  expect(authorised.status).toBe(200);
  expect((await fetch(`${services.meilisearch.url}/indexes`)).status).toBe(401);
  await stopBoth(services);
});

test('Meilisearch can be stopped and started again on the same port and data', async () => {
  const first = await startEmbeddedMeilisearch({ dataDir });
  await first.stop();
  await expect(fetch(`${first.url}/health`)).rejects.toThrow();

  const second = await startEmbeddedMeilisearch({ dataDir, port: first.port });
  expect(second.url).toBe(first.url);
  await expect(startEmbeddedMeilisearch({ dataDir })).rejects.toThrow(/started by this process/);
  expect(await health(second.url)).toEqual({ status: 'available' });

  const third = await second.restart();
  expect(third.url).toBe(first.url);
  expect(third.pid).not.toBe(second.pid);
  expect(await health(third.url)).toEqual({ status: 'available' });
  await third.stop();
  expect(serverProcessesFor(dataDir)).toEqual([]);
});

interface ChildServers {
  child: ChildProcess;
  stderr(): string;
  postgresPid: number;
  meilisearchPid: number;
  meilisearchPort: number;
}

/** Runs fixtures/start-services-child.js on our data directory and waits until its servers are up. */
async function startServicesInChild(mode: 'idle' | 'on-signal' | 'exit'): Promise<ChildServers> {
  const child = spawn(process.execPath, [path.join(__dirname, 'fixtures', 'start-services-child.js'), dataDir, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0]);
    });
    child.once('exit', (code) => (stdout.includes('\n') ? undefined : reject(new Error(`child exited with ${code}: ${stderr}`))));
  });
  return { child, stderr: () => stderr, ...(JSON.parse(firstLine) as Omit<ChildServers, 'child' | 'stderr'>) };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitUntilGone(pids: number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isProcessAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return pids.filter(isProcessAlive);
}

test.each([
  ['stops them on SIGTERM through stopAll()', 'on-signal' as const],
  ['signals them from its exit hook when it exits without stopping them', 'exit' as const],
])('an app process that %s leaves no servers behind', async (_case, mode) => {
  const servers = await startServicesInChild(mode);
  if (mode === 'on-signal') servers.child.kill('SIGTERM');
  await exited(servers.child);
  expect({ code: servers.child.exitCode, signal: servers.child.signalCode, stderr: servers.stderr() }).toEqual({
    code: 0,
    signal: null,
    stderr: '',
  });
  expect(await waitUntilGone([servers.postgresPid, servers.meilisearchPid], 30_000)).toEqual([]);
  expect(serverProcessesFor(dataDir)).toEqual([]);
});

test('servers left behind by a SIGKILLed parent are stopped on the next start, with no duplicates', async () => {
  const orphans = await startServicesInChild('idle');
  // While their launcher lives, the servers belong to a running instance and must not be touched.
  await expect(startEmbeddedPostgres({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
  await expect(startEmbeddedMeilisearch({ dataDir })).rejects.toThrow(`started by process ${orphans.child.pid}`);
  orphans.child.kill('SIGKILL');
  await exited(orphans.child);
  // The premise: a parent killed this way cannot stop its servers.
  expect(isProcessAlive(orphans.postgresPid)).toBe(true);
  expect(isProcessAlive(orphans.meilisearchPid)).toBe(true);

  // Same Meilisearch port as the orphan holds: it only becomes free once the orphan is stopped.
  const started = Date.now();
  const [postgres, meilisearch] = await Promise.all([
    startEmbeddedPostgres({ dataDir, log: console.log }),
    startEmbeddedMeilisearch({ dataDir, port: orphans.meilisearchPort, log: console.log }),
  ]);
  console.log(`start after a SIGKILLed parent (stopping its servers first): ${Date.now() - started} ms`);
  expect(isProcessAlive(orphans.postgresPid)).toBe(false);
  expect(isProcessAlive(orphans.meilisearchPid)).toBe(false);
  expect(await selectOne(postgres.url)).toBe(1);
  expect(await health(meilisearch.url)).toEqual({ status: 'available' });
  const servers = serverProcessesFor(dataDir);
  expect(servers).toHaveLength(2);
  expect(servers.filter((line) => line.includes(`-D ${path.join(dataDir, 'postgres', 'data')}`))).toHaveLength(1);
  expect(servers.filter((line) => line.includes('--db-path'))).toHaveLength(1);
  await stopBoth({ postgres, meilisearch });
});

describe('a stale postmaster.pid is removed and the server starts', () => {
  const pgdata = () => path.join(dataDir, 'postgres', 'data');
  const writePidFile = (pid: number) =>
    fs.writeFileSync(path.join(pgdata(), 'postmaster.pid'), `${pid}\n${pgdata()}\n0\n5432\n\n127.0.0.1\n0 0\nready\n`);

  test('when its process is gone', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writePidFile(gone.pid as number);
    const postgres = await startEmbeddedPostgres({ dataDir });
    expect(await selectOne(postgres.url)).toBe(1);
    await postgres.stop();
  });

  test('when its pid now belongs to an unrelated process of the server user (PostgreSQL alone would refuse)', async () => {
    // Same OS user as the server, so PostgreSQL's own check would see a live process and refuse to start.
    const { uid, gid } = fs.statSync(pgdata());
    const unrelated = spawn('sleep', ['60'], { uid, gid, stdio: 'ignore' });
    try {
      writePidFile(unrelated.pid as number);
      const postgres = await startEmbeddedPostgres({ dataDir });
      expect(await selectOne(postgres.url)).toBe(1);
      expect(isProcessAlive(unrelated.pid as number)).toBe(true);
      await postgres.stop();
    } finally {
      unrelated.kill('SIGKILL');
    }
  });
});

test('a PGDATA left by an unfinished initdb is moved aside and the cluster initialised again', async () => {
  const root = path.join(dataDir, 'postgres');
  fs.rmSync(path.join(root, '.initialised'));
  const postgres = await startEmbeddedPostgres({ dataDir });
  try {
    expect(await selectOne(postgres.url)).toBe(1);
    expect(fs.readdirSync(root).filter((name) => name.startsWith('data.incomplete-'))).toHaveLength(1);
    expect(fs.existsSync(path.join(root, '.initialised'))).toBe(true);
  } finally {
    await postgres.stop();
  }
});

describe('clear errors', () => {
  let blocker: net.Server;
  let blockedPort: number;

  beforeAll(async () => {
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    blockedPort = (blocker.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  test.each([
    ['postgres', () => startEmbeddedPostgres({ dataDir, port: blockedPort })],
    ['meilisearch', () => startEmbeddedMeilisearch({ dataDir, port: blockedPort })],
  ])('%s on a port in use fails with PortInUseError', async (_service, start) => {
    const failure = start();
    await expect(failure).rejects.toBeInstanceOf(PortInUseError);
    await expect(failure).rejects.toThrow(String(blockedPort));
    expect(serverProcessesFor(dataDir)).toEqual([]);
  });

  test.each([
    ['a missing binary', '/nonexistent/meilisearch', BinariesMissingError, /npm ci/],
    ['a binary that exits at once', '/bin/false', ServiceStartError, /exited during start \(1\)/],
  ])('meilisearch with %s fails with a clear error', async (_case, binaryPath, errorClass, message) => {
    const failure = startEmbeddedMeilisearch({ dataDir, binaryPath });
    await expect(failure).rejects.toBeInstanceOf(errorClass);
    await expect(failure).rejects.toThrow(message);
    expect(fs.existsSync(path.join(dataDir, 'meilisearch', 'meilisearch.pid'))).toBe(false);
  });

  test.each([
    ['postgres', (dir: string) => startEmbeddedPostgres({ dataDir: dir })],
    ['meilisearch', (dir: string) => startEmbeddedMeilisearch({ dataDir: dir })],
  ])('%s with a data directory that cannot be created fails with DataDirNotWritableError', async (_service, start) => {
    // A path below a regular file cannot be created, even by root.
    const file = path.join(dataDir, 'not-a-directory');
    fs.writeFileSync(file, '');
    const failure = start(path.join(file, 'data'));
    await expect(failure).rejects.toBeInstanceOf(DataDirNotWritableError);
    await expect(failure).rejects.toThrow(/ZANGRAPH_DATA_DIR/);
  });
});
