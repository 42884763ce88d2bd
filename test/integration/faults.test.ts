/**
 * The core fault experiments of `npm run faults`, on a server of their own (own data directory, embedded
 * PostgreSQL and Meilisearch): Meilisearch killed under load, PostgreSQL restarted under load, ingest SIGKILLed
 * inside its transaction, a corrupt corpus file, an unwritable data directory.
 */
import { startInstance, type Instance } from '../../bench/faults/instance';
import { corruptCorpusFile, killedDuringIngest, meilisearchKilledUnderLoad, postgresRestartedUnderLoad, unwritableDataDirectory, type FaultResult } from '../../bench/faults/scenarios';

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

it('Meilisearch killed during search load: degraded answers, no errors, recovery without a restart', () => expectPassed(meilisearchKilledUnderLoad(inst, { workers: 4, downMs: 2500 })));

it('PostgreSQL restarted during load: 503 SERVICE_UNAVAILABLE with Retry-After, then answers again', () => expectPassed(postgresRestartedUnderLoad(inst, { workers: 4, downMs: 1500 })));

it('ingest SIGKILLed after taking its lock leaves exactly the old corpus or exactly the new one, never a mix', () =>
  expectPassed(killedDuringIngest(inst, { multiple: 20, killDelaysMs: [0, 150] })));

it('a corrupt corpus file is refused with a located message and the database is unchanged', () => expectPassed(corruptCorpusFile(inst)));

it('an unwritable data directory stops the server at once with a clear message', () => expectPassed(unwritableDataDirectory()));
