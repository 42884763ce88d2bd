/**
 * A cache of a pure function's results by its exact input. Acts repeat lines, paragraphs and notes (standard
 * wording, amended copies, corpora built from copies), and parsing them is the cost of ingest. When full it
 * starts afresh: no bookkeeping on the hot path, and memory stays bounded however large the corpus.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
  }

  clear(): void {
    this.entries.clear();
  }
}
