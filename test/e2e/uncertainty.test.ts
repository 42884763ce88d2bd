/**
 * In a real browser (Debian's Chromium through playwright-core): what a judge sees where the sources do not fix a
 * date — a distinct badge for an uncertain date and for a clause without evidence, the window with its reason,
 * the start of the wording on the text card, no "in force since <adoption>" before an act's entry into force — on
 * the pages and in the widget, in Kazakh and Russian. Screenshots go to test-output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { serverUrl } from '../support/graphql-client';
import { launchChromium, type LaunchedBrowser } from './chromium';

jest.setTimeout(120_000);

const SCREENSHOTS = resolve(__dirname, '..', '..', 'test-output', 'screenshots');
let launched: LaunchedBrowser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  launched = await launchChromium();
});

afterAll(async () => {
  await launched?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await launched.context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${serverUrl()}${path}`, { waitUntil: 'networkidle' });
  return { page, errors };
}

const style = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const s = getComputedStyle(e);
      return { color: s.color, background: s.backgroundColor, border: s.borderTopStyle };
    });

test('an uncertain date: its own badge, the window with its reason, and the wording flagged on the text card (ru and kk)', async () => {
  const { page, errors } = await open('/acts/gov-2012-1213/att_1__para_5?lang=ru&asOf=2024-02-01');
  const badge = page.locator('.meta .badge.uncertain');
  await expect(badge.innerText()).resolves.toMatch(/точная дата неизвестна: 31\.12\.2023 – 21\.11\.2026/i);
  const note = page.locator('.window-note[data-window="uncertain"]');
  await expect(note.isVisible()).resolves.toBe(true);
  await expect(note.innerText()).resolves.toContain('Период неопределённости: 31.12.2023 – 21.11.2026');
  await expect(note.innerText()).resolves.toContain('по истечении десяти календарных дней');
  await expect(note.innerText()).resolves.toContain('от 20.12.2023 № 1154');
  // the text card says when the wording began and that it may not have applied yet
  const kk = page.locator('section[data-lang="kk"]');
  await expect(kk.getAttribute('data-certain')).resolves.toBe('false');
  await expect(kk.locator('.uncertain-note').innerText()).resolves.toContain('точно неизвестно');
  await expect(kk.locator('.since').first().innerText()).resolves.toBe('Редакция могла применяться с 31.12.2023; точно — с 21.11.2026');
  // distinct from "in force" at a glance
  const uncertain = await style(page, '.meta .badge.uncertain');
  expect(uncertain.border).toBe('dashed');
  await page.screenshot({ path: join(SCREENSHOTS, 'clause-uncertain-ru.png'), fullPage: true });

  await page.goto(`${serverUrl()}/acts/gov-2012-1213/att_1__para_5?asOf=2024-02-01`, { waitUntil: 'networkidle' });
  await expect(page.locator('.meta .badge.uncertain').innerText()).resolves.toMatch(/нақты күні белгісіз/i);
  await expect(page.locator('.window-note').innerText()).resolves.toContain('Белгісіздік кезеңі');
  await expect(page.locator('section[data-lang="kk"] .since').first().innerText()).resolves.toContain(
    '31.12.2023 бастап қолданылуы мүмкін',
  );
  expect(errors).toEqual([]);
  await page.close();
});

test('no evidence: a point of the 2023 Rules in 2015 has its own badge and says why, with no wording (kk and ru)', async () => {
  const { page, errors } = await open('/acts/gov-2012-1213/att_1__para_5?asOf=2015-06-01');
  await expect(page.locator('.meta .badge.unknown').innerText()).resolves.toMatch(/мәлімет жоқ/i);
  const note = page.locator('.window-note[data-window="unknown"]');
  await expect(note.innerText()).resolves.toContain('… – 20.08.2023');
  await expect(note.innerText()).resolves.toContain('№ 666');
  await expect(page.locator('section[data-lang="kk"] [data-absent="no-evidence"]').innerText()).resolves.toContain('мәлімет жоқ');
  const unknown = await style(page, '.meta .badge.unknown');
  expect(unknown.border).toBe('dotted');
  await page.screenshot({ path: join(SCREENSHOTS, 'clause-unknown-kk.png'), fullPage: true });

  await page.goto(`${serverUrl()}/acts/gov-2012-1213/att_1__para_5?lang=ru&asOf=2015-06-01`, { waitUntil: 'networkidle' });
  await expect(page.locator('.meta .badge.unknown').innerText()).resolves.toMatch(/нет сведений/i);
  await expect(page.locator('.window-note').innerText()).resolves.toContain('известен только в редакции');
  await page.goto(`${serverUrl()}/acts/gov-2012-1213/att_1__para_5?lang=ru&asOf=2026-12-01`, { waitUntil: 'networkidle' });
  const inForceStyle = await style(page, '.meta .badge.in-force');
  expect(inForceStyle.color).not.toBe(unknown.color);
  expect(errors).toEqual([]);
  await page.close();
});

test('before its insertion a point is not yet in force, and no "unknown period" is shown anywhere', async () => {
  for (const [path, from] of [
    ['/acts/sc-1999-9/para_21-1?lang=ru&asOf=2011-06-01', '30.12.2011'],
    ['/acts/sc-1999-9/para_25?lang=ru&asOf=2016-06-01', '31.03.2017'],
  ]) {
    const { page, errors } = await open(path);
    await expect(page.locator('.meta .badge.not-yet').first().innerText()).resolves.toMatch(/не вступил в силу/i);
    await expect(page.locator('.meta').innerText()).resolves.toContain(`Вступает в силу не ранее ${from}`.toUpperCase());
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('Неизвестный период');
    await expect(page.locator('section[data-lang="ru"] [data-absent="not-yet"]').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }
});

test('before its own entry into force the decree is not "in force since its adoption", on the page and in the widget', async () => {
  const { page, errors } = await open('/acts/gov-2012-1213?lang=ru&asOf=2012-09-18');
  await expect(page.locator('.meta .badge').first().innerText()).resolves.toMatch(/не вступил в силу/i);
  await expect(page.locator('dd[data-entry-earliest]').innerText()).resolves.toContain('29.09.2012 – 10.08.2023');
  expect(await page.locator('body').innerText()).not.toMatch(/действует с 18\.09\.2012/i);
  await page.screenshot({ path: join(SCREENSHOTS, 'act-not-yet-in-force-ru.png'), fullPage: true });

  // the widget on a page: Russian before entry into force, Russian in an uncertainty window, Kazakh without evidence
  await page.addScriptTag({ url: `${serverUrl()}/embed.js` });
  await page.evaluate(() => {
    const add = (clause: string, lang: string, asOf: string) => {
      const e = document.createElement('zangraph-clause');
      e.setAttribute('clause', clause);
      e.setAttribute('lang', lang);
      e.setAttribute('as-of', asOf);
      document.body.appendChild(e);
    };
    add('gov-2012-1213/para_1', 'ru', '2012-09-18');
    add('gov-2012-1213/att_1__para_5', 'ru', '2024-02-01');
    add('gov-2012-1213/att_1__para_5', 'kk', '2015-06-01');
  });
  await page.waitForFunction(
    () => [...document.querySelectorAll('zangraph-clause')].every((e) => e.getAttribute('data-state') === 'ready'),
    undefined,
    { timeout: 15_000 },
  );
  const cards = page.locator('zangraph-clause');
  const notYet = await cards.nth(0).locator('.badge').allInnerTexts();
  expect(notYet.join(' ')).toMatch(/вступает в силу не ранее 29\.09\.2012/i);
  expect(notYet.join(' ')).not.toMatch(/действует с 18\.09\.2012/i);
  await expect(cards.nth(1).locator('.badge.uncertain').innerText()).resolves.toMatch(/точная дата неизвестна/i);
  await expect(cards.nth(1).locator('.window[data-window="uncertain"]').innerText()).resolves.toContain('31.12.2023 – 21.11.2026');
  await expect(cards.nth(1).locator('.since').innerText()).resolves.toContain('могла применяться с 31.12.2023');
  await expect(cards.nth(2).locator('.badge.unknown').innerText()).resolves.toMatch(/мәлімет жоқ/i);
  await cards.nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-uncertain.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

test('an undated case links its quote to the wording it matches and says why', async () => {
  const { page, errors } = await open('/cases/funeral-and-prosthesis-para12?lang=ru');
  const item = page.locator('li[data-clause="sc-1999-9/para_12"]');
  await expect(item.locator('[data-basis="QUOTE"]').innerText()).resolves.toContain('Цитируемые судом слова совпадают с редакцией');
  expect(await item.locator('a').first().getAttribute('href')).toContain('asOf=2024-11-27');
  await page.goto(`${serverUrl()}/acts/sc-1999-9/para_12?lang=ru`, { waitUntil: 'networkidle' });
  const link = page.locator('section[aria-labelledby="h-cases"] a[data-basis="QUOTE"]');
  await expect(link.innerText()).resolves.toBe('редакция, которую цитирует суд');
  expect(await link.getAttribute('href')).toContain('asOf=2024-11-27');
  expect(errors).toEqual([]);
  await page.close();
});
