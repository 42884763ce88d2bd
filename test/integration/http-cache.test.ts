/**
 * HTTP caching over real HTTP: every read-only answer (pages, exports, widget data, oEmbed, GET /graphql) has a
 * strong ETag and a Cache-Control; If-None-Match gives 304 without a body; a write moves the ETags; text is
 * compressed with brotli or gzip when asked. /export.json honours ?asOf= and validates against
 * /export.schema.json with a real JSON Schema validator (ajv, draft 2020-12).
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { gql, serverUrl } from '../support/graphql-client';

jest.setTimeout(120_000);

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request without fetch's automatic decompression, so the bytes on the wire can be checked. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((ok, fail) => {
    const req = request(`${serverUrl()}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const QUERY = encodeURIComponent('{ clause(id: "sc-1999-9/para_12") { id status text(lang: RU) { text } } }');
const GRAPHQL_GET = { 'apollo-require-preflight': 'true' };

const CACHEABLE: Array<[string, Record<string, string>]> = [
  ['/', {}],
  ['/acts/sc-1999-9?lang=ru', {}],
  ['/acts/sc-1999-9/para_12?lang=ru&asOf=2020-01-01', {}],
  ['/search?q=%D0%B6%D0%B5%D1%80%D0%BB%D0%B5%D1%83', {}],
  ['/cases/funeral-and-prosthesis-para12', {}],
  ['/acts/sc-1999-9/akn.xml?lang=ru', {}],
  ['/akn/kz/act/normative-resolution/1999-07-09/9/kaz@2024-11-28', {}],
  ['/export.json', {}],
  ['/export.json?asOf=2005-01-01', {}],
  ['/export.schema.json', {}],
  ['/embed.js', {}],
  ['/embed/clause.json?clause=sc-1999-9%2Fpara_12&lang=ru', {}],
  ['/embed/clauses.json?card=sc-1999-9%2Fpara_12%3Bru%3B2020-01-01&card=sc-1999-9%2Fpara_1%3Bkk%3B', {}],
  // oEmbed embeds only pages of this server's own origin
  [`/oembed?url=${encodeURIComponent(`${serverUrl()}/acts/sc-1999-9/para_12?lang=ru`)}`, {}],
  [`/graphql?query=${QUERY}`, GRAPHQL_GET],
];

// The suites share one server; a suite before this one may have written from another process, which this server
// notices within 250 ms (docs/operations.md). Wait until the ETags stand still, so a write of another suite is not
// read as this one's 304 failing.
beforeAll(async () => {
  let last = '';
  for (let i = 0; i < 20; i++) {
    const etag = String((await raw('/')).headers.etag);
    if (etag === last) return;
    last = etag;
    await new Promise((r) => setTimeout(r, 400));
  }
  throw new Error('the ETag of / kept changing for 8 s: something is still writing');
});

test.each(CACHEABLE)('%s: strong ETag, Cache-Control, and 304 on If-None-Match', async (path, headers) => {
  const first = await raw(path, headers);
  expect(first.status).toBe(200);
  const etag = String(first.headers.etag);
  expect(etag).toMatch(/^"[^"]+"$/);
  expect(String(first.headers['cache-control'])).toMatch(/max-age=\d+/);
  const again = await raw(path, { ...headers, 'if-none-match': etag });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  expect(again.headers.etag).toBe(etag);
  // HEAD revalidates the same way (pages and files; GraphQL is GET or POST); a different tag is a full answer
  if (!path.startsWith('/graphql')) expect((await raw(path, { ...headers, 'if-none-match': etag }, 'HEAD')).status).toBe(304);
  expect((await raw(path, { ...headers, 'if-none-match': '"something-else"' })).status).toBe(200);
});

test('brotli or gzip when accepted, identical text once decoded; identity otherwise', async () => {
  const plain = await raw('/export.json');
  expect(plain.headers['content-encoding']).toBeUndefined();
  const br = await raw('/export.json', { 'accept-encoding': 'gzip, deflate, br' });
  expect(br.headers['content-encoding']).toBe('br');
  expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  const gz = await raw('/acts/sc-1999-9/para_12', { 'accept-encoding': 'gzip' });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gz.body).toString('utf8')).toContain('<html lang="kk">');
  // representations differ, so do their strong tags; either revalidates
  expect(br.headers.etag).not.toBe(plain.headers.etag);
  const revalidated = await raw('/export.json', { 'if-none-match': String(br.headers.etag), 'accept-encoding': 'br' });
  expect(revalidated.status).toBe(304);
  expect(revalidated.headers.etag).toBe(br.headers.etag);
  process.stdout.write(`export.json: ${plain.body.length} bytes, ${br.body.length} with brotli\n`);
  const gql = await raw(`/graphql?query=${QUERY}`, { ...GRAPHQL_GET, 'accept-encoding': 'gzip' });
  expect(gql.status).toBe(200);
});

test('a write moves the ETags of what it may change: the old tag no longer gives 304', async () => {
  const page = '/cases/funeral-and-prosthesis-para12?lang=ru';
  const before = String((await raw(page)).headers.etag);
  const gqlBefore = String((await raw(`/graphql?query=${QUERY}`, GRAPHQL_GET)).headers.etag);
  const editor = { authorization: `Bearer ${process.env.ZANGRAPH_TEST_EDITOR_TOKEN}` };
  const created = await gql(
    'mutation($input: CaseInput!) { upsertCase(input: $input) { id } }',
    {
      input: {
        court: 'Сынақ соты',
        decidedOn: '2021-03-15',
        claimTypes: ['FUNERAL_EXPENSES'],
        outcome: 'Сынақ.',
        summary: 'ETag сынағы.',
        sourceUrl: 'https://example.kz/etag',
      },
    },
    editor,
  );
  expect(created.errors).toBeUndefined();
  try {
    const after = await raw(page, { 'if-none-match': before });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before);
    expect((await raw(`/graphql?query=${QUERY}`, { ...GRAPHQL_GET, 'if-none-match': gqlBefore })).status).toBe(200);
  } finally {
    await gql('mutation($id: ID!) { deleteCase(id: $id) }', { id: created.data.upsertCase.id }, editor);
  }
});

test('GET /graphql needs the preflight header (CSRF protection), and says so', async () => {
  const res = await raw(`/graphql?query=${QUERY}`);
  expect(res.status).toBe(400);
  expect(res.body.toString('utf8')).toMatch(/apollo-require-preflight|preflight/i);
});

test('errors are not cached as if they were answers', async () => {
  const res = await raw('/acts/sc-1999-9/para_99');
  expect(res.status).toBe(404);
  expect(res.headers.etag).toBeUndefined();
  expect(res.headers['cache-control']).toBe('no-cache');
});

describe('export.json', () => {
  const fetchJson = async (path: string) => JSON.parse((await raw(path)).body.toString('utf8'));

  test('validates against /export.schema.json (ajv, JSON Schema 2020-12), with and without asOf', async () => {
    const schema = await fetchJson('/export.schema.json');
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const path of ['/export.json', '/export.json?asOf=2005-01-01', '/export.json?asOf=2023-12-25']) {
      const data = await fetchJson(path);
      const ok = validate(data);
      expect({ path, errors: ok ? [] : ajv.errorsText(validate.errors).split(', ').slice(0, 5) }).toEqual({ path, errors: [] });
    }
    // and the validator is not a rubber stamp: a broken export fails
    const broken = await fetchJson('/export.json');
    broken.acts[0].clauses[0].wordings.kk[0].official = 'yes';
    delete broken.cases[0].sourceUrl;
    expect(validate(broken)).toBe(false);
  });

  test('?asOf= is the knowledge base as it stood that day', async () => {
    const all = await fetchJson('/export.json');
    const d = await fetchJson('/export.json?asOf=2005-01-01');
    expect(all.asOf).toBeNull();
    expect(d.asOf).toBe('2005-01-01');
    // the decree of 2012 did not exist yet; the Civil Code did, but no wording of it is known from before the day
    // its current wording was retrieved: each of its units has no wording that day
    expect(d.acts.map((a: { id: string }) => a.id)).toEqual(['civil-code', 'sc-1999-9']);
    const code = d.acts[0];
    expect(code.wordingsKnownFrom > '2005-01-01').toBe(true);
    for (const c of code.clauses) expect([c.status, c.wordings.kk.length, c.wordings.ru.length]).toEqual(['UNKNOWN', 0, 0]);
    const act = d.acts[1];
    expect(act.amendments.every((a: { effectiveFrom: string }) => a.effectiveFrom <= '2005-01-01')).toBe(true);
    expect(act.amendments.length).toBeGreaterThan(0);
    expect(act.amendments.length).toBeLessThan(all.acts.find((a: { id: string }) => a.id === 'sc-1999-9').amendments.length);
    // points inserted later are absent; each clause has its status and at most one wording per language
    const ids = act.clauses.map((c: { eId: string }) => c.eId);
    expect(ids).not.toContain('para_21-1');
    expect(ids).toContain('para_11');
    // its repeal of 18.06.2004 states no rule and is proven only by the next amendment (30.12.2011): uncertain in 2005
    expect(act.clauses.find((c: { eId: string }) => c.eId === 'para_11').status).toBe('UNCERTAIN');
    const later = await fetchJson('/export.json?asOf=2012-06-01');
    expect(
      later.acts.find((a: { id: string }) => a.id === 'sc-1999-9').clauses.find((c: { eId: string }) => c.eId === 'para_11').status,
    ).toBe('REPEALED');
    for (const c of act.clauses) {
      expect(['IN_FORCE', 'UNCERTAIN', 'REPEALED']).toContain(c.status);
      expect(c.wordings.kk.length).toBeLessThanOrEqual(1);
      expect(c.wordings.ru.length).toBeLessThanOrEqual(1);
      for (const w of [...c.wordings.kk, ...c.wordings.ru]) {
        expect(w.validFrom === null || w.validFrom <= '2005-01-01').toBe(true);
        expect(w.validTo === null || w.validTo >= '2005-01-01').toBe(true);
      }
    }
    expect(d.cases.every((c: { decidedOn: string | null }) => c.decidedOn === null || c.decidedOn <= '2005-01-01')).toBe(true);
    expect((await raw('/export.json?asOf=2005-02-30')).status).toBe(400);
  });
});
