/**
 * Fault experiments, each a function that provokes one failure against a real instance and reports what clients
 * saw. `npm run faults` prints them as a table; test/integration/faults.test.ts asserts the same outcomes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '../../src/runtime/embedded-meilisearch';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/runtime/embedded-postgres';
import { generateSyntheticCorpus } from '../scale/generate-acts';
import { graphqlBody, keepAliveAgent, send, type Reply } from '../http-client';
import { projectRoot, spawnServer, type Instance } from './instance';

export interface FaultResult {
  fault: string;
  expected: string;
  observed: string;
  passed: boolean;
  /** Services this experiment started and the caller must stop. */
  started?: Array<{ stop(): Promise<void> }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const SEARCH = 'query($q: String!, $first: Int) { search(query: $q, first: $first) { degraded totalCount edges { node { clause { id } } } } }';
const SEARCH_TERMS = ['расходы на погребение', 'жерлеуге жұмсалған шығыстар', 'моральный вред', 'зиянды өтеу', 'утраченный заработок'];
const CLAUSE = 'query($id: ID!, $asOf: Date) { clause(id: $id) { id status(asOf: $asOf) text(asOf: $asOf) { text validFrom } } }';

/** A date from the counter, so that consecutive requests differ (no response cache can answer them). */
const dateOf = (i: number) => new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10);

type Outcome = 'ok' | 'degraded' | 'retriable' | 'error';

function classify(r: Reply): Outcome {
  if (r.status === 503) {
    const codes = (JSON.parse(r.body).errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
    return codes.length > 0 && codes.every((c: string) => c === 'SERVICE_UNAVAILABLE') && r.headers['retry-after'] ? 'retriable' : 'error';
  }
  if (r.status !== 200) return 'error';
  const body = JSON.parse(r.body) as { errors?: unknown[]; data?: { search?: { degraded: boolean } } };
  if (body.errors?.length) return 'error';
  return body.data?.search?.degraded ? 'degraded' : 'ok';
}

/** Runs `workers` clients in a loop until stopped, counting outcomes over time. */
function loop(url: string, workers: number, nextBody: (i: number) => string) {
  const agent = keepAliveAgent(workers);
  const target = new URL('/graphql', url);
  const log: Array<{ at: number; outcome: Outcome; detail?: string }> = [];
  let running = true;
  let i = 0;
  const t0 = Date.now();
  const done = Promise.all(
    Array.from({ length: workers }, async () => {
      while (running) {
        const n = i++;
        try {
          const r = await send(target, agent, { body: nextBody(n), timeoutMs: 15_000 });
          const outcome = classify(r);
          log.push({ at: Date.now() - t0, outcome, detail: outcome === 'error' ? `${r.status} ${r.body.slice(0, 300)}` : undefined });
        } catch (e) {
          log.push({ at: Date.now() - t0, outcome: 'error', detail: (e as Error).message });
        }
      }
    }),
  );
  return {
    log,
    since: (ms: number) => log.filter((e) => e.at >= ms),
    elapsed: () => Date.now() - t0,
    stop: async () => {
      running = false;
      await done;
      agent.destroy();
    },
  };
}

const count = (log: Array<{ outcome: Outcome }>, o: Outcome) => log.filter((e) => e.outcome === o).length;

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 50): Promise<number | null> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await check()) return Date.now() - t0;
    await sleep(stepMs);
  }
  return null;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Meilisearch SIGKILLed under search load, then started again: answers degrade, never fail, then recover. */
export async function meilisearchKilledUnderLoad(inst: Instance, opts = { workers: 6, downMs: 3000 }): Promise<FaultResult> {
  const load = loop(inst.url, opts.workers, (i) => graphqlBody(SEARCH, { q: SEARCH_TERMS[i % SEARCH_TERMS.length], first: 1 + (i % 50) }));
  let restarted: EmbeddedMeilisearch | null = null;
  try {
    await sleep(1000);
    const { pid } = JSON.parse(readFileSync(join(inst.dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8')) as { pid: number };
    process.kill(pid, 'SIGKILL');
    const killedAt = load.elapsed();
    await sleep(opts.downMs);
    restarted = await startEmbeddedMeilisearch({ dataDir: inst.dataDir, port: inst.meiliPort, log: () => undefined });
    const restartedAt = load.elapsed();
    const recoveredIn = await waitFor(() => load.since(restartedAt).some((e) => e.outcome === 'ok'), 15_000);
    await sleep(500);
    await load.stop();
    const during = load.log.filter((e) => e.at >= killedAt && e.at < restartedAt);
    const errors = count(load.log, 'error');
    const health = (await fetch(`${inst.url}/healthz`)).status;
    const passed = errors === 0 && count(during, 'degraded') > 0 && recoveredIn !== null && health === 200;
    return {
      fault: 'Meilisearch SIGKILLed during search load, restarted after ' + opts.downMs / 1000 + ' s',
      expected: 'no errors; degraded: true while down; normal answers again without a server restart',
      observed: `${load.log.length} requests, ${errors} errors, ${count(during, 'degraded')} of ${during.length} answered degraded while down; recovered ${recoveredIn === null ? 'never' : `${recoveredIn} ms`} after the restart; /healthz ${health}${errors ? `; first error: ${load.log.find((e) => e.outcome === 'error')!.detail}` : ''}`,
      passed,
      started: restarted ? [restarted] : [],
    };
  } catch (e) {
    await load.stop();
    throw Object.assign(e as Error, { started: restarted ? [restarted] : [] });
  }
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** PostgreSQL stopped under load and started again: clients get 503 SERVICE_UNAVAILABLE, then answers again. */
export async function postgresRestartedUnderLoad(inst: Instance, opts = { workers: 4, downMs: 2000 }): Promise<FaultResult> {
  const load = loop(inst.url, opts.workers, (i) => graphqlBody(CLAUSE, { id: i % 2 ? 'sc-1999-9/para_12' : 'gov-2012-1213/att_1__para_9', asOf: dateOf(i) }));
  let restarted: EmbeddedPostgres | null = null;
  try {
    await sleep(1000);
    const pid = postmasterPid(inst.dataDir);
    process.kill(pid, 'SIGINT'); // fast shutdown: sessions are terminated, as in a restart by an operator
    await waitFor(() => !alive(pid), 30_000);
    const stoppedAt = load.elapsed();
    await sleep(opts.downMs);
    restarted = await startEmbeddedPostgres({ dataDir: inst.dataDir, port: inst.pgPort, log: () => undefined });
    const restartedAt = load.elapsed();
    const recoveredIn = await waitFor(() => load.since(restartedAt).some((e) => e.outcome === 'ok'), 20_000);
    await sleep(500);
    await load.stop();
    const down = load.log.filter((e) => e.at >= stoppedAt && e.at < restartedAt);
    const errors = count(load.log, 'error');
    const tail = load.since(restartedAt + (recoveredIn ?? 0) + 200);
    const passed = errors === 0 && count(down, 'retriable') > 0 && recoveredIn !== null && tail.length > 0 && tail.every((e) => e.outcome === 'ok');
    return {
      fault: `PostgreSQL stopped (fast shutdown) during load, started again after ${opts.downMs / 1000} s`,
      expected: 'HTTP 503 SERVICE_UNAVAILABLE with Retry-After while down, nothing else; answers again without a server restart',
      observed: `${load.log.length} requests: ${count(load.log, 'retriable')} × 503 retriable, ${errors} other errors; recovered ${recoveredIn === null ? 'never' : `${recoveredIn} ms`} after the restart${errors ? `; first error: ${load.log.find((e) => e.outcome === 'error')!.detail}` : ''}`,
      passed,
      started: restarted ? [restarted] : [],
    };
  } catch (e) {
    await load.stop();
    throw Object.assign(e as Error, { started: restarted ? [restarted] : [] });
  }
}

/** The corpus tables, and which corpus was ingested last (its hash; the time of ingest is left out). */
const SNAPSHOT_TABLES = ['act', 'amending_act', 'clause', 'note', 'wording', 'amendment', 'reference', '(SELECT key, hash FROM corpus_state)'];

/** A fingerprint of every row of the corpus tables, and the number of acts. */
async function snapshot(pgUrl: string): Promise<{ acts: number; hash: string }> {
  const c = new Client({ connectionString: pgUrl });
  await c.connect();
  try {
    const parts: string[] = [];
    for (const t of SNAPSHOT_TABLES) {
      const r = await c.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${t} x`);
      parts.push(`${t}:${r.rows[0].n}:${r.rows[0].h}`);
    }
    const acts = (await c.query('SELECT count(*)::int AS n FROM act')).rows[0].n as number;
    return { acts, hash: parts.join(' ') };
  } finally {
    await c.end();
  }
}

const INGEST_LOCK = 7_420_001;

function cli(args: string[], env: Record<string, string>) {
  const root = projectRoot();
  return spawnSync(process.execPath, [join(root, 'bin', 'zangraph.js'), ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 300_000 });
}

/**
 * `zangraph ingest` of a corpus many times larger, SIGKILLed at several moments after it took its lock: after
 * each kill the database holds exactly the old corpus or exactly the new one (when the commit won the race with
 * the kill), never anything else; ingesting the original corpus again gives back exactly the original rows.
 */
export async function killedDuringIngest(inst: Instance, opts = { multiple: 30, killDelaysMs: [0, 100, 400] }): Promise<FaultResult> {
  const root = projectRoot();
  const big = generateSyntheticCorpus(join(root, 'corpus'), opts.multiple);
  const bigEnv = { DATABASE_URL: inst.pgUrl, ZANGRAPH_CORPUS_DIR: big.dir };
  const originalEnv = { DATABASE_URL: inst.pgUrl, ZANGRAPH_CORPUS_DIR: join(root, 'corpus') };
  const watcher = new Client({ connectionString: inst.pgUrl });
  await watcher.connect();
  const lockHeld = async () => (await watcher.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted`, [INGEST_LOCK])).rows[0].n > 0;
  try {
    const old = await snapshot(inst.pgUrl);
    // the two states a kill may leave: the old corpus, or the new one complete
    const full = cli(['ingest'], bigEnv);
    const complete = await snapshot(inst.pgUrl);
    const rerun = cli(['ingest', '--force'], bigEnv);
    const stable = (await snapshot(inst.pgUrl)).hash === complete.hash;
    const back = cli(['ingest'], originalEnv);
    const restored = (await snapshot(inst.pgUrl)).hash === old.hash;
    const kills: string[] = [];
    let consistent = true;
    let killedInside = 0;
    for (const delay of opts.killDelaysMs) {
      const child = spawn(process.execPath, [join(root, 'bin', 'zangraph.js'), 'ingest'], { cwd: root, env: { ...process.env, ...bigEnv }, stdio: 'ignore' });
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      const locked = await waitFor(lockHeld, 120_000, 5);
      await sleep(delay);
      child.kill('SIGKILL');
      await exited;
      await waitFor(async () => !(await lockHeld()), 30_000);
      const after = await snapshot(inst.pgUrl);
      const state = after.hash === old.hash ? 'old' : after.hash === complete.hash ? 'new' : 'MIXED';
      consistent &&= state !== 'MIXED';
      if (locked !== null && state === 'old') killedInside++;
      kills.push(`+${delay} ms → ${state}`);
      if (state !== 'old') cli(['ingest'], originalEnv); // back to the old corpus for the next kill
    }
    const passed = consistent && killedInside > 0 && full.status === 0 && rerun.status === 0 && back.status === 0 && complete.acts === 2 * opts.multiple && stable && restored;
    return {
      fault: `ingest of a ${opts.multiple}× corpus SIGKILLed after taking its lock (${opts.killDelaysMs.length} times)`,
      expected: 'after every kill exactly the old corpus (or exactly the new one if the commit came first), never a mix',
      observed: `kills: ${kills.join('; ')}; complete run: ${complete.acts} acts (exit ${full.status}), forced re-run changes nothing: ${stable}; original restored exactly: ${restored}`,
      passed,
    };
  } finally {
    await watcher.end();
    rmSync(big.dir, { recursive: true, force: true });
  }
}

/** A corrupt act file: ingest refuses it with a located message, exit code 2, and the database is unchanged. */
export async function corruptCorpusFile(inst: Instance): Promise<FaultResult> {
  const root = projectRoot();
  const copy = generateSyntheticCorpus(join(root, 'corpus'), 1);
  try {
    const file = join(copy.dir, 'acts', 'sc-1999-9.kk.txt');
    const lines = readFileSync(file, 'utf8').split('\n');
    const i = lines.findIndex((l) => /^\s*5\. /.test(l));
    lines.splice(i + 1, 0, lines[i]); // point 5 twice
    writeFileSync(file, lines.join('\n'));
    const before = await snapshot(inst.pgUrl);
    const r = cli(['ingest', '--force'], { DATABASE_URL: inst.pgUrl, ZANGRAPH_CORPUS_DIR: copy.dir });
    const after = await snapshot(inst.pgUrl);
    const message = r.stderr.trim().split('\n')[0];
    const passed = r.status === 2 && /sc-1999-9\.kk\.txt:\d+: [A-Z_]+/.test(message) && !/\n\s+at /.test(r.stderr) && after.hash === before.hash;
    return {
      fault: 'corrupt act file (a point duplicated) given to ingest',
      expected: 'refused with file:line: CODE, exit 2, no stack trace, database unchanged',
      observed: `exit ${r.status}: "${message}"; database ${after.hash === before.hash ? 'unchanged' : 'CHANGED'}`,
      passed,
    };
  } finally {
    rmSync(copy.dir, { recursive: true, force: true });
  }
}

/** A data directory that cannot be written: the server stops at once with a message that says what to do. */
export async function unwritableDataDirectory(): Promise<FaultResult> {
  const server = spawnServer({ ZANGRAPH_DATA_DIR: '/proc/version/zangraph' });
  const t0 = Date.now();
  const error = await server.ready.then(() => null, (e: Error) => e);
  if (!error) server.child.kill('SIGTERM');
  const output = server.output().trim();
  const passed = error !== null && server.child.exitCode !== 0 && /data directory .* is not writable/.test(output) && !/\n\s+at /.test(output);
  return {
    fault: 'unwritable data directory (ZANGRAPH_DATA_DIR=/proc/version/zangraph)',
    expected: 'exits non-zero at once with a message naming the directory and ZANGRAPH_DATA_DIR, no stack trace',
    observed: `exit ${server.child.exitCode} after ${Date.now() - t0} ms: "${output.split('\n').pop()}"`,
    passed,
  };
}
