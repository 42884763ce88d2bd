/**
 * Remembered answers of Meilisearch to "which documents hold this term (under these filters)?". The index changes
 * only at a reindex, and the vocabulary of queries is small, so most terms of a query are answered from memory;
 * the cache is dropped at every reindex and whenever Meilisearch is found down.
 */
export interface CachedPostings {
  /** How many points hold the term (under the act and claim type filters). */
  documentFrequency: number;
  /** The points found holding it (at most as many as were asked for). */
  clauseIds: string[];
}

/**
 * Bounded by forgetting the oldest entry first. A read does not reorder (a query reads dozens of terms; moving
 * each to the back cost more than the rare eviction of a term still in use, which is only asked for again).
 */
export class PostingsCache<V = CachedPostings> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity = 50_000) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
