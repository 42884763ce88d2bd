/** Shared bits of the benchmark scripts: start the compiled server on a data dir, percentiles, printing. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');

/**
 * A file of the shared project material (development query sets): `ZANGRAPH_SHARED_DIR`, else `../shared` beside
 * the checkout, else two levels up (a checkout kept in a worktree folder); null when none holds it.
 */
export function sharedFile(...parts: string[]): string | null {
  const dirs = [process.env.ZANGRAPH_SHARED_DIR, resolve(ROOT, '..', 'shared'), resolve(ROOT, '..', '..', 'shared')];
  for (const dir of dirs) if (dir && existsSync(join(dir, ...parts))) return join(dir, ...parts);
  return null;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

export interface StartedServer {
  url: string;
  child: ChildProcess;
  millisToReady: number;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts `node dist/src/main.js` and waits until /healthz answers 200. */
export async function startServer(env: Record<string, string>): Promise<StartedServer> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((ok, fail) => {
    const poll = setInterval(() => {
      const m = /GraphQL at (http:\/\/\S+)\/graphql/.exec(out);
      if (m) {
        clearInterval(poll);
        ok(m[1]);
      }
    }, 5);
    child.once('exit', (c) => fail(new Error(`server exited ${c}: ${out}`)));
  });
  for (;;) {
    const r = await fetch(`${url}/healthz`).catch(() => null);
    if (r?.status === 200) break;
    await new Promise((r2) => setTimeout(r2, 20));
  }
  const millisToReady = performance.now() - t0;
  return {
    url,
    child,
    millisToReady,
    output: () => out,
    stop: () =>
      new Promise<void>((r) => {
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}
