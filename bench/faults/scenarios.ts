/**
 * Fault experiments, each a function that provokes one failure against a real instance and reports what clients
 * saw. `npm run faults` prints them as a table; test/integration/faults.test.ts asserts the same outcomes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedMeilisearch } from '../../src/runtime/embedded-meilisearch';
import { startEmbeddedPostgres } from '../../src/runtime/embedded-postgres';
import { findProcesses } from '../../src/runtime/process-tools';
import { generateSyntheticCorpus } from '../scale/generate-acts';
import { graphqlBody, keepAliveAgent, send, type Reply } from '../http-client';
import { projectRoot, spawnServer, startInstance, type Instance } from './instance';

export interface FaultResult {
  fault: string;
  expected: string;
  observed: string;
  passed: boolean;
  /** Services this experiment started and the caller must stop. */
  started?: Array<{ stop(): Promise<void> }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const SEARCH =
  'query($q: String!, $first: Int) { search(query: $q, first: $first) { degraded totalCount edges { node { clause { id } } } } }';
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

/** The server's own log since `from`: what an operator would read. */
const logSince = (inst: { output(): string }, from: number) => inst.output().slice(from);
const STACK = /\n\s+at \S+ \(/;

/**
 * The embedded Meilisearch SIGKILLed under search load and left to the server: answers degrade (PostgreSQL
 * answers), never fail, and search is whole again within seconds without anybody restarting anything.
 */
export async function meilisearchKilledUnderLoad(inst: Instance, opts = { workers: 6, recoverWithinMs: 30_000 }): Promise<FaultResult> {
  const load = loop(inst.url, opts.workers, (i) => graphqlBody(SEARCH, { q: SEARCH_TERMS[i % SEARCH_TERMS.length], first: 1 + (i % 50) }));
  const logFrom = inst.output().length;
  try {
    await sleep(1000);
    const { pid } = JSON.parse(readFileSync(join(inst.dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8')) as { pid: number };
    process.kill(pid, 'SIGKILL');
    const killedAt = load.elapsed();
    // the outage seen (a degraded answer), then whole again: a normal answer after it and /healthz 200
    const seenIn = await waitFor(() => load.since(killedAt).some((e) => e.outcome === 'degraded'), 10_000, 10);
    // whole again: the answers since the last degraded one are all normal (a dozen of them) and /healthz says 200
    const lastDegradedAt = () =>
      Math.max(
        killedAt,
        ...load
          .since(killedAt)
          .filter((e) => e.outcome === 'degraded')
          .map((e) => e.at),
      );
    const recovered = await waitFor(async () => {
      const after = load.since(lastDegradedAt() + 1);
      return after.length >= 12 && after.every((e) => e.outcome === 'ok') && (await fetch(`${inst.url}/healthz`)).status === 200;
    }, opts.recoverWithinMs);
    const lastDegraded = lastDegradedAt();
    const recoveredIn = recovered === null ? null : lastDegraded - killedAt;
    await sleep(500);
    await load.stop();
    const errors = count(load.log, 'error');
    const degraded = count(load.since(killedAt), 'degraded');
    const serverAlive = inst.child.exitCode === null;
    const log = logSince(inst, logFrom);
    const passed =
      errors === 0 && seenIn !== null && recoveredIn !== null && serverAlive && /meilisearch: running again/.test(log) && !STACK.test(log);
    return {
      fault: 'embedded Meilisearch SIGKILLed during search load, nothing restarted by hand',
      expected: `no errors; degraded: true while down; normal answers and /healthz 200 again within ${opts.recoverWithinMs / 1000} s, the server never restarted`,
      observed: `${load.log.length} requests, ${errors} errors, ${degraded} answered degraded, the last ${lastDegraded - killedAt} ms after the kill; only normal answers and /healthz 200 from then on${recoveredIn === null ? ': NEVER' : ''}; server pid unchanged: ${serverAlive}${errors ? `; first error: ${load.log.find((e) => e.outcome === 'error')!.detail}` : ''}`,
      passed,
    };
  } catch (e) {
    await load.stop();
    throw e;
  }
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Pages, exports and the widget's JSON while the database is down: 503 with Retry-After, nothing else. */
async function pagesDuringOutage(url: string): Promise<string[]> {
  const faults: string[] = [];
  for (const [path, accept] of [
    ['/acts/sc-1999-9/para_12?asOf=2003-03-03', 'text/html'],
    ['/export.json', 'application/json'],
    ['/embed/clause.json?clause=sc-1999-9/para_12&asOf=2004-04-04', 'application/json'],
  ]) {
    const r = await fetch(`${url}${path}`, { headers: { accept } });
    await r.text();
    if (r.status !== 503 || !r.headers.get('retry-after')) faults.push(`${path} ${r.status}`);
  }
  return faults;
}

/**
 * The embedded PostgreSQL postmaster SIGKILLed under load and left to the server: requests get 503 with
 * Retry-After (pages and exports too, without a stack trace per request in the log), and everything answers
 * again within seconds without anybody restarting anything.
 */
export async function postgresKilledUnderLoad(inst: Instance, opts = { workers: 4, recoverWithinMs: 30_000 }): Promise<FaultResult> {
  const load = loop(inst.url, opts.workers, (i) =>
    graphqlBody(CLAUSE, { id: i % 2 ? 'sc-1999-9/para_12' : 'gov-2012-1213/att_1__para_9', asOf: dateOf(i) }),
  );
  const logFrom = inst.output().length;
  try {
    await sleep(1000);
    const pid = postmasterPid(inst.dataDir);
    process.kill(pid, 'SIGKILL');
    const killedAt = load.elapsed();
    // the first answers after the kill may still come from memory: wait for the outage to show
    await waitFor(() => load.since(killedAt).some((e) => e.outcome === 'retriable'), 5_000, 10);
    const pageFaults = await pagesDuringOutage(inst.url);
    // answering again: the answers since the last 503 are all normal, and there are a dozen of them (answers from
    // memory may still come between the first 503s, before the outage is noticed)
    const lastRetriable = () =>
      Math.max(
        killedAt,
        ...load
          .since(killedAt)
          .filter((e) => e.outcome === 'retriable')
          .map((e) => e.at),
      );
    const recovered = await waitFor(() => {
      const after = load.since(lastRetriable() + 1);
      return load.since(killedAt).some((e) => e.outcome === 'retriable') && after.length >= 12 && after.every((e) => e.outcome === 'ok');
    }, opts.recoverWithinMs);
    const recoveredAt = lastRetriable();
    const recoveredIn = recovered === null ? null : recoveredAt - killedAt;
    await sleep(700);
    await load.stop();
    const errors = count(load.log, 'error');
    const tail = load.since(recoveredAt + 1);
    const log = logSince(inst, logFrom);
    const passed =
      errors === 0 &&
      count(load.log, 'retriable') > 0 &&
      recoveredIn !== null &&
      tail.length > 0 &&
      tail.every((e) => e.outcome === 'ok') &&
      pageFaults.length === 0 &&
      inst.child.exitCode === null &&
      !STACK.test(log);
    return {
      fault: 'embedded PostgreSQL (postmaster) SIGKILLed during load, nothing restarted by hand',
      expected: `HTTP 503 SERVICE_UNAVAILABLE with Retry-After while down (pages, export, widget JSON too), no stack trace in the log; answers again within ${opts.recoverWithinMs / 1000} s, the server never restarted`,
      observed: `${load.log.length} requests: ${count(load.log, 'retriable')} × 503 retriable, ${errors} other errors; pages during the outage: ${pageFaults.length ? pageFaults.join(', ') : 'all 503 with Retry-After'}; the last 503 ${recoveredIn === null ? 'never came' : `${recoveredIn} ms after the kill, then only normal answers`}; stack traces in the log: ${STACK.test(log) ? 'yes' : 'none'}${errors ? `; first error: ${load.log.find((e) => e.outcome === 'error')!.detail}` : ''}`,
      passed,
    };
  } catch (e) {
    await load.stop();
    throw e;
  }
}

/**
 * External PostgreSQL and Meilisearch (DATABASE_URL, MEILI_URL) restarted by their operator under load: the
 * server reconnects to both by itself.
 */
export async function externalServicesRestarted(opts = { workers: 4, downMs: 2_000 }): Promise<FaultResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-external-'));
  chmodSync(dataDir, 0o755);
  const quiet = () => undefined;
  let [pg, meili] = await Promise.all([startEmbeddedPostgres({ dataDir, log: quiet }), startEmbeddedMeilisearch({ dataDir, log: quiet })]);
  const server = spawnServer({
    ZANGRAPH_DATA_DIR: join(dataDir, 'app'),
    DATABASE_URL: pg.url,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    ZANGRAPH_RESPONSE_CACHE: '0',
    ZANGRAPH_RATE_LIMIT: 'off',
  });
  const stopAllOfIt = async () => {
    if (server.child.exitCode === null) {
      const exited = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGTERM');
      await exited;
    }
    await Promise.all([pg.stop(), meili.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await server.ready;
    const body = (i: number) =>
      i % 2
        ? graphqlBody(SEARCH, { q: SEARCH_TERMS[i % SEARCH_TERMS.length], first: 3 })
        : graphqlBody(CLAUSE, { id: 'sc-1999-9/para_12', asOf: dateOf(i) });
    const load = loop(url, opts.workers, body);
    await sleep(1000);
    await Promise.all([pg.stop(), meili.stop()]);
    const downAt = load.elapsed();
    await sleep(opts.downMs);
    [pg, meili] = await Promise.all([
      startEmbeddedPostgres({ dataDir, port: pg.port, log: quiet }),
      startEmbeddedMeilisearch({ dataDir, port: meili.port, masterKey: meili.masterKey, log: quiet }),
    ]);
    const upAt = load.elapsed();
    const recoveredIn = await waitFor(
      async () => load.since(upAt).filter((e) => e.outcome === 'ok').length >= 4 && (await fetch(`${url}/healthz`)).status === 200,
      30_000,
    );
    await sleep(500);
    await load.stop();
    const errors = count(load.log, 'error');
    const during = load.log.filter((e) => e.at >= downAt && e.at < upAt);
    const passed = errors === 0 && during.length > 0 && recoveredIn !== null;
    return {
      fault: `external PostgreSQL and Meilisearch (DATABASE_URL, MEILI_URL) both stopped under load, started again by their operator after ${opts.downMs / 1000} s`,
      expected: 'while down: 503 retriable or degraded search, nothing else; answers and /healthz 200 again without a server restart',
      observed: `${load.log.length} requests, ${errors} errors; while down ${count(during, 'retriable')} × 503, ${count(during, 'degraded')} degraded; whole again ${recoveredIn === null ? 'never' : `${recoveredIn} ms`} after the services came back${errors ? `; first error: ${load.log.find((e) => e.outcome === 'error')!.detail}` : ''}`,
      passed,
    };
  } finally {
    await stopAllOfIt();
  }
}

/**
 * An embedded PostgreSQL that cannot be started again (its configuration broken, then its postmaster killed):
 * after the allowed restarts the server stops everything and exits non-zero, so an outside supervisor can act.
 */
export async function serviceThatCannotBeRestarted(): Promise<FaultResult> {
  const inst = await startInstance({ ZANGRAPH_RESPONSE_CACHE: '0', ZANGRAPH_RATE_LIMIT: 'off' });
  try {
    const conf = join(inst.dataDir, 'postgres', 'data', 'postgresql.conf');
    writeFileSync(conf, `${readFileSync(conf, 'utf8')}\nthis is not a setting\n`);
    const t0 = Date.now();
    process.kill(postmasterPid(inst.dataDir), 'SIGKILL');
    const exited = await waitFor(() => inst.child.exitCode !== null || inst.child.signalCode !== null, 60_000);
    const leftover = findProcesses((argv) => argv.some((a) => a.startsWith(inst.dataDir)));
    const out = inst.output();
    const passed = exited !== null && inst.child.exitCode === 1 && leftover.length === 0 && /postgres: .*giving up/.test(out);
    return {
      fault: 'embedded PostgreSQL killed and unable to start again (postgresql.conf broken)',
      expected: 'the allowed restarts are tried, each logged; then the server stops its services and exits non-zero',
      observed: `${(out.match(/postgres: restart failed/g) ?? []).length} failed restarts; exit ${inst.child.exitCode ?? inst.child.signalCode} ${exited === null ? 'never' : `${((Date.now() - t0) / 1000).toFixed(1)} s after the kill`}; processes left on its data directory: ${leftover.length}; last line: "${out.trim().split('\n').pop()}"`,
      passed,
    };
  } finally {
    await inst.stop();
  }
}

/** The corpus tables, and which corpus was ingested last (its hash; the time of ingest is left out). */
const SNAPSHOT_TABLES = [
  'act',
  'amending_act',
  'clause',
  'note',
  'wording',
  'amendment',
  'reference',
  '(SELECT key, hash FROM corpus_state)',
];

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
  return spawnSync(process.execPath, [join(root, 'bin', 'zangraph.js'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
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
  const lockHeld = async () =>
    (await watcher.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted`, [INGEST_LOCK]))
      .rows[0].n > 0;
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
      const child = spawn(process.execPath, [join(root, 'bin', 'zangraph.js'), 'ingest'], {
        cwd: root,
        env: { ...process.env, ...bigEnv },
        stdio: 'ignore',
      });
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
    const passed =
      consistent &&
      killedInside > 0 &&
      full.status === 0 &&
      rerun.status === 0 &&
      back.status === 0 &&
      complete.acts === big.acts &&
      stable &&
      restored;
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

/**
 * Act files that cannot be decoded (invalid UTF-8 appended, a NUL inside a point): ingest refuses each with
 * file:line: CODE, exit 2, no stack trace, and the database is unchanged.
 */
export async function undecodableCorpusFile(inst: Instance): Promise<FaultResult> {
  const root = projectRoot();
  const outcomes: string[] = [];
  let passed = true;
  for (const [what, spoil, code] of [
    [
      'invalid UTF-8 appended',
      (b: Buffer) => Buffer.concat([b, Buffer.from([0xd2, 0xff, 0xfe, 0x28]), Buffer.from('білеттілігінен\n')]),
      'INVALID_UTF8',
    ],
    [
      'a NUL inside a point',
      (b: Buffer) => Buffer.from(b.toString('utf8').replace(/(\n\s*5\. \S+)/u, '$1\u0000'), 'utf8'),
      'CONTROL_CHARACTER',
    ],
  ] as const) {
    const copy = generateSyntheticCorpus(join(root, 'corpus'), 1);
    try {
      const file = join(copy.dir, 'acts', 'sc-1999-9.kk.txt');
      writeFileSync(file, spoil(readFileSync(file)));
      const before = await snapshot(inst.pgUrl);
      const r = cli(['ingest', '--force'], { DATABASE_URL: inst.pgUrl, ZANGRAPH_CORPUS_DIR: copy.dir });
      const after = await snapshot(inst.pgUrl);
      const message = r.stderr.trim().split('\n')[0];
      const ok =
        r.status === 2 &&
        new RegExp(`sc-1999-9\\.kk\\.txt:\\d+: ${code}: `).test(message) &&
        !/\n\s+at /.test(r.stderr) &&
        after.hash === before.hash;
      passed &&= ok;
      outcomes.push(`${what}: exit ${r.status}, "${message}", database ${after.hash === before.hash ? 'unchanged' : 'CHANGED'}`);
    } finally {
      rmSync(copy.dir, { recursive: true, force: true });
    }
  }
  return {
    fault: 'act file that is not clean UTF-8 given to ingest',
    expected: 'refused with file:line: INVALID_UTF8 / CONTROL_CHARACTER, exit 2, no stack trace, database unchanged',
    observed: outcomes.join('; '),
    passed,
  };
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
    const passed =
      r.status === 2 && /sc-1999-9\.kk\.txt:\d+: [A-Z_]+/.test(message) && !/\n\s+at /.test(r.stderr) && after.hash === before.hash;
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
  const error = await server.ready.then(
    () => null,
    (e: Error) => e,
  );
  if (!error) server.child.kill('SIGTERM');
  const output = server.output().trim();
  const passed =
    error !== null && server.child.exitCode !== 0 && /data directory .* is not writable/.test(output) && !/\n\s+at /.test(output);
  return {
    fault: 'unwritable data directory (ZANGRAPH_DATA_DIR=/proc/version/zangraph)',
    expected: 'exits non-zero at once with a message naming the directory and ZANGRAPH_DATA_DIR, no stack trace',
    observed: `exit ${server.child.exitCode} after ${Date.now() - t0} ms: "${output.split('\n').pop()}"`,
    passed,
  };
}
