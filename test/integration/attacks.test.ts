/**
 * The hostile requests of `npm run faults` (bench/faults/attacks.ts), against the test run's server: citation
 * texts that were quadratic, queries that cost far more than they look, forged headers, NUL bytes, non-JSON
 * POSTs, missing tokens, editors racing. Times here are generous (the suite shares the machine); the bench
 * holds the targets.
 */
import { editorRaces, expensiveQueries, hostileCitationTexts, hostileHttp } from '../../bench/faults/attacks';
import type { FaultResult } from '../../bench/faults/scenarios';
import { serverUrl } from '../support/graphql-client';

jest.setTimeout(180_000);

function expectPassed(r: FaultResult) {
  // the observation is the message: it says what the server answered when the expectation failed
  expect({ fault: r.fault, observed: r.observed, passed: r.passed }).toEqual({ fault: r.fault, observed: r.observed, passed: true });
}

const token = () => process.env.ZANGRAPH_TEST_EDITOR_TOKEN!;

it('hostile citation texts of 64 KB are answered or refused, and /healthz keeps answering', async () =>
  expectPassed(await hostileCitationTexts(serverUrl(), { length: 64_000, maxMs: 10_000, maxHealthMs: 2_000 })));

it('queries that cost far more than they look are refused before they run, naming the limit', async () =>
  expectPassed(await expensiveQueries(serverUrl())));

it('forged hosts, NUL bytes, non-JSON POSTs and missing tokens get the right refusal', async () =>
  expectPassed(await hostileHttp(serverUrl(), token())));

it('editors racing: exactly one of two updates from the same version wins, the other is told CONFLICT; no internal errors', async () =>
  expectPassed(await editorRaces(serverUrl(), token(), { pairs: 6 })));
