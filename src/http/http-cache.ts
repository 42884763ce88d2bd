/**
 * HTTP caching and compression for read-only answers (pages, exports, widget data, GET /graphql):
 * - strong ETags computed before any work, from what decides the answer: the code (build id), the data version
 *   (moves with every committed write), today's date (an answer without asOf means today), and the request;
 * - 304 Not Modified on a matching If-None-Match, without rendering anything;
 * - Cache-Control per kind of answer;
 * - brotli or gzip for text when the client accepts it (node:zlib), with Vary: Accept-Encoding.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export const CACHE_CONTROL = {
  /** Pages: a minute fresh, then served stale while a fresh copy is fetched (edits to cases show within the minute). */
  page: 'public, max-age=60, stale-while-revalidate=3600',
  /** Data for widgets, oEmbed, GET /graphql. */
  data: 'public, max-age=300, stale-while-revalidate=86400',
  /** Whole exports and Akoma Ntoso files: large, change only with the data. */
  export: 'public, max-age=3600, stale-while-revalidate=86400',
  /** Files that change only with the code (the widget script, the export's JSON Schema). */
  static: 'public, max-age=3600, stale-while-revalidate=604800',
  /** Errors: a malformed request stays malformed, but a missing clause may appear with the next write. */
  error: 'no-cache',
} as const;

/** Bodies smaller than this are sent as they are: compressing them saves less than the headers cost. */
export const MIN_COMPRESS_BYTES = 1024;

let buildIdValue: string | null = null;

/**
 * A hash of the compiled code, so an ETag changes with a new release of the pages' markup or the writers; the
 * same on every replica running the same code.
 */
export function buildId(root: string = join(__dirname, '..')): string {
  if (buildIdValue) return buildIdValue;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) hash.update(name).update(readFileSync(path));
    }
  };
  try {
    walk(root);
  } catch {
    hash.update(String(process.pid));
  }
  buildIdValue = hash.digest('base64url').slice(0, 12);
  return buildIdValue;
}

/** A strong validator for the given parts (quoted, as HTTP wants it). */
export function strongEtag(parts: ReadonlyArray<string | null | undefined>): string {
  return `"${createHash('sha256')
    .update(parts.map((p) => p ?? '\u0000').join('\u0001'))
    .digest('base64url')
    .slice(0, 27)}"`;
}

/**
 * The ETag of one representation: a strong validator must differ whenever the bytes do, so an encoded body
 * (".br", ".gz") or one marked as served from the response cache (".c") gets its own tag. "." is not in the
 * base64url alphabet of the hash, so the base is always recoverable.
 */
export function variantEtag(etag: string, encoding: Encoding | null, ...marks: string[]): string {
  const tags = [...marks, ...(encoding ? [encoding === 'br' ? 'br' : 'gz'] : [])];
  return tags.length ? `${etag.slice(0, -1)}.${tags.join('.')}"` : etag;
}

const baseOf = (tag: string) =>
  tag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"([^".]*)(\.[^"]*)?"$/, '"$1"');

/**
 * If-None-Match against an ETag: weak comparison, as RFC 9110 asks for this header, and any variant of the same
 * base matches (the client's copy, whatever its encoding, holds the same data).
 */
export function ifNoneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  return matchingTag(header, etag) !== null;
}

/**
 * The client's tag that matches (the 304 repeats it: it names the representation the client holds, whatever
 * its encoding), or null.
 */
export function matchingTag(header: string | string[] | undefined, etag: string): string | null {
  if (header === undefined) return null;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return etag;
  const base = baseOf(etag);
  const hit = value.split(',').find((t) => baseOf(t) === base);
  return hit === undefined ? null : hit.trim().replace(/^W\//, '');
}

export type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (brotli before gzip); q=0 refuses one. */
export function negotiateEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const q = new Map<string, number>();
  for (const part of value.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weight = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

export function compress(body: Buffer, encoding: Encoding): Buffer {
  // quality 5: most of brotli's gain at a fraction of its top setting's time (answers are compressed per request)
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 6 });
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|akn\+xml|.*\+json|.*\+xml))/;

export interface CachedAnswer {
  status: number;
  contentType: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  /** Present for answers that may be revalidated. */
  etag?: string | null;
  /** Variant marks of this body beside its encoding (see variantEtag). */
  etagMarks?: string[];
  cacheControl?: string;
}

/** 304 when the client's copy is current (headers only). */
export function sendNotModified(
  res: ServerResponse,
  etag: string,
  cacheControl: string | undefined,
  headers: Record<string, string> = {},
): void {
  res.writeHead(304, { ...headers, etag, vary: 'Accept-Encoding', ...(cacheControl ? { 'cache-control': cacheControl } : {}) });
  res.end();
}

/** Sends an answer: compressed when it pays and the client accepts it; HEAD gets the headers only. */
export function sendAnswer(req: IncomingMessage, res: ServerResponse, a: CachedAnswer): void {
  let body = typeof a.body === 'string' ? Buffer.from(a.body, 'utf8') : a.body;
  const headers: Record<string, string> = { 'content-type': a.contentType, vary: 'Accept-Encoding', ...(a.headers ?? {}) };
  const encoding =
    body.length >= MIN_COMPRESS_BYTES && COMPRESSIBLE.test(a.contentType) ? negotiateEncoding(req.headers['accept-encoding']) : null;
  if (encoding) {
    body = compress(body, encoding);
    headers['content-encoding'] = encoding;
  }
  if (a.etag) headers.etag = variantEtag(a.etag, encoding, ...(a.etagMarks ?? []));
  if (a.cacheControl) headers['cache-control'] = a.cacheControl;
  headers['content-length'] = String(body.length);
  res.writeHead(a.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
