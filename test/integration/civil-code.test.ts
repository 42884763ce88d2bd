/** The Civil Code's chapter 47 as an act of the knowledge base, through GraphQL over HTTP. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gqlOk, serverUrl } from '../support/graphql-client';

jest.setTimeout(60_000);

const SOURCE = readFileSync(join(__dirname, '..', '..', 'corpus', 'acts', 'civil-code.ru.txt'), 'utf8');
const ARTICLES = Array.from({ length: 36 }, (_, i) => 917 + i);

/**
 * The law's words of each article as the copy gives them, read independently of the parser: every line after a
 * label "[ГК | Статья N. … ]" up to the next label, the header and labels dropped. Compared with whitespace folded,
 * since the copy breaks one line of art. 936 in the middle of a sentence.
 */
function sourceWordsByArticle(): Map<string, string> {
  const out = new Map<string, string[]>();
  let article: string | null = null;
  for (const line of SOURCE.split('\n')) {
    const label = /^\[ГК \| Статья (\d+)\./u.exec(line);
    if (label) article = label[1];
    else if (article !== null && line.trim() !== '') out.set(article, [...(out.get(article) ?? []), line]);
  }
  return new Map([...out].map(([k, v]) => [k, fold(v.join(' '))]));
}
const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();

describe('act(id: "civil-code")', () => {
  it('is the Special Part, number 409 of 1 July 1999, a code in Russian, not verified against the official page', async () => {
    const { act } = await gqlOk(`{ act(id: "civil-code") { id kind number adoptedOn uri lang verified adoptionSource
      title(lang: RU) { text official verified source } kk: title { text official verified }
      wordingsKnownFrom ru: wordingsKnownReason(lang: RU) } }`);
    expect(act).toMatchObject({
      id: 'civil-code',
      kind: 'CODE',
      number: '409',
      adoptedOn: '1999-07-01',
      uri: '/akn/kz/act/code/1999-07-01/409',
      lang: 'RU',
      verified: false,
    });
    expect(act.adoptionSource).toMatch(/^https:\/\//);
    expect(act.title).toMatchObject({ text: 'Гражданский кодекс Республики Казахстан (Особенная часть)', official: true, verified: false });
    expect(act.kk).toMatchObject({ official: false, verified: false });
    expect(act.wordingsKnownFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(act.ru).toMatch(/Более ранние редакции неизвестны/);
  });

  it('holds chapter 47, articles 917–952 in order, and their points', async () => {
    const { act } = await gqlOk(`{ act(id: "civil-code") { clauses { eId kind number } } }`);
    const eIds = act.clauses.map((c: { eId: string }) => c.eId);
    expect(eIds[0]).toBe('chp_47');
    expect(act.clauses.filter((c: { kind: string }) => c.kind === 'ARTICLE').map((c: { number: string }) => c.number)).toEqual(
      ARTICLES.map(String),
    );
    expect(eIds).toEqual(expect.arrayContaining(['art_938__para_2', 'art_951__para_3__subpara_1', 'art_919']));
    expect(act.clauses.filter((c: { kind: string }) => c.kind === 'POINT')).toHaveLength(77);
  });

  it('serves each article with the words of the source, its heading, and where it comes from', async () => {
    const words = sourceWordsByArticle();
    const data: Record<string, any> = {};
    for (let i = 0; i < ARTICLES.length; i += 12) {
      const fields = ARTICLES.slice(i, i + 12).map(
        (n) =>
          `a${n}: clause(id: "civil-code/art_${n}") { kind parent { id } ru: text(lang: RU) { text official verified heading source } }`,
      );
      Object.assign(data, await gqlOk(`{ ${fields.join('\n')} }`));
    }
    for (const n of ARTICLES) {
      const c = data[`a${n}`];
      expect(c.kind).toBe('ARTICLE');
      expect(c.parent.id).toBe('civil-code/chp_47');
      expect(fold(c.ru.text)).toBe(words.get(String(n)));
      expect(c.ru).toMatchObject({ official: true, verified: false });
      expect(c.ru.heading).toBe(new RegExp(`\\[ГК \\| Статья ${n}\\. ([^|\\]]+?)\\s*[|\\]]`, 'u').exec(SOURCE)![1]);
      expect(c.ru.source).toMatch(/not verified against the official page/);
    }
  });

  it('serves a point with its own text, the Kazakh translation flagged unofficial', async () => {
    const { clause } = await gqlOk(`{ clause(id: "civil-code/art_938__para_2") { kind number parent { id }
      ru: text(lang: RU) { text official } kk: text(lang: KK) { text official verified source notes { text } } status } }`);
    expect(clause).toMatchObject({ kind: 'POINT', number: '2', parent: { id: 'civil-code/art_938' }, status: 'IN_FORCE' });
    expect(clause.ru.text).toMatch(/^2\. /);
    expect(clause.ru.official).toBe(true);
    expect(clause.kk).toMatchObject({ official: false, verified: false });
    expect(clause.kk.text).toMatch(/^2\. /);
    expect(clause.kk.source).toMatch(/unofficial translation/);
  });

  it('says nothing of the wording before the day it is evidenced: earlier wordings are unknown, not assumed', async () => {
    const { clause, act } =
      await gqlOk(`{ clause(id: "civil-code/art_938") { status(asOf: "2010-01-01") statusWindow(asOf: "2010-01-01") { earliest reasonRu: reason(lang: RU) } text(lang: RU, asOf: "2010-01-01") { text } }
      act(id: "civil-code") { wordingsKnownFrom entryIntoForce { earliest latest exact reasonRu: reason(lang: RU) } } }`);
    expect(clause.status).toBe('UNKNOWN');
    expect(clause.statusWindow).toEqual({
      earliest: act.wordingsKnownFrom,
      reasonRu: expect.stringMatching(/Более ранние редакции неизвестны/),
    });
    expect(clause.text.text).toBeNull();
    // the entry into force is not in the sources: a window from adoption to the day the wording is evidenced, with why
    expect(act.entryIntoForce).toMatchObject({ earliest: '1999-07-01', latest: act.wordingsKnownFrom, exact: false });
    expect(act.entryIntoForce.reasonRu).toMatch(/не приведён/);
  });
});

describe('references of the two acts lead into chapter 47', () => {
  it('point 2 of the resolution reaches article 938; a reference outside the chapter stays outside', async () => {
    const { act } = await gqlOk(`{ act(id: "sc-1999-9") { clauses { id references { text targetAct article point clause { id } } } } }`);
    const refs = act.clauses.flatMap((c: { id: string; references: Array<Record<string, any>> }) =>
      c.references.map((r) => ({ from: c.id, ...r })),
    );
    const toCode = refs.filter((r: { targetAct: string }) => r.targetAct === 'civil-code');
    expect(toCode.find((r: any) => r.from === 'sc-1999-9/para_2' && r.article === '938')?.clause).toEqual({ id: 'civil-code/art_938' });
    for (const r of toCode) {
      const inChapter = r.article !== null && Number(r.article) >= 917 && Number(r.article) <= 952 && /^\d+$/.test(r.article);
      if (inChapter)
        expect(r.clause?.id).toBe(r.point === null ? `civil-code/art_${r.article}` : `civil-code/art_${r.article}__para_${r.point}`);
      else if (r.article !== null) expect(r.clause).toBeNull();
    }
    expect(toCode.filter((r: any) => r.clause !== null).length).toBeGreaterThanOrEqual(3);
    expect(toCode.some((r: any) => r.article !== null && r.clause === null)).toBe(true);
  });

  it.each([
    ['АК-нің 938-бабы бойынша', 'civil-code/art_938'],
    ['ст. 938 ГК', 'civil-code/art_938'],
    ['пункт 2 статьи 940 ГК', 'civil-code/art_940__para_2'],
    ['АК-нің 940-бабының 1-тармағы', 'civil-code/art_940__para_1'],
    ['пп. 1) п. 3 ст. 951 ГК РК', 'civil-code/art_951__para_3__subpara_1'],
    ['главы 47 ГК РК', 'civil-code/chp_47'],
  ])('resolveCitations("%s") returns %s', async (text, clauseId) => {
    const { resolveCitations } = await gqlOk(
      `query($t: String!) { resolveCitations(text: $t) { act { id } clause { id } reference { targetAct article } } }`,
      { t: text },
    );
    expect(resolveCitations).toHaveLength(1);
    expect(resolveCitations[0].act).toEqual({ id: 'civil-code' });
    expect(resolveCitations[0].clause).toEqual({ id: clauseId });
  });

  it('an article outside the chapter is the Code, cited as a reference, never a clause', async () => {
    const { resolveCitations } = await gqlOk(
      `{ resolveCitations(text: "подпункт 3) статьи 187 ГК РК") { act { id } clause { id } reference { targetAct article subpoint clause { id } } } }`,
    );
    expect(resolveCitations).toHaveLength(1);
    expect(resolveCitations[0].clause).toBeNull();
    expect(resolveCitations[0].reference).toEqual({ targetAct: 'civil-code', article: '187', subpoint: '3', clause: null });
  });

  it('the Civil Procedure Code is not the Civil Code', async () => {
    const { resolveCitations } = await gqlOk(`{ resolveCitations(text: "статья 938 ГПК РК") { act { id } clause { id } } }`);
    for (const c of resolveCitations) expect([c.act?.id ?? null, c.clause]).toEqual([null, null]);
  });
});

describe('claim types rest on the Code', () => {
  it('every claim type lists governing units of chapter 47 with a role and a rationale in both languages, beside the acts’ points', async () => {
    const { claimTypes } = await gqlOk(
      `{ claimTypes { code governingClauses { role clause { id } kk: rationale(lang: KK) ru: rationale(lang: RU) } } }`,
    );
    expect(claimTypes).toHaveLength(13);
    for (const t of claimTypes) {
      const code = t.governingClauses.filter((g: { clause: { id: string } }) => g.clause.id.startsWith('civil-code/'));
      const acts = t.governingClauses.filter((g: { clause: { id: string } }) => !g.clause.id.startsWith('civil-code/'));
      expect({ code: t.code, articles: code.length > 0, acts: acts.length > 0 }).toEqual({ code: t.code, articles: true, acts: true });
      for (const g of code) {
        expect(g.clause.id).toMatch(/^civil-code\/art_9(1[7-9]|[2-4]\d|5[0-2])(__para_\d+(__subpara_\d+)?)?$/);
        expect(g.kk).toMatch(/[әғқңөұүһі]/i);
        expect(g.ru).not.toMatch(/[әғқңөұүһі]/i);
      }
    }
    const danger = claimTypes.find((t: { code: string }) => t.code === 'INCREASED_DANGER_SOURCE');
    expect(danger.governingClauses).toContainEqual(
      expect.objectContaining({ role: 'BASIS', clause: { id: 'civil-code/art_931__para_1' } }),
    );
  });

  it('an article says which claim types it governs', async () => {
    const { clause } = await gqlOk(`{ clause(id: "civil-code/art_938__para_1") { claimTypes { code } } }`);
    expect(clause.claimTypes.map((t: { code: string }) => t.code)).toContain('LOST_EARNINGS_AND_EXPENSES');
  });
});

describe('pages, widget and export cover the Code', () => {
  const get = (path: string) => fetch(`${serverUrl()}${path}`);

  it('the page of point 2 of the resolution links its reference to article 938, with the article’s text in a panel', async () => {
    const res = await get('/acts/sc-1999-9/para_2?lang=ru');
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toMatch(/<a href="\/acts\/civil-code\/art_938[^"]*" data-reference="civil-code\/art_938">Статья 938<\/a>/);
    expect(body).toContain('<details><summary>Текст нормы</summary><div class="law" lang="ru"');
    expect(body).toContain('Размер подлежащего возмещению утраченного заработка');
  });

  it('an article has a page with its heading and both texts; the chapter’s page lists its articles', async () => {
    const art = await (await get('/acts/civil-code/art_938?lang=ru')).text();
    expect(art).toContain('Определение заработка (дохода), утраченного в результате повреждения здоровья');
    expect(art).toContain('data-clause="civil-code/art_938"');
    expect(art).toContain('not verified against the official page');
    const chapter = await (await get('/acts/civil-code/chp_47')).text();
    for (const n of ARTICLES) expect(chapter).toContain(`/acts/civil-code/art_${n}`);
    expect((await get('/acts/civil-code')).status).toBe(200);
  });

  it('the widget serves a Code article, its Kazakh text marked unofficial', async () => {
    const res = await get('/embed/clause.json?clause=civil-code/art_931__para_1&lang=kk');
    expect(res.status).toBe(200);
    const card = await res.json();
    expect(JSON.stringify(card)).toContain('931');
  });

  it('/export.json holds the Code with its provenance', async () => {
    const d = await (await get('/export.json')).json();
    const code = d.acts.find((a: { id: string }) => a.id === 'civil-code');
    expect(code).toMatchObject({ kind: 'CODE', lang: 'ru', verified: false });
    const art = code.clauses.find((c: { eId: string }) => c.eId === 'art_938');
    expect(art.wordings.ru[0]).toMatchObject({
      official: true,
      verified: false,
      heading: expect.stringContaining('Определение заработка'),
    });
    expect(art.wordings.kk[0]).toMatchObject({ official: false, verified: false });
  });
});

describe('search finds the Code in both languages', () => {
  const hits = async (query: string, filter: Record<string, unknown> = {}) =>
    (
      await gqlOk(
        `query($q: String!, $f: SearchFilter) { search(query: $q, first: 10, filter: $f) { edges { node { clause { id } } } } }`,
        { q: query, f: filter },
      )
    ).search.edges.map((e: { node: { clause: { id: string } } }) => e.node.clause.id);

  it.each([
    ['ответственность владельца источника повышенной опасности', /^civil-code\/art_931/, 'sc-1999-9/para_5'],
    // the Code says "юридическое лицо или гражданин" (921) and "работодатель" only where it sends to the Labour Code (937)
    ['жұмыс берушінің жауапкершілігі', /^civil-code\/art_9(21|36|37)/, 'sc-1999-9/para_4'],
    ['необходимая оборона', /^civil-code\/art_919$/, null],
    ['моральдық зиянды өтеу', /^civil-code\/art_95[12]/, 'sc-1999-9/para_19'],
  ])('"%s" finds the article beside the resolution’s point', async (query, article, point) => {
    const found = await hits(query);
    expect({ query, found, article: found.slice(0, 5).some((id: string) => article.test(id)) }).toEqual({ query, found, article: true });
    if (point) expect(found).toContain(point);
  });

  it('the act filter keeps to the Code, and an article without points is a hit of its own', async () => {
    const found = await hits('возмещение расходов на погребение', { actIds: ['civil-code'] });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id: string) => id.startsWith('civil-code/'))).toBe(true);
    expect(found).toContain('civil-code/art_946');
  });

  it('before the day its wording is evidenced, the Code is not what the law said', async () => {
    const found = await hits('ответственность владельца источника повышенной опасности', { asOf: '2015-01-01' });
    expect(found.some((id: string) => id.startsWith('civil-code/'))).toBe(false);
  });
});
