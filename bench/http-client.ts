/** A keep-alive node:http client for load and fault scripts: one request, its status, body and latency. */
import { Agent, request } from 'node:http';

export interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  ms: number;
}

export const keepAliveAgent = (maxSockets: number) => new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });

export function send(
  url: URL,
  agent: Agent,
  opts: { method?: string; body?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Reply> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const headers: Record<string, string | number> = { ...opts.headers };
    if (opts.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      headers['content-length'] = Buffer.byteLength(opts.body);
    }
    const req = request(url, { method: opts.method ?? (opts.body === undefined ? 'GET' : 'POST'), agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers, ms: performance.now() - t0 }),
      );
      res.on('error', fail);
    });
    req.setTimeout(opts.timeoutMs ?? 30_000, () => req.destroy(new Error('timeout')));
    req.on('error', fail);
    req.end(opts.body);
  });
}

export const graphqlBody = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
