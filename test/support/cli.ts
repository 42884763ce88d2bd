/** Runs the compiled command line as a user would, capturing its output and exit code. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');

export function zangraph(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [resolve(ROOT, 'bin', 'zangraph.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
