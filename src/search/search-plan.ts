/**
 * A search as one federated Meilisearch multi-search: several queries over the analyzed fields, each with a weight,
 * sharing one filter, merged and paged by the engine (which also counts the hits). Pure.
 *
 * - the query's own stems in the field of its language (at most ten words a query: Meilisearch reads only the
 *   first ten, so a longer question is split), matched with the `frequency` strategy: words no point holds are
 *   dropped, then the most frequent ones, so the rarest words the question shares with a point decide;
 * - the glossary concepts the question names, as the concept tokens the index holds for every point naming them
 *   in either language and in any of their terms: this carries a Russian question to the Kazakh text and the
 *   other way round, and everyday words to the words of the law;
 * - the same stems in what is said about a point (its citation, amendment notes, amending acts), with a lower
 *   weight than the text;
 * - what the question cites (a point of an act, an article of a code, an amending act, a point number), as
 *   filtered queries that put those points among the candidates.
 */
import type { AnalyzedQuery, TextField } from './query-analysis';
import type { SearchParams } from './search-types';
import { SEARCH_INDEX } from './search-types';
import { dateNumber } from './search-document';
import { conceptToken } from './glossary';

/** Meilisearch reads only the first ten words of a query. */
export const MAX_QUERY_WORDS = 10;

/** Federation weights of the planned queries. */
export interface PlanWeights {
  own: number;
  /** Each own word alone: points that hold any of the question's words are candidates, whatever the others. */
  ownWord: number;
  otherLanguage: number;
  about: number;
  concept: number;
  /** Each concept alone. */
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
}

export const DEFAULT_PLAN: PlanTuning = {
  indexUid: SEARCH_INDEX,
  weights: { own: 1, ownWord: 0.6, otherLanguage: 0, about: 0.5, concept: 0.7, conceptEach: 0.5, cited: 3, reference: 1.2, amendingAct: 1.2, number: 1.1 },
  ownStrategy: 'frequency',
  conceptStrategy: 'last',
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

/** The attributes the re-rank reads. */
export const RERANK_ATTRIBUTES = ['clauseId', 'number', 'kk_folded', 'ru_stems', 'about_kk_folded', 'about_ru_stems', 'references', 'amendedBy'];

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
  attributesToRetrieve: string[];
  federationOptions: { weight: number };
}

export interface SearchRequest {
  federation: { offset: number; limit: number };
  queries: PlannedQuery[];
}

function chunks(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += MAX_QUERY_WORDS) out.push(words.slice(i, i + MAX_QUERY_WORDS).join(' '));
  return out;
}

const OTHER_FIELD: Record<TextField, TextField> = { kk_folded: 'ru_stems', ru_stems: 'kk_folded' };

/**
 * The federated request for one window of the ranking. `retrieve` names the attributes each hit brings back (the
 * re-rank's, or only the id for pages past it). Null when the question has nothing to search with.
 */
export function planSearch(
  q: AnalyzedQuery,
  filter: string,
  hints: SearchHints,
  window: { offset: number; limit: number },
  retrieve: readonly string[],
  tuning: PlanTuning = DEFAULT_PLAN,
): SearchRequest | null {
  const w = tuning.weights;
  const base = (weight: number) => ({ indexUid: tuning.indexUid, filter, attributesToRetrieve: [...retrieve], federationOptions: { weight } });
  const text = (words: string, fields: string[], weight: number, matchingStrategy: PlannedQuery['matchingStrategy']): PlannedQuery => ({
    ...base(weight),
    q: words,
    attributesToSearchOn: fields,
    matchingStrategy,
  });
  const placeholder = (condition: string, weight: number): PlannedQuery => ({ ...base(weight), q: '', filter: `${filter} AND ${condition}` });

  const queries: PlannedQuery[] = [];
  for (const words of chunks(q.own)) {
    queries.push(text(words, [q.ownField], w.own, tuning.ownStrategy));
    if (w.otherLanguage > 0) queries.push(text(words, [OTHER_FIELD[q.ownField]], w.otherLanguage, tuning.ownStrategy));
    queries.push(text(words, ['about_kk_folded', 'about_ru_stems'], w.about, tuning.ownStrategy));
  }
  // Meilisearch drops words of a query only down to its rarest ones (all of them on a tie, and none of the others
  // below them), so a point that lacks those is not found by the whole question: each word and concept is also
  // asked for alone, and the re-rank adds up what each candidate holds
  if (w.ownWord > 0 && q.own.length > 1) for (const word of q.own) queries.push(text(word, [q.ownField], w.ownWord, 'all'));
  const concepts = q.concepts.map(conceptToken);
  for (const tokens of chunks(concepts)) queries.push(text(tokens, ['concepts'], w.concept, tuning.conceptStrategy));
  if (w.conceptEach > 0 && concepts.length > 1) for (const token of concepts) queries.push(text(token, ['concepts'], w.conceptEach, 'all'));
  if (hints.clauseIds.length) queries.push(placeholder(`clauseId IN ${list(hints.clauseIds)}`, w.cited));
  if (hints.references.length) queries.push(placeholder(`references IN ${list(hints.references)}`, w.reference));
  if (hints.amendingActs.length) queries.push(placeholder(`amendedBy IN ${list(hints.amendingActs)}`, w.amendingAct));
  if (hints.numbers.length) {
    const acts = hints.numberActs.length ? ` AND actId IN ${list(hints.numberActs)}` : '';
    queries.push(placeholder(`number IN ${list(hints.numbers)}${acts}`, w.number));
  }
  if (queries.length === 0) return null;
  return { federation: { offset: window.offset, limit: window.limit }, queries };
}
