/**
 * The Meilisearch client with a keep-alive node:http transport: the client's default fetch costs tens of
 * milliseconds per call here, a pooled connection about one.
 */
import { Agent, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { MeiliSearch } from 'meilisearch';

export class MeiliUnavailableError extends Error {
  readonly name = 'MeiliUnavailableError';
}

export class MeiliResponseError extends Error {
  readonly name = 'MeiliResponseError';
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** The transport's error behind one the client wrapped (its errors carry the transport's as `cause`). */
export function transportError<T extends Error>(e: unknown, type: new (...args: never[]) => T): T | null {
  for (let x: unknown = e, depth = 0; x && depth < 4; x = (x as { cause?: unknown }).cause, depth++) if (x instanceof type) return x;
  return null;
}

export function createMeiliClient(url: string, apiKey: string | null, timeoutMs = 2000): MeiliSearch {
  const secure = url.startsWith('https:');
  const agent = secure ? new HttpsAgent({ keepAlive: true, maxSockets: 32 }) : new Agent({ keepAlive: true, maxSockets: 32 });
  const send = secure ? httpsRequest : request;
  const httpClient = (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const target = new URL(String(input));
      const headers: Record<string, string> = {};
      new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
      const body = typeof init?.body === 'string' ? init.body : undefined;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const req = send(target, { method: init?.method ?? 'GET', headers, agent, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = undefined;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = text;
          }
          const status = res.statusCode ?? 0;
          if (status >= 400) {
            const p = parsed as { message?: string; code?: string } | undefined;
            return reject(new MeiliResponseError(status, p?.code, p?.message ?? `Meilisearch answered HTTP ${status}`));
          }
          resolve(parsed);
        });
        res.on('error', (e) => reject(new MeiliUnavailableError(e.message)));
      });
      req.on('timeout', () => req.destroy(new MeiliUnavailableError(`no answer from Meilisearch in ${timeoutMs} ms`)));
      req.on('error', (e) => reject(e instanceof MeiliUnavailableError ? e : new MeiliUnavailableError(e.message)));
      req.end(body);
    });
  return new MeiliSearch({ host: url, apiKey: apiKey ?? undefined, httpClient });
}
