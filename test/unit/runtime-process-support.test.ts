import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { findFreePort, isPortFree } from '../../src/runtime/free-port';
import { isProcessAlive, readLogTail, stopProcess } from '../../src/runtime/process-tools';
import { registerChild, registeredChildren, stopAll, type ManagedChild } from '../../src/runtime/process-registry';

describe('free-port', () => {
  test('findFreePort hands out distinct ports that can be bound', async () => {
    const ports = [await findFreePort(), await findFreePort(), await findFreePort()];
    expect(new Set(ports).size).toBe(3);
    for (const port of ports) expect(await isPortFree(port)).toBe(true);
  });

  test('isPortFree is false while something listens on the port, true after it closes', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    expect(await isPortFree(port)).toBe(false);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await isPortFree(port)).toBe(true);
  });
});

describe('process-tools', () => {
  test('isProcessAlive: this process yes, a reaped child no, nonsense pids no', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.once('exit', resolve));
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(child.pid as number)).toBe(false);
    expect(isProcessAlive(0)).toBe(false);
    expect(isProcessAlive(-1)).toBe(false);
  });

  test('stopProcess escalates to the next signal when a process ignores the first', async () => {
    const stubborn = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000)"]);
    await new Promise((resolve) => stubborn.stdout.once('data', resolve));
    const exit = new Promise<NodeJS.Signals | null>((resolve) => stubborn.once('exit', (_code, signal) => resolve(signal)));
    await stopProcess(stubborn.pid as number, [
      { signal: 'SIGTERM', waitMs: 300 },
      { signal: 'SIGKILL', waitMs: 5_000 },
    ]);
    expect(await exit).toBe('SIGKILL');
  });

  test.each([
    ['a short log is returned whole', 'one\ntwo\n', 100, 'one\ntwo'],
    ['a long log loses its partial first line', 'first line\nsecond\nthird\n', 8, 'third'],
    ['an empty log gives an empty tail', '', 100, ''],
  ])('readLogTail: %s', (_case, contents, maxBytes, expected) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zangraph-unit-log-'));
    try {
      fs.writeFileSync(path.join(dir, 'server.log'), contents);
      expect(readLogTail(path.join(dir, 'server.log'), maxBytes)).toBe(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('readLogTail of a missing file is empty rather than an error', () => {
    expect(readLogTail(path.join(os.tmpdir(), 'zangraph-no-such-dir', 'server.log'))).toBe('');
  });
});

describe('process-registry', () => {
  function fakeChild(name: string, outcome: 'stops' | 'fails', stopped: string[]): ManagedChild {
    return {
      name,
      pid: 1_000_000 + stopped.length,
      stop: async () => {
        if (outcome === 'fails') throw new Error('would not stop');
        stopped.push(name);
      },
      requestStopSync: () => undefined,
    };
  }

  afterEach(() => {
    // Registering an already registered child hands back its unregister function.
    for (const child of registeredChildren()) registerChild(child)();
  });

  test('stopAll stops every child and forgets it', async () => {
    const stopped: string[] = [];
    registerChild(fakeChild('postgres', 'stops', stopped));
    registerChild(fakeChild('meilisearch', 'stops', stopped));
    await stopAll();
    expect(stopped.sort()).toEqual(['meilisearch', 'postgres']);
    expect(registeredChildren()).toEqual([]);
  });

  test('stopAll still stops the others when one fails, then reports the failure by name', async () => {
    const stopped: string[] = [];
    registerChild(fakeChild('postgres', 'fails', stopped));
    registerChild(fakeChild('meilisearch', 'stops', stopped));
    await expect(stopAll()).rejects.toThrow(/postgres .*would not stop/);
    expect(stopped).toEqual(['meilisearch']);
    expect(registeredChildren().map((child) => child.name)).toEqual(['postgres']);
  });

  test('the function returned by registerChild unregisters it', () => {
    const unregister = registerChild(fakeChild('postgres', 'stops', []));
    expect(registeredChildren()).toHaveLength(1);
    unregister();
    expect(registeredChildren()).toEqual([]);
  });
});
