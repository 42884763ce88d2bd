/**
 * A search as one Meilisearch multi-search: a few queries over the analyzed fields, each with a weight, sharing one
 * filter, their hits merged by weighted ranking score (mergeHits), and counts that give the number of points the
 * question matches. Pure.
 *
 * - the question's own stems, in the field of its language and in what is said about a point (its citation,
 *   amendment notes, amending acts), the text first; at most ten words (Meilisearch reads only the first ten of
 *   a query); matched with the `frequency` strategy: words no point holds are dropped, then the most frequent ones,
 *   so the rarest words the question shares with a point decide;
 * - the glossary concepts the question names, as the concept tokens the index holds for every point naming them
 *   in either language and in any of their terms: this carries a Russian question to the Kazakh text and the other
 *   way round, and everyday words to the words of the law; together, and each alone;
 * - what the question cites (a point of an act, an article of a code, an amending act, a point number), as filtered
 *   queries that put those points among the candidates.
 *
 * The hits are merged here and not by a federated search because Meilisearch 1.21 spends about 5 ms of CPU on every
 * federated request however small (docs/search.md): three to five times what these queries cost.
 */
import type { AnalyzedQuery } from './query-analysis';
import type { SearchParams } from './search-types';
import { SEARCH_INDEX } from './search-types';
import { dateNumber } from './search-document';
import { conceptToken } from './glossary';

/** Meilisearch reads only the first ten words of a query. */
export const MAX_QUERY_WORDS = 10;

/** Weights of the planned queries' ranking scores against each other. */
export interface PlanWeights {
  own: number;
  concept: number;
  /** Each concept alone (a filter-only query: its hits' ranking score is 1). */
  conceptEach: number;
  cited: number;
  reference: number;
  amendingAct: number;
  number: number;
}

/** How searches are planned; the defaults were chosen by measurement (docs/search.md, bench/search-settings.ts). */
export interface PlanTuning {
  indexUid: string;
  weights: PlanWeights;
  /** How Meilisearch drops words of the question's own queries when no point holds them all. */
  ownStrategy: 'frequency' | 'last' | 'all';
  /** The same for the question's glossary concepts. */
  conceptStrategy: 'frequency' | 'last' | 'all';
  /**
   * How much the other queries that found a point add to its best weighted score when the hits are merged (0: the
   * best alone, as Meilisearch's federated search merges).
   */
  mergeOthers: number;
  /** How many hits each query of a page inside the re-ranked head asks for (the head is cut from their merge). */
  hitsPerQuery: number;
}

export const DEFAULT_PLAN: PlanTuning = {
  indexUid: SEARCH_INDEX,
  weights: { own: 1, concept: 0.7, conceptEach: 0.12, cited: 3, reference: 1.2, amendingAct: 1.2, number: 1.1 },
  ownStrategy: 'frequency',
  conceptStrategy: 'last',
  mergeOthers: 1,
  hitsPerQuery: 20,
};

/** What the question cites, resolved to filter values (src/search/query-citations.ts). */
export interface SearchHints {
  /** Points the question cites ("п. 12 НП ВС № 9"). */
  clauseIds: string[];
  /** Outside norms it cites, as reference keys ("civil-code:940"). */
  references: string[];
  /** Amending acts it names ("постановление № 1154"). */
  amendingActs: string[];
  /** Point numbers it names without an act that resolves ("пункт 12", "21-1-тармағы"). */
  numbers: string[];
  /** Acts those numbers may belong to (the acts whose number the question gives); empty: any act. */
  numberActs: string[];
}

export const NO_HINTS: SearchHints = { clauseIds: [], references: [], amendingActs: [], numbers: [], numberActs: [] };

export const hasHints = (h: SearchHints) => h.clauseIds.length + h.references.length + h.amendingActs.length + h.numbers.length > 0;

/** The attributes the re-rank reads, and the build of the document (build-reads.ts). */
export const RERANK_ATTRIBUTES = [
  'clauseId',
  'build',
  'number',
  'kk_folded',
  'ru_stems',
  'about_kk_folded',
  'about_ru_stems',
  'references',
  'amendedBy',
];

export function quoteFilter(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const list = (values: readonly string[]) => `[${values.map(quoteFilter).join(', ')}]`;

/**
 * The filter of a search: act, claim type, the date the law is searched at, and the amendment filters. A point is
 * found for the dates on which it existed (from ≤ date < to); repealed points only when asked, and then from the
 * day they began to exist. `amendmentKeys` are the "<act>@<yyyymmdd>" values of the amending act's changes within
 * the date range, when both an act and a range are asked (one change must satisfy both).
 */
export function searchFilter(p: SearchParams, amendmentKeys: readonly string[] | null = null): string {
  const parts: string[] = [];
  if (p.actIds?.length) parts.push(`actId IN ${list(p.actIds)}`);
  if (p.claimTypes?.length) parts.push(`claimTypes IN ${list(p.claimTypes)}`);
  const asOf = dateNumber(p.asOf);
  parts.push(`existsFrom <= ${asOf}`);
  if (!p.includeRepealed) parts.push(`existsTo > ${asOf}`);
  const from = p.amendedFrom ? dateNumber(p.amendedFrom) : null;
  const to = p.amendedTo ? dateNumber(p.amendedTo) : null;
  if (p.amendedBy && (from !== null || to !== null)) parts.push(`amendments IN ${list(amendmentKeys ?? [])}`);
  else if (p.amendedBy) parts.push(`amendedBy = ${quoteFilter(p.amendedBy)}`);
  else if (from !== null && to !== null) parts.push(`amendedOn ${from} TO ${to}`);
  else if (from !== null) parts.push(`amendedOn >= ${from}`);
  else if (to !== null) parts.push(`amendedOn <= ${to}`);
  return parts.join(' AND ');
}

export interface PlannedQuery {
  indexUid: string;
  q: string;
  attributesToSearchOn?: string[];
  matchingStrategy?: 'all' | 'last' | 'frequency';
  filter: string;
  /** How much a hit of this query counts against the others' (Meilisearch's ranking score times this). */
  weight: number;
}

/**
 * The queries of a search, and what counts as a match of the whole question: the points the own-words query
 * finds, and those of `matchSet`, a filter condition (the question's concepts and what it cites).
 */
export interface SearchPlan {
  /** The filter every query shares (the citation queries add their condition to it). */
  filter: string;
  queries: PlannedQuery[];
  /** Index in `queries` of the own-words query, if the question has words. */
  own: number | null;
  matchSet: string | null;
}

/** The Meilisearch multi-search of a plan: each query's best `limit` hits (with `retrieve`), then the counts. */
export interface MultiSearchBody {
  queries: Array<Omit<PlannedQuery, 'weight'> & { limit: number; showRankingScore?: boolean; attributesToRetrieve: string[] }>;
}

/**
 * The question's words Meilisearch is asked for: all of them up to ten (it reads only the first ten of a query); of
 * a longer question, the ten the corpus holds that are rarest (a word no point holds finds nothing; the re-rank
 * still weighs every word).
 */
export function queryWords(own: readonly string[], documentFrequency: ((term: string) => number) | null): string[] {
  if (own.length <= MAX_QUERY_WORDS || !documentFrequency) return own.slice(0, MAX_QUERY_WORDS);
  const known = own.map((w, i) => ({ w, i, df: documentFrequency(w) })).filter((x) => x.df > 0);
  const rarest = known.sort((a, b) => a.df - b.df || a.i - b.i).slice(0, MAX_QUERY_WORDS);
  return rarest.sort((a, b) => a.i - b.i).map((x) => x.w);
}

/**
 * The words of a question whose own words found nothing, for a second query with the `last` strategy: the words the
 * corpus holds, rarest first, at most ten. The `frequency` strategy drops the most frequent words and keeps the
 * rarest, all of them on a tie: a word no point holds is the last one kept ("поезд травмировал человека"), and two
 * words one point each holds that no point holds together are never dropped ("машинист человека"). `last` drops
 * words from the end down to the first, which a point holds.
 */
export function retryWords(own: readonly string[], documentFrequency: (term: string) => number): string[] {
  return own
    .map((w, i) => ({ w, i, df: documentFrequency(w) }))
    .filter((x) => x.df > 0)
    .sort((a, b) => a.df - b.df || a.i - b.i)
    .slice(0, MAX_QUERY_WORDS)
    .map((x) => x.w);
}

/** The queries of a search over the filtered points. Null when the question has nothing to search with. */
export function planSearch(
  q: AnalyzedQuery,
  words: readonly string[],
  filter: string,
  hints: SearchHints,
  tuning: PlanTuning = DEFAULT_PLAN,
): SearchPlan | null {
  const w = tuning.weights;
  const text = (value: string, fields: string[], weight: number, matchingStrategy: PlannedQuery['matchingStrategy']): PlannedQuery => ({
    indexUid: tuning.indexUid,
    q: value,
    attributesToSearchOn: fields,
    matchingStrategy,
    filter,
    weight,
  });
  const placeholder = (condition: string, weight: number): PlannedQuery => ({
    indexUid: tuning.indexUid,
    q: '',
    filter: `${filter} AND ${condition}`,
    weight,
  });

  const queries: PlannedQuery[] = [];
  let own: number | null = null;
  if (words.length) {
    // what is said about a point (its citation, notes, amending acts) is searched with its text: the attribute
    // ranking rule puts the text first
    own = queries.push(text(words.join(' '), [q.ownField, 'about_kk_folded', 'about_ru_stems'], w.own, tuning.ownStrategy)) - 1;
  }
  // Meilisearch drops words of a query only down to its rarest ones (all of them on a tie, and none below them), so
  // a point that lacks the question's rarest concept would not be found by them all: each is also asked for alone,
  // and the re-rank adds up what each candidate holds. Alone, a concept token is a filter, not a ranked word: every
  // point holding it ranks alike (a one-word match in the concept list), and a ranked query cost the engine as
  // much as the question's own words at 1000× the corpus where the filter costs nothing (docs/performance.md)
  const concepts = q.concepts.map(conceptToken).slice(0, MAX_QUERY_WORDS);
  if (concepts.length) queries.push(text(concepts.join(' '), ['concepts'], w.concept, tuning.conceptStrategy));
  if (w.conceptEach > 0 && concepts.length > 1)
    for (const token of concepts) queries.push(placeholder(`concepts = ${quoteFilter(token)}`, w.conceptEach));
  const cited: string[] = [];
  const cite = (condition: string, weight: number) => {
    cited.push(condition);
    queries.push(placeholder(condition, weight));
  };
  if (hints.clauseIds.length) cite(`clauseId IN ${list(hints.clauseIds)}`, w.cited);
  if (hints.references.length) cite(`references IN ${list(hints.references)}`, w.reference);
  if (hints.amendingActs.length) cite(`amendedBy IN ${list(hints.amendingActs)}`, w.amendingAct);
  if (hints.numbers.length)
    cite(`(number IN ${list(hints.numbers)}${hints.numberActs.length ? ` AND actId IN ${list(hints.numberActs)}` : ''})`, w.number);
  if (queries.length === 0) return null;
  const matchSet = [...(concepts.length ? [`concepts IN ${list(concepts)}`] : []), ...cited];
  return { filter, queries, own, matchSet: matchSet.length ? `(${matchSet.join(' OR ')})` : null };
}

/**
 * The request for a plan: each query's best `limit` hits with their ranking score; then, when `count` is asked,
 * the counts that give the number of points the question matches: |own ∪ S| = |own| + |S| − |own ∩ S|, where S
 * is the concept-and-citation match set (limit 0: only counted).
 */
export function multiSearchBody(plan: SearchPlan, limit: number, retrieve: readonly string[], count: boolean): MultiSearchBody {
  const queries: MultiSearchBody['queries'] = plan.queries.map(({ weight: _weight, ...query }) => ({
    ...query,
    limit,
    showRankingScore: true,
    attributesToRetrieve: [...retrieve],
  }));
  if (count && plan.matchSet) {
    const none = { limit: 0, attributesToRetrieve: [] as string[] };
    const base = plan.queries[0];
    queries.push({ indexUid: base.indexUid, q: '', filter: `${plan.filter} AND ${plan.matchSet}`, ...none });
    if (plan.own !== null) {
      const { weight: _weight, ...own } = plan.queries[plan.own];
      queries.push({ ...own, filter: `${own.filter} AND ${plan.matchSet}`, ...none });
    }
  }
  return { queries };
}

export interface EngineHit {
  clauseId: string;
  _rankingScore?: number;
  [attribute: string]: unknown;
}

export interface EngineResult {
  hits: EngineHit[];
  estimatedTotalHits?: number;
}

/**
 * The queries' hits merged: a point counts with the best of its weighted ranking scores, as Meilisearch's federated
 * search merges them, plus `others` times the rest of them, so a point that several of the question's concepts
 * find comes before one that a single concept finds (each concept alone is a filter: its hits tie); ties keep the
 * order of the queries, then of the hits.
 */
export function mergeHits(
  plan: SearchPlan,
  results: readonly EngineResult[],
  others = DEFAULT_PLAN.mergeOthers,
): Array<{ hit: EngineHit; score: number }> {
  const best = new Map<string, { hit: EngineHit; score: number; sum: number; order: number }>();
  let order = 0;
  plan.queries.forEach((query, i) => {
    for (const hit of results[i]?.hits ?? []) {
      const score = query.weight * (hit._rankingScore ?? 0);
      const known = best.get(hit.clauseId);
      if (!known) best.set(hit.clauseId, { hit, score, sum: score, order });
      else
        best.set(hit.clauseId, {
          hit: score > known.score ? hit : known.hit,
          score: Math.max(score, known.score),
          sum: known.sum + score,
          order: known.order,
        });
      order++;
    }
  });
  return [...best.values()]
    .map((x) => ({ ...x, score: x.score + others * (x.sum - x.score) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ hit, score }) => ({ hit, score }));
}

/** The number of points the question matches, from the counts of multiSearchBody(…, count = true). */
export function totalOf(plan: SearchPlan, results: readonly EngineResult[]): number {
  const n = plan.queries.length;
  const own = plan.own === null ? 0 : (results[plan.own]?.estimatedTotalHits ?? 0);
  if (!plan.matchSet) return own;
  const set = results[n]?.estimatedTotalHits ?? 0;
  const both = plan.own === null ? 0 : (results[n + 1]?.estimatedTotalHits ?? 0);
  return own + set - both;
}
