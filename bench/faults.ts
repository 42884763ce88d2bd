/** `npm run faults`: provokes each fault against a server of its own and prints what clients saw. */
import { startInstance } from './faults/instance';
import { editorRaces, expensiveQueries, hostileCitationTexts, hostileHttp } from './faults/attacks';
import * as faults from './faults/scenarios';
import type { FaultResult } from './faults/scenarios';

const EDITOR_TOKEN = 'faults-editor-token-3b9e';

async function main() {
  console.log(`# Zangraph fault experiments — ${new Date().toISOString()} — node ${process.version} (node dist/bench/faults.js)`);
  const results: FaultResult[] = [];
  const inst = await startInstance({ ZANGRAPH_RESPONSE_CACHE: '0', ZANGRAPH_RATE_LIMIT: 'off', ZANGRAPH_EDITOR_TOKENS: EDITOR_TOKEN });
  const started: Array<{ stop(): Promise<void> }> = [];
  const run = async (f: () => Promise<FaultResult>) => {
    try {
      const r = await f();
      started.push(...(r.started ?? []));
      results.push(r);
    } catch (e) {
      started.push(...((e as { started?: Array<{ stop(): Promise<void> }> }).started ?? []));
      results.push({ fault: f.name, expected: '', observed: `threw: ${(e as Error).message}`, passed: false });
    }
  };
  try {
    await run(() => hostileCitationTexts(inst.url));
    await run(() => expensiveQueries(inst.url));
    await run(() => hostileHttp(inst.url, EDITOR_TOKEN));
    await run(() => editorRaces(inst.url, EDITOR_TOKEN, { pairs: 12 }));
    await run(() => faults.meilisearchKilledUnderLoad(inst, { workers: 8, recoverWithinMs: 30_000 }));
    await run(() => faults.postgresKilledUnderLoad(inst, { workers: 8, recoverWithinMs: 30_000 }));
    await run(() => faults.externalServicesRestarted({ workers: 8, downMs: 3000 }));
    await run(() => faults.serviceThatCannotBeRestarted());
    await run(() => faults.killedDuringIngest(inst, { multiple: 50, killDelaysMs: [0, 50, 200, 800] }));
    await run(() => faults.corruptCorpusFile(inst));
    await run(() => faults.undecodableCorpusFile(inst));
    await run(() => faults.unwritableDataDirectory());
  } finally {
    await inst.stop({ keepData: true });
    for (const s of started) await s.stop().catch(() => undefined);
    await inst.stop();
  }
  console.log('');
  console.log('| fault | expected | observed | result |');
  console.log('|---|---|---|---|');
  for (const r of results)
    console.log(
      `| ${r.fault} | ${r.expected} | ${r.observed.replace(/\|/g, '\\|').replace(/\n/g, ' ')} | ${r.passed ? 'pass' : '**FAIL**'} |`,
    );
  process.exitCode = results.every((r) => r.passed) ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
