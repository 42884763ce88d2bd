/** Bilingual search through GraphQL against the embedded Meilisearch, and its PostgreSQL fallback. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTestDatabase } from '../support/database';
import { gql, gqlOk, serverUrl } from '../support/graphql-client';
import { startEmbeddedMeilisearch } from '../../src/runtime/embedded-meilisearch';

jest.setTimeout(120_000);

const SEARCH = `query($q: String!, $lang: Lang, $f: SearchFilter, $first: Int, $after: String) {
  search(query: $q, lang: $lang, filter: $f, first: $first, after: $after) {
    totalCount degraded queryLang
    pageInfo { hasNextPage endCursor }
    edges { cursor node { clause { id } score matchedLang snippet } }
  }
}`;

const ids = (data: any) => data.search.edges.map((e: any) => e.node.clause.id);

describe('finding the right clause in either language', () => {
  it.each([
    ['расходы на погребение', 'sc-1999-9/para_12'],
    ['жерлеуге жұмсалған шығыстар', 'sc-1999-9/para_12'],
    ['моральдық зиянды өтеу', 'sc-1999-9/para_19'],
    ['владелец источника повышенной опасности', 'sc-1999-9/para_7'],
  ])('%s → %s among the first three', async (q, expected) => {
    // among the two acts: the Civil Code's articles on the same rule are found beside them (civil-code.test.ts)
    const data = await gqlOk(SEARCH, { q, f: { actIds: ['sc-1999-9', 'gov-2012-1213'] } });
    expect(ids(data).slice(0, 3)).toContain(expected);
  });

  it('finds where the documents are listed before the point that refers to them', async () => {
    // Rules point 7: the order is issued within ten days of "the documents specified in points 4 and 5"
    for (const q of ['какие документы подаются для возмещения ущерба', 'қандай құжаттар ұсынылады']) {
      const found = ids(await gqlOk(SEARCH, { q }));
      expect(found[0]).toBe('gov-2012-1213/att_1__para_5');
      expect(found.slice(0, 3)).toContain('gov-2012-1213/att_1__para_7');
    }
  });

  it('finds what a question holds when its rarest words occur in no point or in no point together', async () => {
    // "поезд" is in no point: Meilisearch's `frequency` strategy kept it to the last and found nothing; "машинист" and
    // "человек" stand each in a point of its own and were never dropped on their tie
    const machinist = await gqlOk(SEARCH, { q: 'машинист поезда травмировал человека' });
    expect(ids(machinist)).toContain('sc-1999-9/para_7');
    const train = await gqlOk(SEARCH, { q: 'поезд травмировал человека' });
    expect(ids(train).length).toBeGreaterThan(0);
    // the words asked again count as the question's own: the total covers every point found
    for (const data of [machinist, train]) expect(data.search.totalCount).toBeGreaterThanOrEqual(ids(data).length);
  });

  it("reads a Kazakh question's verb before the particle ма/ме as the verb of the law's text", async () => {
    // "шегеріле ме" (is it deducted) meets "шегеру" of the glossary, beside "есебіне қосылмайды" of point 10
    const found = ids(await gqlOk(SEARCH, { q: 'мүгедектік бойынша жәрдемақы өтемақыдан шегеріле ме' }));
    expect(found[0]).toBe('sc-1999-9/para_10');
  });

  it('does not take every point naming a machinist or an operator for an answer about drivers', async () => {
    // point 7 lists "водитель, машинист, оператор"; a question about two drivers at fault is about point 8
    expect(ids(await gqlOk(SEARCH, { q: 'два водителя виноваты в столкновении, кто возмещает вред' }))[0]).toBe('sc-1999-9/para_8');
    // "who pays" is also answered by point 7's paragraph on a driver employed by the owner, who does not
    expect(ids(await gqlOk(SEARCH, { q: 'оба водителя виноваты в ДТП, кто платит' })).slice(0, 2)).toContain('sc-1999-9/para_8');
  });

  it('finds a long point by the paragraph that answers the question', async () => {
    // the last of point 8's five paragraphs: the owners of sources of danger that interact answer jointly to third
    // persons (a passenger); scored only as a whole, point 7 came first
    const found = ids(await gqlOk(SEARCH, { q: 'екі жеңіл көлік соқтығысты, жолаушы жарақат алды, кім төлейді' }));
    expect(found[0]).toBe('sc-1999-9/para_8');
  });

  it('detects the query language and reports it', async () => {
    expect((await gqlOk(SEARCH, { q: 'возмещение вреда' })).search.queryLang).toBe('RU');
    expect((await gqlOk(SEARCH, { q: 'зиянды өтеу' })).search.queryLang).toBe('KK');
  });

  it('finds Kazakh text from a query typed on a Russian keyboard', async () => {
    const data = await gqlOk(SEARCH, { q: 'жерлеу шыгындары' });
    expect(ids(data).slice(0, 3)).toContain('sc-1999-9/para_12');
  });

  it('treats Latin i and Kazakh і as one letter', async () => {
    const a = ids(await gqlOk(SEARCH, { q: 'келтірілген зиян' }));
    const b = ids(await gqlOk(SEARCH, { q: 'келтiрiлген зиян' }));
    expect(b).toEqual(a);
  });

  it('counts years as "лет" and "года" alike: a question about years back finds point 16 (three years at most)', async () => {
    expect(ids(await gqlOk(SEARCH, { q: 'за сколько лет назад можно взыскать возмещение' }))[0]).toBe('sc-1999-9/para_16');
  });

  it("reads a child's age given in digits as the minor under fourteen the resolution speaks of (point 20)", async () => {
    expect(ids(await gqlOk(SEARCH, { q: 'мальчик 10 лет поранил одноклассника, отвечают ли родители' }))[0]).toBe('sc-1999-9/para_20');
    expect(ids(await gqlOk(SEARCH, { q: '12 жастағы бала зиян келтірсе кім төлейді' }))[0]).toBe('sc-1999-9/para_20');
    expect(ids(await gqlOk(SEARCH, { q: 'ребенок 12 лет разбил окно и травмировал прохожего, кто платит' })).slice(0, 3)).toContain(
      'sc-1999-9/para_20',
    );
  });

  it('reads a span of years, in digits or in words, as a question of the limitation (point 16: three years back at most)', async () => {
    expect(ids(await gqlOk(SEARCH, { q: 'обратился в суд через 5 лет после травмы' }))[0]).toBe('sc-1999-9/para_16');
    expect(ids(await gqlOk(SEARCH, { q: '4 жыл өтті, өтемақы ала аламын ба' }))[0]).toBe('sc-1999-9/para_16');
    // in words too
    expect(ids(await gqlOk(SEARCH, { q: 'обратился в суд через пять лет после травмы' }))[0]).toBe('sc-1999-9/para_16');
    expect(ids(await gqlOk(SEARCH, { q: 'төрт жыл өтті, өтемақы ала аламын ба' }))[0]).toBe('sc-1999-9/para_16');
  });

  it('reads "my" in a Kazakh question: "жалақым" (my salary) meets the text\'s "жалақы"', async () => {
    expect(ids(await gqlOk(SEARCH, { q: 'жалақым қалай есептеледі' }))).toEqual(ids(await gqlOk(SEARCH, { q: 'жалақы қалай есептеледі' })));
  });

  it('reads a word typed in two alphabets as the one most of its letters are in', async () => {
    // a Latin-script question with a Kazakh і; a Cyrillic question with a Latin o and e
    expect(ids(await gqlOk(SEARCH, { q: 'moraldyq ziyan otemі' }))).toEqual(ids(await gqlOk(SEARCH, { q: 'moraldyq ziyan otemi' })));
    const clean = ids(await gqlOk(SEARCH, { q: 'жерлеу шығындарын өтеу' }));
    expect(clean[0]).toBe('sc-1999-9/para_12');
    expect(ids(await gqlOk(SEARCH, { q: 'жeрлеу шығындарын өтеу' }))).toEqual(clean);
    expect(ids(await gqlOk(SEARCH, { q: 'жерлеу шығындарын oтеу' }))).toEqual(clean);
  });

  it('returns points, not sub-points, and marks matched words in the snippet', async () => {
    const data = await gqlOk(SEARCH, { q: 'жеке қаржыландыру жоспарлары', first: 20 });
    expect(ids(data)).toContain('gov-2012-1213/att_1__para_9');
    expect(ids(data).some((id: string) => id.includes('subpara'))).toBe(false);
    const hit = data.search.edges.find((e: any) => e.node.clause.id === 'gov-2012-1213/att_1__para_9').node;
    expect(hit.snippet).toMatch(/<mark>[^<]+<\/mark>/);
    expect(hit.matchedLang).toBe('KK');
  });

  it('takes the snippet from the Russian text when the Russian text matched', async () => {
    const data = await gqlOk(SEARCH, { q: 'расходы на погребение', lang: 'RU' });
    const hit = data.search.edges.find((e: any) => e.node.clause.id === 'sc-1999-9/para_12').node;
    expect(hit.matchedLang).toBe('RU');
    expect(hit.snippet).toMatch(/<mark>погребение<\/mark>/i);
  });
});

describe('filters and pagination', () => {
  it('filters by act', async () => {
    const data = await gqlOk(SEARCH, { q: 'залалды өтеу', f: { actIds: ['gov-2012-1213'] }, first: 50 });
    expect(ids(data).length).toBeGreaterThan(0);
    expect(ids(data).every((id: string) => id.startsWith('gov-2012-1213/'))).toBe(true);
  });

  it('searches the law as it stood on a date: point 21-1 did not exist in 2010, the Rules not before 2012', async () => {
    const now = ids(await gqlOk(SEARCH, { q: 'сақтандыру сомасы', first: 50 }));
    const then = ids(await gqlOk(SEARCH, { q: 'сақтандыру сомасы', f: { asOf: '2010-01-01' }, first: 50 }));
    expect(now).toContain('sc-1999-9/para_21-1');
    expect(then).not.toContain('sc-1999-9/para_21-1');
    const rules = ids(await gqlOk(SEARCH, { q: 'ұлттық қауіпсіздік органы', f: { asOf: '2011-06-01' }, first: 50 }));
    expect(rules.some((id: string) => id.startsWith('gov-2012-1213/'))).toBe(false);
  });

  it('finds a repealed point only when asked, and only for dates when it existed', async () => {
    const q = 'алып тасталды';
    expect(ids(await gqlOk(SEARCH, { q, first: 50 }))).not.toContain('sc-1999-9/para_11');
    expect(ids(await gqlOk(SEARCH, { q, f: { includeRepealed: true }, first: 50 }))).toContain('sc-1999-9/para_11');
    expect(ids(await gqlOk(SEARCH, { q, f: { includeRepealed: true, asOf: '1999-01-01' }, first: 50 }))).toEqual([]);
  });

  it('pages with cursors and a stable total', async () => {
    const first = await gqlOk(SEARCH, { q: 'зиян', first: 3 });
    expect(first.search.edges).toHaveLength(3);
    expect(first.search.pageInfo.hasNextPage).toBe(true);
    const second = await gqlOk(SEARCH, { q: 'зиян', first: 3, after: first.search.pageInfo.endCursor });
    expect(second.search.totalCount).toBe(first.search.totalCount);
    expect(ids(second).some((id: string) => ids(first).includes(id))).toBe(false);
  });

  it('pages through the re-ranked head in the order of one long page', async () => {
    const q = 'жұмыс беруші зиянды өтеу';
    const whole = ids(await gqlOk(SEARCH, { q, first: 40 }));
    const pages: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 4; i++) {
      const page = await gqlOk(SEARCH, { q, first: 10, after });
      pages.push(...ids(page));
      after = page.search.pageInfo.endCursor;
    }
    expect(whole.length).toBeGreaterThan(30);
    expect(pages.slice(0, 30)).toEqual(whole.slice(0, 30));
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('ranks alike whether or not the count is asked (counted only when asked, also through a fragment)', async () => {
    const withCount = await gqlOk(SEARCH, { q: 'зиян өтеу', first: 10 });
    const hitsOnly = await gqlOk(`query($q: String!) { search(query: $q) { edges { node { clause { id } score snippet } } } }`, {
      q: 'зиян өтеу',
    });
    expect(ids(hitsOnly)).toEqual(ids(withCount));
    expect(hitsOnly.search.edges.map((e: any) => e.node.snippet)).toEqual(withCount.search.edges.map((e: any) => e.node.snippet));
    const throughFragment = await gqlOk(
      `query($q: String!) { search(query: $q) { ...Counted } } fragment Counted on SearchConnection { n: totalCount }`,
      { q: 'зиян өтеу' },
    );
    expect(throughFragment.search.n).toBe(withCount.search.totalCount);
    expect(withCount.search.totalCount).toBeGreaterThan(10);
  });
});

describe('citations, Latin letters and amendments in the question', () => {
  it.each([
    ['п. 12 НП ВС № 9', 'sc-1999-9/para_12'],
    ['пункт 7 Правил, утвержденных постановлением Правительства РК от 18.09.2012 № 1213', 'gov-2012-1213/att_1__para_7'],
    ['Қағидалардың 8-тармағы', 'gov-2012-1213/att_1__para_8'],
    ['п. 2 ст. 944 ГК', 'civil-code/art_944__para_2'],
    ['пункт 13 постановления Верховного суда о вреде здоровью', 'sc-1999-9/para_13'],
    ['НП ВС РК № 9 п 16', 'sc-1999-9/para_16'],
  ])('the citation %s finds %s first', async (q, expected) => {
    expect(ids(await gqlOk(SEARCH, { q }))[0]).toBe(expected);
  });

  it('an article of the Code cited: a point interpreting it first, the article beside it, the rest of both after', async () => {
    const found = ids(await gqlOk(SEARCH, { q: 'ст. 940 ГК' }));
    expect(['sc-1999-9/para_4', 'sc-1999-9/para_18']).toContain(found[0]);
    expect(found[1]).toBe('civil-code/art_940__para_1');
    expect(found.slice(0, 6)).toEqual(
      expect.arrayContaining([
        'sc-1999-9/para_4',
        'sc-1999-9/para_18',
        'civil-code/art_940__para_1',
        'civil-code/art_940__para_2',
        'civil-code/art_940__para_3',
      ]),
    );
    expect(ids(await gqlOk(SEARCH, { q: 'АК-нің 924-бабы' })).slice(0, 2)).toEqual(['sc-1999-9/para_21-1', 'civil-code/art_924']);
    // an article no point of the acts cites comes first, however it is written
    for (const q of ['статья 931 ГК', 'ГК РК ст 931']) expect(ids(await gqlOk(SEARCH, { q }))[0]).toMatch(/^civil-code\/art_931__para_\d$/);
  });

  // the resolution's point, or the article of the Code it interprets (both answer the question)
  it.each([
    ['jerleu shygyndary', ['sc-1999-9/para_12']],
    ['moraldyq ziyan otew', ['sc-1999-9/para_19', 'civil-code/art_951__para_1', 'civil-code/art_952__para_1']],
    ['joğary qauıptılık közınıñ ıesı', ['sc-1999-9/para_7', 'civil-code/art_931__para_1', 'civil-code/art_931__para_3']],
  ])('Kazakh in Latin letters, %s, finds one of %j among the first three', async (q, expected) => {
    const data = await gqlOk(SEARCH, { q });
    expect(data.search.queryLang).toBe('KK');
    expect(
      ids(data)
        .slice(0, 3)
        .filter((id: string) => expected.includes(id)).length,
    ).toBeGreaterThan(0);
  });

  it('finds what an amending act changed, and the changes of a year to a point', async () => {
    const changed = [
      'gov-2012-1213/att_1__para_4',
      'gov-2012-1213/att_1__para_5',
      'gov-2012-1213/att_1__para_7',
      'gov-2012-1213/att_1__para_8',
      'gov-2012-1213/att_1__para_9',
    ];
    expect(
      ids(await gqlOk(SEARCH, { q: 'что изменило постановление Правительства № 1154' }))
        .slice(0, 5)
        .sort(),
    ).toEqual(changed);
    expect(
      ids(await gqlOk(SEARCH, { q: '1154 қаулысы қандай өзгерістер енгізді' }))
        .slice(0, 5)
        .sort(),
    ).toEqual(changed);
    expect(ids(await gqlOk(SEARCH, { q: 'изменения 2024 года в пункт 12' }))[0]).toBe('sc-1999-9/para_12');
    // the act written after its word, not before it
    expect(
      ids(await gqlOk(SEARCH, { q: 'какие пункты изменены постановлением 1154' }))
        .slice(0, 5)
        .sort(),
    ).toEqual(changed);
  });

  it('the changes of a year are what the acts adopted that year changed', async () => {
    // the decree and its Rules were restated in 2023 (decrees No. 666 and No. 1154); the resolution was not changed then
    const in2023 = ids(await gqlOk(SEARCH, { q: 'какие изменения внесены в Правила в 2023 году' }));
    expect(in2023.slice(0, 5).every((id: string) => id.startsWith('gov-2012-1213/'))).toBe(true);
    // the one change of 2017: point 25 inserted into the resolution; in Kazakh, typed on a Russian keyboard or in Latin letters
    for (const q of ['2017 жылғы өзгерістер', '2017 жылгы озгеристер', '2017 zhylgy ozgerister'])
      expect(ids(await gqlOk(SEARCH, { q }))[0]).toBe('sc-1999-9/para_25');
    expect(ids(await gqlOk(SEARCH, { q: 'что изменилось в пункте 4 Правил в 2023 году' }))[0]).toBe('gov-2012-1213/att_1__para_4');
  });
});

describe('amendment filters', () => {
  const byDecree1154 = [
    'gov-2012-1213/att_1__para_4',
    'gov-2012-1213/att_1__para_5',
    'gov-2012-1213/att_1__para_7',
    'gov-2012-1213/att_1__para_8',
    'gov-2012-1213/att_1__para_9',
  ];

  it('amendedBy keeps the points the act changed', async () => {
    const data = await gqlOk(SEARCH, { q: 'залалды өтеу', f: { amendedBy: 'gov-2023-1154' }, first: 50 });
    expect(ids(data).length).toBeGreaterThan(0);
    for (const id of ids(data)) expect(byDecree1154).toContain(id);
    expect(data.search.totalCount).toBe(ids(data).length);
  });

  it('a restatement of the whole Rules changed every point of them', async () => {
    const found = ids(await gqlOk(SEARCH, { q: 'залалды өтеу', f: { amendedBy: 'gov-2023-666' }, first: 50 }));
    expect(found).toEqual(expect.arrayContaining(['gov-2012-1213/att_1__para_2', 'gov-2012-1213/att_1__para_10']));
    expect(found.every((id: string) => id.startsWith('gov-2012-1213/'))).toBe(true);
  });

  it('amendedFrom and amendedTo keep the points changed in that period', async () => {
    const in2024 = ids(await gqlOk(SEARCH, { q: 'зиян', f: { amendedFrom: '2024-01-01', amendedTo: '2024-12-31' }, first: 50 }));
    expect(in2024).toContain('sc-1999-9/para_19');
    expect(in2024).not.toContain('sc-1999-9/para_21-1'); // inserted in 2011, never changed since
    expect(in2024.every((id: string) => id.startsWith('sc-1999-9/'))).toBe(true);
    const until2012 = ids(await gqlOk(SEARCH, { q: 'сақтандыру сомасы', f: { amendedTo: '2012-01-01' }, first: 50 }));
    expect(until2012).toContain('sc-1999-9/para_21-1');
  });

  it('an act and a period together need one change that is both', async () => {
    const q = 'сақтандыру сомасы';
    expect(ids(await gqlOk(SEARCH, { q, f: { amendedBy: 'sc-2011-5', amendedTo: '2011-12-31' } }))).toContain('sc-1999-9/para_21-1');
    const later = await gqlOk(SEARCH, { q, f: { amendedBy: 'sc-2011-5', amendedFrom: '2012-01-01' } });
    expect(later.search.totalCount).toBe(0);
    expect(ids(later)).toEqual([]);
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await gql(SEARCH, { q: 'зиян', f: { amendedFrom: '2024-01-01', amendedTo: '2023-01-01' } });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/amendedFrom/);
  });
});

describe('bad input never gives a 500', () => {
  it.each([
    ['', /must not be empty/],
    ['   ', /must not be empty/],
    ['ж'.repeat(10_000), /at most 1000/],
  ])('rejects %#', async (q, message) => {
    const r = await gql(SEARCH, { q });
    expect(r.status).toBeLessThan(500);
    expect(r.errors?.[0].message).toMatch(message);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each(['?!…—,.;:', '🙂🙂🙂', "'; DROP TABLE clause; --", 'зиян vred 損害 🙂', 'SELECT * FROM act WHERE 1=1'])(
    'answers %j without error',
    async (q) => {
      const r = await gql(SEARCH, { q });
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
      expect(r.data.search.totalCount).toBeGreaterThanOrEqual(0);
    },
  );

  it('rejects a filter list longer than 100 values, which every engine query of a question would carry', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `act-${i}`);
    for (const f of [{ actIds: many }, { claimTypes: many }]) {
      const r = await gql(SEARCH, { q: 'зиян', f });
      expect(r.status).toBeLessThan(500);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message).toMatch(/at most 100/);
    }
    expect((await gql(SEARCH, { q: 'зиян', f: { actIds: many.slice(0, 100) } })).errors).toBeUndefined();
  });

  it('rejects first > 100 and a forged cursor', async () => {
    expect((await gql(SEARCH, { q: 'зиян', first: 101 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(SEARCH, { q: 'зиян', after: 'not-a-cursor' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('what the search remembers of an index build', () => {
  const statements = async (q: string) => {
    const r = (await gql(SEARCH, { q })) as { errors?: unknown; extensions?: { sqlStatements?: number } };
    expect(r.errors).toBeUndefined();
    return r.extensions?.sqlStatements;
  };

  it('asks PostgreSQL nothing for a question whose points and terms it read before', async () => {
    await statements('сумма возмещения вреда кормильцу');
    expect(await statements('сумма возмещения вреда кормильцу')).toBe(0);
  });

  it('keeps nothing while PostgreSQL holds another build than the index (a reindex under way)', async () => {
    // a word no question asked before: its statistics must be read (PostgreSQL answers that no point holds it)
    const unheard = [...String(Date.now())].map((d) => 'абвгдежзик'[Number(d)]).join('');
    const question = `утраченный заработок ${unheard}`;
    await withTestDatabase(async (pg) => {
      const [{ hash }] = (await pg.query(`SELECT hash FROM corpus_state WHERE key = 'search-build'`)).rows;
      await pg.query(`UPDATE corpus_state SET hash = 'a-build-being-written' WHERE key = 'search-build'`);
      try {
        // read, and read again: nothing of it may be kept while the builds disagree
        expect(await statements(question)).toBeGreaterThan(0);
        expect(await statements(question)).toBeGreaterThan(0);
      } finally {
        await pg.query(`UPDATE corpus_state SET hash = $1 WHERE key = 'search-build'`, [hash]);
      }
      // the builds agree again: read once more, then remembered
      expect(await statements(question)).toBeGreaterThan(0);
      expect(await statements(question)).toBe(0);
    });
  });
});

describe('fallback when Meilisearch is down', () => {
  // The restarted server stays up for the remaining test files; the global teardown stops it by its pid file.

  it('answers from PostgreSQL with degraded: true, reports it in /healthz, and recovers without a restart', async () => {
    const dataDir = process.env.ZANGRAPH_TEST_DATA_DIR!;
    const port = Number(process.env.ZANGRAPH_TEST_MEILI_PORT);
    const pidFile = JSON.parse(readFileSync(join(dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8'));
    process.kill(pidFile.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 300));

    const down = await gqlOk(SEARCH, { q: 'расходы на погребение' });
    expect(down.search.degraded).toBe(true);
    expect(ids(down)).toContain('sc-1999-9/para_12');
    // the same filters and citations in the fallback
    const byAct = await gqlOk(SEARCH, { q: 'залалды өтеу', f: { amendedBy: 'gov-2023-1154' }, first: 50 });
    expect(byAct.search.degraded).toBe(true);
    expect(ids(byAct).length).toBeGreaterThan(0);
    for (const id of ids(byAct))
      expect([
        'gov-2012-1213/att_1__para_4',
        'gov-2012-1213/att_1__para_5',
        'gov-2012-1213/att_1__para_7',
        'gov-2012-1213/att_1__para_8',
        'gov-2012-1213/att_1__para_9',
      ]).toContain(id);
    const inPeriod = ids(await gqlOk(SEARCH, { q: 'сақтандыру сомасы', f: { amendedBy: 'sc-2011-5', amendedTo: '2011-12-31' } }));
    expect(inPeriod).toContain('sc-1999-9/para_21-1');
    expect(
      (await gqlOk(SEARCH, { q: 'сақтандыру сомасы', f: { amendedBy: 'sc-2011-5', amendedFrom: '2012-01-01' } })).search.totalCount,
    ).toBe(0);
    expect(ids(await gqlOk(SEARCH, { q: 'п. 12 НП ВС № 9' }))[0]).toBe('sc-1999-9/para_12');
    // /healthz reports what the background check (every second) found
    let health = await fetch(`${serverUrl()}/healthz`);
    for (let i = 0; i < 30 && health.status !== 503; i++) {
      await new Promise((r) => setTimeout(r, 100));
      health = await fetch(`${serverUrl()}/healthz`);
    }
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ services: { meilisearch: 'down', postgres: 'up' } });

    await startEmbeddedMeilisearch({ dataDir, port, log: () => undefined });
    await new Promise((r) => setTimeout(r, 2200)); // the circuit retries Meilisearch after 2 s
    const back = await gqlOk(SEARCH, { q: 'расходы на погребение' });
    expect(back.search.degraded).toBe(false);
    expect(ids(back)).toContain('sc-1999-9/para_12');
    let healthBack = await fetch(`${serverUrl()}/healthz`);
    for (let i = 0; i < 30 && healthBack.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      healthBack = await fetch(`${serverUrl()}/healthz`);
    }
    expect(healthBack.status).toBe(200);
  });
});

describe('reindex mutation', () => {
  const REINDEX = 'mutation { reindex }';
  it('needs an editor token', async () => {
    const r = await gql(REINDEX);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
  it('rebuilds the index for an editor, and search keeps answering', async () => {
    const r = await gql(REINDEX, undefined, { authorization: `Bearer ${process.env.ZANGRAPH_TEST_EDITOR_TOKEN}` });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ reindex: true });
    expect(ids(await gqlOk(SEARCH, { q: 'расходы на погребение' }))).toContain('sc-1999-9/para_12');
  });
});
