/**
 * Bilingual clause search. Meilisearch answers from analyzed fields (Kazakh stems, keyboard-folded Kazakh stems,
 * Russian stems) with the query expanded through the glossary into both languages; when it cannot be reached,
 * PostgreSQL full-text search answers the same analyzed query and the answer says it is degraded.
 * A heartbeat watches Meilisearch, so an outage is noticed without a failed request and recovery needs no
 * restart; a failed request also switches to the fallback at once.
 */
import type { MeiliSearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { analyze, analyzeKeyboardFolded } from './analyzer';
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
import { rank, rerankScore, type AnalyzedFields, type Field, type TermPostings, type WeightedTerm } from './ranking';
import { PostingsCache, type CachedPostings } from './postings-cache';

const RETRY_AFTER_MS = 2000;
const HEARTBEAT_MS = 1000;
/** How old the last sign of life of Meilisearch may be before a request checks it again. */
const LIVENESS_MS = 250;
/** Weight of a term the glossary added, against 1 for the query's own words. */
const EXPANSION_WEIGHT = 0.6;
const CANDIDATES_PER_TERM = 200;
const MAX_TERMS = 60;
/** Weight of Meilisearch's own score for the query words taken together (proximity, word count). */
const PHRASE_WEIGHT = 2;
const PHRASE_CANDIDATES = 50;

interface StoredDocument extends AnalyzedFields {
  kkText: string;
  ruText: string;
}
/** How many first-stage candidates the second stage re-scores. */
const RERANK_DEPTH = 30;

/** Word → stem, remembered: snippets stem every word of every hit, and the vocabulary of the law is small. */
function memo(stem: (w: string) => string): (w: string) => string {
  const cache = new Map<string, string>();
  return (w) => {
    let s = cache.get(w);
    if (s === undefined) {
      if (cache.size > 100_000) cache.clear();
      s = stem(w);
      cache.set(w, s);
    }
    return s;
  };
}
const kkStem = memo((w) => analyze(w, 'kk')[0] ?? '');
const kkFoldedStem = memo((w) => analyzeKeyboardFolded(w)[0] ?? '');
const ruStem = memo((w) => analyze(w, 'ru')[0] ?? '');

function quoteFilter(v: string) {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export class SearchEngine {
  private downSince: number | null = null;
  /** When Meilisearch last answered; remembered answers are served only while this is recent. */
  private lastAnswerAt = 0;
  private readonly postings = new PostingsCache();
  private readonly phrases = new PostingsCache<Array<{ clauseId: string; score: number }>>(10_000);
  private readonly totals = new PostingsCache<number>(1_000);
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
  private readonly results = new PostingsCache<SearchResult>(5_000);

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
        if (Date.now() - this.lastAnswerAt > LIVENESS_MS) {
          await this.meili.health();
          this.lastAnswerAt = Date.now();
        }
        // A page of results depends only on the analyzed query, the filters and the index version.
        const key = JSON.stringify([q.lang, q.terms, q.source, this.filter(p), p.offset, p.limit]);
        const cached = this.results.get(key);
        if (cached) return cached;
        const r = await this.searchMeili(q, p);
        this.downSince = null;
        this.lastAnswerAt = Date.now();
        this.results.set(key, r);
        return r;
      } catch (e) {
        if (e instanceof MeiliResponseError && e.status < 500 && e.code !== 'index_not_found') throw e;
        this.markDown();
      }
    }
    return this.searchFallback(q, p);
  }

  private filter(p: SearchParams): string {
    const asOf = dateNumber(p.asOf);
    const parts = [`existsFrom <= ${asOf}`];
    if (!p.includeRepealed) parts.push(`repealedOn > ${asOf}`);
    if (p.actIds?.length) parts.push(`actId IN [${p.actIds.map(quoteFilter).join(', ')}]`);
    if (p.claimTypes?.length) parts.push(`claimTypes IN [${p.claimTypes.map(quoteFilter).join(', ')}]`);
    return parts.join(' AND ');
  }

  /** The query's terms per field, its own words weighted above what the glossary added. */
  private weightedTerms(q: AnalyzedQuery): WeightedTerm[] {
    const own = new Set(q.lang === 'kk' ? [...analyze(q.source, 'kk'), ...analyzeKeyboardFolded(q.source)] : analyze(q.source, 'ru'));
    const out: WeightedTerm[] = [];
    const add = (field: Field, terms: readonly string[]) => {
      for (const term of new Set(terms)) if (term) out.push({ field, term, weight: own.has(term) ? 1 : EXPANSION_WEIGHT });
    };
    add('kk_stems', q.kk);
    add('kk_folded', q.kkFolded);
    add('ru_stems', q.ru);
    // a long question can expand to more terms than are worth asking for: the query's own words go first
    return [...out.filter((t) => t.weight === 1), ...out.filter((t) => t.weight !== 1)].slice(0, MAX_TERMS);
  }

  private async searchMeili(q: AnalyzedQuery, p: SearchParams): Promise<SearchResult> {
    const terms = this.weightedTerms(q);
    const filter = this.filter(p);
    const ownTerms = terms.filter((t) => t.weight === 1);
    const phraseTerms = (field: Field) => ownTerms.filter((t) => t.field === field).map((t) => t.term);
    const phraseFields = (['kk_stems', 'kk_folded', 'ru_stems'] as const).filter((f) => phraseTerms(f).length > 1);
    const lengthField = { kk_stems: 'len_kk', kk_folded: 'len_folded', ru_stems: 'len_ru' } as const;
    const termKey = (t: WeightedTerm) => `${t.field}\u0001${t.term}\u0001${filter}`;
    const phraseKey = (f: Field) => `${f}\u0001${phraseTerms(f).join(' ')}\u0001${filter}`;

    const missingTerms = terms.filter((t) => !this.postings.get(termKey(t)));
    const missingPhrases = phraseFields.filter((f) => !this.phrases.get(phraseKey(f)));
    const needTotal = this.totals.get(filter) === undefined;
    if (missingTerms.length || missingPhrases.length || needTotal) {
      const { results } = await this.meili!.multiSearch({
        queries: [
          ...missingTerms.map((t) => ({
            indexUid: SEARCH_INDEX,
            q: t.term,
            attributesToSearchOn: [t.field],
            matchingStrategy: 'all' as const,
            filter,
            limit: CANDIDATES_PER_TERM,
            attributesToRetrieve: ['clauseId', lengthField[t.field]],
          })),
          // the query's own words together: Meilisearch's proximity and word-count ranking rewards clauses
          // that hold them as a phrase
          ...missingPhrases.map((field) => ({
            indexUid: SEARCH_INDEX,
            q: phraseTerms(field).join(' '),
            attributesToSearchOn: [field],
            matchingStrategy: 'last' as const,
            filter,
            limit: PHRASE_CANDIDATES,
            showRankingScore: true,
            attributesToRetrieve: ['clauseId'],
          })),
          // the whole collection under the filters: N for the idf
          ...(needTotal ? [{ indexUid: SEARCH_INDEX, q: '', filter, limit: 0 }] : []),
        ],
      });
      missingTerms.forEach((t, i) =>
        this.postings.set(termKey(t), {
          documentFrequency: results[i].estimatedTotalHits ?? results[i].hits.length,
          documents: results[i].hits.map((h) => ({ clauseId: String(h.clauseId), length: Number(h[lengthField[t.field]] ?? 0) })),
        }),
      );
      missingPhrases.forEach((f, i) =>
        this.phrases.set(
          phraseKey(f),
          results[missingTerms.length + i].hits.map((h) => ({ clauseId: String(h.clauseId), score: Number(h._rankingScore ?? 0) })),
        ),
      );
      if (needTotal) this.totals.set(filter, results[results.length - 1].estimatedTotalHits ?? 0);
    }

    const postings: TermPostings[] = terms.map((term) => ({ term, ...(this.postings.get(termKey(term)) as CachedPostings) }));
    const phrase = new Map<string, number>();
    for (const f of phraseFields) for (const h of this.phrases.get(phraseKey(f)) ?? []) phrase.set(h.clauseId, Math.max(phrase.get(h.clauseId) ?? 0, h.score));
    const total = this.totals.get(filter) ?? 0;
    const averages = await this.averageLengths();
    const firstStage = rank(postings, total, averages)
      .map((d) => ({ ...d, score: d.score + PHRASE_WEIGHT * (phrase.get(d.clauseId) ?? 0) }))
      .sort((x, y) => y.score - x.score || x.clauseId.localeCompare(y.clauseId));
    // second stage: term frequency and proximity on the analyzed fields of the best candidates
    const head = firstStage.slice(0, RERANK_DEPTH);
    const fields = await this.analyzedFields(head.map((d) => d.clauseId));
    const df = new Map(postings.map((p) => [`${p.term.field}\u0001${p.term.term}`, p.documentFrequency]));
    const reranked = head
      .map((d) => {
        const f = fields.get(d.clauseId);
        return f ? { ...d, score: rerankScore(terms, df, total, averages, f) + PHRASE_WEIGHT * (phrase.get(d.clauseId) ?? 0) } : d;
      })
      .sort((x, y) => y.score - x.score || x.clauseId.localeCompare(y.clauseId));
    const ranked = [...reranked, ...firstStage.slice(RERANK_DEPTH)];
    const pageOf = ranked.slice(p.offset, p.offset + p.limit);
    const docs = await this.analyzedFields(pageOf.map((r) => r.clauseId));
    const hits = pageOf.map((r) => this.hit(r.clauseId, docs.get(r.clauseId)?.kkText ?? '', docs.get(r.clauseId)?.ruText ?? '', r.score, q));
    return { lang: q.lang, hits, totalCount: ranked.length, degraded: false };
  }

  private lengths: Promise<Record<Field, number>> | null = null;

  /** Average field lengths of the indexed documents (for BM25); read once per index version. */
  private averageLengths(): Promise<Record<Field, number>> {
    this.lengths ??= this.ds
      .query(`SELECT avg(len_kk)::float AS kk, avg(len_folded)::float AS folded, avg(len_ru)::float AS ru FROM search_document`)
      .then((rows: Array<{ kk: number; folded: number; ru: number }>) => ({ kk_stems: rows[0]?.kk || 1, kk_folded: rows[0]?.folded || 1, ru_stems: rows[0]?.ru || 1 }));
    return this.lengths;
  }

  /** Rebuilds the index from PostgreSQL (and the fallback table), then forgets what was remembered of the old one. */
  async rebuild(): Promise<{ documents: number }> {
    try {
      return await reindex(this.ds, this.meili);
    } catch (e) {
      if (e instanceof MeiliUnavailableError) {
        this.markDown();
        throw new SearchUnavailableError('the search engine cannot be reached; the PostgreSQL fallback was rebuilt, the index was not');
      }
      throw e;
    } finally {
      this.invalidate();
    }
  }

  /** Forget everything remembered from the index (after a reindex, or when Meilisearch was found down). */
  invalidate(): void {
    this.lengths = null;
    this.postings.clear();
    this.phrases.clear();
    this.totals.clear();
    this.fieldCache.clear();
    this.stemmedTexts.clear();
    this.analyses.clear();
    this.results.clear();
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
