/**
 * The core fault experiments of `npm run faults`, on a server of their own (own data directory, embedded
 * PostgreSQL and Meilisearch): each service SIGKILLed under load and brought back by the server itself,
 * external services restarted by their operator, a service that cannot be restarted, ingest SIGKILLed inside
 * its transaction, corrupt and undecodable corpus files, an unwritable data directory.
 */
import { startInstance, type Instance } from '../../bench/faults/instance';
import * as faults from '../../bench/faults/scenarios';
import type { FaultResult } from '../../bench/faults/scenarios';

jest.setTimeout(240_000);

let inst: Instance;
const started: Array<{ stop(): Promise<void> }> = [];

beforeAll(async () => {
  inst = await startInstance({ ZANGRAPH_RESPONSE_CACHE: '0', ZANGRAPH_RATE_LIMIT: 'off' });
});

afterAll(async () => {
  await inst?.stop({ keepData: true });
  for (const s of started) await s.stop().catch(() => undefined);
  await inst?.stop();
});

async function expectPassed(run: Promise<FaultResult>) {
  const r = await run.catch((e) => {
    started.push(...((e as { started?: Array<{ stop(): Promise<void> }> }).started ?? []));
    throw e;
  });
  started.push(...(r.started ?? []));
  // the observation is the message: it says what clients saw when the expectation failed
  expect({ fault: r.fault, observed: r.observed, passed: r.passed }).toEqual({ fault: r.fault, observed: r.observed, passed: true });
}

it('embedded Meilisearch SIGKILLed during search load: degraded answers, no errors, whole again within 30 s by itself', () =>
  expectPassed(faults.meilisearchKilledUnderLoad(inst, { workers: 4, recoverWithinMs: 30_000 })));

it('embedded PostgreSQL SIGKILLed during load: 503 with Retry-After (pages too), then answers again within 30 s by itself', () =>
  expectPassed(faults.postgresKilledUnderLoad(inst, { workers: 4, recoverWithinMs: 30_000 })));

it('external PostgreSQL and Meilisearch restarted by their operator: the server reconnects', () =>
  expectPassed(faults.externalServicesRestarted({ workers: 4, downMs: 1500 })));

it('an embedded service that cannot be restarted: the server exits non-zero, leaving nothing running', () =>
  expectPassed(faults.serviceThatCannotBeRestarted()));

it('ingest SIGKILLed after taking its lock leaves exactly the old corpus or exactly the new one, never a mix', () =>
  expectPassed(faults.killedDuringIngest(inst, { multiple: 20, killDelaysMs: [0, 150] })));

it('a corrupt corpus file is refused with a located message and the database is unchanged', () =>
  expectPassed(faults.corruptCorpusFile(inst)));

it('an undecodable corpus file (invalid UTF-8, NUL) is refused with file:line: CODE and the database is unchanged', () =>
  expectPassed(faults.undecodableCorpusFile(inst)));

it('an unwritable data directory stops the server at once with a clear message', () => expectPassed(faults.unwritableDataDirectory()));
