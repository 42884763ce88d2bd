/**
 * In a real browser (Debian's Chromium through playwright-core): the clause page, the search page, and a page on
 * another origin that embeds the widget. Each asserts what the reader sees and that the console stayed free of
 * errors; screenshots go to test-output/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
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

interface HostSpec {
  clauses?: Array<{ clause: string; lang: string; asOf?: string }>;
  /** The host page's own CSS (a hostile one proves the widget is immune to it). */
  css?: string;
  /** Markup pasted as is, e.g. the html of an oEmbed answer. */
  html?: string;
}

/** The embedding page the other origin serves. */
function embeddingPage(zangraph: string, spec: HostSpec): string {
  const elements = (spec.clauses ?? [])
    .map((c) => `<zangraph-clause clause="${c.clause}" lang="${c.lang}"${c.asOf ? ` as-of="${c.asOf}"` : ''}></zangraph-clause>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A law firm blog</title><link rel="icon" href="data:,">
<style>body{font:16px/1.5 Arial,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#222;background:#fafafa}h1{font-size:1.6rem}${spec.css ?? ''}</style>
${spec.html ? '' : `<script async src="${zangraph}/embed.js"></script>`}</head>
<body><h1>Funeral expenses: what the Supreme Court says</h1><p>The clause as it stood when the claim arose:</p>
${elements}${spec.html ?? ''}
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
    const parsed = spec ? JSON.parse(spec) : {};
    pageHtml = embeddingPage(serverUrl(), Array.isArray(parsed) ? { clauses: parsed } : parsed);
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
  await expect(page.locator('.meta .badge.amended').innerText()).resolves.toMatch(/изменён не ранее 28\.11\.2024/i);
  // keyboard: the copy button is reachable and works without a mouse
  const copy = page.locator('button[data-copy="cite-full"]');
  await copy.focus();
  await page.keyboard.press('Enter');
  // the clipboard write is asynchronous: wait for the page to confirm it
  await page.waitForFunction(() => document.querySelector('#cite-status')?.textContent?.trim() === 'Скопировано', null, {
    timeout: 10_000,
  });
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
    .waitForFunction(
      () => [...document.querySelectorAll('zangraph-clause')].every((e) => e.getAttribute('data-state') === 'ready'),
      undefined,
      { timeout: 15_000 },
    )
    .catch(async () => {
      throw new Error(`widget did not render: ${await cards.first().getAttribute('data-state')} ${errors.join('; ')}`);
    });
  const first = cards.nth(0);
  // playwright pierces the open shadow root
  await expect(first.locator('h2').innerText()).resolves.toBe('Пункт 12');
  await expect(first.locator('.badge.amended').innerText()).resolves.toMatch(/изменён не ранее 28\.11\.2024/i);
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
  await expect(note.innerText()).resolves.toMatch(
    /^Прим\. пер\.: в официальном тексте на казахском языке — «бюджет қаражатынан толық көлемде өтелуге тиіс»/,
  );
  await expect(note.locator('.tag.unofficial').innerText()).resolves.toBe('неофициально');
  expect(await page.locator('section[data-lang="kk"] .translator-notes').count()).toBe(0);
  // keyboard: the mark in the paragraph is a link to the note
  await page.locator('section[data-lang="ru"] .tn-mark a').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#tn-ru-1');
  await page.screenshot({ path: join(SCREENSHOTS, 'clause-page-translator-note.png'), fullPage: true });

  const spec = [{ clause: 'gov-2012-1213/att_1__para_3', lang: 'ru' }];
  await page.goto(`${hostOrigin}/?spec=${encodeURIComponent(JSON.stringify(spec))}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('zangraph-clause')?.getAttribute('data-state') === 'ready', undefined, {
    timeout: 15_000,
  });
  const card = page.locator('zangraph-clause');
  await expect(card.locator('.tnotes li').first().innerText()).resolves.toMatch(
    /^Прим\. пер\.: .*«возмещению бюджетных средств в полном объеме»/,
  );
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
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        ns: doc.documentElement.namespaceURI,
      };
    }, actId);
    expect(result).toEqual({ error: 0, root: 'akomaNtoso', ns: 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0' });
  }
  await page.close();
});

// ---------------------------------------------------------------- every page type at 390 and 1280 px, with axe

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: unknown[] }>;
}

/** axe-core, injected into the page, on the page (or on the given selectors): the critical and serious findings. */
async function axeFindings(page: Page, include?: string[]): Promise<string[]> {
  // evaluated over the DevTools protocol: not subject to the page's Content-Security-Policy
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (sel) =>
      (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe
        .run(sel ? { include: sel.map((s) => [s]) } : document, { resultTypes: ['violations'] })
        .then((r) => r.violations),
    include ?? null,
  );
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

/** Every kind of page the site serves, each in a form that exercises its widest content. */
const PAGE_TYPES: Array<[string, string]> = [
  ['home', '/'],
  ['home (ru)', '/?lang=ru'],
  ['act', '/acts/sc-1999-9'],
  ['act with the Rules (ru, dated)', '/acts/gov-2012-1213?lang=ru&asOf=2024-01-01'],
  ['clause (ru, dated)', '/acts/sc-1999-9/para_12?lang=ru&asOf=2020-01-01'],
  ['clause of the Rules with sub-points', '/acts/gov-2012-1213/att_1__para_9'],
  ['clause on an uncertain date (ru)', '/acts/gov-2012-1213/att_1__para_5?lang=ru&asOf=2024-02-01'],
  ['clause without evidence', '/acts/gov-2012-1213/att_1__para_5?asOf=2015-06-01'],
  ['act before its entry into force (ru)', '/acts/gov-2012-1213?lang=ru&asOf=2012-09-18'],
  ['repealed clause', '/acts/sc-1999-9/para_11?lang=ru'],
  ['preamble', '/acts/sc-1999-9/preamble'],
  ['search with results', '/search?q=%D0%B6%D0%B5%D1%80%D0%BB%D0%B5%D1%83+%D1%88%D1%8B%D2%93%D1%8B%D0%BD%D0%B4%D0%B0%D1%80%D1%8B'],
  ['search form (ru)', '/search?lang=ru'],
  ['case', '/cases/funeral-and-prosthesis-para12?lang=ru'],
  ['404 page', '/acts/sc-1999-9/para_99?lang=ru'],
  ['400 page', '/acts/sc-1999-9?asOf=2020-02-30'],
];

describe.each([390, 1280])('at %i px', (width) => {
  test.each(PAGE_TYPES)('%s (%s): no horizontal scroll of the page, axe: 0 critical, 0 serious', async (_name, path) => {
    const page = await launched.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const errors = watchConsole(page);
    await page.goto(`${serverUrl()}${path}`, { waitUntil: 'networkidle' });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ path, width, scrollWidth: Math.min(scrollWidth, width) === scrollWidth ? 'fits' : scrollWidth }).toEqual({
      path,
      width,
      scrollWidth: 'fits',
    });
    expect(await axeFindings(page)).toEqual([]);
    if (width === 390) await page.screenshot({ path: join(SCREENSHOTS, `390-${_name.replace(/[^a-z0-9]+/gi, '-')}.png`), fullPage: true });
    // a 400 or 404 page reports its status in the console; nothing else may fail
    expect(errors.filter((e) => !/status of 40[04]/.test(e))).toEqual([]);
    await page.close();
  });
});

test('wide tables scroll inside their own box at 390 px: the notes column is reachable, the page does not scroll', async () => {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(`${serverUrl()}/acts/sc-1999-9/para_12?lang=ru`, { waitUntil: 'networkidle' });
  const box = page.locator('#h-history ~ .table-scroll').first();
  const dims = await box.evaluate((e) => ({
    client: e.clientWidth,
    scroll: e.scrollWidth,
    tabIndex: e.tabIndex,
    label: e.getAttribute('aria-label'),
  }));
  expect(dims.client).toBeLessThanOrEqual(390);
  expect(dims.tabIndex).toBe(0);
  expect(dims.label).toContain('таблица');
  // the last column (the official notes) is inside the box: scrolled to the end, it is in view
  await box.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
  const notes = box.locator('td.note').first();
  const r = await notes.boundingBox();
  expect(r && r.x >= 0 && r.x < 390).toBe(true);
  await page.close();
});

// ---------------------------------------------------------------- the widget on a hostile host page

const HOSTILE_CSS =
  'html{font-size:30px}body{text-transform:uppercase;letter-spacing:3px;color:red;font-family:"Comic Sans MS",cursive;text-align:right}*{font-size:40px !important;line-height:3}p,div,span,a,h2,article{color:red;text-transform:uppercase;background:yellow}';

test('6 widgets on a hostile host page: at most 6 requests (one here), text untouched by the host CSS, 390 px fit, axe clean', async () => {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 390, height: 900 });
  const errors = watchConsole(page);
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(serverUrl()) && r.url().includes('/embed/clause')) requests.push(r.url());
  });
  const clauses = [
    { clause: 'sc-1999-9/para_12', lang: 'ru', asOf: '2020-01-01' },
    { clause: 'sc-1999-9/para_12', lang: 'ru', asOf: '2020-01-01' },
    { clause: 'sc-1999-9/para_1', lang: 'kk' },
    { clause: 'gov-2012-1213/att_1__para_9', lang: 'kk' },
    { clause: 'gov-2012-1213/att_1__para_9__subpara_2', lang: 'ru' },
    { clause: 'sc-1999-9/para_21-1', lang: 'ru', asOf: '2015-01-01' },
  ];
  await page.goto(`${hostOrigin}/?spec=${encodeURIComponent(JSON.stringify({ clauses, css: HOSTILE_CSS }))}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    () => [...document.querySelectorAll('zangraph-clause')].every((e) => e.getAttribute('data-state') === 'ready'),
    undefined,
    { timeout: 15_000 },
  );
  expect(requests.length).toBeLessThanOrEqual(6);
  expect(requests).toHaveLength(1);
  process.stdout.write(`widget: 6 cards, ${requests.length} request(s)\n`);
  const cards = page.locator('zangraph-clause');
  expect(await cards.count()).toBe(6);
  for (let i = 0; i < 6; i++) {
    const law = cards.nth(i).locator('.law');
    const style = await law.evaluate((e) => {
      const cs = getComputedStyle(e);
      return { transform: cs.textTransform, size: cs.fontSize, spacing: cs.letterSpacing, color: cs.color, align: cs.textAlign };
    });
    expect(style).toEqual({ transform: 'none', size: '16px', spacing: 'normal', color: 'rgb(27, 31, 36)', align: 'left' });
    // what the reader sees (innerText follows text-transform) is the wording as published
    const [seen, source] = await law.evaluate((e) => [
      [...e.querySelectorAll('p')].map((p) => p.innerText.trim()),
      [...e.querySelectorAll('p')].map((p) => (p.textContent ?? '').trim()),
    ]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(source);
  }
  // the card names the date and the language it shows
  await expect(cards.nth(0).locator('.foot .asof').innerText()).resolves.toBe('По состоянию на 01.01.2020');
  await expect(cards.nth(0).locator('.tags .lang').first().innerText()).resolves.toBe('На русском языке');
  await expect(cards.nth(2).locator('.tags .lang').innerText()).resolves.toBe('Қазақ тілінде');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axeFindings(page, ['zangraph-clause'])).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'widgets-hostile-host-390.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

test('a bad as-of shows the error in the card language; changing attributes reloads with one more request', async () => {
  const page = await launched.context.newPage();
  const errors = watchConsole(page);
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/embed/clause')) requests.push(r.url());
  });
  const clauses = [
    { clause: 'sc-1999-9/para_12', lang: 'kk', asOf: '2020-02-30' },
    { clause: 'sc-1999-9/para_12', lang: 'ru', asOf: '20200101' },
  ];
  await page.goto(`${hostOrigin}/?spec=${encodeURIComponent(JSON.stringify({ clauses }))}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('zangraph-clause')].every((e) => e.getAttribute('data-state') === 'error'),
  );
  const cards = page.locator('zangraph-clause');
  await expect(cards.nth(0).locator('[role="alert"] strong').innerText()).resolves.toContain('күнтізбеде жоқ күн');
  await expect(cards.nth(1).locator('[role="alert"] strong').innerText()).resolves.toContain('ГГГГ-ММ-ДД');
  const before = requests.length;
  // three attribute changes in one task: one request
  await cards.nth(0).evaluate((e) => {
    e.setAttribute('as-of', '2020-01-01');
    e.setAttribute('lang', 'ru');
    e.setAttribute('clause', 'sc-1999-9/para_13');
  });
  await page.waitForFunction(() => document.querySelector('zangraph-clause')?.getAttribute('data-state') === 'ready');
  expect(requests.length - before).toBe(1);
  await expect(cards.nth(0).locator('h2').innerText()).resolves.toBe('Пункт 13');
  expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  await page.close();
});

test('an oEmbed consumer following discovery embeds exactly the language and the date of the page', async () => {
  const page = await launched.context.newPage();
  const pageUrl = `${serverUrl()}/acts/sc-1999-9/para_12?lang=ru&asOf=2020-01-01`;
  // the consumer: read the page, find <link rel="alternate" type="application/json+oembed">, fetch it, paste its html
  const pageHtml = await (await fetch(pageUrl)).text();
  const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(pageHtml)![1].replace(/&amp;/g, '&');
  const oembed = await (await fetch(href)).json();
  await page.goto(`${hostOrigin}/?spec=${encodeURIComponent(JSON.stringify({ html: oembed.html }))}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('zangraph-clause')?.getAttribute('data-state') === 'ready', undefined, {
    timeout: 15_000,
  });
  const card = page.locator('zangraph-clause');
  await expect(card.locator('article').getAttribute('lang')).resolves.toBe('ru');
  await expect(card.locator('.foot .asof').innerText()).resolves.toBe('По состоянию на 01.01.2020');
  await expect(card.locator('.badge.amended').innerText()).resolves.toMatch(/изменён не ранее 28\.11\.2024/i);
  // the same wording the page shows for that date and language
  const fromPage = await (await fetch(`${serverUrl()}/embed/clause.json?clause=sc-1999-9%2Fpara_12&lang=ru&asOf=2020-01-01`)).json();
  const shown = await card.locator('.law').evaluate((e) => [...e.querySelectorAll('p')].map((p) => p.textContent));
  expect(shown).toEqual(fromPage.text.paragraphs ?? fromPage.otherText.paragraphs);
  await page.close();
});
