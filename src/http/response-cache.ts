/**
 * Whole responses of read-only operations, keyed by everything that decides them: the query text, variables,
 * operation name, extensions, the negotiated media type and today's date (a query without `asOf` means today).
 * A generation counter makes every stored response stale at once: every mutation and every reindex bumps it,
 * and a response computed while a bump happened is not stored (it may have read data from before the change).
 */
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

interface Entry extends CachedResponse {
  generation: number;
  expires: number;
  bytes: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private gen = 0;
  private totalBytes = 0;
  private readonly now: () => number;
  readonly stats = { hits: 0, misses: 0, stores: 0, invalidations: 0 };

  constructor(private readonly opts: ResponseCacheOptions) {
    this.now = opts.now ?? (() => Date.now());
  }

  get generation(): number {
    return this.gen;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Makes every stored response stale (a mutation, a reindex, an ingest in this process). */
  invalidate(): void {
    this.gen++;
    this.stats.invalidations++;
    this.entries.clear();
    this.totalBytes = 0;
  }

  get(key: string): CachedResponse | null {
    const e = this.entries.get(key);
    if (!e || e.generation !== this.gen || e.expires <= this.now()) {
      if (e) this.remove(key, e);
      this.stats.misses++;
      return null;
    }
    // most recently used goes last; eviction takes from the front
    this.entries.delete(key);
    this.entries.set(key, e);
    this.stats.hits++;
    return e;
  }

  /** Stores a response computed under `generation`; ignored when the data may have changed meanwhile. */
  set(key: string, response: CachedResponse, generation: number): boolean {
    if (generation !== this.gen) return false;
    const bytes = Buffer.byteLength(response.body) + key.length;
    const maxTotal = this.opts.maxTotalBytes ?? 64_000_000;
    if (bytes > Math.min(this.opts.maxBodyBytes ?? 1_000_000, maxTotal)) return false;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { ...response, generation, expires: this.now() + this.opts.ttlMs, bytes });
    this.totalBytes += bytes;
    this.stats.stores++;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.opts.maxEntries && this.totalBytes <= maxTotal) break;
      this.remove(k, e);
    }
    return true;
  }

  private remove(key: string, e: Entry): void {
    this.entries.delete(key);
    this.totalBytes -= e.bytes;
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
