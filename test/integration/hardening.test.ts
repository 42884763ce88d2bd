/**
 * Limits and abuse protection over HTTP, on a second server that shares the test run's PostgreSQL and
 * Meilisearch but runs as production would: response cache on, no SQL statistics, a tight rate limit
 * (5 requests/s, burst 10) keyed by X-Forwarded-For so each test is its own client.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, type SpawnedServer } from '../../bench/faults/instance';

jest.setTimeout(120_000);

const TOKEN = 'hardening-editor-token-51c2';
let server: SpawnedServer;
let url: string;
let dataDir: string;
let clientNo = 0;
/** A fresh client address for the rate limiter. */
const newClient = () => `198.51.100.${++clientNo}`;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'zangraph-hardening-'));
  server = spawnServer({
    ZANGRAPH_DATA_DIR: dataDir,
    DATABASE_URL: process.env.ZANGRAPH_TEST_DATABASE_URL!,
    MEILI_URL: process.env.ZANGRAPH_TEST_MEILI_URL!,
    MEILI_MASTER_KEY: process.env.ZANGRAPH_TEST_MEILI_KEY!,
    ZANGRAPH_EDITOR_TOKENS: TOKEN,
    ZANGRAPH_RATE_LIMIT: '5,10',
    ZANGRAPH_TRUST_PROXY: '1',
    ZANGRAPH_QUERY_STATS: '0',
    NODE_ENV: 'production',
  });
  url = await server.ready;
});

afterAll(async () => {
  if (server?.child.exitCode === null) {
    const exited = new Promise((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': newClient(), ...headers },
    body,
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the assertions below say so
  }
  return { status: res.status, headers: res.headers, text, json };
}
const query = (q: string, variables?: unknown, headers?: Record<string, string>) => post(JSON.stringify({ query: q, variables }), headers);

describe('query limits name the limit and the measured value', () => {
  const nested = (levels: number) => `{ clause(id: "sc-1999-9/para_12") { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } }`;

  it.each([
    // clause + 14 × parent: 15 levels of selections
    ['depth', nested(14), /nested 15 levels deep; the limit is 12/, { limit: 'depth', max: 12, measured: 15 }],
    [
      'aliases',
      `{ ${Array.from({ length: 51 }, (_, i) => `a${i}: acts { id }`).join(' ')} }`,
      /uses 51 aliases; the limit is 50/,
      { limit: 'aliases', max: 50, measured: 51 },
    ],
    [
      'cost',
      '{ acts { clauses { children { children { children { history { id } } } } } } }',
      /the query costs \d+; the limit is 40000/,
      { limit: 'cost', max: 40000 },
    ],
  ])('%s', async (_name, q, message, extensions) => {
    const r = await query(q);
    expect(r.status).toBe(400);
    expect(r.json.errors[0].message).toMatch(message);
    expect(r.json.errors[0].extensions).toMatchObject(extensions);
    expect(r.json.data).toBeUndefined();
  });

  it('page size over 100 is refused as bad input', async () => {
    const r = await query('{ cases(first: 101) { totalCount } }');
    expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.json.errors[0].message).toMatch(/between 0 and 100, got 101/);
  });

  it('a batch is refused, saying one operation per request', async () => {
    const r = await post(JSON.stringify([{ query: '{ acts { id } }' }, { query: '{ acts { id } }' }]));
    expect(r.status).toBe(400);
    expect(r.json.errors[0]).toMatchObject({
      message: expect.stringMatching(/one operation per request \(got 2\)/),
      extensions: { code: 'BAD_REQUEST', limit: 'batch' },
    });
  });

  it('a body over 1 MB is refused with 413', async () => {
    const r = await post(JSON.stringify({ query: `{ acts { id } } # ${'x'.repeat(1_100_000)}` }));
    expect(r.status).toBe(413);
    expect(r.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a document of too many tokens is refused before it is validated', async () => {
    const r = await query(`{ ${'__typename '.repeat(5100)}}`);
    expect(r.status).toBe(400);
    expect(r.json.errors[0].message).toMatch(/contains more th\w+ 5000 tokens/);
  });

  it.each([
    ['a page over 100', '{ search(query: "зиян", first: 101) { totalCount } }', /between 0 and 100/],
    ['an empty question', '{ search(query: "   ") { totalCount } }', /must not be empty/],
    ['a forged cursor', '{ search(query: "зиян", after: "not-a-cursor") { totalCount } }', /cursor/i],
    ['a period that ends before it starts', '{ changes(actId: "sc-1999-9", from: "2025-01-01", to: "2020-01-01") { clause { id } } }', /./],
  ])('input refused with nothing answered is a 400 BAD_USER_INPUT: %s', async (_name, q, message) => {
    const r = await query(q);
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.json.errors[0].message).toMatch(message);
  });

  it('an answer with data beside one refused field stays 200: the data is the answer', async () => {
    const r = await query('{ act(id: "sc-1999-9") { id } claimType(code: "WORK_INJURY") { cases(first: 101) { totalCount } } }');
    expect(r.status).toBe(200);
    expect(r.json.data.act.id).toBe('sc-1999-9');
    expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps introspection on, however deep the introspection query', async () => {
    const r = await query(
      '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }',
    );
    expect(r.status).toBe(200);
    expect(r.json.data.__schema.types.length).toBeGreaterThan(10);
  });
});

describe('editors, tokens and errors', () => {
  const DELETE = 'mutation { deleteCase(id: "no-such-case") }';

  it('refuses a mutation without a token, and never echoes a wrong token', async () => {
    expect((await query(DELETE)).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await query(DELETE, undefined, { authorization: 'Bearer secret-but-wrong-7731' });
    expect(wrong.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.text).not.toContain('secret-but-wrong-7731');
    expect(server.output()).not.toContain('secret-but-wrong-7731');
    expect(server.output()).not.toContain(TOKEN);
  });

  it('shows no stack trace and no SQL in production errors', async () => {
    const r = await query('{ clause(id: "sc-1999-9/para_12") { text(asOf: "2020-02-30") { text } } }');
    expect(r.text).not.toMatch(/\bat .*\.js:\d+|SELECT |stacktrace/);
  });
});

describe('rate limit of anonymous clients', () => {
  it('answers 429 with Retry-After past the burst, per client, and never limits an editor', async () => {
    const client = newClient();
    // sent together, so the bucket's refill cannot keep up however slowly a loaded machine answers
    const answers = await Promise.all(Array.from({ length: 30 }, () => query('{ acts { id } }', undefined, { 'x-forwarded-for': client })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(10);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    const limited = answers.find((a) => a.status === 429)!;
    expect(limited).toBeDefined();
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // another client is not affected, and an editor never is
    expect((await query('{ acts { id } }')).status).toBe(200);
    for (let i = 0; i < 15; i++)
      expect((await query('{ acts { id } }', undefined, { 'x-forwarded-for': client, authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });
});

describe('CORS on /graphql: GET from anywhere, POST only from the same origin', () => {
  it('answers a GET preflight with the CORS headers, a POST preflight without them', async () => {
    const get = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'apollo-require-preflight',
      },
    });
    expect(get.status).toBe(204);
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    expect(get.headers.get('access-control-allow-headers')).toContain('apollo-require-preflight');
    const postPreflight = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    });
    expect(postPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves a GET query with allow-origin *, and a POST without it', async () => {
    const get = await fetch(`${url}/graphql?query=${encodeURIComponent('{ acts { id } }')}`, {
      headers: { origin: 'https://example.org', 'apollo-require-preflight': 'true', 'x-forwarded-for': newClient() },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    const post = await query('{ acts { id } }', undefined, { origin: 'https://example.org' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('response cache', () => {
  const Q = 'query($id: ID!) { clause(id: $id) { id status } }';

  it('answers a repeated query from the cache until what answers read changes', async () => {
    const id = 'gov-2012-1213/att_1__para_9';
    const first = await query(Q, { id });
    expect(first.json.extensions?.cached).toBeUndefined();
    const second = await query(Q, { id });
    expect(second.json).toEqual({ ...first.json, extensions: { cached: true } });
    // different variables, different entry
    expect((await query(Q, { id: 'sc-1999-9/para_1' })).json.extensions?.cached).toBeUndefined();
    // a mutation that changes nothing (no such case) leaves the data version, and so the cache, as they were
    const nothing = await query('mutation { deleteCase(id: "no-such-case") }', undefined, { authorization: `Bearer ${TOKEN}` });
    expect(nothing.json.data?.deleteCase).toBe(false);
    expect((await query(Q, { id })).json.extensions?.cached).toBe(true);
    // a rebuilt search index may answer otherwise: everything remembered goes
    expect((await query('mutation { reindex }', undefined, { authorization: `Bearer ${TOKEN}` })).json.data?.reindex).toBe(true);
    expect((await query(Q, { id })).json.extensions?.cached).toBeUndefined();
  });

  it('does not keep answers with errors', async () => {
    await query('{ clause(id: "sc-1999-9/para_12") { citation(style: FULL, asOf: "2020-13-01") } }');
    expect(
      (await query('{ clause(id: "sc-1999-9/para_12") { citation(style: FULL, asOf: "2020-13-01") } }')).json.extensions?.cached,
    ).toBeUndefined();
  });
});

describe('behind a trusted proxy (ZANGRAPH_TRUST_PROXY=1)', () => {
  it('builds absolute URLs from the forwarded host and scheme, and embeds only pages of that origin', async () => {
    const proxy = { 'x-forwarded-host': 'laws.example.kz', 'x-forwarded-proto': 'https', 'x-forwarded-for': newClient() };
    const page = 'https://laws.example.kz/acts/sc-1999-9/para_12';
    const r = await fetch(`${url}/oembed?url=${encodeURIComponent(page)}`, { headers: proxy });
    expect(r.status).toBe(200);
    expect((await r.json()).html).toContain('<script async src="https://laws.example.kz/embed.js"></script>');
    // the server's own address is another origin for a client that came through the proxy
    expect((await fetch(`${url}/oembed?url=${encodeURIComponent(`${url}/acts/sc-1999-9/para_12`)}`, { headers: proxy })).status).toBe(404);
  });
});
