/**
 * The contract's promises a client relies on, over HTTP: an explicit null for an argument with a default means
 * the default (a client binding an unset optional variable sends null); PageInfo is complete and true for every
 * connection; a malformed date literal is one error that names the argument.
 */
import { gql, gqlOk } from '../support/graphql-client';

jest.setTimeout(60_000);

describe('null means the default', () => {
  test.each([
    [
      'Clause.text(lang)',
      'query($l: Lang) { clause(id: "sc-1999-9/para_12") { text(lang: $l) { lang } } }',
      { l: null },
      (d: any) => d.clause.text.lang,
      'KK',
    ],
    [
      'Clause.paragraphs(lang)',
      'query($l: Lang) { clause(id: "sc-1999-9/para_12") { a: paragraphs(lang: $l) b: paragraphs } }',
      { l: null },
      (d: any) => d.clause.a.join() === d.clause.b.join(),
      true,
    ],
    [
      'Clause.citation(lang, style)',
      'query($l: Lang, $s: CitationStyle) { clause(id: "sc-1999-9/para_12") { a: citation(lang: $l, style: $s) b: citation } }',
      { l: null, s: null },
      (d: any) => d.clause.a === d.clause.b,
      true,
    ],
    [
      'Act.title(lang)',
      'query($l: Lang) { act(id: "sc-1999-9") { title(lang: $l) { lang } } }',
      { l: null },
      (d: any) => d.act.title.lang,
      'KK',
    ],
    [
      'Act.issuer(lang)',
      'query($l: Lang) { act(id: "sc-1999-9") { a: issuer(lang: $l) b: issuer } }',
      { l: null },
      (d: any) => d.act.a === d.act.b,
      true,
    ],
    [
      'Act.clauses(includeRepealed)',
      'query($r: Boolean) { act(id: "sc-1999-9") { a: clauses(includeRepealed: $r) { id } b: clauses { id } } }',
      { r: null },
      (d: any) => d.act.a.length === d.act.b.length,
      true,
    ],
    [
      'search(first)',
      'query($f: Int) { search(query: "жерлеу", first: $f) { edges { cursor } } }',
      { f: null },
      (d: any) => d.search.edges.length <= 10 && d.search.edges.length > 0,
      true,
    ],
    [
      'SearchFilter.includeRepealed',
      'query($r: Boolean) { search(query: "жерлеу", filter: { includeRepealed: $r }) { totalCount } }',
      { r: null },
      (d: any) => d.search.totalCount > 0,
      true,
    ],
    [
      'cases(first)',
      'query($f: Int) { cases(first: $f) { totalCount edges { cursor } } }',
      { f: null },
      (d: any) => d.cases.edges.length === Math.min(20, d.cases.totalCount),
      true,
    ],
    [
      'changes(lang)',
      'query($l: Lang) { changes(actId: "sc-1999-9", from: "2024-01-01", to: "2024-12-31", lang: $l) { before { lang } } }',
      { l: null },
      (d: any) => d.changes.every((c: any) => c.before.lang === 'KK'),
      true,
    ],
    [
      'ClaimType.name(lang)',
      'query($l: Lang) { claimTypes { a: name(lang: $l) b: name } }',
      { l: null },
      (d: any) => d.claimTypes.every((t: any) => t.a === t.b),
      true,
    ],
    [
      'Case.summary(lang)',
      'query($l: Lang, $f: Int) { cases(first: $f) { edges { node { a: summary(lang: $l) b: summary } } } }',
      { l: null, f: null },
      (d: any) => d.cases.edges.every((e: any) => e.node.a === e.node.b),
      true,
    ],
  ])('%s accepts null', async (_name, query, variables, pick, expected) => {
    const r = await gql(query, variables);
    expect(r.errors).toBeUndefined();
    expect(pick(r.data)).toBe(expected);
  });
});

describe('PageInfo', () => {
  test('the first page has no previous page; the next one does, and starts where the first ended', async () => {
    const q =
      'query($after: String) { cases(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }';
    const first = (await gqlOk(q, { after: null })).cases;
    expect(first.totalCount).toBeGreaterThan(2);
    expect(first.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[1].cursor,
    });
    const second = (await gqlOk(q, { after: first.pageInfo.endCursor })).cases;
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.pageInfo.startCursor).toBe(second.edges[0].cursor);
    expect(second.edges[0].node.id).not.toBe(first.edges[1].node.id);
  });

  test('search pages too; an empty page has null cursors', async () => {
    const q =
      'query($after: String, $first: Int) { search(query: "жерлеу шығындары", first: $first, after: $after) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }';
    const p1 = (await gqlOk(q, { first: 1 })).search;
    expect(p1.pageInfo).toMatchObject({ hasPreviousPage: false, startCursor: p1.edges[0].cursor, endCursor: p1.edges[0].cursor });
    const p2 = (await gqlOk(q, { first: 1, after: p1.pageInfo.endCursor })).search;
    expect(p2.pageInfo.hasPreviousPage).toBe(true);
    const empty = (await gqlOk(q, { first: 0 })).search;
    expect(empty.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasPreviousPage: false });
  });

  test('Clause.citingCases and ClaimType.cases carry the same PageInfo', async () => {
    const d = await gqlOk(
      '{ clause(id: "sc-1999-9/para_12") { citingCases(first: 1) { pageInfo { hasPreviousPage startCursor } edges { cursor } } } claimTypes { cases(first: 1) { pageInfo { hasPreviousPage startCursor } edges { cursor } } } }',
    );
    const conns = [d.clause.citingCases, ...d.claimTypes.map((t: any) => t.cases)];
    for (const c of conns) expect(c.pageInfo).toEqual({ hasPreviousPage: false, startCursor: c.edges[0]?.cursor ?? null });
  });
});

test.each([
  ['{ clause(id: "sc-1999-9/para_12") { status(asOf: "2020-13-45") } }', 'asOf'],
  ['{ search(query: "x", filter: { asOf: "2020-02-30" }) { totalCount } }', 'asOf'],
  ['{ changes(actId: "sc-1999-9", from: "yesterday", to: "2020-01-01") { clause { id } } }', 'from'],
])('one malformed date literal gives one error naming the argument: %s', async (query, name) => {
  const r = await gql(query);
  expect(r.status).toBe(400);
  expect(r.errors).toHaveLength(1);
  expect(r.errors![0].message).toContain(`"${name}"`);
  expect(r.errors![0].extensions?.argumentName).toBe(name);
});
