/**
 * Bilingual clause search. Meilisearch answers from analyzed fields (Kazakh stems, keyboard-folded Kazakh stems,
 * Russian stems) with the query expanded through the glossary into both languages; when it cannot be reached,
 * PostgreSQL full-text search answers the same analyzed query and the answer says it is degraded.
 * A heartbeat watches Meilisearch, so an outage is noticed without a failed request and recovery needs no
 * restart; a failed request also switches to the fallback at once.
 */
import type { MeiliSearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { analyze, analyzeKeyboardFolded, remembered } from './analyzer';
import type { Glossary } from './glossary';
import { MeiliResponseError, MeiliUnavailableError } from './meili-client';

/** The index cannot be rebuilt because Meilisearch is unreachable. */
export class SearchUnavailableError extends Error {
  readonly name = 'SearchUnavailableError';
}
import { searchPostgres } from './pg-fallback';
import { analyzeQuery, type AnalyzedQuery } from './query-analysis';
import { dateNumber } from './search-document';
import { countMatches, makeSnippet, stemText, type StemmedText } from './snippet';
import { SEARCH_INDEX, type SearchParams, type SearchResult, type SearchResultHit } from './search-types';
import { reindex } from './indexer';
import { FIELDS, rank, rerankScore, type AnalyzedFields, type Field, type RankedDocument, type TermPostings, type WeightedTerm } from './ranking';
import { PostingsCache, type CachedPostings } from './postings-cache';

const RETRY_AFTER_MS = 2000;
/** The heartbeat keeps the last sign of life fresh, so requests rarely wait for a check of their own. */
const HEARTBEAT_MS = 200;
/** How old the last sign of life of Meilisearch may be before a request checks it again. */
const LIVENESS_MS = 500;
/** Weight of a term the glossary added, against 1 for the query's own words. */
const EXPANSION_WEIGHT = 0.7;
const CANDIDATES_PER_TERM = 200;
const MAX_TERMS = 60;
/** Weight of Meilisearch's own score for the query words taken together (proximity, word count). */
const PHRASE_WEIGHT = 2;
const PHRASE_CANDIDATES = 50;
/**
 * Where the query's own words are looked for together: a Kazakh query in its keyboard-folded form (it matches
 * text typed with and without the Kazakh letters alike), a Russian one in Russian stems.
 */
const PHRASE_FIELDS = { kk: ['kk_folded'], ru: ['ru_stems'] } as const;

interface StoredDocument extends AnalyzedFields {
  kkText: string;
  ruText: string;
}

/** What filtering and BM25 need of every indexed point, held in memory (a few numbers per point). */
interface DocumentFacts {
  actId: string;
  existsFrom: number;
  repealedOn: number;
  claimTypes: readonly string[];
  length: Record<Field, number>;
}

interface DocumentCatalog {
  facts: Map<string, DocumentFacts>;
  averages: Record<Field, number>;
}
/** How many first-stage candidates the second stage re-scores. */
const RERANK_DEPTH = 30;

// snippets stem every word of every hit
const kkStem = remembered((w) => analyze(w, 'kk')[0] ?? '');
const kkFoldedStem = remembered((w) => analyzeKeyboardFolded(w)[0] ?? '');
const ruStem = remembered((w) => analyze(w, 'ru')[0] ?? '');

/** Whether the error or one of its causes is of the class (the client wraps what its transport throws). */
function causedBy(e: unknown, kind: new (...args: never[]) => Error): boolean {
  let c: unknown = e;
  for (let n = 0; c instanceof Error && n < 10; n++) {
    if (c instanceof kind) return true;
    c = (c as Error).cause;
  }
  return false;
}

function quoteFilter(v: string) {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export class SearchEngine {
  private downSince: number | null = null;
  /** When Meilisearch last answered; remembered answers are served only while this is recent. */
  private lastAnswerAt = 0;
  private readonly postings = new PostingsCache(200_000);
  /** Moves at every drop of what was remembered; a warm-up that overlapped one stops and keeps nothing. */
  private generation = 0;
  private readonly phrases = new PostingsCache<Array<{ clauseId: string; score: number }>>(10_000);
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly meili: MeiliSearch | null,
    private readonly glossary: Glossary,
  ) {}

  /** Starts watching Meilisearch; the timer does not keep the process alive. */
  watch(): this {
    if (!this.meili || this.heartbeat) return this;
    this.heartbeat = setInterval(() => {
      this.meili!
        .health()
        .then(() => {
          this.lastAnswerAt = Date.now();
          if (this.downSince !== null) this.downSince = null;
        })
        .catch(() => this.markDown());
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
    return this;
  }

  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  private markDown(): void {
    if (this.downSince === null) this.downSince = Date.now();
    this.lastAnswerAt = 0;
    this.invalidate();
  }

  /** Whether the last attempt to reach Meilisearch failed (health reporting). */
  get meiliDown(): boolean {
    return this.downSince !== null;
  }

  private readonly analyses = new PostingsCache<AnalyzedQuery>(10_000);
  /** Rankings of queries under act/claim filters, for every date at once (dates only pick from them). */
  private readonly rankings = new PostingsCache<Promise<RankedDocument[]>>(5_000);
  /** Snippet and language of a hit for a query: they depend on the query and the point, not on the filters. */
  private readonly hitTexts = new PostingsCache<Omit<SearchResultHit, 'score' | 'clauseId'>>(20_000);

  /** Query analysis is pure and costs a millisecond of stemming and glossary matching: remember it. */
  analyze(query: string, lang?: 'kk' | 'ru' | null): AnalyzedQuery {
    const key = `${lang ?? ''}\u0001${query}`;
    let a = this.analyses.get(key);
    if (!a) {
      a = analyzeQuery(query, this.glossary, lang);
      this.analyses.set(key, a);
    }
    return a;
  }

  async search(p: SearchParams): Promise<SearchResult> {
    const q = this.analyze(p.query, p.lang);
    if (q.terms.length === 0) return { lang: q.lang, hits: [], totalCount: 0, degraded: false };
    const circuitOpen = this.downSince !== null && Date.now() - this.downSince < RETRY_AFTER_MS;
    if (this.meili && !circuitOpen) {
      try {
        // Remembered answers stand for Meilisearch's: serve them only while it is known to be up.
        if (Date.now() - this.lastAnswerAt > LIVENESS_MS) await this.checkLiveness();
        const r = await this.searchMeili(q, p);
        this.downSince = null;
        return r;
      } catch (e) {
        if (e instanceof MeiliResponseError && e.status < 500 && e.code !== 'index_not_found') throw e;
        this.markDown();
      }
    }
    return this.searchFallback(q, p);
  }

  private liveness: Promise<void> | null = null;

  /** One health check at a time, however many requests find the last sign of life too old. */
  private checkLiveness(): Promise<void> {
    this.liveness ??= this.meili!
      .health()
      .then(() => void (this.lastAnswerAt = Date.now()))
      .finally(() => (this.liveness = null));
    return this.liveness;
  }

  /**
   * The filters Meilisearch applies: act and claim type (they can leave few points, so they must narrow the
   * candidates). Dates are applied here, on the candidates: then one answer per term serves every date.
   */
  private metaFilter(p: SearchParams): string {
    const parts: string[] = [];
    if (p.actIds?.length) parts.push(`actId IN [${p.actIds.map(quoteFilter).join(', ')}]`);
    if (p.claimTypes?.length) parts.push(`claimTypes IN [${p.claimTypes.map(quoteFilter).join(', ')}]`);
    return parts.join(' AND ');
  }

  /** The facts of a ranking's points, looked up once per catalog: every date and page of the question reads them. */
  private readonly rankedFacts = new WeakMap<readonly RankedDocument[], { catalog: DocumentCatalog; facts: Array<DocumentFacts | undefined> }>();

  private factsOf(ranked: readonly RankedDocument[], catalog: DocumentCatalog): Array<DocumentFacts | undefined> {
    const known = this.rankedFacts.get(ranked);
    if (known?.catalog === catalog) return known.facts;
    const facts = ranked.map((d) => catalog.facts.get(d.clauseId));
    this.rankedFacts.set(ranked, { catalog, facts });
    return facts;
  }

  /** Whether a point passes every filter of the request. */
  private passes(f: DocumentFacts, p: SearchParams, asOf: number): boolean {
    if (f.existsFrom > asOf) return false;
    if (!p.includeRepealed && f.repealedOn <= asOf) return false;
    return this.passesMeta(f, p);
  }

  /** The act and claim type filters (what metaFilter asks Meilisearch for), on one point. */
  private passesMeta(f: DocumentFacts, p: SearchParams): boolean {
    if (p.actIds?.length && !p.actIds.includes(f.actId)) return false;
    if (p.claimTypes?.length && !p.claimTypes.some((c) => f.claimTypes.includes(c))) return false;
    return true;
  }

  /** The query's terms per field, its own words weighted above what the glossary added. */
  private weightedTerms(q: AnalyzedQuery): WeightedTerm[] {
    const own = new Set(q.lang === 'kk' ? [...analyze(q.source, 'kk'), ...analyzeKeyboardFolded(q.source)] : analyze(q.source, 'ru'));
    const out: WeightedTerm[] = [];
    // a concept's stems share its weight: ten synonyms of "accident" are not ten times the idea
    const add = (field: Field, terms: readonly string[], sizes: ReadonlyMap<string, number>) => {
      for (const term of new Set(terms)) if (term) out.push({ field, term, weight: own.has(term) ? 1 : EXPANSION_WEIGHT / Math.cbrt(sizes.get(term) ?? 1) });
    };
    add('kk_stems', q.kk, q.conceptSize.kk);
    add('kk_folded', q.kkFolded, q.conceptSize.kkFolded);
    add('ru_stems', q.ru, q.conceptSize.ru);
    // a long question can expand to more terms than are worth asking for: the query's own words go first
    return [...out.filter((t) => t.weight === 1), ...out.filter((t) => t.weight !== 1)].slice(0, MAX_TERMS);
  }

  private async searchMeili(q: AnalyzedQuery, p: SearchParams): Promise<SearchResult> {
    const [catalog, ranked] = await Promise.all([this.documentCatalog(), this.ranking(q, p)]);
    const asOf = dateNumber(p.asOf);
    const facts = this.factsOf(ranked, catalog);
    const admitted: RankedDocument[] = [];
    for (let i = 0; i < ranked.length; i++) {
      const f = facts[i];
      if (f !== undefined && this.passes(f, p, asOf)) admitted.push(ranked[i]);
    }
    const pageOf = admitted.slice(p.offset, p.offset + p.limit);
    const docs = await this.analyzedFields(pageOf.map((r) => r.clauseId));
    const rankingKey = this.rankingKey(q, p);
    const hits = pageOf.map((r) => {
      const key = `${rankingKey}\u0001${r.clauseId}`;
      let text = this.hitTexts.get(key);
      if (!text) {
        const { matchedLang, snippet } = this.hit(r.clauseId, docs.get(r.clauseId)?.kkText ?? '', docs.get(r.clauseId)?.ruText ?? '', r.score, q);
        text = { matchedLang, snippet };
        this.hitTexts.set(key, text);
      }
      return { clauseId: r.clauseId, score: r.score, ...text };
    });
    return { lang: q.lang, hits, totalCount: admitted.length, degraded: false };
  }

  private rankingKey(q: AnalyzedQuery, p: SearchParams): string {
    return JSON.stringify([q.lang, q.source, this.metaFilter(p)]);
  }

  /**
   * Every candidate of the query under the act and claim type filters, best first. Nothing in it depends on the
   * date asked for (terms, frequencies, lengths, the phrase), so it is computed once and shared by all dates and
   * pages; the date filters then only pick from it.
   */
  private ranking(q: AnalyzedQuery, p: SearchParams): Promise<RankedDocument[]> {
    const key = this.rankingKey(q, p);
    let r = this.rankings.get(key);
    if (!r) {
      const computing = this.computeRanking(q, p);
      computing.catch(() => this.rankings.delete(key));
      this.rankings.set(key, computing);
      r = computing;
    }
    return r;
  }

  private async computeRanking(q: AnalyzedQuery, p: SearchParams): Promise<RankedDocument[]> {
    const generation = this.generation;
    const terms = this.weightedTerms(q);
    const filter = this.metaFilter(p);
    const ownTerms = terms.filter((t) => t.weight === 1);
    const phraseTerms = (field: Field) => ownTerms.filter((t) => t.field === field).map((t) => t.term);
    const phraseFields = (PHRASE_FIELDS[q.lang] as readonly Field[]).filter((f) => phraseTerms(f).length > 1);
    const termKey = (t: WeightedTerm) => `${t.field}\u0001${t.term}\u0001${filter}`;
    const phraseKey = (f: Field) => `${f}\u0001${phraseTerms(f).join(' ')}\u0001${filter}`;

    // what this query uses, from memory or from Meilisearch; remembered only if the index stayed the same
    const termPostings = new Map<string, CachedPostings>();
    for (const t of terms) {
      const known = this.postings.get(termKey(t));
      if (known) termPostings.set(termKey(t), known);
    }
    const missingTerms = terms.filter((t) => !termPostings.has(termKey(t)));
    const [catalog] = await Promise.all([
      this.documentCatalog(),
      missingTerms.length
        ? this.meili!.multiSearch({ queries: missingTerms.map((t) => this.postingsQuery(t, filter)) }).then(({ results }) => {
            this.lastAnswerAt = Date.now();
            const keep = generation === this.generation;
            missingTerms.forEach((t, i) => {
              const postings = this.toPostings(results[i]);
              termPostings.set(termKey(t), postings);
              if (keep) this.postings.set(termKey(t), postings);
            });
          })
        : null,
    ]);

    // When every posting of the query's own words is complete, the candidates already hold every point with any
    // of them, and the re-rank measures how many a point holds. Only when a word is in more points than were
    // asked for (a large corpus) does Meilisearch look for the words together, to bring in the points that hold
    // most of them and score their proximity.
    const truncated = ownTerms.some((t) => {
      const known = termPostings.get(termKey(t))!;
      return known.documentFrequency > known.clauseIds.length;
    });
    const phrases = new Map<string, Array<{ clauseId: string; score: number }>>();
    if (truncated) {
      for (const f of phraseFields) {
        const known = this.phrases.get(phraseKey(f));
        if (known) phrases.set(phraseKey(f), known);
      }
      const missingPhrases = phraseFields.filter((f) => !phrases.has(phraseKey(f)));
      if (missingPhrases.length) {
        const { results } = await this.meili!.multiSearch({
          queries: missingPhrases.map((field) => ({
            indexUid: SEARCH_INDEX,
            q: phraseTerms(field).join(' '),
            attributesToSearchOn: [field],
            matchingStrategy: 'last' as const,
            ...(filter ? { filter } : {}),
            limit: PHRASE_CANDIDATES,
            showRankingScore: true,
            attributesToRetrieve: ['clauseId'],
          })),
        });
        this.lastAnswerAt = Date.now();
        const keep = generation === this.generation;
        missingPhrases.forEach((f, i) => {
          const hits = results[i].hits.map((h) => ({ clauseId: String(h.clauseId), score: Number(h._rankingScore ?? 0) }));
          phrases.set(phraseKey(f), hits);
          if (keep) this.phrases.set(phraseKey(f), hits);
        });
      }
    }

    const postings: TermPostings[] = terms.map((term) => {
      const cached = termPostings.get(termKey(term))!;
      return { term, documentFrequency: cached.documentFrequency, documents: this.postingDocuments(cached, term.field, catalog) };
    });
    const phrase = new Map<string, number>();
    for (const f of phraseFields) for (const h of phrases.get(phraseKey(f)) ?? []) phrase.set(h.clauseId, Math.max(phrase.get(h.clauseId) ?? 0, h.score));
    const total = this.totalUnder(catalog, filter, p);
    const averages = catalog.averages;
    const firstStage = rank(postings, total, averages)
      .map((d) => ({ ...d, score: d.score + PHRASE_WEIGHT * (phrase.get(d.clauseId) ?? 0) }))
      .sort((x, y) => y.score - x.score || x.clauseId.localeCompare(y.clauseId));
    // second stage: term frequency and proximity on the analyzed fields of the best candidates
    const head = firstStage.slice(0, RERANK_DEPTH);
    const fields = await this.analyzedFields(head.map((d) => d.clauseId));
    const df = new Map(postings.map((p) => [`${p.term.field}\u0001${p.term.term}`, p.documentFrequency]));
    // the share of the query's own words a candidate holds (in the field of the query's language), which is
    // what Meilisearch's phrase score mostly measures
    const ownOf = (field: Field) => new Set(ownTerms.filter((t) => t.field === field).map((t) => t.term));
    const ownFields = (q.lang === 'kk' ? ['kk_stems', 'kk_folded'] : ['ru_stems']) as Field[];
    const coverage = (f: AnalyzedFields) =>
      Math.max(
        0,
        ...ownFields.map((field) => {
          const own = ownOf(field);
          if (own.size < 2) return 0;
          const held = new Set(f[field]);
          let n = 0;
          for (const t of own) if (held.has(t)) n++;
          return n / own.size;
        }),
      );
    const reranked = head
      .map((d) => {
        const f = fields.get(d.clauseId);
        return f ? { ...d, score: rerankScore(terms, df, total, averages, f) + PHRASE_WEIGHT * Math.max(phrase.get(d.clauseId) ?? 0, coverage(f)) } : d;
      })
      .sort((x, y) => y.score - x.score || x.clauseId.localeCompare(y.clauseId));
    return [...reranked, ...firstStage.slice(RERANK_DEPTH)];
  }

  /**
   * Asks Meilisearch, ahead of any query, which points hold each word of the index's vocabulary and each
   * glossary term (no filters): the postings a query would ask for are then remembered, and a first-time query
   * costs one round trip for its phrases instead of one search per word. Runs in the background after start
   * and after every reindex; words not met here (a typo, an everyday word) are still asked for on demand.
   */
  async warmUp(batchSize = 100): Promise<{ terms: number; millis: number }> {
    if (!this.meili) return { terms: 0, millis: 0 };
    const t0 = Date.now();
    const generation = this.generation;
    const rows: Array<{ field: Field; term: string }> = await this.ds.query(`
      SELECT DISTINCT 'kk_stems' AS field, unnest(string_to_array(kk_stems, ' ')) AS term FROM search_document
      UNION SELECT DISTINCT 'kk_folded', unnest(string_to_array(kk_folded, ' ')) FROM search_document
      UNION SELECT DISTINCT 'ru_stems', unnest(string_to_array(ru_stems, ' ')) FROM search_document`);
    const wanted = new Map<string, WeightedTerm>();
    const want = (field: Field, term: string) => {
      if (term) wanted.set(`${field}\u0001${term}\u0001`, { field, term, weight: 1 });
    };
    for (const r of rows) want(r.field, r.term);
    for (const a of this.glossary.analyzed) {
      for (const stems of a.kk) for (const t of stems) want('kk_stems', t);
      for (const stems of a.kkFolded) for (const t of stems) want('kk_folded', t);
      for (const stems of a.ru) for (const t of stems) want('ru_stems', t);
    }
    const missing = [...wanted].filter(([key]) => !this.postings.has(key)).map(([, t]) => t);
    let done = 0;
    for (let i = 0; i < missing.length; i += batchSize) {
      if (generation !== this.generation) break;
      const batch = missing.slice(i, i + batchSize);
      const { results } = await this.meili.multiSearch({ queries: batch.map((t) => this.postingsQuery(t, '')) });
      if (generation !== this.generation) break;
      this.lastAnswerAt = Date.now();
      batch.forEach((t, j) => this.postings.set(`${t.field}\u0001${t.term}\u0001`, this.toPostings(results[j])));
      done += batch.length;
    }
    return { terms: done, millis: Date.now() - t0 };
  }

  private postingsQuery(t: WeightedTerm, filter: string) {
    return {
      indexUid: SEARCH_INDEX,
      q: t.term,
      attributesToSearchOn: [t.field],
      matchingStrategy: 'all' as const,
      ...(filter ? { filter } : {}),
      limit: CANDIDATES_PER_TERM,
      attributesToRetrieve: ['clauseId'],
    };
  }

  private toPostings(r: { estimatedTotalHits?: number; hits: Array<Record<string, unknown>> }): CachedPostings {
    return { documentFrequency: r.estimatedTotalHits ?? r.hits.length, clauseIds: r.hits.map((h) => String(h.clauseId)) };
  }

  private readonly totals = new Map<string, number>();

  /** N for the idf: the points under the act and claim type filters (document frequencies are counted so too). */
  private totalUnder(catalog: DocumentCatalog, filter: string, p: SearchParams): number {
    let n = this.totals.get(filter);
    if (n === undefined) {
      n = 0;
      for (const f of catalog.facts.values()) if (this.passesMeta(f, p)) n++;
      if (this.totals.size > 1000) this.totals.clear();
      this.totals.set(filter, n);
    }
    return n;
  }

  private catalog: Promise<DocumentCatalog> | null = null;

  /** Dates, act, claim types and field lengths of every indexed point; read once per index version. */
  private documentCatalog(): Promise<DocumentCatalog> {
    if (!this.catalog) {
      const loading = this.ds
        .query(`SELECT clause_id, act_id, exists_from, repealed_on, claim_types, len_kk, len_folded, len_ru FROM search_document`)
        .then((rows: Array<{ clause_id: string; act_id: string; exists_from: number; repealed_on: number; claim_types: string[]; len_kk: number; len_folded: number; len_ru: number }>) => {
          const facts = new Map<string, DocumentFacts>();
          const sum = { kk_stems: 0, kk_folded: 0, ru_stems: 0 };
          for (const r of rows) {
            const length = { kk_stems: r.len_kk, kk_folded: r.len_folded, ru_stems: r.len_ru };
            facts.set(r.clause_id, { actId: r.act_id, existsFrom: r.exists_from, repealedOn: r.repealed_on, claimTypes: r.claim_types, length });
            for (const f of FIELDS) sum[f] += length[f];
          }
          const avg = (f: Field) => (rows.length ? sum[f] / rows.length : 0) || 1;
          return { facts, averages: { kk_stems: avg('kk_stems'), kk_folded: avg('kk_folded'), ru_stems: avg('ru_stems') } };
        });
      loading.catch(() => {
        if (this.catalog === loading) this.catalog = null;
      });
      this.catalog = loading;
    }
    return this.catalog;
  }

  /** Rebuilds the index from PostgreSQL (and the fallback table), then forgets what was remembered of the old one. */
  async rebuild(): Promise<{ documents: number }> {
    try {
      return await reindex(this.ds, this.meili);
    } catch (e) {
      if (causedBy(e, MeiliUnavailableError)) {
        this.markDown();
        throw new SearchUnavailableError('the search engine cannot be reached; the PostgreSQL fallback was rebuilt, the index was not');
      }
      throw e;
    } finally {
      this.invalidate();
      this.warmInBackground();
    }
  }

  /** Starts the warm-up without waiting for it; a failure only means queries ask Meilisearch themselves. */
  warmInBackground(log: (msg: string) => void = () => undefined): void {
    this.warmUp().then(
      (r) => log(`search: ${r.terms} terms remembered in ${r.millis} ms`),
      (e: Error) => log(`search: warm-up stopped (${e.message}); terms are asked for on demand`),
    );
  }

  /** Forget everything remembered from the index (after a reindex, or when Meilisearch was found down). */
  invalidate(): void {
    this.generation++;
    this.catalog = null;
    this.postings.clear();
    this.phrases.clear();
    this.totals.clear();
    this.fieldCache.clear();
    this.stemmedTexts.clear();
    this.analyses.clear();
    this.rankings.clear();
    this.hitTexts.clear();
  }

  /** A posting's points with their field lengths, per catalog: a common word's list is read once, not per query. */
  private readonly withLengths = new WeakMap<CachedPostings, { catalog: DocumentCatalog; field: Field; documents: TermPostings['documents'] }>();

  /** Lengths from the catalog; a point the catalog does not know (indexed, then dropped) is left out. */
  private postingDocuments(cached: CachedPostings, field: Field, catalog: DocumentCatalog): TermPostings['documents'] {
    const known = this.withLengths.get(cached);
    if (known?.catalog === catalog && known.field === field) return known.documents;
    const documents: TermPostings['documents'] = [];
    for (const clauseId of cached.clauseIds) {
      const f = catalog.facts.get(clauseId);
      if (f) documents.push({ clauseId, length: f.length[field] });
    }
    this.withLengths.set(cached, { catalog, field, documents });
    return documents;
  }

  private readonly fieldCache = new PostingsCache<StoredDocument>(100_000);

  /** The texts and analyzed fields of documents, remembered until the next reindex. */
  private async analyzedFields(clauseIds: string[]): Promise<Map<string, StoredDocument>> {
    const out = new Map<string, StoredDocument>();
    const missing = clauseIds.filter((id) => {
      const f = this.fieldCache.get(id);
      if (f) out.set(id, f);
      return !f;
    });
    if (missing.length) {
      const rows: Array<{ clause_id: string; kk_stems: string; kk_folded: string; ru_stems: string; kk_text: string; ru_text: string }> = await this.ds.query(
        'SELECT clause_id, kk_stems, kk_folded, ru_stems, kk_text, ru_text FROM search_document WHERE clause_id = ANY($1)',
        [missing],
      );
      const split = (s: string) => (s ? s.split(' ') : []);
      for (const r of rows) {
        const f = { kk_stems: split(r.kk_stems), kk_folded: split(r.kk_folded), ru_stems: split(r.ru_stems), kkText: r.kk_text, ruText: r.ru_text };
        this.fieldCache.set(r.clause_id, f);
        out.set(r.clause_id, f);
      }
    }
    return out;
  }



  private async searchFallback(q: AnalyzedQuery, p: SearchParams): Promise<SearchResult> {
    const { rows, total } = await searchPostgres(this.ds, q, p);
    return { lang: q.lang, hits: rows.map((r) => this.hit(r.clause_id, r.kk_text, r.ru_text, Number(r.rank), q)), totalCount: total, degraded: true };
  }

  private readonly stemmedTexts = new PostingsCache<{ kk: StemmedText; folded: StemmedText; ru: StemmedText }>(20_000);

  /** A hit's texts tokenized and stemmed once per index version (snippets and language choice reuse them). */
  private stemmed(clauseId: string, kkText: string, ruText: string) {
    let t = this.stemmedTexts.get(clauseId);
    if (!t || t.kk.text !== kkText || t.ru.text !== ruText) {
      t = { kk: stemText(kkText, kkStem), folded: stemText(kkText, kkFoldedStem), ru: stemText(ruText, ruStem) };
      this.stemmedTexts.set(clauseId, t);
    }
    return t;
  }

  /** The snippet comes from the language whose text matched more of the query (the query's own on a tie). */
  private hit(clauseId: string, kkText: string, ruText: string, score: number, q: AnalyzedQuery): SearchResultHit {
    const t = this.stemmed(clauseId, kkText, ruText);
    const kkSet = new Set(q.kk);
    const foldedSet = new Set(q.kkFolded);
    const ruSet = new Set(q.ru);
    const kkCount = countMatches(t.kk, kkSet);
    const foldedCount = countMatches(t.folded, foldedSet);
    const ruCount = countMatches(t.ru, ruSet);
    const best = Math.max(kkCount, foldedCount);
    const matchedLang = best > ruCount || (best === ruCount && q.lang === 'kk') || !ruText ? 'kk' : 'ru';
    const snippet = matchedLang === 'kk' ? (kkCount >= foldedCount ? makeSnippet(t.kk, kkSet) : makeSnippet(t.folded, foldedSet)) : makeSnippet(t.ru, ruSet);
    return { clauseId, score, matchedLang, snippet };
  }

}
