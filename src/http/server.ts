/**
 * The HTTP surface: POST/GET /graphql, GET /healthz, and the page routes registered by the web layer.
 * Plain node:http: one process, no framework, limits applied before anything is parsed:
 * rate limit (anonymous clients) → content type → body size → JSON → batch → response cache → Apollo (token
 * count, depth, aliases, NUL in arguments, cost) → execution (answer size, a turn for others every few ms).
 */
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import { currentDateInKazakhstan } from '../domain/point-in-time';
import { HTTP_STATUS_OF_CODE, LimitExceededError, RETRY_AFTER_SECONDS, type ErrorCode } from '../errors';
import type { RequestContext } from '../resolvers/context';
import { requestStats, type RequestStats } from '../request-stats';
import { createServices, type SharedServices } from '../services';
import { isEditorToken } from './editor-tokens';
import { answerGraphqlPreflight, GRAPHQL_GET_CORS } from './cors';
import { ExecutionBudget, guardExecution } from './execution-budget';
import type { HealthMonitor } from './health';
import { refuseNulArguments } from './nul-arguments';
import type { ListSizeSource } from '../services/list-sizes';
import {
  aliasLimitRule,
  batchError,
  costError,
  DEFAULT_QUERY_LIMITS,
  depthLimitRule,
  operationCost,
  type QueryLimits,
} from './query-limits';
import { TokenBucketLimiter, type RateLimit } from './rate-limit';
import { buildId, CACHE_CONTROL, matchingTag, sendAnswer, sendNotModified, strongEtag } from './http-cache';
import { markCached, type ResponseCache } from './response-cache';
import { isServiceUnavailable } from './service-errors';

export const MAX_BODY_BYTES = 1_000_000;

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export interface HttpOptions {
  schema: GraphQLSchema;
  ds: DataSource;
  shared: SharedServices;
  health: HealthMonitor;
  /** How many items each list holds (for the query cost); absent: every list counts `limits.defaultListSize`. */
  listSizes?: ListSizeSource;
  production: boolean;
  queryStats: boolean;
  routes?: Route[];
  log?: (msg: string) => void;
  limits?: QueryLimits;
  /** Per-client limit of anonymous requests; null or absent: no limit. Editors are never limited. */
  rateLimit?: RateLimit | null;
  /** Take the client address from the first X-Forwarded-For entry (behind a load balancer you control). */
  trustProxy?: boolean;
  editorTokens?: readonly string[];
  /** Whole-response cache for queries; bypassed when queryStats is on (SQL counts must stay meaningful). */
  responseCache?: ResponseCache | null;
}

/** What the HTTP layer learns about a request while Apollo runs it (Apollo clones the context shallowly, so
 *  the facts live in an object the clone shares). */
interface HttpContext extends RequestContext {
  http: { operation?: 'query' | 'mutation' | 'subscription' };
  budget: ExecutionBudget;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const bodyTooLarge = (measured: number | string) =>
  new LimitExceededError(`request body over ${MAX_BODY_BYTES} bytes`, 'body', MAX_BODY_BYTES, measured, { httpStatus: 413 });

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw bodyTooLarge(declared);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw bodyTooLarge(`over ${MAX_BODY_BYTES}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Only JSON is accepted in a POST: a form or plain-text body is what a cross-site page can send without asking. */
function isJsonContentType(header: string | undefined): boolean {
  const type = String(header ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  return type === 'application/json' || type === 'application/graphql-response+json';
}

const SERVICE_UNAVAILABLE: GraphQLFormattedError = {
  message: 'a backing service (the database) is unavailable; retry shortly',
  extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
};

/**
 * In production an unexpected error says only that it happened: no stack, no SQL. An unreachable database is
 * not unexpected: it says so (SERVICE_UNAVAILABLE), in every mode, without the driver's message.
 */
export function maskError(production: boolean) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if ((code === 'INTERNAL_SERVER_ERROR' || code === undefined) && error !== undefined && isServiceUnavailable(error)) {
      return { ...SERVICE_UNAVAILABLE, locations: formatted.locations, path: formatted.path };
    }
    if (production && (code === 'INTERNAL_SERVER_ERROR' || code === undefined)) {
      return {
        message: 'Internal server error',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return formatted;
  };
}

export function bearerToken(authorization: string | undefined): string | null {
  return /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() || null;
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')[0]
      .trim();
    if (forwarded) return forwarded;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** Apollo refuses GET requests that could come from a plain HTML form (CSRF); so does the cache. POSTs are JSON by now. */
function passesCsrfCheck(req: IncomingMessage): boolean {
  if (req.headers['apollo-require-preflight'] !== undefined || req.headers['x-apollo-operation-name'] !== undefined) return true;
  return req.method === 'POST' && isJsonContentType(req.headers['content-type']);
}

/** The cache key of a GraphQL request, or null when it must not be served from the cache. Today is part of it: a query without `asOf` means today. */
function cacheKey(req: IncomingMessage, url: URL, body: unknown, today: string): string | null {
  if (!passesCsrfCheck(req)) return null;
  const accept = String(req.headers.accept ?? '');
  if (accept.includes('multipart')) return null;
  let query: unknown, variables: unknown, operationName: unknown, extensions: unknown;
  if (req.method === 'GET') {
    query = url.searchParams.get('query');
    variables = url.searchParams.get('variables');
    operationName = url.searchParams.get('operationName');
    extensions = url.searchParams.get('extensions');
  } else if (req.method === 'POST' && body && typeof body === 'object') {
    ({ query, variables, operationName, extensions } = body as Record<string, unknown>);
  } else return null;
  if (typeof query !== 'string' || query.length === 0) return null;
  return JSON.stringify([today, accept, query, variables ?? null, operationName ?? null, extensions ?? null]);
}

/** The HTTP status the errors of an answer call for (401, 403, 503), when they are all of one such code. */
/**
 * The status of an answer with errors. Input refused with nothing answered (every field the request asked for at
 * its root is null: "first" over 100, an empty question, a period that ends before it starts) is a 400, as a
 * request refused before it runs; an answer with data beside one field's error stays 200, the data being the
 * answer.
 */
function statusOfErrors(errors: readonly GraphQLFormattedError[] | undefined, data: unknown): number | undefined {
  const codes = new Set((errors ?? []).map((e) => e.extensions?.code as ErrorCode | undefined));
  if (codes.size !== 1) return codes.has('SERVICE_UNAVAILABLE') ? 503 : undefined;
  const code = [...codes][0] as ErrorCode;
  if (code === 'BAD_USER_INPUT' && nothingAnswered(data)) return 400;
  return HTTP_STATUS_OF_CODE[code];
}

function nothingAnswered(data: unknown): boolean {
  return data === null || data === undefined || (typeof data === 'object' && Object.values(data).every((v) => v === null));
}

/** 503 with Retry-After, as a short page for a browser and as JSON for everything else. */
function sendServiceUnavailable(req: IncomingMessage, res: ServerResponse): void {
  const headers = { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' };
  req.resume();
  if (String(req.headers.accept ?? '').includes('text/html')) {
    const body = `<!doctype html><html lang="kk"><meta charset="utf-8"><title>503</title><h1>503</h1><p>Қызмет уақытша қолжетімсіз, сәлден соң қайталаңыз. · Сервис временно недоступен, повторите через ${RETRY_AFTER_SECONDS} с. · Temporarily unavailable; retry in ${RETRY_AFTER_SECONDS} s.</p></html>`;
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  sendJson(
    res,
    503,
    {
      error: 'service unavailable',
      message: SERVICE_UNAVAILABLE.message,
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    },
    headers,
  );
}

export async function createHttpServer(opts: HttpOptions): Promise<{ server: Server; apollo: ApolloServer<HttpContext> }> {
  const limits = opts.limits ?? DEFAULT_QUERY_LIMITS;
  const cache = opts.queryStats ? null : (opts.responseCache ?? null);
  const limiter = opts.rateLimit ? new TokenBucketLimiter(opts.rateLimit) : null;
  const editorTokens = opts.editorTokens ?? [];
  guardExecution(opts.schema, (context) => (context as Partial<HttpContext> | undefined)?.budget);

  const statsPlugin: ApolloServerPlugin<HttpContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const stats = requestStats.getStore();
          if (opts.queryStats && stats && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: stats.sqlStatements };
          }
        },
      };
    },
  };

  /** Cost limit (needs the variables, so it runs per request), the operation type. */
  const guardPlugin: ApolloServerPlugin<HttpContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, contextValue }) {
          contextValue.http.operation = operation?.operation;
          refuseNulArguments(document, request.variables);
          const cost = operationCost(schema, document, request.variables, request.operationName, limits, opts.listSizes);
          if (cost !== null && cost > limits.maxCost) throw costError(cost, limits);
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const exceeded = contextValue.budget?.exceeded;
          if (exceeded) {
            // a part of an answer too large to send is no answer: the refusal alone, as for the cost limit
            response.body.singleResult = {
              errors: [
                {
                  message: exceeded.message,
                  extensions: { code: exceeded.code, limit: exceeded.limit, max: exceeded.max, measured: exceeded.measured },
                },
              ],
            };
            response.http.status = 400;
            return;
          }
          const status = statusOfErrors(response.body.singleResult.errors, response.body.singleResult.data);
          if (status === 503) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          if (status !== undefined && (response.http.status ?? 200) === 200) response.http.status = status;
          if (status === 401) response.http.headers.set('www-authenticate', 'Bearer realm="zangraph"');
        },
      };
    },
  };

  const apollo = new ApolloServer<HttpContext>({
    schema: opts.schema,
    introspection: true,
    includeStacktraceInErrorResponses: !opts.production,
    formatError: maskError(opts.production) as (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)],
    // no cache hints are used (responses are cached whole, above Apollo): the per-field hook would cost every field
    plugins: [statsPlugin, guardPlugin, ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const graphql = async (req: IncomingMessage, res: ServerResponse, url: URL, auth: RequestContext['auth']) => {
    if (req.method === 'OPTIONS') return answerGraphqlPreflight(req, res);
    const cors: Record<string, string> =
      req.method === 'GET' ? { 'access-control-allow-origin': GRAPHQL_GET_CORS['access-control-allow-origin'] } : {};
    let body: unknown = undefined;
    if (req.method === 'POST') {
      if (!isJsonContentType(req.headers['content-type'])) {
        req.resume();
        return sendJson(
          res,
          415,
          {
            errors: [
              {
                message: `a POST to /graphql must be JSON: send "Content-Type: application/json" (got ${JSON.stringify(String(req.headers['content-type'] ?? 'none'))})`,
                extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
              },
            ],
          },
          { accept: 'application/json' },
        );
      }
      let raw: string;
      try {
        raw = await readBody(req);
      } catch (e) {
        if (e instanceof LimitExceededError && e.limit === 'body') {
          res.setHeader('connection', 'close');
          return sendJson(res, 413, {
            errors: [{ message: e.message, extensions: { code: 'PAYLOAD_TOO_LARGE', limit: e.limit, max: e.max } }],
          });
        }
        throw e;
      }
      try {
        body = raw.length ? JSON.parse(raw) : undefined;
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      }
      if (Array.isArray(body)) return sendJson(res, 400, { errors: [batchError(body.length)] });
    }

    // one day for the whole request: the cache key, the ETag and every answer without asOf read the same "today"
    const today = currentDateInKazakhstan();
    // GET queries are read-only and cacheable by HTTP caches: a strong ETag from the code, the data version, today
    // and the request, checked before anything runs
    const etag = req.method === 'GET' && passesCsrfCheck(req) ? await graphqlEtag(req, url, today) : null;
    const held = etag ? matchingTag(req.headers['if-none-match'], etag) : null;
    if (held) return sendNotModified(res, held, CACHE_CONTROL.data, cors);
    const key = cache ? cacheKey(req, url, body, today) : null;
    if (cache && key) {
      const hit = cache.get(key);
      if (hit)
        return sendAnswer(req, res, {
          status: 200,
          contentType: hit.headers['content-type'] ?? 'application/json; charset=utf-8',
          body: hit.body,
          headers: { ...hit.headers, ...cors },
          etag,
          etagMarks: ['c'],
          cacheControl: etag ? CACHE_CONTROL.data : undefined,
        });
    }
    const generation = cache?.generation ?? 0;

    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const facts: HttpContext['http'] = {};
    const budget = new ExecutionBudget(limits.maxAnswerChars);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ services: createServices(opts.ds, opts.shared, today), auth, http: facts, budget }),
    });
    const outHeaders: Record<string, string> = { ...cors };
    for (const [k, v] of result.headers) outHeaders[k] = v;
    if (result.body.kind === 'complete') {
      const ok = (result.status ?? 200) === 200 && facts.operation === 'query' && !result.body.string.includes('"errors":[');
      const { 'content-type': contentType = 'application/json; charset=utf-8', ...rest } = outHeaders;
      sendAnswer(req, res, {
        status: result.status ?? 200,
        contentType,
        body: result.body.string,
        headers: rest,
        etag: ok ? etag : null,
        cacheControl: ok && etag ? CACHE_CONTROL.data : undefined,
      });
      if (cache && key && (result.status ?? 200) === 200 && facts.operation === 'query' && storable(result.body.string)) {
        const { 'content-length': _length, 'access-control-allow-origin': _cors, ...kept } = outHeaders;
        cache.set(key, { body: markCached(result.body.string), headers: kept }, generation);
      }
    } else {
      res.writeHead(result.status ?? 200, outHeaders);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const graphqlEtag = async (req: IncomingMessage, url: URL, today: string): Promise<string | null> => {
    const version = await opts.shared.corpus.dataVersion();
    if (version === null) return null;
    const p = url.searchParams;
    return strongEtag([
      buildId(),
      'graphql',
      version,
      today,
      String(req.headers.accept ?? ''),
      p.get('query'),
      p.get('variables'),
      p.get('operationName'),
      p.get('extensions'),
    ]);
  };

  /** Only complete answers: no errors, and not the degraded search fallback (it recovers by itself). */
  const storable = (body: string) => !body.includes('"errors":[') && !body.includes('"degraded":true') && !opts.shared.search.meiliDown;

  const health = async (res: ServerResponse) => {
    const state = await opts.health.current();
    sendJson(res, state.down.length ? 503 : 200, state, { 'cache-control': 'no-store' });
  };

  const server = createServer((req, res) => {
    // Following a request through every promise has a price: paid only when SQL counts are asked for.
    if (opts.queryStats) requestStats.run({ sqlStatements: 0 } satisfies RequestStats, () => handle(req, res));
    else void handle(req, res);
  });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // no answer of this server is to be read as anything but the type it says
    res.setHeader('x-content-type-options', 'nosniff');
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return await health(res);
      const token = bearerToken(req.headers.authorization);
      const auth = { token, editor: isEditorToken(token, editorTokens) };
      if (limiter && !auth.editor) {
        const decision = limiter.take(clientAddress(req, opts.trustProxy ?? false));
        if (!decision.allowed) {
          req.resume();
          return sendJson(
            res,
            429,
            {
              errors: [
                {
                  message: `too many requests from this address; retry in ${decision.retryAfterSeconds} s`,
                  extensions: { code: 'RATE_LIMITED', retryAfterSeconds: decision.retryAfterSeconds },
                },
              ],
            },
            { 'retry-after': String(decision.retryAfterSeconds) },
          );
        }
      }
      if (url.pathname === '/graphql') return await graphql(req, res, url, auth);
      for (const route of opts.routes ?? []) if (await route(req, res, url)) return;
      sendJson(res, 404, { error: 'not found', path: url.pathname });
    } catch (e) {
      // an outage is logged once by the health monitor when it starts, not with a stack per request
      if (isServiceUnavailable(e)) {
        if (!res.headersSent) return sendServiceUnavailable(req, res);
      } else opts.log?.(`request failed: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal server error' });
      else res.end();
    }
  };
  server.keepAliveTimeout = 65_000;
  return { server, apollo };
}
