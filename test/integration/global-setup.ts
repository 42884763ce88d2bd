/**
 * Starts the real system once for all integration tests: embedded PostgreSQL and Meilisearch, then the compiled
 * server as a child process pointed at them (as an operator with external services would run it). Tests reach it
 * over HTTP; its URLs are passed through environment variables.
 */
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedMeilisearch } from '../../src/runtime/embedded-meilisearch';
import { startEmbeddedPostgres } from '../../src/runtime/embedded-postgres';

const ROOT = resolve(__dirname, '..', '..');
export const EDITOR_TOKEN = 'integration-editor-token-7f3a';

export default async function globalSetup() {
  if (!existsSync(join(ROOT, 'dist', 'src', 'main.js')))
    execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'zangraph-it-'));
  chmodSync(dataDir, 0o755);
  const quiet = () => undefined;
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir, log: quiet }),
    startEmbeddedMeilisearch({ dataDir, log: quiet }),
  ]);
  const env = {
    ...process.env,
    PORT: '0',
    DATABASE_URL: pg.url,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    ZANGRAPH_DATA_DIR: join(dataDir, 'app'),
    ZANGRAPH_QUERY_STATS: '1',
    ZANGRAPH_EDITOR_TOKENS: EDITOR_TOKEN,
    NODE_ENV: 'production',
  };
  const server = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in 120 s:\n${log}`)), 120_000);
    server.stderr!.on('data', (d) => (log += d));
    server.stdout!.on('data', (d) => {
      log += d;
      const m = /GraphQL at (http:\/\/\S+)\/graphql/.exec(log);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    server.once('exit', (code) => fail(new Error(`server exited with ${code}:\n${log}`)));
  });
  Object.assign(process.env, {
    ZANGRAPH_TEST_URL: url,
    ZANGRAPH_TEST_DATABASE_URL: pg.url,
    ZANGRAPH_TEST_MEILI_URL: meili.url,
    ZANGRAPH_TEST_MEILI_KEY: meili.masterKey,
    ZANGRAPH_TEST_MEILI_PORT: String(meili.port),
    ZANGRAPH_TEST_DATA_DIR: dataDir,
    ZANGRAPH_TEST_SERVER_PID: String(server.pid),
    ZANGRAPH_TEST_EDITOR_TOKEN: EDITOR_TOKEN,
  });
  (globalThis as Record<string, unknown>).__ZANGRAPH_IT__ = { pg, meili, server, dataDir };
}
