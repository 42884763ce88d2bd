import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { stopAll } from '../../src/runtime/process-registry';

export default async function globalTeardown() {
  const state = (globalThis as Record<string, unknown>).__ZANGRAPH_IT__ as { server: ChildProcess; dataDir: string } | undefined;
  if (!state) return;
  if (state.server.exitCode === null) {
    const exited = new Promise((r) => state.server.once('exit', r));
    state.server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  }
  await stopAll();
  rmSync(state.dataDir, { recursive: true, force: true });
}
