import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
  // A test may have restarted Meilisearch itself (the fallback test); its pid file still names it.
  try {
    const { pid } = JSON.parse(readFileSync(join(state.dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8'));
    process.kill(pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
  } catch {
    // already gone
  }
  rmSync(state.dataDir, { recursive: true, force: true });
}
