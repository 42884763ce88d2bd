/** `npm start` on embedded services: cold start, warm start that changes nothing, clean shutdown, clear errors. */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer } from '../../bench/faults/instance';

jest.setTimeout(180_000);

/** `npm start` as a newcomer runs it, on embedded services under its own data directory. */
const start = (dataDir: string) => spawnServer({ ZANGRAPH_DATA_DIR: dataDir });

const processesUsing = (dir: string) =>
  execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(dir) && !l.includes(' ps '));

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGTERM');
  return exited;
}

it('starts cold, serves, stops on SIGTERM leaving no processes, and starts warm without re-ingesting', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-start-'));
  chmodSync(dataDir, 0o755);
  try {
    const cold = start(dataDir);
    const url = await cold.ready;
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', services: { postgres: 'up', meilisearch: 'up' } });
    expect(cold.output()).toMatch(/ingest: \{"acts":\{"inserted":2/);
    expect(await stop(cold.child)).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);

    const warm = start(dataDir);
    await warm.ready;
    expect(warm.output()).toContain('ingest: corpus unchanged');
    expect(await stop(warm.child)).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

it('copes with servers left behind by a killed run', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-kill-'));
  chmodSync(dataDir, 0o755);
  try {
    const first = start(dataDir);
    await first.ready;
    const gone = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await gone;
    expect(processesUsing(dataDir).length).toBeGreaterThan(0); // postgres and meilisearch outlived it
    const second = start(dataDir);
    const url = await second.ready;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await stop(second.child)).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

it('refuses an unusable data directory with a clear message', async () => {
  const bad = start('/proc/version/zangraph');
  await expect(bad.ready).rejects.toThrow(/data directory .* (is not writable|cannot)/);
  expect(bad.output()).not.toMatch(/\n\s+at /);
});
