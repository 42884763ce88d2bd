/** `npm start` on embedded services: cold start, warm start that changes nothing, clean shutdown, clear errors. */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { spawnServer, startInstance } from '../../bench/faults/instance';

jest.setTimeout(180_000);

/** Every server a test started and every data directory it used: a failed expectation must not leave them running. */
const spawned: Array<ReturnType<typeof spawnServer>> = [];
const dataDirs: string[] = [];

/** `npm start` as a newcomer runs it, on embedded services under its own data directory. */
const start = (dataDir: string) => {
  const server = spawnServer({ ZANGRAPH_DATA_DIR: dataDir });
  spawned.push(server);
  dataDirs.push(dataDir);
  return server;
};

const processesUsing = (dir: string) =>
  execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(dir) && !l.includes(' ps '));

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGTERM');
  return exited;
}

afterEach(async () => {
  // what a failed test left: its servers asked to stop, then whatever still runs on its data directories killed
  for (const server of spawned.splice(0)) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) continue;
    const exited = new Promise((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000).unref())]);
  }
  for (const dir of dataDirs.splice(0))
    for (const line of processesUsing(dir)) {
      try {
        process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
});

/** SIGTERM, and exit code 0 (else what the server printed, to see why). */
async function stopsCleanly(server: { child: ChildProcess; output(): string }): Promise<void> {
  const code = await stop(server.child);
  if (code !== 0) throw new Error(`the server exited with ${code} on SIGTERM; its last output:\n${server.output().slice(-3000)}`);
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
    expect(cold.output()).toMatch(/ingest: \{"acts":\{"inserted":3/);
    await stopsCleanly(cold);
    expect(processesUsing(dataDir)).toEqual([]);

    const warm = start(dataDir);
    await warm.ready;
    expect(warm.output()).toContain('ingest: corpus unchanged');
    // nothing written since the build: the source rows are not even read
    expect(warm.output()).toContain('search index up to date: nothing written since it was built');
    await stopsCleanly(warm);
    expect(processesUsing(dataDir)).toEqual([]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

it('rebuilds the index at start when its sources changed outside ingest, and only then', async () => {
  const first = await startInstance();
  // each start of the embedded PostgreSQL takes a new port: the one the server last reported
  let pgUrl = first.pgUrl;
  const portOf = (log: string) => /postgres: ready on [\d.]+:(\d+)/.exec(log)![1];
  const sql = async (text: string) => {
    const c = new Client({ connectionString: pgUrl });
    await c.connect();
    try {
      return (await c.query(text)).rows;
    } finally {
      await c.end();
    }
  };
  try {
    // what the start remembers of the sources is lost: the documents are built and compared, found equal
    await sql(`UPDATE corpus_state SET hash = 'lost' WHERE key IN ('search-sources', 'search-built-from')`);
    await first.stop({ keepData: true });
    const second = start(first.dataDir);
    await second.ready;
    expect(second.output()).toContain('search index up to date: same documents');
    expect(second.output()).not.toContain('search index rebuilt');
    pgUrl = first.pgUrl.replace(`:${first.pgPort}/`, `:${portOf(second.output())}/`);

    // a wording changed behind ingest's back (a restore, a hand edit): the corpus files did not change, the index must
    const edited = await sql(
      `UPDATE wording SET paragraphs = '["Тексті өзгертілген тармақ: жаңажазылған"]' WHERE id = (SELECT id FROM wording WHERE clause_id = 'sc-1999-9/para_12' AND lang = 'kk' AND valid_to IS NULL LIMIT 1) RETURNING id`,
    );
    expect(edited).toHaveLength(1);
    await stopsCleanly(second);
    const third = start(first.dataDir);
    const url3 = await third.ready;
    expect(third.output()).toContain('ingest: corpus unchanged');
    expect(third.output()).toMatch(/search index rebuilt: \d+ documents \(documents changed\)/);
    const found = await fetch(`${url3}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(query: "жаңажазылған") { edges { node { clause { id } } } } }' }),
    }).then((r) => r.json());
    expect(found.data.search.edges.map((e: { node: { clause: { id: string } } }) => e.node.clause.id)).toContain('sc-1999-9/para_12');
    await stopsCleanly(third);
  } finally {
    await first.stop();
  }
});

it('refuses a second server on a data directory in use, in one line an operator can act on', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-twice-'));
  chmodSync(dataDir, 0o755);
  try {
    const first = start(dataDir);
    await first.ready;
    const second = start(dataDir);
    await expect(second.ready).rejects.toThrow(/server exited \(1\)/);
    expect(second.output()).toMatch(
      /^zangraph: PostgreSQL data directory \S+ is in use by a server \(pid \d+\) started by process \d+\. Stop that instance first, or use another ZANGRAPH_DATA_DIR\.$/m,
    );
    expect(second.output()).not.toMatch(/^\s+at /m);
    // the first one serves on, untouched
    expect((await fetch(`${await first.ready}/healthz`)).status).toBe(200);
    await stopsCleanly(first);
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
    await stopsCleanly(second);
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
