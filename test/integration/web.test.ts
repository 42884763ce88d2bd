/**
 * Pages, widget data, oEmbed, CORS and exports over real HTTP against the server started by globalSetup.
 * The clause list comes from GraphQL, so every clause of the knowledge base is checked.
 */
import { gqlOk, serverUrl } from '../support/graphql-client';

jest.setTimeout(120_000);

const MAX_PAGE_BYTES = 100 * 1024;

interface ClauseRow {
  id: string;
  eId: string;
  kind: string;
}
interface ActRow {
  id: string;
  clauses: ClauseRow[];
  amendments: Array<{ id: string; effectiveFrom: string; target: string }>;
}

let acts: ActRow[];

beforeAll(async () => {
  const data = await gqlOk<{ acts: ActRow[] }>(
    '{ acts { id clauses(includeRepealed: true) { id eId kind } amendments { id effectiveFrom target } } }',
  );
  acts = data.acts;
});

const get = (path: string, init?: RequestInit) => fetch(`${serverUrl()}${path}`, init);

describe('pages', () => {
  test('every clause has a page: 200, HTML with <html lang>, under 100 kB, naming the clause', async () => {
    const all = acts.flatMap((a) => a.clauses);
    expect(all.length).toBeGreaterThan(40);
    for (const c of all) {
      for (const lang of ['kk', 'ru']) {
        const res = await get(`/acts/${c.id.split('/')[0]}/${c.eId}?lang=${lang}`);
        const body = await res.text();
        expect({ id: c.id, lang, status: res.status }).toEqual({ id: c.id, lang, status: 200 });
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        expect(Buffer.byteLength(body)).toBeLessThan(MAX_PAGE_BYTES);
        expect(body).toContain(`<html lang="${lang}">`);
        expect(body).toContain(`data-clause="${c.id}"`);
        // both languages side by side, each marked with its language; a chapter of a code lists its articles instead
        if (c.kind === 'CHAPTER') expect(body).toContain('id="h-articles"');
        else expect(body).toMatch(/data-lang="kk"[\s\S]*data-lang="ru"/);
      }
    }
  });

  test('the clause page labels official and unofficial texts and shows status, citation and history', async () => {
    const body = await (await get('/acts/sc-1999-9/para_12?lang=ru&asOf=2020-01-01')).text();
    expect(body).toContain('официальный текст');
    expect(body).toContain('неофициальный перевод');
    expect(body).toContain('Действует');
    // resolution No. 2 of 28.11.2024 applies from its first official publication, whose date is not recorded
    expect(body).toContain('Изменён не ранее 28.11.2024');
    expect(body).toContain('пункт 12 нормативного постановления Верховного Суда Республики Казахстан от 9 июля 1999 года № 9');
    expect(body).toContain('data-copy="cite-full"');
    expect(body).toContain('application/json+oembed');
    const kk = await (await get('/acts/sc-1999-9/para_12')).text();
    expect(kk).toContain('Қолданыста');
    expect(kk).toContain('ресми мәтін');
  });

  test.each([
    ['/acts/sc-1999-9/para_2', 'орташа айлық есептік көрсеткіштің (кірістің)', 'среднемесячного заработка (дохода)'],
    ['/acts/gov-2012-1213/att_1__para_3', 'бюджет қаражатынан толық көлемде өтелуге тиіс', 'возмещению бюджетных средств в полном объеме'],
  ])(
    '%s shows the translator’s note ("прим. пер.") under the Russian text, in both page languages, marked unofficial',
    async (path, original, rendering) => {
      for (const lang of ['kk', 'ru']) {
        const body = await (await get(`${path}?lang=${lang}`)).text();
        const ru = body.slice(body.indexOf('data-lang="ru"'));
        const notes = ru.slice(ru.indexOf('class="translator-notes"'));
        expect(ru).toContain('class="translator-notes"');
        expect(notes).toMatch(/<li id="tn-ru-1" class="note small" lang="ru"[^>]*>Прим\. пер\.: в официальном тексте на казахском языке/);
        expect(notes).toContain(`«${original}»`);
        expect(notes).toContain(`«${rendering}»`);
        expect(notes).toContain(lang === 'ru' ? 'неофициально' : 'ресми емес');
        // the paragraph it explains carries the note's mark, linked to it
        expect(ru).toMatch(new RegExp(`${rendering.replace(/[()]/g, '\\$&')}[^<]*(<[^>]*>[^<]*)*?<sup class="tn-mark"><a href="#tn-ru-1"`));
        // the Kazakh column, official, carries none
        expect(body.slice(body.indexOf('data-lang="kk"'), body.indexOf('data-lang="ru"'))).not.toContain('translator-notes');
      }
    },
  );

  test('the act page lists every translator’s note of its translation, each linked to its clause', async () => {
    const body = await (await get('/acts/sc-1999-9?lang=ru')).text();
    const section = body.slice(body.indexOf('id="h-tnotes"'));
    expect(body).toContain('id="h-tnotes"');
    expect(section).toContain('Примечания переводчика (прим. пер.)');
    expect(section).toMatch(/<a href="\/acts\/sc-1999-9\/para_2\?lang=ru" lang="ru">Пункт 2<\/a>: Прим\. пер\.: /);
    expect(section).toContain('«среднемесячного заработка (дохода)»');
    const gov = await (await get('/acts/gov-2012-1213')).text();
    expect(gov.slice(gov.indexOf('id="h-tnotes"'))).toMatch(
      /\/acts\/gov-2012-1213\/att_1__para_3[^"]*" lang="kk">3-тармақ<\/a>: Прим\. пер\.: [^<]*«бюджет қаражатынан/,
    );
  });

  test('the clause page names each role, a clause of two roles for one claim type under that type once', async () => {
    const body = await (await get('/acts/sc-1999-9/para_18?lang=ru')).text();
    const section = body.slice(body.indexOf('id="h-claims"'));
    expect(section).toContain('data-role="BARS_DEFENCE">возражения не допускаются</span>');
    expect(section.match(/Утраченный заработок \(доход\) и дополнительные расходы<\/strong>/g)).toHaveLength(1);
    const lostEarnings = section.slice(section.indexOf('Утраченный заработок (доход) и дополнительные расходы</strong>'));
    expect(lostEarnings.slice(0, lostEarnings.indexOf('</li>'))).toMatch(/data-role="DEFENCE"[\s\S]*data-role="BARS_DEFENCE"/);
    const kk = await (await get('/acts/sc-1999-9/para_18')).text();
    expect(kk).toContain('data-role="BARS_DEFENCE">қарсылыққа жол берілмейді</span>');
  });

  test('a repealed point says so, with the date the evidence gives; inside the repeal window it says the date is not known', async () => {
    const body = await (await get('/acts/sc-1999-9/para_11?lang=ru&asOf=2012-01-01')).text();
    expect(body).toMatch(/data-status="REPEALED"[^>]*>Утратил силу не позднее 30\.12\.2011/);
    const within = await (await get('/acts/sc-1999-9/para_11?lang=ru&asOf=2010-01-01')).text();
    expect(within).toMatch(/data-status="UNCERTAIN"[^>]*>Точная дата неизвестна: 18\.06\.2004 – 30\.12\.2011/);
    expect(within).toContain('data-window="uncertain"');
  });

  test.each([
    ['/acts/sc-1999-9', 'data-act="sc-1999-9"'],
    ['/acts/gov-2012-1213?lang=ru', '<svg viewBox'],
    ['/search?q=%D0%B6%D0%B5%D1%80%D0%BB%D0%B5%D1%83', 'data-clause="sc-1999-9/para_12"'],
    ['/search?q=%D0%BF%D0%BE%D0%B3%D1%80%D0%B5%D0%B1%D0%B5%D0%BD%D0%B8%D0%B5&lang=ru&act=sc-1999-9', '<mark>'],
    ['/cases/funeral-and-prosthesis-para12', 'data-clause="sc-1999-9/para_12"'],
    ['/', 'data-act="gov-2012-1213"'],
  ])('%s answers 200 under 100 kB', async (path, marker) => {
    const res = await get(path);
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_PAGE_BYTES);
    expect(body).toContain(marker);
  });

  test.each([
    ['/acts/sc-1999-9/para_99'],
    ['/acts/no-such-act'],
    ['/acts/no-such-act/para_1'],
    ['/cases/no-such-case'],
    ['/acts/no-such-act/akn.xml'],
  ])('%s is a 404 page', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('role="alert"');
  });

  test.each([
    ['/acts/sc-1999-9/para_12?asOf=2020-02-30', 'күнтізбеде жоқ күн'],
    ['/acts/sc-1999-9/para_12?asOf=2020-02-30&lang=ru', 'несуществующая дата'],
    ['/acts/sc-1999-9?asOf=yesterday', 'ЖЖЖЖ-АА-КК'],
    ['/acts/sc-1999-9?asOf=yesterday&lang=ru', 'ГГГГ-ММ-ДД'],
    ['/search?q=x&asOf=2020-1-1&lang=ru', 'ГГГГ-ММ-ДД'],
    ['/search?q=x&page=0&lang=ru', 'целым числом от 1'],
    ['/cases/funeral-and-prosthesis-para12?asOf=20200101', 'ЖЖЖЖ-АА-КК'],
    ['/acts/sc-1999-9/akn.xml?asOf=2020-13-01&lang=ru', 'несуществующая дата'],
    ['/acts/sc-1999-9/para_12?lang=en', '«lang»'],
  ])('%s is a 400 that says what is wrong, in the page language', async (path, message) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain(message);
    expect(body).toContain(path.includes('lang=ru') ? '<html lang="ru">' : '<html lang="kk">');
    // the message once, in one language (no English next to it)
    expect(body.split(message).length - 1).toBe(1);
    expect(body).not.toMatch(/must be|is not a calendar date/);
  });
});

describe('widget and oEmbed', () => {
  test('/embed.js is JavaScript defining the custom element', async () => {
    const res = await get('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toContain("customElements.define('zangraph-clause'");
  });

  test('every clause has widget card data', async () => {
    for (const c of acts.flatMap((a) => a.clauses)) {
      const res = await get(`/embed/clause.json?clause=${encodeURIComponent(c.id)}&lang=ru`);
      expect(res.status).toBe(200);
      const card = await res.json();
      expect(card.id).toBe(c.id);
      expect(card.badges.length).toBeGreaterThan(0);
      expect(card.url).toContain(`/acts/${c.id}`);
    }
  });

  test('the card of point 12 on 2020-01-01 says it was amended since, and never passes Kazakh off as Russian', async () => {
    const card = await (await get('/embed/clause.json?clause=sc-1999-9%2Fpara_12&lang=ru&asOf=2020-01-01')).json();
    expect(card.badges.map((b: { kind: string }) => b.kind)).toEqual(['in-force', 'amended']);
    expect(card.amendedSince).toBe('2024-11-28');
    expect(card.text.lang).toBe('ru');
    if (card.text.paragraphs === null && card.otherText) expect(card.otherText.lang).toBe('kk');
  });

  test('the widget card of a translated point with a departure carries the translator’s note; the Kazakh card none', async () => {
    const ru = await (await get('/embed/clause.json?clause=gov-2012-1213%2Fatt_1__para_3&lang=ru')).json();
    expect(ru.text.official).toBe(false);
    expect(ru.text.notes).toEqual([
      { paragraph: 1, text: expect.stringMatching(/^Прим\. пер\.: .*«бюджет қаражатынан толық көлемде өтелуге тиіс»/) },
    ]);
    expect(ru.text.notesTag).toBe('неофициально');
    const kk = await (await get('/embed/clause.json?clause=gov-2012-1213%2Fatt_1__para_3&lang=kk')).json();
    expect(kk.text.notes).toEqual([]);
  });

  test('unknown clause → 404 JSON with a message; bad asOf → 400', async () => {
    const res = await get('/embed/clause.json?clause=sc-1999-9%2Fpara_99&lang=ru');
    expect(res.status).toBe(404);
    expect((await res.json()).message).toBe('Пункт не найден');
    const bad = await get('/embed/clause.json?clause=sc-1999-9%2Fpara_12&asOf=2020-02-31&lang=ru');
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error).toContain('asOf');
    expect(body.message).toContain('несуществующая дата');
  });

  test('/embed/clauses.json answers every card of a page at once, each with its own status, in its own language', async () => {
    const cards = [
      'sc-1999-9/para_12;ru;2020-01-01',
      'gov-2012-1213/att_1__para_9;kk;',
      'sc-1999-9/para_99;ru;',
      'sc-1999-9/para_12;kk;2020-02-31',
      'sc-1999-9/para_12;ru;2020-02-31',
    ];
    const res = await get(`/embed/clauses.json?${cards.map((c) => `card=${encodeURIComponent(c)}`).join('&')}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.cards.map((c: { status: number }) => c.status)).toEqual([200, 200, 404, 400, 400]);
    expect(body.cards[0].card).toMatchObject({
      id: 'sc-1999-9/para_12',
      lang: 'ru',
      asOf: '2020-01-01',
      labels: { asOf: 'По состоянию на 01.01.2020', language: 'На русском языке' },
    });
    expect(body.cards[1].card).toMatchObject({ id: 'gov-2012-1213/att_1__para_9', lang: 'kk', labels: { language: 'Қазақ тілінде' } });
    expect(body.cards[2].message).toBe('Пункт не найден');
    expect(body.cards[3].message).toContain('күнтізбеде жоқ күн');
    expect(body.cards[4].message).toContain('несуществующая дата');
    expect(body.cards.map((c: { request: string }) => c.request)).toEqual(cards);
    // the single-card answer and the batch agree
    const single = await (await get('/embed/clause.json?clause=sc-1999-9%2Fpara_12&lang=ru&asOf=2020-01-01')).json();
    expect(body.cards[0].card).toEqual(single);
  });

  test.each([
    ['', 400],
    [Array.from({ length: 51 }, () => 'card=sc-1999-9%2Fpara_1').join('&'), 400],
  ])('/embed/clauses.json?%s → %d (a bounded batch)', async (query, status) => {
    const res = await get(`/embed/clauses.json?${query}`);
    expect(res.status).toBe(status);
    expect((await res.json()).message).toBeTruthy();
  });

  test('oEmbed discovery on a dated Russian page leads to a Russian card of that date, named as such', async () => {
    const pagePath = '/acts/sc-1999-9/para_12?lang=ru&asOf=2020-01-01';
    const pageHtml = await (await get(pagePath)).text();
    // what an oEmbed consumer does: find the discovery link, unescape it, follow it
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(pageHtml)![1].replace(/&amp;/g, '&');
    const discovered = new URL(new URL(link).searchParams.get('url')!);
    expect(discovered.searchParams.get('lang')).toBe('ru');
    expect(discovered.searchParams.get('asOf')).toBe('2020-01-01');
    const o = await (await fetch(link)).json();
    expect(o.html).toContain('lang="ru"');
    expect(o.html).toContain('as-of="2020-01-01"');
    expect(o).toMatchObject({ lang: 'ru', as_of: '2020-01-01' });
    expect(o.title).toContain('редакция на 01.01.2020');
    expect(o.title).toContain('На русском языке');
    // the embed snippet on the page keeps both too
    expect(pageHtml).toMatch(/&lt;zangraph-clause clause=&quot;sc-1999-9\/para_12&quot; lang=&quot;ru&quot; as-of=&quot;2020-01-01&quot;/);
    // an undated Kazakh page: the embed shows today's law and the answer names today's date
    const today = await (await get(`/oembed?url=${encodeURIComponent(`${serverUrl()}/acts/sc-1999-9/para_12`)}`)).json();
    expect(today.lang).toBe('kk');
    expect(today.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today.html).not.toContain('as-of=');
  });

  test('oEmbed answers per the spec (rich, version 1.0, html, width, height within max)', async () => {
    const page = `${serverUrl()}/acts/sc-1999-9/para_12?lang=ru&asOf=2020-01-01`;
    const res = await get(`/oembed?url=${encodeURIComponent(page)}&maxwidth=400&maxheight=300&format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const o = await res.json();
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Zangraph' });
    expect(o.width).toBeLessThanOrEqual(400);
    expect(o.height).toBeLessThanOrEqual(300);
    expect(o.html).toContain('<zangraph-clause clause="sc-1999-9/para_12" lang="ru" as-of="2020-01-01"');
    expect(o.html).toContain(`${serverUrl()}/embed.js`);
    expect(typeof o.title).toBe('string');
  });

  test.each([
    ['url=' + encodeURIComponent('http://example.org/acts/sc-1999-9/para_99'), 404],
    ['url=' + encodeURIComponent('http://example.org/about'), 404],
    ['', 400],
    ['url=not-a-url', 400],
    ['url=' + encodeURIComponent('http://example.org/acts/sc-1999-9/para_12') + '&format=xml', 501],
  ])('oEmbed %s → %d', async (query, status) => {
    expect((await get(`/oembed?${query}`)).status).toBe(status);
  });
});

describe('CORS', () => {
  test.each([
    '/embed.js',
    '/embed/clause.json?clause=sc-1999-9%2Fpara_1',
    '/oembed?url=' + encodeURIComponent(`${serverUrl()}/acts/sc-1999-9/para_1`),
    '/acts/sc-1999-9/para_1',
    '/acts/sc-1999-9/akn.xml',
    '/export.json',
  ])('GET %s is open to any origin', async (path) => {
    const res = await get(path, { headers: { origin: 'http://other.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    await res.arrayBuffer();
  });

  test('a preflight is answered for GET; other methods are refused', async () => {
    const pre = await get('/embed/clause.json', {
      method: 'OPTIONS',
      headers: { origin: 'http://other.example', 'access-control-request-method': 'GET' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
    expect((await get('/acts/sc-1999-9', { method: 'POST' })).status).toBe(405);
  });
});

describe('export.json', () => {
  test('holds the whole knowledge base', async () => {
    const res = await get('/export.json');
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.format).toBe('zangraph-export/1');
    expect(data.acts.map((a: { id: string }) => a.id).sort()).toEqual(acts.map((a) => a.id).sort());
    for (const a of acts) {
      const exported = data.acts.find((x: { id: string }) => x.id === a.id);
      expect(exported.clauses.map((c: { id: string }) => c.id)).toEqual(a.clauses.map((c) => c.id));
      expect(exported.amendments.map((x: { id: string }) => x.id).sort()).toEqual(a.amendments.map((x) => x.id).sort());
      for (const c of exported.clauses) expect(Object.keys(c.wordings).sort()).toEqual(['kk', 'ru']);
    }
    expect(data.claimTypes.length).toBeGreaterThan(0);
    // (arrays parsed by fetch come from another realm: checked with Array.isArray, not expect.any(Array))
    expect(data.claimTypes[0]).toEqual(expect.objectContaining({ code: expect.any(String), official: false }));
    expect(Array.isArray(data.claimTypes[0].clauses) && data.claimTypes[0].clauses.length > 0).toBe(true);
    expect(data.cases.length).toBeGreaterThan(0);
    expect(data.cases[0]).toEqual(expect.objectContaining({ id: expect.any(String), sourceUrl: expect.any(String) }));
    expect(
      data.cases.every((c: { claimTypes: unknown; citations: unknown }) => Array.isArray(c.claimTypes) && Array.isArray(c.citations)),
    ).toBe(true);
    // the translator's notes ride on the translation they explain; the roles include BARS_DEFENCE
    const sc = data.acts.find((x: { id: string }) => x.id === 'sc-1999-9');
    const para2 = sc.clauses.find((c: { eId: string }) => c.eId === 'para_2');
    const ru = para2.wordings.ru.find((w: { official: boolean; validTo: string | null }) => !w.official && w.validTo === null);
    expect(ru.translatorNotes).toEqual([
      expect.objectContaining({ target: 'para_2', paragraph: 2, original: 'орташа айлық есептік көрсеткіштің (кірістің)' }),
    ]);
    for (const w of para2.wordings.kk) expect(w.translatorNotes).toEqual([]);
    const funeral = data.claimTypes.find((t: { code: string }) => t.code === 'FUNERAL_EXPENSES');
    expect(funeral.clauses.find((l: { clauseId: string }) => l.clauseId === 'sc-1999-9/para_18').role).toBe('BARS_DEFENCE');
  });
});
