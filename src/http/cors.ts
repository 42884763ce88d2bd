/**
 * CORS for /graphql: any origin may run queries with GET (read-only, no credentials, so "*" is safe); a
 * preflight is answered for GET only, so browsers on other origins cannot POST (and so cannot run mutations).
 * Apollo's CSRF protection asks GET requests for a non-simple header, which the preflight allows.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const GRAPHQL_GET_CORS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '86400',
};

/** Answers OPTIONS /graphql: 204 with the CORS headers when GET is asked for, 204 without them otherwise. */
export function answerGraphqlPreflight(req: IncomingMessage, res: ServerResponse): void {
  const wanted = String(req.headers['access-control-request-method'] ?? '').toUpperCase();
  const headers: Record<string, string> = wanted === 'GET' || wanted === '' ? { ...GRAPHQL_GET_CORS } : {};
  res.writeHead(204, { ...headers, allow: 'GET, POST, OPTIONS', 'content-length': '0', vary: 'access-control-request-method' });
  res.end();
}
