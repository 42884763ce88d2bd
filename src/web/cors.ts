/**
 * CORS for the public read-only surface: any origin may GET pages, the widget's script and data, oEmbed and the
 * exports (no credentials are involved, so "*" is safe). Preflights are answered for GET only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
};

/** Answers a preflight (OPTIONS) with 204; true when it did. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, { ...CORS_HEADERS, 'content-length': '0' });
  res.end();
  return true;
}
