/**
 * Debian's Chromium for the browser tests: installed through apt when missing (as root), launched headless by
 * playwright-core with a fresh profile. No browser is downloaded by Playwright itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** apt-get install -y chromium (after apt-get update when the package lists are empty); fails clearly when not root. */
export function ensureChromium(log: (m: string) => void = (m) => process.stderr.write(`${m}\n`)): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(
      `${CHROMIUM_PATH} is missing and installing it needs root: run "apt-get install -y chromium" as root, then the browser tests again`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const listsEmpty =
    !existsSync('/var/lib/apt/lists') ||
    readdirSync('/var/lib/apt/lists').filter((f) => f.endsWith('Packages') || f.endsWith('Packages.lz4')).length === 0;
  if (listsEmpty) {
    log('browser tests: apt-get update');
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  }
  log('browser tests: apt-get install -y chromium');
  try {
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get install chromium finished but ${CHROMIUM_PATH} does not exist`);
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A headless Chromium with a new empty profile (--user-data-dir), removed again on close. Playwright takes the
 * profile directory through launchPersistentContext rather than as a raw argument.
 */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'zangraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
