/**
 * The HTTP surface: POST/GET /graphql, GET /healthz, and the page routes registered by the web layer.
 * Plain node:http: one process, no framework, limits applied before anything is parsed.
 */
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../resolvers/context';
import { requestStats, type RequestStats } from '../request-stats';
import { createServices, type SharedServices } from '../services';
import { DateArgumentRule } from './date-argument.rule';

export const MAX_BODY_BYTES = 1_000_000;

export interface HealthProbe {
  name: string;
  check(): Promise<boolean>;
}

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export interface HttpOptions {
  schema: GraphQLSchema;
  ds: DataSource;
  shared: SharedServices;
  probes: HealthProbe[];
  production: boolean;
  queryStats: boolean;
  routes?: Route[];
  log?: (msg: string) => void;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** In production an unexpected error says only that it happened: no stack, no SQL. */
export function maskError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (production && (code === 'INTERNAL_SERVER_ERROR' || code === undefined)) {
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}

export async function createHttpServer(opts: HttpOptions): Promise<{ server: Server; apollo: ApolloServer<RequestContext> }> {
  const statsPlugin: ApolloServerPlugin<RequestContext> = {
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
  const apollo = new ApolloServer<RequestContext>({
    schema: opts.schema,
    introspection: true,
    includeStacktraceInErrorResponses: !opts.production,
    formatError: maskError(opts.production),
    validationRules: [DateArgumentRule],
    plugins: [statsPlugin],
  });
  await apollo.start();

  const graphql = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    let body: unknown = undefined;
    if (req.method === 'POST') {
      let raw: string;
      try {
        raw = await readBody(req);
      } catch (e) {
        if (e instanceof BodyTooLarge) return sendJson(res, 413, { errors: [{ message: `request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        throw e;
      }
      try {
        body = raw.length ? JSON.parse(raw) : undefined;
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    if (req.method === 'POST' && !headers.get('content-type')) headers.set('content-type', 'application/json');
    const auth = headers.get('authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim() ?? null;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ services: createServices(opts.ds, opts.shared), token }),
    });
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of result.headers) outHeaders[k] = v;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') res.end(result.body.string);
    else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const health = async (res: ServerResponse) => {
    const results = await Promise.all(opts.probes.map(async (p) => [p.name, await p.check().catch(() => false)] as const));
    const down = results.filter(([, ok]) => !ok).map(([n]) => n);
    sendJson(res, down.length ? 503 : 200, { status: down.length ? 'degraded' : 'ok', services: Object.fromEntries(results.map(([n, ok]) => [n, ok ? 'up' : 'down'])), down });
  };

  const server = createServer((req, res) => {
    const stats: RequestStats = { sqlStatements: 0 };
    requestStats.run(stats, async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname === '/graphql') return await graphql(req, res, url);
        if (url.pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return await health(res);
        for (const route of opts.routes ?? []) if (await route(req, res, url)) return;
        sendJson(res, 404, { error: 'not found', path: url.pathname });
      } catch (e) {
        opts.log?.(`request failed: ${(e as Error).stack ?? e}`);
        if (!res.headersSent) sendJson(res, 500, { error: 'internal server error' });
        else res.end();
      }
    });
  });
  server.keepAliveTimeout = 65_000;
  return { server, apollo };
}
