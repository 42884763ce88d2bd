/**
 * The relations the GraphQL graph walks, read through the shared corpus cache and pinned for the length of one
 * request: whatever a request has read once, it reads the same again (a drop of the shared cache mid-request
 * does not change an answer half-way). The corpus cache batches cold reads (its DataLoader: the one batching
 * layer), so a query's SQL count stays constant in the size of the answer (no N+1); a request only remembers.
 */
import type { AmendmentEntity, ClauseEntity } from '../entities';
import type { ActFacts, Catalog, CorpusCache } from './corpus-cache';

const NONE: readonly never[] = Object.freeze([]);

/** "sc-1999-9/para_12" → "sc-1999-9"; null for an id that names no act. */
export function actIdOfClause(clauseId: string): string | null {
  const slash = clauseId.indexOf('/');
  return slash > 0 ? clauseId.slice(0, slash) : null;
}

/** The first answer for each key, kept for the rest of the request (a failed read is not kept: it may be asked again). */
class Pinned<V> {
  private readonly answers = new Map<string, Promise<V>>();
  constructor(private readonly read: (key: string) => Promise<V> | V) {}

  load(key: string): Promise<V> {
    let answer = this.answers.get(key);
    if (!answer) {
      const pending = (async () => this.read(key))();
      this.answers.set(key, (answer = pending));
      pending.catch(() => {
        if (this.answers.get(key) === pending) this.answers.delete(key);
      });
    }
    return answer;
  }

  clear(): void {
    this.answers.clear();
  }
}

export function createLoaders(corpus: CorpusCache) {
  let catalog: Promise<Catalog> | null = null;
  const catalogOnce = () => (catalog ??= Promise.resolve(corpus.catalog()));
  const acts = new Pinned<ActFacts | null>((id) => corpus.act(id));
  const amendingActs = new Pinned<readonly AmendmentEntity[]>((id) => corpus.amendmentsOf(id));

  /** A loader-shaped view of one field of the catalog. */
  const fromCatalog = <V>(pick: (c: Catalog) => V) => ({ load: async (_key: 'all') => pick(await catalogOnce()) });
  const keyedFromCatalog = <V>(pick: (c: Catalog, key: string) => V) => ({ load: async (key: string) => pick(await catalogOnce(), key) });
  const fromAct = <V>(pick: (f: ActFacts) => V, none: V) => ({
    load: async (actId: string) => {
      const f = await acts.load(actId);
      return f ? pick(f) : none;
    },
  });

  return {
    corpus,
    /**
     * After a write (or a rebuild of the search index) in this request: what every request remembers is dropped
     * (the corpus cache, and through it the whole-response cache), and this request reads everything again.
     */
    dropRemembered() {
      corpus.invalidate();
      catalog = null;
      acts.clear();
      amendingActs.clear();
    },
    catalog: catalogOnce,
    act: acts,

    // ---- claim types and cases
    allClaimTypes: fromCatalog((c) => c.claimTypes),
    allGoverningLinks: fromCatalog((c) => c.governingLinks),
    caseById: keyedFromCatalog((c, id) => c.caseById.get(id) ?? null),
    claimTypeLinksByCase: keyedFromCatalog((c, id) => c.claimTypeLinksByCase.get(id) ?? NONE),
    caseLinksByClaimType: keyedFromCatalog((c, code) => c.caseLinksByClaimType.get(code) ?? NONE),
    caseCitationsByCase: keyedFromCatalog((c, id) => c.caseCitationsByCase.get(id) ?? NONE),
    caseCitationsByClause: keyedFromCatalog((c, id) => c.caseCitationsByClause.get(id) ?? NONE),
    caseReferencesByCase: keyedFromCatalog((c, id) => c.caseReferencesByCase.get(id) ?? NONE),

    allActs: fromCatalog((c) => c.acts),
    allAmendingActs: fromCatalog((c) => c.amendingActs),
    actById: keyedFromCatalog((c, id) => c.actById.get(id) ?? null),
    amendingActById: keyedFromCatalog((c, id) => c.amendingActById.get(id) ?? null),
    clausesByAct: fromAct((f) => f.clauses, NONE as readonly ClauseEntity[]),
    /** Every act's clause eIds and attachment count, read afresh (callers keep what they derive from it). */
    clauseOutlines: { load: () => corpus.clauseOutlines() },
    amendmentsByAct: fromAct((f) => f.amendments, NONE),
    notesByAct: fromAct((f) => f.notes, NONE),
    /** "act/eId" → the act's references of that clause. */
    referencesByClause: {
      load: async (clauseId: string) => {
        const actId = actIdOfClause(clauseId);
        const f = actId ? await acts.load(actId) : null;
        return f?.referencesByClause.get(clauseId) ?? NONE;
      },
    },
    amendmentsByAmendingAct: amendingActs,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
