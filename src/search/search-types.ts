/** The search use-case's own input and output, independent of GraphQL. */
export interface SearchParams {
  query: string;
  lang?: 'kk' | 'ru' | null;
  actIds?: string[] | null;
  claimTypes?: string[] | null;
  asOf: string;
  includeRepealed: boolean;
  /** Points changed by this amending act (or a change to a part of them, or to what contains them). */
  amendedBy?: string | null;
  /** Points changed by an amendment effective on or after / on or before these ISO dates. */
  amendedFrom?: string | null;
  amendedTo?: string | null;
  offset: number;
  limit: number;
  /**
   * Whether `totalCount` must be exact (the engine's counting queries); when false (not asked), it is only at least
   * the hits up to this page. Exact unless false.
   */
  count?: boolean;
}

export interface SearchResultHit {
  clauseId: string;
  score: number;
  matchedLang: 'kk' | 'ru';
  snippet: string;
}

export interface SearchResult {
  /** The language the query was read in (detected unless given). */
  lang: 'kk' | 'ru';
  hits: SearchResultHit[];
  /** Exact unless the search was asked with `count: false`. */
  totalCount: number;
  degraded: boolean;
}

export const SEARCH_INDEX = 'clauses';
/**
 * The key of `corpus_state` that names the index build PostgreSQL's search tables (search_document, search_term)
 * belong to; every document of that build carries the same id in Meilisearch (build-reads.ts).
 */
export const SEARCH_BUILD_KEY = 'search-build';
