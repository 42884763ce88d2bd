import 'reflect-metadata';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import {
  aliasLimitRule,
  depthLimitRule,
  operationCost,
  operationDepths,
  DEFAULT_QUERY_LIMITS,
  FIELD_WEIGHTS,
} from '../../src/http/query-limits';
import { introspectionListSizes } from '../../src/http/query-cost';
import { parseRateLimit, TokenBucketLimiter } from '../../src/http/rate-limit';
import { markCached, ResponseCache } from '../../src/http/response-cache';
import { bearerToken, maskError } from '../../src/http/server';
import { isServiceUnavailable } from '../../src/http/service-errors';

const SCHEMA = buildSchema(`
  type Query { act(id: ID!): Act, acts: [Act!]!, search(first: Int = 20): SearchConnection! }
  type Act { id: ID!, clauses: [Clause!]!, clause(number: String!): Clause }
  type Clause { id: ID!, parent: Clause, children: [Clause!]!, history: [Amendment!]! }
  type Amendment { id: ID!, clause: Clause }
  type SearchConnection { totalCount: Int!, edges: [SearchEdge!]! }
  type SearchEdge { node: Clause! }
`);

/** What a client sees of a validation error (Apollo takes `http` out of the extensions and sets the status). */
const messages = (query: string, rules = [depthLimitRule(3), aliasLimitRule(2)]) =>
  validate(SCHEMA, parse(query), rules).map((e) => {
    const { http: _http, ...extensions } = e.extensions;
    return { message: e.message, ...extensions };
  });

describe('depth and alias limits', () => {
  it.each([
    ['{ acts { id } }', []],
    ['{ act(id: "a") { clause(number: "1") { id } } }', []],
    // depth counts the fields that have a selection: act, clause, parent = 3
    ['{ act(id: "a") { clause(number: "1") { parent { id } } } }', []],
    [
      '{ act(id: "a") { clause(number: "1") { parent { parent { id } } } } }',
      [{ message: 'the operation is nested 4 levels deep; the limit is 3', limit: 'depth', max: 3, measured: 4 }],
    ],
    [
      'query Deep { acts { clauses { parent { parent { parent { id } } } } } }',
      [{ message: 'operation "Deep" is nested 5 levels deep; the limit is 3', limit: 'depth', max: 3, measured: 5 }],
    ],
    [
      '{ acts { ...F } } fragment F on Act { clauses { parent { parent { id } } } }',
      [{ message: 'the operation is nested 4 levels deep; the limit is 3', limit: 'depth', max: 3, measured: 4 }],
    ],
    ['{ __schema { types { fields { type { ofType { name } } } } } }', []],
    ['{ a: acts { id } b: acts { id } }', []],
    [
      '{ a: acts { id } b: acts { id } c: acts { x: id } }',
      [{ message: 'the document uses 4 aliases; the limit is 2', limit: 'aliases', max: 2, measured: 4 }],
    ],
  ])('%s', (query, expected) => {
    expect(messages(query)).toEqual(expected.map((e) => ({ code: 'BAD_USER_INPUT', ...e })));
  });

  it('measures any depth exactly', () => {
    const deep = `{ act(id: "a") { clause(number: "1") { ${'parent { '.repeat(400)}id${' }'.repeat(400)} } } }`;
    expect(messages(deep, [depthLimitRule(12)])).toEqual([
      {
        code: 'BAD_USER_INPUT',
        message: 'the operation is nested 402 levels deep; the limit is 12',
        limit: 'depth',
        max: 12,
        measured: 402,
      },
    ]);
  });

  it.each([
    [
      'a fragment that spreads itself',
      '{ act(id: "a") { ...A } } fragment A on Act { id clauses { ...B } } fragment B on Clause { parent { ...B } }',
    ],
    ['fragments that spread each other', '{ act(id: "a") { ...A } } fragment A on Act { clause(number: "1") { act { ...A } } }'],
    ['a fragment that does not exist', '{ act(id: "a") { ...Missing } }'],
  ])('measures %s without recursing forever; graphql-js reports the fault itself', (_name, query) => {
    const errors = validate(SCHEMA, parse(query), [...specifiedRules, depthLimitRule(12)]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.extensions.limit === undefined)).toBe(true);
  });

  it('measures fragments spread many times over in time linear in the document', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^40 paths, 41 fragments
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Act { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const query = `{ act(id: "a") { ...F0 } } ${fragments} fragment F40 on Act { clauses { id } }`;
    const t0 = Date.now();
    expect(operationDepths(parse(query))).toEqual(new Map([['', 2]]));
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe('cost: a list multiplies its fields by "first", or by what the list holds', () => {
  const limits = { ...DEFAULT_QUERY_LIMITS, defaultListSize: 10 };
  const cost = (query: string, variables?: Record<string, unknown>) => operationCost(SCHEMA, parse(query), variables, undefined, limits);
  const introspection = introspectionListSizes(SCHEMA);
  const known: Record<string, number> = { 'Query.acts': 2, 'Act.clauses': 25 };
  const sizes = { generation: 1, sizeOf: (t: string, f: string) => known[`${t}.${f}`] ?? introspection(t, f) };
  const realCost = (query: string) => operationCost(SCHEMA, parse(query), undefined, undefined, limits, sizes);
  const SEARCH = FIELD_WEIGHTS['Query.search'] as number;

  it.each([
    ['{ act(id: "a") { id } }', 2],
    ['{ acts { id } }', 1 + 10 * 1],
    ['{ acts { clauses { id } } }', 1 + 10 * (1 + 10 * 1)],
    // a search ranks before it pages: its own weight, then its page
    ['{ search(first: 5) { totalCount edges { node { id } } } }', SEARCH + 5 * (1 + (1 + (1 + 1)))],
    ['{ search { edges { node { id } } } }', SEARCH + 20 * (1 + (1 + 1))],
  ])('%s costs %d', (query, expected) => {
    expect(cost(query)).toBe(expected);
  });

  it.each([
    // the lists as the server counts them: 2 acts, at most 25 clauses each
    ['{ acts { clauses { id } } }', 1 + 2 * (1 + 25 * 1)],
    ['{ acts { clauses { children { id } } } }', 1 + 2 * (1 + 25 * (1 + 10 * 1))],
    // a fragment counts where it is spread, however it is spelled
    ['{ acts { ...A } } fragment A on Act { clauses { id } }', 1 + 2 * (1 + 25 * 1)],
    ['{ acts { ... on Act { clauses { id } } } }', 1 + 2 * (1 + 25 * 1)],
    // skipped fields cost nothing
    ['{ acts { id clauses @skip(if: true) { id } } }', 1 + 2 * 1],
  ])('%s costs %d with the real list sizes', (query, expected) => {
    expect(realCost(query)).toBe(expected);
  });

  it('counts introspection by the schema: every type of it, with their fields', () => {
    const types = Object.keys(SCHEMA.getTypeMap()).length;
    const fieldsPerType = introspection('__Type', 'fields')!;
    expect(realCost('{ __schema { types { name } } }')).toBe(1 + (1 + types * 1));
    expect(realCost('{ __schema { types { fields { name } } } }')).toBe(1 + (1 + types * (1 + fieldsPerType * 1)));
    expect(realCost('{ a: __schema { types { name } } b: __schema { types { name } } }')).toBe(2 * (1 + (1 + types)));
  });

  it('costs fragments spread many times over once each, however many paths they make', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Act { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const t0 = Date.now();
    // 2^40 copies of "id": the cost says so, quickly
    expect(realCost(`{ act(id: "a") { ...F0 } } ${fragments} fragment F40 on Act { id }`)).toBe(1 + 2 ** 40);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('reads "first" from the variables', () => {
    expect(cost('query($n: Int) { search(first: $n) { totalCount } }', { n: 50 })).toBe(SEARCH + 50 * 1);
  });

  it('leaves malformed variables to execution (null, no throw)', () => {
    expect(cost('query($n: Int!) { search(first: $n) { totalCount } }', { n: 'many' })).toBeNull();
  });
});

describe('rate limit', () => {
  it.each([
    ['50,100', { perSecond: 50, burst: 100 }],
    ['50', { perSecond: 50, burst: 100 }],
    ['0.5,3', { perSecond: 0.5, burst: 3 }],
    [' 10 , 20 ', { perSecond: 10, burst: 20 }],
    ['off', null],
    ['0', null],
  ])('parses %j', (spec, expected) => {
    expect(parseRateLimit(spec)).toEqual(expected);
  });

  it.each(['fast', '10,', '-1,5', '10,0', '10/s'])('refuses %j with the expected form', (spec) => {
    expect(() => parseRateLimit(spec)).toThrow(/requests\/second,burst|positive/);
  });

  it('allows a burst, then one request per 1/rate seconds, per client', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ perSecond: 2, burst: 3 }, () => now);
    const take = (c = 'a') => limiter.take(c).allowed;
    expect([take(), take(), take(), take()]).toEqual([true, true, true, false]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(take('b')).toBe(true); // another client has its own bucket
    now += 500; // half a second refills one token at 2/s
    expect([take(), take()]).toEqual([true, false]);
    now += 10_000; // refills to the burst, never beyond
    expect([take(), take(), take(), take()]).toEqual([true, true, true, false]);
  });

  it('says how long to wait when the rate is below one a second', () => {
    const limiter = new TokenBucketLimiter({ perSecond: 0.25, burst: 1 }, () => 0);
    limiter.take('a');
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 4 });
  });

  it('forgets clients whose buckets are full again, so memory stays bounded', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ perSecond: 10, burst: 10 }, () => now, 1000);
    for (let i = 0; i < 500; i++) limiter.take(`c${i}`);
    now += 20_000;
    limiter.take('late');
    expect(limiter.clients).toBe(1);
  });
});

describe('response cache', () => {
  const response = (body: string) => ({ body, headers: { 'content-type': 'application/json' } });

  it('returns what was stored under the current generation, until the TTL', () => {
    let now = 5_000; // a monotonic clock (performance.now) in ms
    const cache = new ResponseCache({ maxEntries: 10, ttlMs: 1000, now: () => now });
    expect(cache.set('k', response('{"data":1}'), cache.generation)).toBe(true);
    expect(cache.get('k')?.body).toBe('{"data":1}');
    now += 999;
    expect(cache.get('k')?.body).toBe('{"data":1}');
    now += 2;
    expect(cache.get('k')).toBeNull();
  });

  it('drops everything on invalidate, and refuses answers computed before it', () => {
    const cache = new ResponseCache({ maxEntries: 10, ttlMs: 60_000 });
    const startedAt = cache.generation;
    cache.set('a', response('{}'), startedAt);
    cache.invalidate();
    expect(cache.get('a')).toBeNull();
    expect(cache.set('b', response('{}'), startedAt)).toBe(false); // computed while a mutation ran
    expect(cache.get('b')).toBeNull();
  });

  it('evicts the least recently used entry beyond maxEntries or maxTotalBytes', () => {
    const cache = new ResponseCache({ maxEntries: 2, ttlMs: 60_000 });
    cache.set('a', response('1'), 0);
    cache.set('b', response('2'), 0);
    cache.get('a');
    cache.set('c', response('3'), 0);
    expect([cache.get('a') !== null, cache.get('b') !== null, cache.get('c') !== null]).toEqual([true, false, true]);
    const small = new ResponseCache({ maxEntries: 100, ttlMs: 60_000, maxTotalBytes: 30 });
    small.set('x', response('y'.repeat(20)), 0);
    small.set('z', response('y'.repeat(20)), 0);
    expect(small.size).toBe(1);
    expect(small.set('big', response('y'.repeat(2000)), 0)).toBe(false); // larger than the whole cache may hold
  });

  it('marks a stored answer as cached', () => {
    expect(JSON.parse(markCached('{"data":{"a":1},"extensions":{"x":2}}'))).toEqual({ data: { a: 1 }, extensions: { x: 2, cached: true } });
  });
});

describe('errors', () => {
  const pgError = (code: string) => Object.assign(new Error('boom'), { code });

  it.each([
    [pgError('ECONNREFUSED'), true],
    [pgError('57P01'), true],
    [pgError('08006'), true],
    [{ originalError: { driverError: new Error('Connection terminated unexpectedly') } }, true],
    [new Error('timeout exceeded when trying to connect'), true],
    [pgError('23505'), false],
    [new Error('syntax error at or near "SELECT"'), false],
    [null, false],
  ])('%p is a service outage: %p', (error, expected) => {
    expect(isServiceUnavailable(error)).toBe(expected);
  });

  it('masks an unexpected error in production, names an outage in every mode', () => {
    const formatted = {
      message: 'relation "act" does not exist: SELECT * FROM act',
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
    };
    expect(maskError(true)(formatted, new Error('x'))).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(maskError(false)(formatted, new Error('x'))).toBe(formatted);
    const outage = maskError(false)(formatted, pgError('ECONNREFUSED'));
    expect(outage.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
    expect(outage.message).not.toMatch(/SELECT|ECONNREFUSED/);
    const bad = { message: 'bad date', extensions: { code: 'BAD_USER_INPUT' } };
    expect(maskError(true)(bad, new Error('x'))).toBe(bad);
  });

  it.each([
    ['Bearer abc', 'abc'],
    ['bearer   abc  ', 'abc'],
    ['Basic abc', null],
    ['Bearer ', null],
    [undefined, null],
  ])('reads the bearer token of %j', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});
