/**
 * Browser tests: make sure Debian's Chromium is there, then start the system as the integration tests do —
 * unless the integration project's setup already did in this run (`jest` with every project), in which case
 * the browser tests share that server.
 */
import integrationSetup from '../integration/global-setup';
import { ensureChromium } from './chromium';

export default async function globalSetup() {
  ensureChromium();
  if ((globalThis as Record<string, unknown>).__ZANGRAPH_IT__ && process.env.ZANGRAPH_TEST_URL) return;
  await integrationSetup();
}
