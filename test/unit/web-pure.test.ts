/** Pure parts of the web layer: escaping, parameters, status badges, oEmbed URLs, the timeline and the AKN writer. */
import { buildAkn, splitNum, type AknSnapshot } from '../../src/web/akn-export';
import { parseAknUri } from '../../src/web/akn-uri';
import { validateAkn } from '../support/akn-schema';
import { escapeHtml, html, raw, snippetHtml } from '../../src/web/html';
import { parseMax, parseOEmbedUrl, oembedResponse } from '../../src/web/oembed';
import { pageHref, parseAsOf, parseLang } from '../../src/web/params';
import { UserInputError } from '../../src/errors';
import { labels } from '../../src/web/labels';
import { clauseBadge, type BadgeInput } from '../../src/web/status-badge';
import { radiusFor, timelineSvg, xOf } from '../../src/web/timeline-svg';
import { parseXml, walk, type XmlNode } from '../support/xml-wellformed';

describe('html escaping', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['Қазақ тілі', 'Қазақ тілі'],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
    expect(html`<p title="${input}">${input}</p>`.value).toBe(`<p title="${expected}">${expected}</p>`);
  });

  test('nested markup is kept, arrays are joined, null and false vanish', () => {
    expect(html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}</ul>${null}${false}`.value).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
    expect(html`${raw('<b>')}`.value).toBe('<b>');
  });

  test('a snippet keeps only its <mark> tags', () => {
    expect(snippetHtml('a &lt;b&gt; <mark>жерлеу</mark> <img src=x>').value).toBe('a &lt;b&gt; <mark>жерлеу</mark> &lt;img src=x&gt;');
  });
});

describe('parameters', () => {
  test.each([
    ['2020-01-01', '2020-01-01'],
    ['', null],
    [null, null],
  ])('asOf %p → %p', (v, out) => expect(parseAsOf(v)).toBe(out));

  test.each(['2020-02-30', '2020-13-01', '20200101', 'today', '2020-1-1'])('asOf %p is a UserInputError', (v) => {
    expect(() => parseAsOf(v)).toThrow(UserInputError);
  });

  test.each([
    [null, 'kk'],
    ['kk', 'kk'],
    ['ru', 'ru'],
  ])('lang %p → %p', (v, out) => expect(parseLang(v)).toBe(out));

  test('an unknown lang is refused', () => expect(() => parseLang('en')).toThrow(/"lang"/));

  test('links keep the page date and a non-default language only', () => {
    expect(pageHref('/acts/x', { lang: 'kk', asOfGiven: null })).toBe('/acts/x');
    expect(pageHref('/search', { lang: 'ru', asOfGiven: '2020-01-01' }, { q: 'a b', act: null })).toBe(
      '/search?q=a+b&asOf=2020-01-01&lang=ru',
    );
  });
});

describe('status badge', () => {
  const win = (earliest: string, latest: string | null) => ({ earliest, latest, exact: earliest === latest });
  const entry1999 = win('1999-07-09', '2004-06-18');
  const reasons = { reasonKk: 'себебі', reasonRu: 'причина', ofAct: false, by: null };
  const base: Omit<BadgeInput, 'status' | 'asOf'> = {
    entry: entry1999,
    lineage: ['para_12'],
    window: null,
    events: [
      { kind: 'RESTATED', ...win('2024-11-28', '2026-11-21'), target: 'para_12' },
      { kind: 'REPEALED', ...win('2030-01-01', '2030-01-01'), target: 'para_12' },
    ],
  };
  test.each([
    ['IN_FORCE', '2020-01-01', { amendedSince: win('2024-11-28', '2026-11-21'), repealedSince: win('2030-01-01', '2030-01-01') }],
    ['UNCERTAIN', '2025-01-01', { amendedSince: null, repealedSince: win('2030-01-01', '2030-01-01') }],
    ['REPEALED', '2031-01-01', { repealedOn: win('2030-01-01', '2030-01-01'), amendedSince: null }],
    ['NOT_YET_IN_FORCE', '1990-01-01', { inForceFrom: entry1999 }],
  ] as const)('%s on %s', (status, asOf, expected) => {
    expect(clauseBadge({ ...base, status, asOf })).toMatchObject(expected);
  });

  test('an UNCERTAIN or UNKNOWN badge carries its window; IN_FORCE none', () => {
    const window = { ...win('2024-11-28', '2026-11-21'), ...reasons };
    expect(clauseBadge({ ...base, status: 'UNCERTAIN', asOf: '2025-01-01', window }).window).toBe(window);
    expect(clauseBadge({ ...base, status: 'UNKNOWN', asOf: '2015-01-01', window }).window).toBe(window);
    expect(clauseBadge({ ...base, status: 'IN_FORCE', asOf: '2015-01-01', window }).window).toBeNull();
  });

  test('a change to a sub-point amends the point, its repeal does not repeal the point', () => {
    const b = clauseBadge({
      entry: win('2012-09-29', null),
      window: null,
      lineage: ['att_1__para_9', 'att_1'],
      status: 'IN_FORCE',
      asOf: '2020-01-01',
      events: [{ kind: 'REPEALED', ...win('2023-01-01', '2023-01-01'), target: 'att_1__para_9__subpara_3' }],
    });
    expect(b).toMatchObject({ amendedSince: { earliest: '2023-01-01' }, repealedSince: null });
  });

  test('an inserted point is not yet in force until its insertion can apply', () => {
    const b = clauseBadge({
      entry: entry1999,
      window: null,
      lineage: ['para_25'],
      status: 'NOT_YET_IN_FORCE',
      asOf: '2010-01-01',
      events: [{ kind: 'INSERTED', ...win('2017-03-31', '2024-11-28'), target: 'para_25' }],
    });
    expect(b.inForceFrom).toEqual(win('2017-03-31', '2024-11-28'));
  });

  test('before its own entry into force, the act is not in force "since its adoption" but not before the window opens', () => {
    const b = clauseBadge({ ...base, entry: win('2012-09-29', '2023-08-10'), status: 'NOT_YET_IN_FORCE', asOf: '2012-09-18' });
    expect(b.inForceFrom).toEqual(win('2012-09-29', '2023-08-10'));
    expect(labels('ru').inForceFrom(b.inForceFrom!)).toBe('Вступает в силу не ранее 29.09.2012');
    expect(labels('kk').inForceFrom(b.inForceFrom!)).toBe('29.09.2012 күнінен бұрын емес қолданысқа енеді');
    expect(labels('ru').inForceFrom(win('2012-10-10', '2012-10-10'))).toBe('Вступает в силу с 10.10.2012');
  });
});

describe('oEmbed', () => {
  test.each([
    ['https://z.kz/acts/sc-1999-9/para_12', 'https://z.kz', { clauseId: 'sc-1999-9/para_12', lang: 'kk', asOf: null }],
    [
      'http://127.0.0.1:4000/acts/gov-2012-1213/att_1__para_9__subpara_2?lang=ru&asOf=2024-01-01',
      'http://127.0.0.1:4000',
      { clauseId: 'gov-2012-1213/att_1__para_9__subpara_2', lang: 'ru', asOf: '2024-01-01' },
    ],
    ['https://z.kz/acts/sc-1999-9', 'https://z.kz', null],
    ['https://z.kz/search?q=x', 'https://z.kz', null],
    // only pages of this site: another host, scheme or port is not embedded
    ['https://evil.example/acts/sc-1999-9/para_12', 'https://z.kz', null],
    ['http://z.kz/acts/sc-1999-9/para_12', 'https://z.kz', null],
    ['https://z.kz:8443/acts/sc-1999-9/para_12', 'https://z.kz', null],
  ])('%s (site %s)', (url, origin, expected) => expect(parseOEmbedUrl(url, origin)).toEqual(expected));

  test.each([null, 'not a url', 'ftp://z.kz/acts/a/b', 'https://z.kz/acts/sc-1999-9/para_1?asOf=2020-02-31'])(
    '%p is a UserInputError',
    (url) => {
      expect(() => parseOEmbedUrl(url, 'https://z.kz')).toThrow(UserInputError);
    },
  );

  test('the response never exceeds maxwidth/maxheight and escapes the clause id', () => {
    const r = oembedResponse({
      origin: 'https://z.kz',
      target: { clauseId: 'a/"b', lang: 'ru', asOf: '2020-01-01' },
      title: 't',
      authorName: 'a',
      maxWidth: 300,
      maxHeight: 200,
    });
    expect(r).toMatchObject({ version: '1.0', type: 'rich', width: 300, height: 200 });
    expect(r.html).toContain('clause="a/&quot;b" lang="ru" as-of="2020-01-01"');
  });

  test.each([
    ['500', 500],
    [null, null],
  ])('maxwidth %p', (v, out) => expect(parseMax(v, 'maxwidth')).toBe(out));
  test.each(['0', '-1', 'wide'])('maxwidth %p is refused', (v) => expect(() => parseMax(v, 'maxwidth')).toThrow(UserInputError));
});

describe('timeline', () => {
  test('positions run from adoption to today and clamp outside', () => {
    expect(xOf('2000-01-01', '2000-01-01', '2010-01-01')).toBe(40);
    expect(xOf('2010-01-01', '2000-01-01', '2010-01-01')).toBe(960);
    expect(xOf('2020-01-01', '2000-01-01', '2010-01-01')).toBe(960);
    expect(xOf('2005-01-01', '2000-01-01', '2010-01-01')).toBeCloseTo(500, -1);
  });

  test('more changes draw a larger, bounded mark', () => {
    expect(radiusFor(1)).toBeLessThan(radiusFor(23));
    expect(radiusFor(1000)).toBe(13);
  });

  test('the drawing is well-formed SVG with one link per event and escaped titles', () => {
    const svg = timelineSvg({
      adoptedOn: '1999-07-09',
      adoptedTitle: 'adopted',
      adoptedHref: '/acts/x?asOf=1999-07-09',
      today: '2025-01-01',
      asOf: '2020-01-01',
      asOfLabel: 'as of',
      title: 'Timeline <of> "changes"',
      description: 'd',
      events: [
        { date: '2004-06-18', count: 4, title: 'a & b', href: '/acts/x?asOf=2004-06-18&lang=ru' },
        { date: '2004-07-01', count: 1, title: 'c', href: '/acts/x?asOf=2004-07-01' },
      ],
    }).value;
    const root = parseXml(svg);
    const links = [...walk(root)].filter((n) => n.name === 'a');
    expect(links.map((l) => l.attrs.href)).toEqual([
      '/acts/x?asOf=1999-07-09',
      '/acts/x?asOf=2004-06-18&lang=ru',
      '/acts/x?asOf=2004-07-01',
    ]);
    expect([...walk(root)].find((n) => n.name === 'title')?.text).toBe('Timeline <of> "changes"');
    // labels of close events alternate above and below the axis
    const labelYs = links.slice(1).map((l) => Number(l.children.find((c) => c.name === 'text')!.attrs.y));
    expect(labelYs[0]).not.toBe(labelYs[1]);
  });
});

describe('Akoma Ntoso writer', () => {
  test.each([
    ['12', '12. Соттар …', { num: '12.', text: 'Соттар …' }],
    ['21-1', '21-1. Ерiктi …', { num: '21-1.', text: 'Ерiктi …' }],
    ['2', '2) міндеттемелер', { num: '2)', text: 'міндеттемелер' }],
    ['3', 'No number here', { num: null, text: 'No number here' }],
    [null, 'Preamble', { num: null, text: 'Preamble' }],
  ])('splitNum(%p, %p)', (n, first, expected) => expect(splitNum(n, first)).toEqual(expected));

  const t = (paragraphs: string[] | null, official = true) => ({ paragraphs, official, complete: true });
  const gov1154 = {
    id: 'gov-2023-1154',
    kind: 'GOVERNMENT_DECREE',
    number: '1154',
    adoptedOn: '2023-12-20',
    name: 'ҚР Үкіметінің 20.12.2023 № 1154 қаулысы',
  };
  const gov666 = {
    id: 'gov-2023-666',
    kind: 'GOVERNMENT_DECREE',
    number: '666',
    adoptedOn: '2023-08-10',
    name: 'ҚР Үкіметінің 10.08.2023 № 666 қаулысы',
  };
  const snapshot: AknSnapshot = {
    // a test input that applies from its adoption; the decree's own entry into force is tested below
    act: {
      id: 'gov-2012-1213',
      kind: 'GOVERNMENT_DECREE',
      number: '1213',
      adoptedOn: '2012-09-18',
      entryEarliest: '2012-09-18',
      uri: '/akn/kz/act/decree/2012-09-18/1213',
      issuer: 'Үкімет',
      signatures: ['Премьер & Министр'],
    },
    lang: 'kk',
    asOf: '2024-01-01',
    generatedOn: '2024-01-01',
    title: t(['Title <with> & marks']),
    requisites: t(['Requisites']),
    clauses: [
      { eId: 'preamble', kind: 'PREAMBLE', number: null, parentEId: null, status: 'IN_FORCE', ...t(['Preamble']) },
      { eId: 'para_1', kind: 'POINT', number: '1', parentEId: null, status: 'IN_FORCE', ...t(['1. First.']) },
      { eId: 'para_2', kind: 'POINT', number: '2', parentEId: null, status: 'REPEALED', ...t(['2. Repealed wording.']) },
      {
        eId: 'att_1',
        kind: 'ATTACHMENT',
        number: '1',
        parentEId: null,
        status: 'IN_FORCE',
        ...t(['Rules heading', '9. Intro:', '1) one;', '2) two.', 'After.']),
      },
      {
        eId: 'att_1__para_9',
        kind: 'POINT',
        number: '9',
        parentEId: 'att_1',
        status: 'IN_FORCE',
        ...t(['9. Intro:', '1) one;', '2) two.', 'After.']),
      },
      { eId: 'att_1__para_9__subpara_1', kind: 'SUBPOINT', number: '1', parentEId: 'att_1__para_9', status: 'IN_FORCE', ...t(['1) one;']) },
      { eId: 'att_1__para_9__subpara_2', kind: 'SUBPOINT', number: '2', parentEId: 'att_1__para_9', status: 'IN_FORCE', ...t(['2) two.']) },
    ],
    amendments: [
      {
        id: 'gov-2012-1213/para_2/gov-2023-666/repealed',
        kind: 'REPEALED',
        target: 'para_2',
        effectiveFrom: '2023-08-10',
        effectiveFromExact: false,
        amendingAct: gov666,
      },
      {
        id: 'gov-2012-1213/att_1__para_9/gov-2023-666/restated',
        kind: 'RESTATED',
        target: 'att_1__para_9',
        effectiveFrom: '2023-08-10',
        effectiveFromExact: false,
        amendingAct: gov666,
      },
      {
        id: 'gov-2012-1213/att_1__para_9/gov-2023-1154/restated',
        kind: 'RESTATED',
        target: 'att_1__para_9',
        effectiveFrom: '2023-12-20',
        effectiveFromExact: false,
        amendingAct: gov1154,
      },
      {
        id: 'gov-2012-1213/para_1/gov-2030-1/modified',
        kind: 'MODIFIED',
        target: 'para_1',
        effectiveFrom: '2030-01-01',
        effectiveFromExact: true,
        amendingAct: { ...gov1154, id: 'gov-2030-1', number: '1', adoptedOn: '2030-01-01' },
      },
    ],
  };
  const nodesOf = (xml: string | null) => [...walk(parseXml(xml!))];
  const value = (nodes: XmlNode[], parent: string, child: string) =>
    nodes.find((n) => n.name === parent)!.children.find((c) => c.name === child)?.attrs;

  test('the document nests sub-points, holds every eId, and is valid against the OASIS schema', async () => {
    const xml = buildAkn(snapshot)!;
    const nodes = nodesOf(xml);
    const eIds = nodes.map((n) => n.attrs.eId).filter(Boolean);
    for (const c of snapshot.clauses) expect(eIds).toContain(c.eId);
    const p9 = nodes.find((n) => n.name === 'paragraph' && n.attrs.eId === 'att_1__para_9')!;
    expect(p9.children.map((c) => c.name)).toEqual(['num', 'intro', 'subparagraph', 'subparagraph', 'wrapUp']);
    const sub = p9.children[2];
    expect(sub.children.map((c) => [c.name, c.text.trim() || c.children[0]?.text])).toEqual([
      ['num', '1)'],
      ['content', 'one;'],
    ]);
    expect(nodes.find((n) => n.name === 'docTitle')?.text).toBe('Title <with> & marks');
    expect(nodes.find((n) => n.name === 'doc')!.attrs.name).toBe('rules');
    expect(nodes.find((n) => n.name === 'passiveRef' && n.attrs.eId === 'ref_gov-2023-1154')!.attrs.href).toBe(
      '/akn/kz/act/decree/2023-12-20/1154',
    );
    expect(await validateAkn(xml)).toEqual({ valid: true, errors: [] });
  });

  test('repealed content is status="removed" (AKN has no "repealed" status)', () => {
    const nodes = nodesOf(buildAkn(snapshot));
    expect(nodes.find((n) => n.name === 'paragraph' && n.attrs.eId === 'para_2')!.attrs.status).toBe('removed');
    expect(nodes.filter((n) => n.attrs.status === 'repealed')).toEqual([]);
  });

  test('the expression is dated by the latest change in effect, not by anything later', () => {
    const nodes = nodesOf(buildAkn(snapshot));
    expect(value(nodes, 'FRBRExpression', 'FRBRuri')!.value).toBe('/akn/kz/act/decree/2012-09-18/1213/kaz@2023-12-20');
    expect(value(nodes, 'FRBRExpression', 'FRBRthis')!.value).toBe('/akn/kz/act/decree/2012-09-18/1213/kaz@2023-12-20/!main');
    expect(value(nodes, 'FRBRManifestation', 'FRBRthis')!.value).toBe('/akn/kz/act/decree/2012-09-18/1213/kaz@2023-12-20/!main.xml');
    expect(value(nodes, 'FRBRExpression', 'FRBRdate')).toEqual({ date: '2023-12-20', name: 'applicableFrom' });
    const earlier = nodesOf(buildAkn({ ...snapshot, asOf: '2023-09-01' }));
    expect(value(earlier, 'FRBRExpression', 'FRBRuri')!.value).toBe('/akn/kz/act/decree/2012-09-18/1213/kaz@2023-08-10');
    const original = nodesOf(buildAkn({ ...snapshot, asOf: '2012-09-18' }));
    expect(value(original, 'FRBRExpression', 'FRBRdate')).toEqual({ date: '2012-09-18', name: 'adoption' });
    expect(original.find((n) => n.name === 'act')!.attrs.contains).toBe('originalVersion');
    // an act that applies ten days after its publication: no expression before it can apply, the original dated by that day
    const later = { ...snapshot, act: { ...snapshot.act, entryEarliest: '2012-09-29' } };
    expect(buildAkn({ ...later, asOf: '2012-09-18' })).toBeNull();
    expect(buildAkn({ ...later, asOf: '2012-09-28' })).toBeNull();
    const first = nodesOf(buildAkn({ ...later, asOf: '2012-09-29' }));
    expect(value(first, 'FRBRExpression', 'FRBRdate')).toEqual({ date: '2012-09-29', name: 'applicableFrom' });
    expect(first.find((n) => n.name === 'act')!.attrs.contains).toBe('originalVersion');
  });

  test('one lifecycle event per amending act; every modification names its period, which names events', () => {
    const nodes = nodesOf(buildAkn(snapshot));
    const events = nodes.filter((n) => n.name === 'eventRef');
    expect(events.map((e) => [e.attrs.eId, e.attrs.date, e.attrs.source, e.attrs.type])).toEqual([
      ['evt_adoption', '2012-09-18', '#original', 'generation'],
      ['evt_gov-2023-666', '2023-08-10', '#ref_gov-2023-666', 'amendment'],
      ['evt_gov-2023-1154', '2023-12-20', '#ref_gov-2023-1154', 'amendment'],
    ]);
    const groups = new Map(nodes.filter((n) => n.name === 'temporalGroup').map((g) => [`#${g.attrs.eId}`, g.children[0].attrs]));
    const mods = nodes.filter((n) => n.name === 'textualMod');
    expect(mods).toHaveLength(3);
    for (const m of mods) {
      const interval = groups.get(m.attrs.period!);
      expect(interval).toBeDefined();
      expect(events.some((e) => `#${e.attrs.eId}` === interval!.start)).toBe(true);
      if (interval!.end) expect(events.some((e) => `#${e.attrs.eId}` === interval!.end)).toBe(true);
    }
    // the 2023-08 wording of point 9 applied until the December restatement
    const p9in666 = mods.find((m) => m.attrs.eId === 'pmod_att_1__para_9__gov-2023-666__restated')!;
    expect(groups.get(p9in666.attrs.period!)).toEqual({ start: '#evt_gov-2023-666', end: '#evt_gov-2023-1154', refersTo: '#inForce' });
  });

  test('the Russian expression is an unofficial translation of the Kazakh one of the same date', async () => {
    const ru: AknSnapshot = {
      ...snapshot,
      lang: 'ru',
      title: t(['Заголовок'], false),
      clauses: snapshot.clauses.map((c) => ({ ...c, official: false })),
    };
    const xml = buildAkn(ru)!;
    const nodes = nodesOf(xml);
    expect(value(nodes, 'FRBRExpression', 'FRBRuri')!.value).toBe('/akn/kz/act/decree/2012-09-18/1213/rus@2023-12-20');
    expect(value(nodes, 'FRBRExpression', 'FRBRlanguage')).toEqual({ language: 'rus' });
    expect(value(nodes, 'FRBRExpression', 'FRBRauthoritative')).toEqual({ value: 'false' });
    expect(value(nodes, 'FRBRExpression', 'FRBRtranslation')).toMatchObject({
      href: '/akn/kz/act/decree/2012-09-18/1213/kaz@2023-12-20',
      fromLanguage: 'kaz',
      authoritative: 'false',
    });
    expect(nodes.find((n) => n.name === 'zg:expression')!.attrs).toMatchObject({
      official: 'false',
      kind: 'unofficialTranslation',
      language: 'rus',
    });
    expect(await validateAkn(xml)).toEqual({ valid: true, errors: [] });
  });

  test('no expression before the act was adopted', () => {
    expect(buildAkn({ ...snapshot, asOf: '2012-09-17' })).toBeNull();
  });

  test.each([
    [
      '/akn/kz/act/decree/2012-09-18/1213',
      { work: '/akn/kz/act/decree/2012-09-18/1213', lang: null, date: { kind: 'current' }, component: 'main', format: null },
    ],
    ['/akn/kz/act/decree/2012-09-18/1213/kaz@2023-12-20', { lang: 'kk', date: { kind: 'version', date: '2023-12-20' } }],
    ['/akn/kz/act/decree/2012-09-18/1213/rus@', { lang: 'ru', date: { kind: 'original' } }],
    [
      '/akn/kz/act/normative-resolution/1999-07-09/9/kaz:2020-01-01/!main.xml',
      {
        work: '/akn/kz/act/normative-resolution/1999-07-09/9',
        date: { kind: 'pointInTime', date: '2020-01-01' },
        component: 'main',
        format: 'xml',
      },
    ],
    ['/akn/kz/act/decree/2012-09-18/1213/kaz@2023-12-20.xml', { format: 'xml', component: 'main' }],
    ['/akn/kz/act/decree/2012-09-18/1213/eng', { lang: null, languageCode: 'eng' }],
  ])('parseAknUri(%s)', (uri, expected) => expect(parseAknUri(uri)).toMatchObject(expected));

  test.each([
    '/akn/kz/act/decree',
    '/acts/sc-1999-9',
    '/akn/kz/act/decree/2012-09-18/1213/kaz@20-1-1',
    '/akn/kz/act/decree/2012-09-18/1213/!att_1',
  ])('parseAknUri(%s) is null', (uri) => expect(parseAknUri(uri)).toBeNull());
});
