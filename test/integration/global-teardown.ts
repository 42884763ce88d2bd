import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stopAll } from '../../src/runtime/process-registry';

/** Any server a test started and lost track of must not outlive the test run (it would keep jest alive). */
function stopStrayServers() {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const ppid = /PPid:\s+(\d+)/.exec(status)?.[1];
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (Number(ppid) === process.pid && cmd.includes('dist/src/main.js')) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}

export default async function globalTeardown() {
  const state = (globalThis as Record<string, unknown>).__ZANGRAPH_IT__ as { server: ChildProcess; dataDir: string } | undefined;
  if (!state) return;
  if (state.server.exitCode === null) {
    const exited = new Promise((r) => state.server.once('exit', r));
    state.server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000).unref())]);
  }
  await stopAll();
  stopStrayServers();
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
