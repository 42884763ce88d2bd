/**
 * What the search reads of PostgreSQL's copy of an index build, remembered: the re-ranked points (their analyzed
 * fields, split, and their texts) and the statistics of the questions' terms. Under load a question's one read of
 * PostgreSQL cost the server and PostgreSQL together more than the re-rank and the snippets, though a point's row
 * and a term's statistics change only when the index is built again.
 *
 * Keyed by the build: every document of a build carries its id in Meilisearch, and PostgreSQL records the build its
 * search tables hold in the transaction that writes them (reindex). A value read is kept only when PostgreSQL's build
 * is the one the engine's hits came from, and looked up only under the build of the hits at hand. So a server that
 * another one's reindex overtook never shows what it remembered of the previous build, and there is nothing to
 * invalidate; while a reindex is under way (PostgreSQL written, Meilisearch not yet swapped) nothing is kept.
 *
 * Bounded whatever the size of the corpus (GenerationalCache): at one times the corpus every point fits, at a
 * thousand times the points questions keep finding stay.
 */
import { GenerationalCache } from './bounded-memo';

/** Points held at most: some 20 KB each (two texts, their stems and paragraphs). */
export const MAX_POINTS = 1024;
/** Term statistics held at most. */
export const MAX_TERMS = 50_000;

export class BuildReads<P> {
  private readonly points: GenerationalCache<P>;
  private readonly terms = new GenerationalCache<number>(MAX_TERMS);

  constructor(maxPoints = MAX_POINTS) {
    this.points = new GenerationalCache<P>(maxPoints);
  }

  point(build: string, clauseId: string): P | undefined {
    return this.points.get(`${build}\u0000${clauseId}`, undefined);
  }

  keepPoint(build: string, clauseId: string, point: P): void {
    this.points.set(`${build}\u0000${clauseId}`, point);
  }

  /** How many points hold the term in the field (the corpus-wide counts under field '*'); undefined: not held. */
  frequency(build: string, field: string, term: string): number | undefined {
    return this.terms.get(`${build}\u0000${field}\u0000${term}`, undefined);
  }

  keepFrequency(build: string, field: string, term: string, frequency: number): void {
    this.terms.set(`${build}\u0000${field}\u0000${term}`, frequency);
  }

  /** Points and terms held (for tests and memory figures). */
  get size(): { points: number; terms: number } {
    return { points: this.points.size, terms: this.terms.size };
  }
}

/** The build all the hits came from; null when a hit names none (an index built before builds were recorded) or another. */
export function buildOfHits(results: ReadonlyArray<{ hits: ReadonlyArray<Record<string, unknown>> }>): string | null {
  let build: string | null = null;
  for (const r of results)
    for (const h of r.hits) {
      if (typeof h.build !== 'string' || (build !== null && h.build !== build)) return null;
      build = h.build;
    }
  return build;
}
