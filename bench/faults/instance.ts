/**
 * A Zangraph server of its own for fault experiments: `node dist/src/main.js` on a fresh data directory with
 * embedded PostgreSQL and Meilisearch, so killing or restarting its services disturbs nobody else.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The repository root, from the sources (ts-jest) or from dist/ alike. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || existsSync(join(dir, 'tsconfig.json')) === false) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no project root above ${__dirname}`);
    dir = up;
  }
  return dir;
}

export interface Instance {
  url: string;
  dataDir: string;
  child: ChildProcess;
  pgUrl: string;
  pgPort: number;
  meiliUrl: string;
  meiliPort: number;
  meiliKey: string;
  output(): string;
  /** SIGTERM and wait; removes the data directory unless keepData. */
  stop(opts?: { keepData?: boolean }): Promise<void>;
}

export interface SpawnedServer {
  child: ChildProcess;
  output(): string;
  /** Resolves with the GraphQL base URL once the server says where it listens; rejects if it exits first. */
  ready: Promise<string>;
}

export function spawnServer(env: Record<string, string>, nodeArgs: string[] = []): SpawnedServer {
  const root = projectRoot();
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'dist', 'src', 'main.js')], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATABASE_URL: '', MEILI_URL: '', MEILI_MASTER_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const ready = new Promise<string>((ok, fail) => {
    const poll = setInterval(() => {
      const m = /GraphQL at (http:\/\/\S+)\/graphql/.exec(out);
      if (m) {
        clearInterval(poll);
        ok(m[1]);
      }
    }, 20);
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      fail(new Error(`server exited (${code ?? signal}): ${out}`));
    });
  });
  ready.catch(() => undefined);
  return { child, output: () => out, ready };
}

export async function startInstance(env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Instance> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-fault-'));
  chmodSync(dataDir, 0o755);
  const server = spawnServer({ ZANGRAPH_DATA_DIR: dataDir, ...env }, nodeArgs);
  const url = await server.ready;
  for (;;) {
    const r = await fetch(`${url}/healthz`).catch(() => null);
    if (r?.status === 200) break;
    await new Promise((r2) => setTimeout(r2, 50));
  }
  const out = server.output();
  const pgPort = Number(/postgres: ready on [\d.]+:(\d+)/.exec(out)![1]);
  const meiliHostPort = /meilisearch: ready on (\S+)/.exec(out)![1];
  const password = readFileSync(join(dataDir, 'postgres', 'superuser-password'), 'utf8').trim();
  return {
    url,
    dataDir,
    child: server.child,
    pgUrl: `postgres://zangraph:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/zangraph`,
    pgPort,
    meiliUrl: `http://${meiliHostPort}`,
    meiliPort: Number(meiliHostPort.split(':').pop()),
    meiliKey: readFileSync(join(dataDir, 'meilisearch', 'master-key'), 'utf8').trim(),
    output: server.output,
    stop: async ({ keepData = false } = {}) => {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        const exited = new Promise((r) => server.child.once('exit', r));
        server.child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000).unref())]);
      }
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
