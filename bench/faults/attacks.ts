/**
 * Hostile requests, each a function that sends them to a running server and reports what came back, as the
 * fault experiments do: texts that made citation extraction quadratic, queries that cost far more than they
 * look, headers that try to move absolute URLs elsewhere, arguments PostgreSQL cannot store, editors racing.
 * `npm run faults` prints them; test/integration/attacks.test.ts asserts the same outcomes.
 */
import { CITATION_ATTACKS } from '../attacks/citation-texts';
import { graphqlBody, keepAliveAgent, send } from '../http-client';
import type { FaultResult } from './scenarios';

const RESOLVE = 'query($t: String!) { resolveCitations(text: $t) { start end clause { id } reference { targetAct } } }';

/** Polls /healthz every 20 ms until stopped; the slowest answer is what a balancer would have seen. */
function watchHealth(url: string) {
  const agent = keepAliveAgent(1);
  const times: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const r = await send(new URL('/healthz', url), agent, { timeoutMs: 10_000 }).catch(() => null);
      times.push(r ? r.ms : 10_000);
      await new Promise((res) => setTimeout(res, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      agent.destroy();
      return Math.max(0, ...times);
    },
  };
}

/**
 * Each family of hostile texts (bench/attacks/citation-texts.ts) sent to resolveCitations at `length`
 * characters: each must be answered or refused within `maxMs`, and /healthz must keep answering within
 * `maxHealthMs` meanwhile. A text one character over the limit is refused, naming it.
 */
export async function hostileCitationTexts(url: string, opts = { length: 64_000, maxMs: 1_000, maxHealthMs: 200 }): Promise<FaultResult> {
  const agent = keepAliveAgent(1);
  const rows: string[] = [];
  let passed = true;
  try {
    for (const [family, make] of Object.entries(CITATION_ATTACKS)) {
      const health = watchHealth(url);
      const r = await send(new URL('/graphql', url), agent, { body: graphqlBody(RESOLVE, { t: make(opts.length) }), timeoutMs: 60_000 });
      const slowestHealth = await health.stop();
      const body = JSON.parse(r.body) as {
        data?: { resolveCitations: unknown[] } | null;
        errors?: Array<{ extensions?: { code?: string; limit?: string } }>;
      };
      const refusal = body.errors?.[0]?.extensions;
      const outcome = body.data?.resolveCitations
        ? `${body.data.resolveCitations.length} citations`
        : refusal?.code === 'BAD_USER_INPUT' && refusal.limit
          ? `refused (limit ${refusal.limit})`
          : `FAILED ${r.status}`;
      // an answer is a 200, a refusal (nothing answered) a 400
      const statusOk = r.status === (body.data?.resolveCitations ? 200 : 400);
      const ok = statusOk && !outcome.startsWith('FAILED') && r.ms < opts.maxMs && slowestHealth < opts.maxHealthMs;
      passed &&= ok;
      rows.push(`${family}: ${outcome} in ${Math.round(r.ms)} ms, /healthz ≤ ${Math.round(slowestHealth)} ms${ok ? '' : ' ✗'}`);
    }
    const over = await send(new URL('/graphql', url), agent, {
      body: graphqlBody(RESOLVE, { t: 'п. 1 '.repeat(20_001).slice(0, 100_001) }),
    });
    const overLimit = (JSON.parse(over.body) as { errors?: Array<{ message: string; extensions?: { limit?: string } }> }).errors?.[0];
    const refused = overLimit?.extensions?.limit === 'textLength' && /100000 characters/.test(overLimit.message);
    passed &&= refused;
    rows.push(
      `100,001 characters: ${refused ? `refused in ${Math.round(over.ms)} ms: "${overLimit!.message}"` : `NOT refused (${over.status})`}`,
    );
  } finally {
    agent.destroy();
  }
  return {
    fault: `hostile texts for resolveCitations, ${opts.length.toLocaleString('en')} characters each`,
    expected: `each answered (200) or refused with the limit named (400) in < ${opts.maxMs} ms; /healthz < ${opts.maxHealthMs} ms meanwhile; past 100,000 characters refused`,
    observed: rows.join('; '),
    passed,
  };
}

/** The query of issue 12: clauses of acts of clauses of acts… with four wordings and a citation each. */
export const ISSUE_COST_QUERY = `{ acts { clauses(includeRepealed: true) { act { clauses(includeRepealed: true) { act { clauses(includeRepealed: true) {
  t1: text { text } t2: text(lang: RU) { text } t3: text(asOf: "2010-01-01") { text } t4: text(asOf: "2005-01-01") { text } citation(style: FULL) } } } } } } }`;

/** Queries that are cheap to write and dear to answer: each is refused before it runs, naming what it broke. */
export async function expensiveQueries(url: string): Promise<FaultResult> {
  const introspection = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `s${i}: __schema { types { name fields { name args { name } type { name ofType { name } } } } }`).join(' ')} }`;
  const fragments = `{ ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F30 on Query { acts { id } }`;
  const wordings = Array.from(
    { length: 12 },
    (_, i) => `w${i}: text(asOf: "${2000 + i}-01-01") { text } r${i}: text(lang: RU, asOf: "${2000 + i}-01-01") { text }`,
  ).join(' ');
  const cases: Array<[string, string, (r: { status: number; code?: string; limit?: string; message: string }) => boolean]> = [
    [
      'the cost query of the issue',
      ISSUE_COST_QUERY,
      (r) => r.status === 400 && r.limit === 'cost' && /the query costs \d+; the limit is \d+/.test(r.message),
    ],
    ['50 aliased __schema', introspection(50), (r) => r.status === 400 && r.limit === 'cost'],
    ['fragments spread 2^30 times', fragments, (r) => r.status === 400 && r.limit === 'cost'],
    [
      'a fragment spreading itself',
      '{ clause(id: "sc-1999-9/para_1") { ...A } } fragment A on Clause { id ...A }',
      (r) => r.status === 400 && /within itself/.test(r.message),
    ],
    [
      'two fragments spreading each other',
      '{ clause(id: "x") { ...A } } fragment A on Clause { parent { ...B } } fragment B on Clause { children { ...A } }',
      (r) => r.status === 400 && /within itself/.test(r.message),
    ],
    ['a fragment that does not exist', '{ clause(id: "x") { ...Nowhere } }', (r) => r.status === 400 && /Unknown fragment/.test(r.message)],
    [
      'every wording of every clause at 12 dates in both languages, twice over',
      `{ acts { clauses(includeRepealed: true) { act { clauses(includeRepealed: true) { ${wordings} } } } } }`,
      (r) => r.status === 400 && (r.limit === 'cost' || r.limit === 'answerSize'),
    ],
  ];
  const agent = keepAliveAgent(1);
  const rows: string[] = [];
  let passed = true;
  try {
    for (const [name, query, expected] of cases) {
      const r = await send(new URL('/graphql', url), agent, { body: graphqlBody(query), timeoutMs: 30_000 });
      const e = (JSON.parse(r.body) as { errors?: Array<{ message: string; extensions?: { code?: string; limit?: string } }> }).errors?.[0];
      const seen = { status: r.status, code: e?.extensions?.code, limit: e?.extensions?.limit, message: e?.message ?? '' };
      const ok = expected(seen) && r.ms < 2_000;
      passed &&= ok;
      rows.push(
        `${name}: ${r.status} in ${Math.round(r.ms)} ms${seen.limit ? ` (limit ${seen.limit})` : ''}${ok ? '' : ` ✗ ${seen.message.slice(0, 120)}`}`,
      );
    }
  } finally {
    agent.destroy();
  }
  return {
    fault: 'queries that cost far more than they look (nesting, introspection, fragments, large answers)',
    expected: 'each refused with HTTP 400 before it runs (or once its answer outgrows the limit), naming the limit, in < 2 s',
    observed: rows.join('; '),
    passed,
  };
}

/**
 * What a client says about itself does not become an absolute URL; NUL reaches no database; a POST that is no
 * JSON and a mutation without a token are refused with the right status; every answer says nosniff.
 */
export async function hostileHttp(url: string, editorToken: string): Promise<FaultResult> {
  const checks: Array<[string, () => Promise<boolean>]> = [];
  const gql = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const evil = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
  const page = `${url}/acts/sc-1999-9/para_12`;
  checks.push([
    'oEmbed ignores Host and X-Forwarded-Host',
    async () => !(await (await fetch(`${url}/oembed?url=${encodeURIComponent(page)}`, { headers: evil })).text()).includes('evil.example'),
  ]);
  checks.push([
    'the widget JSON ignores them',
    async () =>
      !(await (await fetch(`${url}/embed/clause.json?clause=sc-1999-9/para_12`, { headers: evil })).text()).includes('evil.example'),
  ]);
  checks.push([
    'the page snippet ignores them',
    async () => !(await (await fetch(page, { headers: evil })).text()).includes('evil.example'),
  ]);
  checks.push([
    'oEmbed refuses a page of another site',
    async () => (await fetch(`${url}/oembed?url=${encodeURIComponent('https://evil.example/acts/sc-1999-9/para_12')}`)).status === 404,
  ]);
  checks.push([
    'a POST without Content-Type is 415',
    async () => (await fetch(`${url}/graphql`, { method: 'POST', body: graphqlBody('{ acts { id } }') })).status === 415,
  ]);
  checks.push([
    'a text/plain POST is 415',
    async () =>
      (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: graphqlBody('{ acts { id } }') }))
        .status === 415,
  ]);
  checks.push([
    'a form POST of a mutation is 415',
    async () =>
      (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${editorToken}` },
          body: 'query=mutation{reindex}',
        })
      ).status === 415,
  ]);
  const nul = async (body: string) => {
    const r = await gql(body);
    const e = (await r.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return r.status === 400 && e.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT';
  };
  checks.push(['NUL in a literal id is 400 BAD_USER_INPUT', () => nul(graphqlBody('{ node(id: "x\\u0000y") { id } }'))]);
  checks.push([
    'NUL in a variable is 400 BAD_USER_INPUT',
    () => nul(graphqlBody('query($id: ID!) { node(id: $id) { id } }', { id: 'x\u0000y' })),
  ]);
  checks.push([
    'NUL in a filter is 400 BAD_USER_INPUT',
    () => nul(graphqlBody('query($f: CaseFilter) { cases(filter: $f) { totalCount } }', { f: { query: 'a\u0000' } })),
  ]);
  checks.push([
    'NUL in a search is 400 BAD_USER_INPUT',
    () => nul(graphqlBody('query($q: String!) { search(query: $q) { totalCount } }', { q: 'зиян\u0000' })),
  ]);
  checks.push([
    'NUL in a page parameter is 400',
    async () => (await fetch(`${url}/search?q=${encodeURIComponent('зиян\u0000')}`)).status === 400,
  ]);
  checks.push([
    'a mutation without a token is 401 with a Bearer challenge',
    async () => {
      const r = await gql(graphqlBody('mutation { reindex }'));
      return r.status === 401 && (r.headers.get('www-authenticate') ?? '').startsWith('Bearer');
    },
  ]);
  checks.push([
    'a mutation with a wrong token is 401',
    async () => (await gql(graphqlBody('mutation { deleteCase(id: "none") }'), { authorization: 'Bearer not-a-token' })).status === 401,
  ]);
  checks.push([
    'every answer says nosniff',
    async () => {
      const answers = await Promise.all([
        fetch(`${url}/healthz`),
        fetch(`${url}/nowhere`),
        fetch(page),
        gql('{'),
        fetch(`${url}/graphql`, { method: 'POST', body: '{}' }),
        fetch(`${url}/page.js`),
      ]);
      return answers.every((r) => r.headers.get('x-content-type-options') === 'nosniff');
    },
  ]);
  checks.push([
    'pages allow no inline script',
    async () => {
      const r = await fetch(page);
      const csp = r.headers.get('content-security-policy') ?? '';
      const html = await r.text();
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      return scriptSrc.length > 0 && !scriptSrc.includes('unsafe-inline') && !/<script(?![^>]*\bsrc=)[^>]*>/i.test(html);
    },
  ]);
  const rows: string[] = [];
  let passed = true;
  for (const [name, check] of checks) {
    const ok = await check().catch(() => false);
    passed &&= ok;
    rows.push(`${name}: ${ok ? 'yes' : 'NO'}`);
  }
  return {
    fault: 'hostile HTTP: forged Host headers, NUL bytes, non-JSON POSTs, missing tokens',
    expected:
      'no forged origin in any answer, 400 for NUL, 415 for a non-JSON POST, 401 without a token, nosniff everywhere, no inline script',
    observed: rows.join('; '),
    passed,
  };
}

const UPSERT = 'mutation($input: CaseInput!, $v: Int) { upsertCase(input: $input, ifVersion: $v) { id version summary } }';
const DELETE = 'mutation($id: ID!, $v: Int) { deleteCase(id: $id, ifVersion: $v) }';
const CASE_INPUT = {
  court: 'Астана қалалық соты',
  claimTypes: ['MORAL_DAMAGE'],
  outcome: 'Талап ішінара қанағаттандырылды.',
  summary: 'Бастапқы қысқаша мазмұны.',
  sourceUrl: 'https://example.kz/race',
};

type Answer = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/**
 * Editors racing: two updates of the same case from the same version (exactly one may win; the other must be
 * told CONFLICT), and updates racing deletes (each ends in a clear answer, never an internal error).
 */
export async function editorRaces(url: string, editorToken: string, opts = { pairs: 6 }): Promise<FaultResult> {
  const call = async (body: string): Promise<Answer> =>
    (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editorToken}` },
        body,
      })
    ).json() as Promise<Answer>;
  const create = async () => (await call(graphqlBody(UPSERT, { input: CASE_INPUT }))).data!.upsertCase as { id: string; version: number };
  const codes = (a: Answer) => (a.errors ?? []).map((e) => e.extensions?.code ?? 'none');
  let sameVersionOk = 0;
  let internal = 0;
  const raceOutcomes = new Map<string, number>();
  const created: string[] = [];
  for (let i = 0; i < opts.pairs; i++) {
    const c = await create();
    created.push(c.id);
    const [a, b] = await Promise.all(
      ['первый', 'второй'].map((who) =>
        call(graphqlBody(UPSERT, { input: { ...CASE_INPUT, id: c.id, summary: `Редактор ${who}, пара ${i}.` }, v: c.version })),
      ),
    );
    const wins = [a, b].filter((x) => !x.errors && x.data?.upsertCase).length;
    const conflicts = [a, b].filter((x) => codes(x).includes('CONFLICT')).length;
    if (wins === 1 && conflicts === 1) sameVersionOk++;
    internal += [a, b].filter((x) => codes(x).includes('INTERNAL_SERVER_ERROR')).length;
  }
  for (let i = 0; i < opts.pairs * 2; i++) {
    const c = await create();
    const withVersion = i % 2 === 0;
    const [u, d] = await Promise.all([
      call(graphqlBody(UPSERT, { input: { ...CASE_INPUT, id: c.id, summary: 'Жаңартылды.' }, v: withVersion ? c.version : null })),
      call(graphqlBody(DELETE, { id: c.id, v: withVersion ? c.version : null })),
    ]);
    internal += [u, d].filter((x) => codes(x).includes('INTERNAL_SERVER_ERROR')).length;
    const key = `update ${u.errors ? codes(u).join('+') : 'ok'} / delete ${d.errors ? codes(d).join('+') : String(d.data?.deleteCase)}`;
    raceOutcomes.set(key, (raceOutcomes.get(key) ?? 0) + 1);
    if (!d.data?.deleteCase) created.push(c.id);
  }
  for (const id of created) await call(graphqlBody(DELETE, { id }));
  const passed = sameVersionOk === opts.pairs && internal === 0;
  return {
    fault: `editors racing: ${opts.pairs} pairs of updates from the same version, ${opts.pairs * 2} updates racing deletes`,
    expected:
      'same version: exactly one update wins, the other gets CONFLICT, every time; update/delete: clear answers, no INTERNAL_SERVER_ERROR',
    observed: `same version: ${sameVersionOk} of ${opts.pairs} pairs ended one win + one CONFLICT; update/delete: ${[...raceOutcomes].map(([k, n]) => `${n} × ${k}`).join(', ')}; internal errors: ${internal}`,
    passed,
  };
}
