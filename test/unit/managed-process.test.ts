/**
 * The start and stop logic both embedded launchers share, on real child processes: a small Node program stands in
 * for the server binary (it listens, exits, reports a taken port or never answers, as the case needs).
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { launchService, spawnDetached, stopChild, type ServiceLaunch } from '../../src/runtime/managed-process';
import { isProcessAlive, type SignalStep } from '../../src/runtime/process-tools';
import { PortInUseError, ServiceStartError } from '../../src/errors';

const STEPS: readonly SignalStep[] = [
  { signal: 'SIGTERM', waitMs: 2_000 },
  { signal: 'SIGKILL', waitMs: 2_000 },
];

/** Programs a fake server runs; each gets its port as argv[1]. */
const PROGRAMS = {
  listens: `require('node:net').createServer().listen(Number(process.argv[1]), '127.0.0.1')`,
  exits: `process.exit(3)`,
  portTaken: `console.error('could not bind: Address already in use'); process.exit(1)`,
  hangs: `setInterval(() => undefined, 1000)`,
};

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zangraph-managed-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function accepts(port: number): Promise<true | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(undefined));
  });
}

function launch(programs: Array<keyof typeof PROGRAMS>, extra: Partial<ServiceLaunch<true>> = {}) {
  const spawned: ChildProcess[] = [];
  const logFile = path.join(dir, 'server.log');
  const opts: ServiceLaunch<true> = {
    service: 'meilisearch',
    portReleaseMs: 0,
    logFile,
    portConflict: /Address already in use/,
    timeoutMs: 10_000,
    notReady: 'was not available',
    spawn: (port) => {
      const program = PROGRAMS[programs[Math.min(spawned.length, programs.length - 1)]];
      const child = spawnDetached(process.execPath, ['-e', program, String(port)], { cwd: dir, env: process.env, logFile });
      spawned.push(child);
      return child;
    },
    probe: accepts,
    stopOwn: (child) => stopChild(child, STEPS),
    ...extra,
  };
  return { spawned, started: launchService(opts) };
}

describe('launchService', () => {
  it('starts the server on a free port and hands it over once it answers', async () => {
    const { spawned, started } = launch(['listens']);
    const { child, port, ready } = await started;
    expect(ready).toBe(true);
    expect(spawned).toEqual([child]);
    expect(await accepts(port)).toBe(true);
    await stopChild(child, STEPS);
    expect(isProcessAlive(child.pid!)).toBe(false);
  });

  it('reports a server that exits during start, with its log', async () => {
    const { started } = launch(['exits']);
    await expect(started).rejects.toThrow(ServiceStartError);
    await expect(started).rejects.toThrow(/exited during start \(3\)/);
  });

  it('picks another port when the one it chose was taken before the server bound it', async () => {
    const { spawned, started } = launch(['portTaken', 'listens']);
    const { child, ready } = await started;
    expect(ready).toBe(true);
    expect(spawned).toHaveLength(2);
    expect(spawned[0].exitCode).toBe(1);
    await stopChild(child, STEPS);
  });

  it('does not pick another port when one was asked for', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const { spawned, started } = launch(['listens'], { port });
      await expect(started).rejects.toThrow(PortInUseError);
      expect(spawned).toHaveLength(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('gives up after its timeout and leaves no process behind', async () => {
    const { spawned, started } = launch(['hangs'], { timeoutMs: 300 });
    await expect(started).rejects.toThrow(/was not available within 300 ms/);
    expect(spawned).toHaveLength(1);
    expect(isProcessAlive(spawned[0].pid!)).toBe(false);
  });
});
