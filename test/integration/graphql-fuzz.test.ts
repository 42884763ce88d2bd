/**
 * Fuzzing the GraphQL endpoint: malformed JSON, huge and deep documents, wrong types and random queries built
 * from the schema itself. Whatever arrives, the answer is a client error or data — never a 5xx, never an
 * INTERNAL_SERVER_ERROR. Seeds are fixed, so a failure reproduces.
 */
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { serverUrl } from '../support/graphql-client';

jest.setTimeout(180_000);

interface Answer {
  status: number;
  text: string;
}

async function raw(body: string, contentType = 'application/json'): Promise<Answer> {
  const res = await fetch(`${serverUrl()}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, text: await res.text() };
}

/** The property every answer must have. */
function expectNoServerFault(a: Answer, input: string) {
  const where = `input: ${input.slice(0, 300)}\nanswer: ${a.status} ${a.text.slice(0, 300)}`;
  if (a.status >= 500) throw new Error(`HTTP ${a.status}\n${where}`);
  if (a.text.includes('INTERNAL_SERVER_ERROR')) throw new Error(`internal error\n${where}`);
  if (/\n\s+at \S+ \(|\bat .*\.js:\d+:\d+/.test(a.text)) throw new Error(`stack trace in the answer\n${where}`);
  if (a.status !== 200 && a.status !== 400 && a.status !== 413 && a.status !== 415 && a.status !== 405)
    throw new Error(`unexpected status\n${where}`);
}

const SEED = 20_240_611;

describe('malformed requests', () => {
  it('random bytes, random JSON and JSON of the wrong shape', async () => {
    const bodies = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ query: v })),
      fc
        .record({
          query: fc.string({ maxLength: 80 }),
          variables: fc.jsonValue({ maxDepth: 2 }),
          operationName: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        })
        .map((r) => JSON.stringify(r)),
      fc.string({ maxLength: 60 }).map((s) => `{"query": "{ acts { id } }"${s}`),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => expectNoServerFault(await raw(body), body)),
      { seed: SEED, numRuns: 250 },
    );
  });

  it.each([
    ['a body over the limit', () => JSON.stringify({ query: `{ acts { id } } #${'x'.repeat(1_200_000)}` })],
    ['a document nested 50,000 braces deep', () => JSON.stringify({ query: '{'.repeat(50_000) })],
    [
      'a selection nested 2,000 levels deep',
      () => JSON.stringify({ query: `{ ${'acts { clauses { '.repeat(1000)}id${' }'.repeat(2000)} }` }),
    ],
    [
      'variables nested 100,000 arrays deep',
      () =>
        `{"query":"query($q: String!) { search(query: $q) { totalCount } }","variables":{"q":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
    ],
    [
      'a string of 900 kB as a search query',
      () => JSON.stringify({ query: 'query($q: String!) { search(query: $q) { totalCount } }', variables: { q: 'зиян '.repeat(150_000) } }),
    ],
    [
      'a fragment that spreads itself',
      () => JSON.stringify({ query: 'query { acts { ...F } } fragment F on Act { id clauses { act { ...F } } }' }),
    ],
    [
      '10,000 variables',
      () => JSON.stringify({ query: `query(${Array.from({ length: 10_000 }, (_, i) => `$v${i}: Int`).join(' ')}) { acts { id } }` }),
    ],
    ['a form post (CSRF)', () => 'query=%7B+acts+%7B+id+%7D+%7D'],
  ])('%s', async (_name, make) => {
    const body = make();
    const a = await raw(body, _name === 'a form post (CSRF)' ? 'application/x-www-form-urlencoded' : 'application/json');
    expectNoServerFault(a, body);
    expect(a.status).not.toBe(200);
  });
});

describe('wrong types in arguments and variables', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['query($id: ID!) { clause(id: $id) { id } }', { id: { nested: true } }],
    ['query($id: ID!) { clause(id: $id) { id } }', { id: null }],
    ['query($d: Date) { act(id: "sc-1999-9") { status(asOf: $d) } }', { d: 20200101 }],
    ['query($d: Date) { act(id: "sc-1999-9") { status(asOf: $d) } }', { d: '2020-02-30' }],
    ['query($d: Date) { act(id: "sc-1999-9") { status(asOf: $d) } }', { d: '9999999-01-01' }],
    ['query($n: Int) { cases(first: $n) { totalCount } }', { n: 2 ** 40 }],
    ['query($n: Int) { cases(first: $n) { totalCount } }', { n: -1 }],
    ['query($n: Int) { cases(first: $n) { totalCount } }', { n: '10' }],
    ['query($a: String) { cases(after: $a) { totalCount } }', { a: 'b:99999999999' }],
    ['query($l: Lang) { clause(id: "sc-1999-9/para_12") { text(lang: $l) { text } } }', { l: 'EN' }],
    ['query($f: SearchFilter) { search(query: "зиян", filter: $f) { totalCount } }', { f: { actIds: 'sc-1999-9', asOf: 'yesterday' } }],
    ['query($f: SearchFilter) { search(query: "зиян", filter: $f) { totalCount } }', { f: { claimTypes: [1, 2], includeRepealed: 'yes' } }],
    ['{ search(query: "") { totalCount } }', {}],
    ['{ search(query: "\\u0000\\ud800") { totalCount } }', {}],
    ['{ act(id: "sc-1999-9") { clause(number: "", subpoint: "-1", attachment: -5) { id } } }', {}],
    ['{ changes(actId: "sc-1999-9", from: "2030-01-01", to: "1990-01-01") { clause { id } } }', {}],
    ['{ node(id: "") { id } }', {}],
    ['{ resolveCitations(text: "") { text } }', {}],
  ];
  it.each(cases)('%s with %j', async (query, variables) => {
    const body = JSON.stringify({ query, variables });
    expectNoServerFault(await raw(body), body);
  });
});

/** Random queries walking the real schema: existing fields, arguments of the right kind with odd values. */
describe('random valid-ish queries from the schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    const a = await raw(JSON.stringify({ query: getIntrospectionQuery() }));
    schema = buildClientSchema(JSON.parse(a.text).data);
  });

  const IDS = [
    'sc-1999-9',
    'gov-2012-1213',
    'sc-1999-9/para_12',
    'gov-2012-1213/att_1__para_9',
    'sc-1999-9/preamble',
    'nope',
    '',
    'sc-1999-9/para_999',
    '../../etc/passwd',
    "'; DROP TABLE act; --",
  ];
  const STRINGS = ['зиян', 'расходы на погребение', '', ' ', 'a'.repeat(300), '%_\\', '12', 'тармақ 12', '<script>', '"'];
  const DATES = ['2020-05-01', '1999-07-09', '1900-01-01', '2099-12-31', '2024-02-29'];

  /** A literal for an input type: usually sensible, sometimes odd, always of the declared kind. */
  function literal(type: GraphQLInputType, pick: (n: number) => number, depth = 0): string {
    if (isNonNullType(type)) return literal(type.ofType, pick, depth);
    if (isListType(type)) return `[${Array.from({ length: pick(3) }, () => literal(type.ofType, pick, depth + 1)).join(', ')}]`;
    if (isEnumType(type)) {
      const values = type.getValues();
      return values[pick(values.length)].name;
    }
    if (isInputObjectType(type)) {
      if (depth > 2) return '{}';
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || pick(2) === 0);
      return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, pick, depth + 1)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return String([0, 1, 5, 20, 100, 101, -3, 2147483647][pick(8)]);
        case 'Float':
          return String([0, 1.5, -2][pick(3)]);
        case 'Boolean':
          return pick(2) ? 'true' : 'false';
        case 'ID':
          return JSON.stringify(IDS[pick(IDS.length)]);
        case 'Date':
          return JSON.stringify(DATES[pick(DATES.length)]);
        default:
          return JSON.stringify(STRINGS[pick(STRINGS.length)]);
      }
    }
    return 'null';
  }

  function selection(type: GraphQLNamedType, pick: (n: number) => number, depth: number): string {
    if (isUnionType(type))
      return `__typename ${type
        .getTypes()
        .slice(0, 2)
        .map((t) => `... on ${t.name} { ${selection(t, pick, depth + 1)} }`)
        .join(' ')}`;
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const fields = Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>;
    const chosen = new Set(Array.from({ length: 1 + pick(3) }, () => fields[pick(fields.length)]));
    const parts: string[] = [];
    for (const f of chosen) {
      const target = getNamedType(f.type);
      const composite = !isScalarType(target) && !isEnumType(target);
      if (composite && depth >= 4) continue;
      const args = f.args.filter((a) => isNonNullType(a.type) || pick(3) === 0);
      const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type, pick)}`).join(', ')})` : '';
      parts.push(composite ? `${f.name}${argText} { ${selection(target, pick, depth + 1) || '__typename'} }` : `${f.name}${argText}`);
    }
    return parts.join(' ') || '__typename';
  }

  it('answer without a server fault', async () => {
    let executed = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), async (choices) => {
        let i = 0;
        const pick = (n: number) => (n <= 1 ? 0 : choices[i++ % choices.length] % n);
        const query = `{ ${selection(schema.getQueryType()!, pick, 0)} }`;
        const body = JSON.stringify({ query });
        const a = await raw(body);
        expectNoServerFault(a, query);
        if (a.status === 200 && a.text.startsWith('{"data"')) executed++;
      }),
      { seed: SEED, numRuns: 300 },
    );
    // most queries get past validation and run resolvers (odd values, not broken documents, are the point)
    expect(executed).toBeGreaterThan(150);
  });
});
