/**
 * Whole responses of read-only operations, keyed by everything that decides them: the query text, variables,
 * operation name, extensions, the negotiated media type and today's date (a query without `asOf` means today).
 * A generation counter makes every stored response stale at once, and a response computed while it moved is not
 * stored (it may have read data from before the change).
 */
import { LRUCache } from 'lru-cache';

export interface ResponseCacheOptions {
  maxEntries: number;
  ttlMs: number;
  /** Bodies larger than this are not stored; the total is bounded by maxEntries × maxBodyBytes at worst. */
  maxBodyBytes?: number;
  maxTotalBytes?: number;
  now?: () => number;
}

export interface CachedResponse {
  body: string;
  headers: Record<string, string>;
}

/**
 * Bounded by entries, bytes and age (lru-cache: the least recently used goes first). Dropped whole when what
 * the answers were read from changes: src/app.ts calls `invalidate` on every drop of the corpus cache, which
 * follows the data version (every write, here or in another process) and the search index's rebuilds.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private gen = 0;
  readonly stats = { hits: 0, misses: 0, stores: 0, invalidations: 0 };

  constructor(private readonly opts: ResponseCacheOptions) {
    const maxSize = opts.maxTotalBytes ?? 64_000_000;
    this.entries = new LRUCache<string, CachedResponse>({
      max: opts.maxEntries,
      maxSize,
      maxEntrySize: Math.min(opts.maxBodyBytes ?? 1_000_000, maxSize),
      ttl: opts.ttlMs,
      // every read checks the age against the clock given (tests move it by hand)
      ttlResolution: 0,
      ...(opts.now ? { perf: { now: opts.now } } : {}),
    });
  }

  get generation(): number {
    return this.gen;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Makes every stored response stale (the data or the search index changed). */
  invalidate(): void {
    this.gen++;
    this.stats.invalidations++;
    this.entries.clear();
  }

  get(key: string): CachedResponse | null {
    const e = this.entries.get(key);
    if (!e) {
      this.stats.misses++;
      return null;
    }
    this.stats.hits++;
    return e;
  }

  /** Stores a response computed under `generation`; ignored when the data may have changed meanwhile, or when too large. */
  set(key: string, response: CachedResponse, generation: number): boolean {
    if (generation !== this.gen) return false;
    const size = Buffer.byteLength(response.body) + key.length;
    if (size > (this.opts.maxBodyBytes ?? 1_000_000) || size > (this.opts.maxTotalBytes ?? 64_000_000)) return false;
    this.entries.set(key, response, { size });
    this.stats.stores++;
    return true;
  }
}

/** Adds `extensions.cached: true` to a stored JSON response body, so a client can tell a hit. */
export function markCached(body: string): string {
  try {
    const parsed = JSON.parse(body) as { extensions?: Record<string, unknown> };
    parsed.extensions = { ...parsed.extensions, cached: true };
    return JSON.stringify(parsed);
  } catch {
    return body;
  }
}
