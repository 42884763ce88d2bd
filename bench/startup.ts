/** Cold start (fresh data dir: initdb, migrations, ingest) and warm start to a healthy /healthz. */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ms, startServer } from './support';

export async function benchStartup(): Promise<{ coldMs: number; warmMs: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-bench-start-'));
  chmodSync(dataDir, 0o755);
  try {
    const cold = await startServer({ ZANGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', MEILI_URL: '' });
    await cold.stop();
    const warm = await startServer({ ZANGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', MEILI_URL: '' });
    await warm.stop();
    return { coldMs: cold.millisToReady, warmMs: warm.millisToReady };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchStartup().then((r) => console.log(`start to healthy: cold ${ms(r.coldMs)}, warm ${ms(r.warmMs)}`));
}
