/**
 * In a real browser (Debian's Chromium through playwright-core): the clause page, the search page, and a page on
 * another origin that embeds the widget. Each asserts what the reader sees and that the console stayed free of
 * errors; screenshots go to test-output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { serverUrl } from '../support/graphql-client';
import { launchChromium, type LaunchedBrowser } from './chromium';

jest.setTimeout(120_000);

const SCREENSHOTS = resolve(__dirname, '..', '..', 'test-output', 'screenshots');

let launched: LaunchedBrowser;
let host: Server;
let hostOrigin: string;

/** The embedding page the other origin serves: the widget in Russian on 2020-01-01, in Kazakh today, and an unknown clause. */
function embeddingPage(zangraph: string, clauses: Array<{ clause: string; lang: string; asOf?: string }>): string {
  const elements = clauses.map((c) => `<zangraph-clause clause="${c.clause}" lang="${c.lang}"${c.asOf ? ` as-of="${c.asOf}"` : ''}></zangraph-clause>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A law firm blog</title><link rel="icon" href="data:,">
<style>body{font:16px/1.5 Arial,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#222;background:#fafafa}h1{font-size:1.6rem}</style>
<script async src="${zangraph}/embed.js"></script></head>
<body><h1>Funeral expenses: what the Supreme Court says</h1><p>The clause as it stood when the claim arose:</p>
${elements}
</body></html>`;
}

async function startHost(): Promise<void> {
  let pageHtml = '';
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const spec = url.searchParams.get('spec');
    pageHtml = embeddingPage(serverUrl(), spec ? JSON.parse(spec) : []);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pageHtml);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  // "localhost" vs the server's 127.0.0.1: a different origin (host and port) from the one serving the widget
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
}

/** Console errors and uncaught exceptions seen by a page. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  launched = await launchChromium();
  await startHost();
});

afterAll(async () => {
  await launched?.close();
  await new Promise((r) => (host ? host.close(() => r(undefined)) : r(undefined)));
});

test('the clause page shows both languages side by side, the status and a working copy-citation button', async () => {
  const page = await launched.context.newPage();
  const errors = watchConsole(page);
  await page.goto(`${serverUrl()}/acts/sc-1999-9/para_12?lang=ru&asOf=2020-01-01`, { waitUntil: 'networkidle' });
  expect(await page.getAttribute('html', 'lang')).toBe('ru');
  await expect(page.locator('h1').innerText()).resolves.toContain('Пункт 12');
  const kk = page.locator('section[data-lang="kk"]');
  const ru = page.locator('section[data-lang="ru"]');
  await expect(kk.locator('.tag.official').innerText()).resolves.toBe('официальный текст');
  const [kkBox, ruBox] = [await kk.boundingBox(), await ru.boundingBox()];
  // side by side: the same row, Kazakh on the left
  expect(kkBox && ruBox && Math.abs(kkBox.y - ruBox.y) < 2 && kkBox.x < ruBox.x).toBe(true);
  await expect(page.locator('.meta .badge.in-force').innerText()).resolves.toMatch(/действует/i);
  await expect(page.locator('.meta .badge.amended').innerText()).resolves.toMatch(/изменён с 28\.11\.2024/i);
  // keyboard: the copy button is reachable and works without a mouse
  const copy = page.locator('button[data-copy="cite-full"]');
  await copy.focus();
  await page.keyboard.press('Enter');
  // the clipboard write is asynchronous: wait for the page to confirm it
  await page.waitForFunction(() => document.querySelector('#cite-status')?.textContent?.trim() === 'Скопировано', null, { timeout: 10_000 });
  await expect(page.locator('#cite-status').innerText()).resolves.toBe('Скопировано');
  await page.screenshot({ path: join(SCREENSHOTS, 'clause-page-ru-2020.png'), fullPage: true });

  await page.goto(`${serverUrl()}/acts/gov-2012-1213/att_1__para_9`, { waitUntil: 'networkidle' });
  expect(await page.getAttribute('html', 'lang')).toBe('kk');
  await expect(page.locator('.meta .badge').first().innerText()).resolves.toMatch(/қолданыста/i);
  await page.screenshot({ path: join(SCREENSHOTS, 'clause-page-kk.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

test('the act page draws the amendment timeline (its events are keyboard links); the case page lists the cited clause', async () => {
  const page = await launched.context.newPage();
  const errors = watchConsole(page);
  await page.goto(`${serverUrl()}/acts/sc-1999-9`, { waitUntil: 'networkidle' });
  const events = page.locator('.timeline svg a.ev');
  expect(await events.count()).toBeGreaterThanOrEqual(5);
  expect((await page.locator('.timeline svg title').first().textContent())?.trim()).toBeTruthy();
  // keyboard: tabbing reaches the timeline's links
  await events.first().focus();
  expect(await page.evaluate(() => document.activeElement?.closest('svg') !== null)).toBe(true);
  await page.screenshot({ path: join(SCREENSHOTS, 'act-page.png'), fullPage: true });

  await page.goto(`${serverUrl()}/cases/funeral-and-prosthesis-para12?lang=ru`, { waitUntil: 'networkidle' });
  expect(await page.locator('li[data-clause="sc-1999-9/para_12"]').count()).toBe(1);
  await page.screenshot({ path: join(SCREENSHOTS, 'case-page.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

test('the search page finds the funeral-expenses point, marks the words and filters by act', async () => {
  const page = await launched.context.newPage();
  const errors = watchConsole(page);
  await page.goto(`${serverUrl()}/search?lang=ru`, { waitUntil: 'networkidle' });
  await page.getByLabel('Поисковый запрос').fill('расходы на погребение');
  await page.getByLabel('Акт', { exact: true }).selectOption('sc-1999-9');
  // submitted from the keyboard: Enter in the query field
  await page.getByLabel('Поисковый запрос').focus();
  await Promise.all([page.waitForURL(/[?&]q=/), page.keyboard.press('Enter')]);
  await page.waitForLoadState('networkidle');
  const hits = page.locator('ol.hits > li');
  expect(await hits.count()).toBeGreaterThan(0);
  const ids = await hits.evaluateAll((els) => els.map((e) => e.getAttribute('data-clause')));
  expect(ids).toContain('sc-1999-9/para_12');
  expect(ids.every((id) => id?.startsWith('sc-1999-9/'))).toBe(true);
  expect(await page.locator('ol.hits mark').count()).toBeGreaterThan(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'search-page.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

test('a page on another origin embeds the widget: text, citation, status badge, link back', async () => {
  const page = await launched.context.newPage();
  const errors = watchConsole(page);
  const spec = [
    { clause: 'sc-1999-9/para_12', lang: 'ru', asOf: '2020-01-01' },
    { clause: 'gov-2012-1213/att_1__para_9', lang: 'kk' },
  ];
  await page.goto(`${hostOrigin}/?spec=${encodeURIComponent(JSON.stringify(spec))}`, { waitUntil: 'networkidle' });
  expect(new URL(page.url()).origin).not.toBe(new URL(serverUrl()).origin);
  const cards = page.locator('zangraph-clause');
  await page
    .waitForFunction(() => [...document.querySelectorAll('zangraph-clause')].every((e) => e.getAttribute('data-state') === 'ready'), undefined, { timeout: 15_000 })
    .catch(async () => {
      throw new Error(`widget did not render: ${await cards.first().getAttribute('data-state')} ${errors.join('; ')}`);
    });
  const first = cards.nth(0);
  // playwright pierces the open shadow root
  await expect(first.locator('h2').innerText()).resolves.toBe('Пункт 12');
  await expect(first.locator('.badge.amended').innerText()).resolves.toMatch(/изменён с 28\.11\.2024/i);
  await expect(first.locator('.cite').innerText()).resolves.toContain('пункт 12 нормативного постановления Верховного Суда');
  expect(await first.locator('a').getAttribute('href')).toBe(`${serverUrl()}/acts/sc-1999-9/para_12?asOf=2020-01-01&lang=ru`);
  const second = cards.nth(1);
  await expect(second.locator('.law').innerText()).resolves.toContain('Залалды өтеу');
  await expect(second.locator('.badge.in-force').innerText()).resolves.toMatch(/қолданыста/i);
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-other-origin.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

test('a translator’s note ("прим. пер.") is visible under the Russian text, on the page and in the widget, its mark leading to it', async () => {
  const page = await launched.context.newPage();
  const errors = watchConsole(page);
  await page.goto(`${serverUrl()}/acts/gov-2012-1213/att_1__para_3?lang=ru`, { waitUntil: 'networkidle' });
  const note = page.locator('section[data-lang="ru"] .translator-notes li').first();
  expect(await note.isVisible()).toBe(true);
  await expect(note.innerText()).resolves.toMatch(/^Прим\. пер\.: в официальном тексте на казахском языке — «бюджет қаражатынан толық көлемде өтелуге тиіс»/);
  await expect(note.locator('.tag.unofficial').innerText()).resolves.toBe('неофициально');
  expect(await page.locator('section[data-lang="kk"] .translator-notes').count()).toBe(0);
  // keyboard: the mark in the paragraph is a link to the note
  await page.locator('section[data-lang="ru"] .tn-mark a').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#tn-ru-1');
  await page.screenshot({ path: join(SCREENSHOTS, 'clause-page-translator-note.png'), fullPage: true });

  const spec = [{ clause: 'gov-2012-1213/att_1__para_3', lang: 'ru' }];
  await page.goto(`${hostOrigin}/?spec=${encodeURIComponent(JSON.stringify(spec))}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('zangraph-clause')?.getAttribute('data-state') === 'ready', undefined, { timeout: 15_000 });
  const card = page.locator('zangraph-clause');
  await expect(card.locator('.tnotes li').first().innerText()).resolves.toMatch(/^Прим\. пер\.: .*«возмещению бюджетных средств в полном объеме»/);
  expect(await card.locator('.law .tn').count()).toBe(1);
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-translator-note.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

test('an unknown clause gives the widget its error state', async () => {
  const page = await launched.context.newPage();
  const errors = watchConsole(page);
  const spec = [{ clause: 'sc-1999-9/para_99', lang: 'ru' }];
  await page.goto(`${hostOrigin}/?spec=${encodeURIComponent(JSON.stringify(spec))}`, { waitUntil: 'networkidle' });
  const card = page.locator('zangraph-clause');
  await page.waitForFunction(() => document.querySelector('zangraph-clause')?.getAttribute('data-state') === 'not-found');
  await expect(card.locator('[role="alert"]').innerText()).resolves.toContain('Пункт не найден');
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-not-found.png') });
  // the browser itself reports the 404 response; nothing else may fail
  expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  await page.close();
});

test('the AKN export parses in the browser (DOMParser) without a parser error', async () => {
  const page = await launched.context.newPage();
  await page.goto(`${serverUrl()}/acts/sc-1999-9`, { waitUntil: 'domcontentloaded' });
  for (const actId of ['sc-1999-9', 'gov-2012-1213']) {
    const result = await page.evaluate(async (id) => {
      const text = await (await fetch(`/acts/${id}/akn.xml`)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI };
    }, actId);
    expect(result).toEqual({ error: 0, root: 'akomaNtoso', ns: 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0' });
  }
  await page.close();
});
