/**
 * Akoma Ntoso over HTTP, judged by the official OASIS 3.0 schema (libxml2's xmllint, vendored XSD): every act,
 * on every version date, the day before each, dates in between, today, in both languages. Then what the schema
 * cannot see: the FRBR IRIs resolve, the expression is dated by the wording it holds, the lifecycle has one
 * event per amending act, repealed content is "removed", there is no expression before the act, and the text
 * in the XML reads back as the API's wording (a round trip, as Laws.Africa's tools check theirs).
 */
import { gqlOk, serverUrl } from '../support/graphql-client';
import { validateAknMany } from '../support/akn-schema';
import { parseXml, walk, type XmlNode } from '../support/xml-wellformed';

jest.setTimeout(180_000);

interface ActRow {
  id: string;
  uri: string;
  adoptedOn: string;
  /** The first day the act itself can apply (its own entry into force): the date of its original version. */
  entryIntoForce: { earliest: string };
  /** Set when only a current wording of an unknown date is held (the Civil Code): its one expression is of that day. */
  wordingsKnownFrom: string | null;
  versions: Array<{ date: string }>;
  amendments: Array<{
    id: string;
    kind: string;
    target: string;
    effectiveFrom: string;
    effective: { latest: string | null };
    amendingAct: { id: string };
  }>;
}

let acts: ActRow[];
const get = (path: string, init?: RequestInit) => fetch(`${serverUrl()}${path}`, init);
const nodesOf = (xml: string) => [...walk(parseXml(xml))];
const attrsOf = (nodes: XmlNode[], parent: string, child: string) =>
  nodes.find((n) => n.name === parent)!.children.find((c) => c.name === child)?.attrs;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The dates every act is checked at: its first day in force, each version date and the day before it, midpoints, today. */
/** The date of the first expression held: the act's own entry into force, or the day its only wording is evidenced. */
const firstDay = (act: ActRow) => act.wordingsKnownFrom ?? act.entryIntoForce.earliest;

function datesOf(act: ActRow): string[] {
  const versions = [firstDay(act), ...act.versions.map((v) => v.date)];
  const out = new Set<string>(versions);
  for (const v of versions.slice(1)) out.add(addDays(v, -1));
  for (let i = 1; i < versions.length; i++) {
    const a = Date.parse(versions[i - 1]);
    const b = Date.parse(versions[i]);
    out.add(new Date(a + (b - a) / 2).toISOString().slice(0, 10));
  }
  return [...out].sort();
}

beforeAll(async () => {
  acts = (
    await gqlOk<{ acts: ActRow[] }>(
      '{ acts { id uri adoptedOn entryIntoForce { earliest } wordingsKnownFrom versions { date } amendments { id kind target effectiveFrom effective { latest } amendingAct { id } } } }',
    )
  ).acts;
});

test('every act, on every date checked, in both languages: 0 errors against the OASIS Akoma Ntoso 3.0 XSD', async () => {
  const docs: Array<{ name: string; xml: string }> = [];
  for (const act of acts) {
    for (const date of [...datesOf(act), null]) {
      for (const lang of ['kk', 'ru']) {
        const res = await get(`/acts/${act.id}/akn.xml?lang=${lang}${date ? `&asOf=${date}` : ''}`);
        expect({ act: act.id, date, lang, status: res.status }).toEqual({ act: act.id, date, lang, status: 200 });
        docs.push({ name: `${act.id}_${lang}_${date ?? 'today'}.xml`, xml: await res.text() });
      }
    }
  }
  expect(docs.length).toBeGreaterThanOrEqual(2 * 2 * 8);
  const errors = await validateAknMany(docs);
  const failing = [...errors].filter(([, e]) => e.length).map(([name, e]) => `${name}: ${e.slice(0, 3).join(' | ')}`);
  expect(failing).toEqual([]);
  process.stdout.write(`AKN: ${docs.length} documents validated against the OASIS XSD, ${[...errors.values()].flat().length} errors\n`);
});

test('a date before the act, or before it can have entered into force, is a 404, not an invented document', async () => {
  for (const act of acts) {
    // nor before the day the only wording held is evidenced from: earlier wordings are unknown, not assumed
    for (const date of new Set([addDays(act.adoptedOn, -1), addDays(act.entryIntoForce.earliest, -1), addDays(firstDay(act), -1)])) {
      const res = await get(`/acts/${act.id}/akn.xml?asOf=${date}`);
      expect({ date, status: res.status }).toEqual({ date, status: 404 });
      expect(await res.text()).not.toContain('akomaNtoso');
    }
  }
  // decree No. 1213 applies ten days after its publication: not on its adoption day
  const decree = acts.find((a) => a.id === 'gov-2012-1213')!;
  expect(decree.entryIntoForce.earliest > decree.adoptedOn).toBe(true);
  expect((await get(`/acts/gov-2012-1213/akn.xml?asOf=${decree.adoptedOn}&lang=ru`)).status).toBe(404);
});

test('?lang=ru is the Russian expression, marked as an unofficial translation', async () => {
  const nodes = nodesOf(await (await get('/acts/sc-1999-9/akn.xml?lang=ru')).text());
  expect(attrsOf(nodes, 'FRBRExpression', 'FRBRlanguage')).toEqual({ language: 'rus' });
  expect(attrsOf(nodes, 'FRBRExpression', 'FRBRauthoritative')).toEqual({ value: 'false' });
  expect(attrsOf(nodes, 'FRBRExpression', 'FRBRtranslation')).toMatchObject({ fromLanguage: 'kaz', authoritative: 'false' });
  expect(attrsOf(nodes, 'FRBRExpression', 'FRBRuri')!.value).toMatch(/\/rus@\d{4}-\d{2}-\d{2}$/);
  expect(nodes.find((n) => n.name === 'zg:expression')!.attrs).toMatchObject({ official: 'false', kind: 'unofficialTranslation' });
  const kk = nodesOf(await (await get('/acts/sc-1999-9/akn.xml')).text());
  expect(attrsOf(kk, 'FRBRExpression', 'FRBRauthoritative')).toEqual({ value: 'true' });
  expect(attrsOf(kk, 'FRBRExpression', 'FRBRlanguage')).toEqual({ language: 'kaz' });
});

test('the expression date is the first day of the wording it holds; repealed points are status="removed"', async () => {
  const sc = acts.find((a) => a.id === 'sc-1999-9')!;
  for (const date of datesOf(sc)) {
    const nodes = nodesOf(await (await get(`/acts/sc-1999-9/akn.xml?asOf=${date}`)).text());
    const applied = sc.amendments
      .map((a) => a.effectiveFrom)
      .filter((d) => d <= date)
      .sort();
    const expected = applied.length ? applied[applied.length - 1] : sc.entryIntoForce.earliest;
    expect({ date, expression: attrsOf(nodes, 'FRBRExpression', 'FRBRdate')!.date }).toEqual({ date, expression: expected });
    // repealed once the repeal certainly applied (inside its window the point may still be in force)
    const repealed = sc.amendments
      .filter((a) => a.kind === 'REPEALED' && a.effective.latest !== null && a.effective.latest <= date)
      .map((a) => a.target);
    for (const eId of repealed) expect(nodes.find((n) => n.name === 'paragraph' && n.attrs.eId === eId)?.attrs.status).toBe('removed');
    expect(nodes.filter((n) => n.attrs.status === 'repealed')).toEqual([]);
  }
});

test('the lifecycle has one event per amending act, and each modification points at a period made of those events', async () => {
  for (const act of acts) {
    const nodes = nodesOf(await (await get(`/acts/${act.id}/akn.xml`)).text());
    const events = nodes.filter((n) => n.name === 'eventRef');
    const amendingActs = new Set(act.amendments.map((a) => a.amendingAct.id));
    expect(events.length).toBe(amendingActs.size + 1);
    for (const id of amendingActs) expect(events.filter((e) => e.attrs.source === `#ref_${id}`)).toHaveLength(1);
    const groups = new Map(nodes.filter((n) => n.name === 'temporalGroup').map((g) => [`#${g.attrs.eId}`, g]));
    const mods = nodes.filter((n) => n.name === 'textualMod');
    expect(mods).toHaveLength(act.amendments.length);
    const eventIds = new Set(events.map((e) => `#${e.attrs.eId}`));
    for (const m of mods) {
      const interval = groups.get(m.attrs.period!)?.children[0];
      expect(interval?.name).toBe('timeInterval');
      expect(eventIds.has(interval!.attrs.start!)).toBe(true);
    }
  }
});

test('the FRBR IRIs resolve: the work, kaz@version, rus@version, kaz:date, !main and .xml', async () => {
  for (const act of acts) {
    const versions = [firstDay(act), ...act.versions.map((v) => v.date)];
    const latest = versions[versions.length - 1];
    const expression = (lang: string, date: string) => `${act.uri}/${lang}@${date}`;
    for (const path of [
      act.uri,
      `${act.uri}/kaz`,
      expression('kaz', latest),
      `${expression('kaz', latest)}/!main`,
      `${expression('kaz', latest)}/!main.xml`,
      `${expression('kaz', latest)}.xml`,
      expression('rus', latest),
      `${act.uri}/kaz@`,
    ]) {
      const res = await get(path);
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({
        path,
        status: 200,
        type: 'application/akn+xml; charset=utf-8',
      });
      const nodes = nodesOf(await res.text());
      // the document names itself by the IRI it was reached through (the version it holds)
      const uri = attrsOf(nodes, 'FRBRExpression', 'FRBRuri')!.value!;
      expect(path.startsWith(act.uri)).toBe(true);
      if (path.includes('@') && !path.endsWith('@')) expect(path.startsWith(uri)).toBe(true);
    }
    // every version date is an expression; the IRI in the document is the one that resolves
    for (const date of versions) {
      const nodes = nodesOf(await (await get(expression('kaz', date))).text());
      expect(attrsOf(nodes, 'FRBRExpression', 'FRBRuri')!.value).toBe(expression('kaz', date));
      expect(attrsOf(nodes, 'FRBRManifestation', 'FRBRthis')!.value).toBe(`${expression('kaz', date)}/!main.xml`);
    }
    // a point in time names the version in force that day (an act with one version has no day between versions)
    const mid = datesOf(act).find((d) => !versions.includes(d));
    if (mid !== undefined) {
      const inForce = versions.filter((v) => v <= mid).pop()!;
      const pit = nodesOf(await (await get(`${act.uri}/kaz:${mid}`)).text());
      expect(attrsOf(pit, 'FRBRExpression', 'FRBRuri')!.value).toBe(expression('kaz', inForce));
      // a date that is no version: 404
      expect((await get(expression('kaz', mid))).status).toBe(404);
    }
    // an unknown language or component: 404
    expect((await get(`${act.uri}/eng`)).status).toBe(404);
    expect((await get(`${act.uri}/kaz:${addDays(act.adoptedOn, -1)}`)).status).toBe(404);
  }
  expect((await get('/akn/kz/act/decree/2099-01-01/1')).status).toBe(404);
});

/** The lines of an element's text as the XML holds them: each <num> joined to the paragraph it starts. */
function linesOf(node: XmlNode): string[] | null {
  const out: string[] = [];
  let pendingNum: string | null = null;
  let omitted = false;
  const visit = (n: XmlNode) => {
    if (n.name === 'num') pendingNum = n.text;
    else if (n.name === 'omissis') omitted = true;
    else if (n.name === 'p') {
      out.push(pendingNum ? `${pendingNum} ${n.text}` : n.text);
      pendingNum = null;
    } else n.children.forEach(visit);
  };
  node.children.forEach(visit);
  if (pendingNum) out.push(pendingNum);
  return omitted ? null : out;
}

const normalize = (lines: string[]) => lines.map((l) => l.replace(/^(\S+[.)])\s*/, '$1 ').trim()).join('\n');

test('round trip: each point, sub-point and preamble in the XML reads back as the API wording (both languages)', async () => {
  let compared = 0;
  for (const act of acts) {
    for (const lang of ['KK', 'RU']) {
      const nodes = nodesOf(await (await get(`/acts/${act.id}/akn.xml?lang=${lang.toLowerCase()}`)).text());
      const data = await gqlOk<{ act: { clauses: Array<{ eId: string; kind: string; paragraphs: string[] }> } }>(
        `query($id: ID!, $lang: Lang) { act(id: $id) { clauses(includeRepealed: true) { eId kind paragraphs(lang: $lang) } } }`,
        { id: act.id, lang },
      );
      for (const c of data.act.clauses) {
        if (c.kind === 'ATTACHMENT' || c.kind === 'CHAPTER') continue;
        const element = nodes.find((n) => ['paragraph', 'subparagraph', 'preamble', 'article'].includes(n.name) && n.attrs.eId === c.eId)!;
        expect(element).toBeDefined();
        // an article of a code: its number and heading are markup of their own, its text the lines of its parts
        const lines = linesOf(
          c.kind === 'ARTICLE'
            ? { ...element, children: element.children.filter((n) => n.name !== 'num' && n.name !== 'heading') }
            : element,
        );
        if (lines === null || c.paragraphs.length === 0) {
          expect({ eId: c.eId, lang, held: c.paragraphs.length > 0 }).toEqual({ eId: c.eId, lang, held: lines !== null });
          continue;
        }
        expect({ eId: c.eId, lang, text: normalize(lines) }).toEqual({ eId: c.eId, lang, text: normalize(c.paragraphs) });
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(80 + 2 * 113);
});
