/**
 * Bilingual clause search. Meilisearch ranks, filters and counts: each question is one multi-search over the
 * analyzed fields (search-plan.ts) that returns identifiers (with their index build) and ranking scores only, its
 * queries' hits merged by weighted ranking score; the best few dozen candidates are re-scored here (rerank.ts) with
 * their analyzed fields and the corpus statistics of the question's terms, read from PostgreSQL in one round trip (or
 * remembered from an earlier read of the same index build: build-reads.ts), then the page's texts for the snippets.
 * Nothing proportional to the corpus is held in this process (what is remembered is bounded, and keyed by the
 * build), so any number of servers against one PostgreSQL and one Meilisearch answer alike.
 *
 * When Meilisearch cannot be reached, PostgreSQL full-text search answers the same analyzed question with the same
 * filters and the answer says it is degraded. A heartbeat watches Meilisearch, so an outage is noticed without a
 * failed request and recovery needs no restart; a failed request also switches to the fallback at once.
 */
import type { MeiliSearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { analyze, analyzeKeyboardFolded } from './analyzer';
import { remembered } from './bounded-memo';
import { BuildReads, buildOfHits } from './build-reads';
import type { Glossary } from './glossary';
import { reindex } from './indexer';
import { MeiliResponseError, MeiliUnavailableError, transportError } from './meili-client';
import { searchPostgres } from './pg-fallback';
import { analyzeQuery, type AnalyzedQuery } from './query-analysis';
import { actNumbersIn, amendmentYearsIn, queryHints, type HintCatalog } from './query-citations';
import { DEFAULT_RERANK, rerank, statisticsTerms, type Candidate, type RerankTuning } from './rerank';
import {
  readTermStatistics,
  termStatisticsOf,
  termStatisticsParameters,
  termStatisticsSql,
  type StatisticsField,
  SUMMARY_PAIRS,
  type TermStatistics,
  type TermStatisticsRow,
} from './term-statistics';
import { amendmentKey, dateNumber, paragraphsOf } from './search-document';
import {
  DEFAULT_PLAN,
  MAX_QUERY_WORDS,
  mergeHits,
  multiSearchBody,
  NO_HINTS,
  planSearch,
  queryWords,
  retryWords,
  searchFilter,
  totalOf,
  type EngineResult,
  type MultiSearchBody,
  type PlanTuning,
  type SearchHints,
  type SearchPlan,
} from './search-plan';
import { SEARCH_BUILD_KEY, type SearchParams, type SearchResult, type SearchResultHit } from './search-types';
import { countMatches, makeSnippet, stemText, type StemmedText } from './snippet';
import { CLAUSE_OUTLINE_COLUMNS } from '../citations/clause-outline';
import { derivedFromKinds } from '../domain/act-kinds';
import { preparedQuery } from '../data-source';

/** The kinds of act their name alone identifies (codes), each with how a text names it. */
const NAMED_KINDS = derivedFromKinds((kinds) =>
  kinds.flatMap((k) =>
    k.identity.by === 'NAME'
      ? [
          {
            code: k.code,
            actId: k.identity.outsideTarget,
            named: new RegExp(`${k.identity.nameWords.source}|(?<!\\p{L})(?:${k.identity.abbreviations.join('|')})(?!\\p{L})`, 'iu'),
          },
        ]
      : [],
  ),
);
/** The codes the acts interpret, by the id their references use (an act its name identifies has that id). */
const INTERPRETED_LAW = derivedFromKinds(() => new Set(NAMED_KINDS().map((k) => k.actId)));
/** The named kinds a question names: cited without a number ("ст. 940 ГК"), so looked up by kind. */
const namedKindsIn = (text: string) => NAMED_KINDS().flatMap((k) => (k.named.test(text) ? [k.code] : []));

/** The index cannot be rebuilt because Meilisearch is unreachable. */
export class SearchUnavailableError extends Error {
  readonly name = 'SearchUnavailableError';
}

const RETRY_AFTER_MS = 2000;
/** The heartbeat keeps the health report current without a request having to fail first. */
const HEARTBEAT_MS = 200;
/** Acts (and amending acts) looked up for the numbers a question gives, at most. */
const HINT_ACTS = 20;
/** As deep as Meilisearch pages (its pagination.maxTotalHits). */
const MAX_HITS = 10_000;

// snippets stem every word of every hit
const kkFoldedStem = remembered((w) => analyzeKeyboardFolded(w)[0] ?? '');
const ruStem = remembered((w) => analyze(w, 'ru')[0] ?? '');

const words = (s: string | undefined) => (s ? s.split(' ') : []);

/** A point's texts and analyzed fields, as PostgreSQL's copy of its search document holds them. */
interface TextRow {
  clause_id: string;
  kk_text: string;
  ru_text: string;
  kk_folded: string;
  ru_stems: string;
}

/** A point of the merged head as PostgreSQL's copy of its search document holds it (the same analyzed fields). */
interface HeadRow extends TextRow {
  number: string | null;
  about_kk_folded: string;
  about_ru_stems: string;
  cites: string[] | null;
  amended_by: string[] | null;
  refers_to: string[];
  kk_passages: number[];
  ru_passages: number[];
}

/**
 * The texts a hit's snippet is cut from, with the analyzed fields its matches are counted on (absent: both texts are
 * stemmed to count them) and the texts as stemmed for the snippet, once (a point the build's reads hold keeps them).
 */
interface SnippetSource {
  kk_text: string;
  ru_text: string;
  kk?: readonly string[];
  ru?: readonly string[];
  kkStemmed?: StemmedText;
  ruStemmed?: StemmedText;
}

/** A re-ranked point: what the re-rank scores (split once) and what its snippet is cut from. */
interface HeadPoint extends SnippetSource {
  candidate: Omit<Candidate, 'engineScore'>;
}

function headPointOf(row: HeadRow): HeadPoint {
  const text = { kk_folded: words(row.kk_folded), ru_stems: words(row.ru_stems) };
  return {
    candidate: {
      clauseId: row.clause_id,
      number: row.number,
      text,
      passages: { kk_folded: paragraphsOf(text.kk_folded, row.kk_passages), ru_stems: paragraphsOf(text.ru_stems, row.ru_passages) },
      about: { kk_folded: words(row.about_kk_folded), ru_stems: words(row.about_ru_stems) },
      references: row.cites ?? [],
      amendedBy: row.amended_by ?? [],
      refersTo: row.refers_to,
    },
    kk_text: row.kk_text,
    ru_text: row.ru_text,
    kk: text.kk_folded,
    ru: text.ru_stems,
  };
}

/**
 * How many of each query's best hits a page needs (the merged ranking is read from its start; the head is cut from
 * each query's first `perQuery`, which every page needs to know where the head ends), and whether the page may
 * start inside the re-ranked head (`maxHead`: the most points a head holds; with depth 0 nothing is re-ranked).
 */
export function windowFor(offset: number, limit: number, maxHead: number, perQuery: number): { limit: number; reranked: boolean } {
  return { limit: Math.min(MAX_HITS, Math.max(maxHead > 0 ? perQuery : 0, offset + limit)), reranked: offset < maxHead };
}

/**
 * The points re-scored: the engine's `depth` best points of the acts and, when `lawDepth` is set, the `lawDepth`
 * best units of the law they interpret beside them (engine order), so the Code's many units never crowd the acts'
 * points out of the head; with `lawDepth` 0 the engine's `depth` best whatever their act.
 */
export function headOf<T extends { clauseId: string }>(
  order: readonly T[],
  depth: number,
  lawDepth: number,
  law: ReadonlySet<string>,
): T[] {
  if (lawDepth <= 0) return order.slice(0, depth);
  let acts = 0;
  let units = 0;
  return order.filter((h) => {
    const isLaw = law.has(h.clauseId.slice(0, h.clauseId.indexOf('/')));
    return isLaw ? units++ < lawDepth : acts++ < depth;
  });
}

const pairKey = (t: { field: string; term: string }) => `${t.field}\u0000${t.term}`;

/** What the engine's hits bring: the point, and the build its document belongs to (build-reads.ts). */
const HIT_ATTRIBUTES = ['clauseId', 'build'];

/** The row of HEAD_ROWS_SQL that holds, in its `term`, the build PostgreSQL's search tables belong to. */
const BUILD_FIELD = '#build';

/**
 * The head's points as PostgreSQL's copy of their search documents holds them (the re-rank's analyzed fields, and the
 * texts the first page's snippets are cut from), the corpus statistics of the question's terms and the build these
 * belong to, in one statement (prepared: preparedQuery).
 */
const HEAD_ROWS_SQL = `SELECT clause_id, number, kk_text, ru_text, kk_folded, ru_stems, about_kk_folded, about_ru_stems, cites, amended_by, refers_to, kk_passages, ru_passages,
            NULL::text AS field, NULL::text AS term, NULL::float8 AS frequency
       FROM search_document WHERE clause_id = ANY($1)
     UNION ALL
     SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, s.field, s.term, s.frequency FROM (${termStatisticsSql('$2', '$3')}) s
     UNION ALL
     SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '${BUILD_FIELD}', hash, NULL FROM corpus_state WHERE key = '${SEARCH_BUILD_KEY}'`;
const TEXTS_SQL = `SELECT clause_id, kk_text, ru_text, kk_folded, ru_stems FROM search_document WHERE clause_id = ANY($1)`;

/** The question's stems a snippet marks, per language, made once per search rather than once per hit. */
interface QueryStems {
  lang: 'kk' | 'ru';
  kk: ReadonlySet<string>;
  ru: ReadonlySet<string>;
}

const queryStems = (q: AnalyzedQuery): QueryStems => ({ lang: q.lang, kk: new Set(q.kkFolded), ru: new Set(q.ru) });

export interface SearchTuning {
  plan: PlanTuning;
  rerank: RerankTuning;
}

export const DEFAULT_TUNING: SearchTuning = { plan: DEFAULT_PLAN, rerank: DEFAULT_RERANK };

export class SearchEngine {
  private downSince: number | null = null;
  /** What this server read of PostgreSQL for the index builds it searched (bounded; keyed by build). */
  private readonly buildReads = new BuildReads<HeadPoint>();
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly meili: MeiliSearch | null,
    private readonly glossary: Glossary,
    private readonly tuning: SearchTuning = DEFAULT_TUNING,
  ) {}

  /** Starts watching Meilisearch; the timer does not keep the process alive. */
  watch(): this {
    if (!this.meili || this.heartbeat) return this;
    this.heartbeat = setInterval(() => {
      this.meili!.health().then(
        () => (this.downSince = null),
        () => this.markDown(),
      );
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
  }

  /** Whether the last attempt to reach Meilisearch failed (health reporting). */
  get meiliDown(): boolean {
    return this.downSince !== null;
  }

  analyze(query: string, lang?: 'kk' | 'ru' | null): AnalyzedQuery {
    return analyzeQuery(query, this.glossary, lang);
  }

  async search(p: SearchParams): Promise<SearchResult> {
    const q = this.analyze(p.query, p.lang);
    const circuitOpen = this.downSince !== null && Date.now() - this.downSince < RETRY_AFTER_MS;
    if (this.meili && !circuitOpen) {
      try {
        const r = await this.searchMeili(q, p);
        this.downSince = null;
        return r;
      } catch (e) {
        // a refusal of the request is a fault of the request (or of this code), not an outage: never hidden behind
        // the fallback; the client wraps what the transport reports in an error of its own
        const refusal = transportError(e, MeiliResponseError);
        if (refusal && refusal.status < 500 && refusal.code !== 'index_not_found') throw refusal;
        this.markDown();
      }
    }
    return this.searchFallback(q, p);
  }

  /**
   * The multi-search the engine sends Meilisearch for a search (benchmarks send the same request directly to
   * compare); null when nothing can match (no words, or an amending act with no change in the date range).
   */
  async plan(
    q: AnalyzedQuery,
    p: SearchParams,
  ): Promise<{ plan: SearchPlan; body: MultiSearchBody; hints: SearchHints; reranked: boolean } | null> {
    const [hints, keys, words] = await Promise.all([this.hints(q), this.amendmentKeys(p), this.queryWords(q, false)]);
    if (keys !== null && keys.length === 0) return null;
    const plan = planSearch(q, words, searchFilter(p, keys), hints, this.tuning.plan);
    if (!plan) return null;
    const { depth, interpretedLawDepth } = this.tuning.rerank;
    const window = windowFor(p.offset, p.limit, depth > 0 ? depth + interpretedLawDepth : 0, this.tuning.plan.hitsPerQuery);
    // identifiers only: the head's analyzed fields are read from PostgreSQL, once per point, not once per query
    // that found it (at 1000× the corpus they made the engine's answer 200 KB and half its time)
    const body = multiSearchBody(plan, window.limit, HIT_ATTRIBUTES, p.count !== false);
    return { plan, body, hints, reranked: window.reranked };
  }

  private async searchMeili(q: AnalyzedQuery, p: SearchParams): Promise<SearchResult> {
    let planned = await this.plan(q, p);
    if (!planned) return { lang: q.lang, hits: [], totalCount: 0, degraded: false };
    const res = await this.ask(planned.body);
    // nothing found though the question has several words (retryWords): its own words are asked again, those the
    // corpus holds, rarest first, with `last`. Their frequencies are read only then, so a question something finds
    // costs no look-up
    if (planned.plan.own !== null && q.own.length > 1 && res.results.every((r) => r.hits.length === 0)) {
      const retried = await this.askOwnWordsAgain(q, planned, res.results);
      if (retried) planned = { ...planned, plan: retried.plan };
    }
    const { plan, hints, reranked } = planned;
    const build = buildOfHits(res.results);
    const merged = mergeHits(plan, res.results, this.tuning.plan.mergeOthers);
    const engineOrder = merged.map(({ hit, score }) => ({ clauseId: hit.clauseId, score }));
    let ordered = engineOrder;
    // the re-ranked points: their split fields (the snippets count their matches on them) and texts
    let points = new Map<string, HeadPoint>();
    // a page past the head still needs to know the head, to leave its points out
    if (this.tuning.rerank.depth > 0 && engineOrder.length) {
      // the head is cut from each query's first `hitsPerQuery` hits whatever the page asked for, so every page of
      // a question sees the same head, and the pages after it follow it without repeating it
      const perQuery = this.tuning.plan.hitsPerQuery;
      // (merged again only when the page asked for more hits than that: the first page did not)
      const headOrder = res.results.some((r) => r.hits.length > perQuery)
        ? mergeHits(
            plan,
            res.results.map((r) => ({ ...r, hits: r.hits.slice(0, perQuery) })),
            this.tuning.plan.mergeOthers,
          ).map(({ hit, score }) => ({ clauseId: hit.clauseId, score }))
        : engineOrder;
      const head = headOf(headOrder, this.tuning.rerank.depth, this.tuning.rerank.interpretedLawDepth, INTERPRETED_LAW());
      const inHead = new Set(head.map((h) => h.clauseId));
      const rest = engineOrder.filter((h) => !inHead.has(h.clauseId));
      if (!reranked || p.offset >= head.length) ordered = [...head, ...rest];
      else {
        const read = await this.headPoints([...inHead], statisticsTerms(q), build);
        points = read.points;
        // a point whose fallback row is missing (a reindex under way) keeps its engine place with no fields to re-score
        const candidates = head.flatMap((h) => {
          const point = points.get(h.clauseId);
          return point ? [{ ...point.candidate, engineScore: h.score }] : [];
        });
        ordered = [
          ...rerank(q, candidates, hints, read.stats, this.tuning.rerank, INTERPRETED_LAW()),
          ...head.filter((h) => !points.has(h.clauseId)),
          ...rest,
        ];
      }
    }
    const page = ordered.slice(p.offset, p.offset + p.limit);
    // the head's points hold their texts: only a page past the re-ranked head (or a point whose row was missing then)
    // reads its texts, with their analyzed fields
    const texts = await this.texts(
      page.flatMap((h) => (points.has(h.clauseId) ? [] : [h.clauseId])),
      build,
    );
    const stems = queryStems(q);
    const hits = page.map((h) => {
      const source = points.get(h.clauseId) ?? texts.get(h.clauseId) ?? { kk_text: '', ru_text: '' };
      return this.hit(h.clauseId, source, h.score, stems);
    });
    const total = p.count === false ? 0 : totalOf(plan, res.results);
    return { lang: q.lang, hits, totalCount: Math.max(total, p.offset + hits.length), degraded: false };
  }

  /**
   * The own-words query of a plan again, with the words the corpus holds and `last` (and, when the plan counts, its
   * count within the match set): only those, not the whole request; their results take the places of the first ones
   * in `results`. The plan with that query, or null when no word of the question is in the corpus.
   */
  private async askOwnWordsAgain(
    q: AnalyzedQuery,
    planned: { plan: SearchPlan; body: MultiSearchBody; hints: SearchHints },
    results: EngineResult[],
  ): Promise<{ plan: SearchPlan } | null> {
    const words = await this.queryWords(q, true);
    if (words.length === 0) return null;
    const tuning = { ...this.tuning.plan, ownStrategy: 'last' as const };
    const plan = planSearch(q, words, planned.plan.filter, planned.hints, tuning)!;
    const own = plan.own!;
    const counts = planned.body.queries.length > plan.queries.length;
    const body = multiSearchBody(plan, planned.body.queries[own].limit, HIT_ATTRIBUTES, counts);
    // the own-words query, and its count within the match set (the last count, multiSearchBody)
    const places = [own, ...(counts && plan.matchSet ? [body.queries.length - 1] : [])];
    const again = await this.ask({ queries: places.map((i) => body.queries[i]) });
    places.forEach((i, k) => (results[i] = again.results[k]));
    return { plan };
  }

  private async ask(body: MultiSearchBody): Promise<{ results: EngineResult[] }> {
    return (await this.meili!.multiSearch(body as never)) as unknown as { results: EngineResult[] };
  }

  /**
   * The words Meilisearch is asked for; only a question longer than it reads needs their frequencies first, or one
   * whose words found nothing (`retry`: retryWords).
   */
  private async queryWords(q: AnalyzedQuery, retry: boolean): Promise<string[]> {
    if (q.own.length <= MAX_QUERY_WORDS && !retry) return q.own;
    const stats = await readTermStatistics(
      this.ds,
      q.own.map((term) => ({ field: q.ownField, term })),
    );
    const df = (term: string) => stats.documentFrequency(q.ownField, term);
    return retry ? retryWords(q.own, df) : queryWords(q.own, df);
  }

  /**
   * What the question cites; the acts are looked up only when it gives act numbers, or cites an article of an act its
   * name alone identifies (a code: "ст. 940 ГК").
   */
  private async hints(q: AnalyzedQuery): Promise<SearchHints> {
    if (!/\d/.test(q.source)) return NO_HINTS;
    const numbers = actNumbersIn(q.source);
    const kinds = namedKindsIn(q.source);
    const years = amendmentYearsIn(q.text);
    const catalog: HintCatalog =
      numbers.length || kinds.length || years.length ? await this.hintCatalog(numbers, kinds, years) : { acts: [], amendingActs: [] };
    // (the years from the analyzed text: a question in Latin letters asks for them in the words it was transliterated into)
    return queryHints(q.source, catalog, years);
  }

  private async hintCatalog(numbers: string[], kinds: string[], years: number[]): Promise<HintCatalog> {
    // (a question that gives only a year asks for no act, one naming only a code for no amending act)
    const [acts, amendingActs] = await Promise.all([
      numbers.length + kinds.length === 0
        ? []
        : this.ds.query(
            `SELECT a.id, a.kind, a.number, a.adopted_on::text AS "adoptedOn",
                ${CLAUSE_OUTLINE_COLUMNS}
           FROM (SELECT * FROM act WHERE number = ANY($1) OR kind = ANY($2) ORDER BY adopted_on, id LIMIT ${HINT_ACTS}) a JOIN clause c ON c.act_id = a.id
          GROUP BY a.id, a.kind, a.number, a.adopted_on ORDER BY a.adopted_on, a.id`,
            [numbers, kinds],
          ),
      numbers.length + years.length === 0
        ? []
        : this.ds.query(
            `SELECT id, kind, number, adopted_on::text AS "adoptedOn" FROM amending_act
          WHERE number = ANY($1) OR extract(year FROM adopted_on)::int = ANY($2::int[]) ORDER BY adopted_on, id LIMIT ${HINT_ACTS}`,
            [numbers, years],
          ),
    ]);
    return { acts, amendingActs };
  }

  /**
   * With both an amending act and an amendment date range, the "<act>@<date>" keys of that act's changes within
   * the range (one change must satisfy both); null when the filter does not ask for both.
   */
  private async amendmentKeys(p: SearchParams): Promise<string[] | null> {
    if (!p.amendedBy || (!p.amendedFrom && !p.amendedTo)) return null;
    const rows: Array<{ on: string }> = await this.ds.query(
      `SELECT DISTINCT effective_from::text AS on FROM amendment WHERE amending_act_id = $1`,
      [p.amendedBy],
    );
    const from = p.amendedFrom ? dateNumber(p.amendedFrom) : 0;
    const to = p.amendedTo ? dateNumber(p.amendedTo) : Number.MAX_SAFE_INTEGER;
    return rows
      .map((r) => dateNumber(r.on))
      .filter((d) => d >= from && d <= to)
      .map((d) => amendmentKey(p.amendedBy!, d));
  }

  /**
   * The head's points and the corpus statistics of the question's terms: what the build of the hits (BuildReads) holds
   * already, the rest read in one round trip (HEAD_ROWS_SQL), none at all when everything is held. Under load each
   * round trip to PostgreSQL costs the server more in its socket writes than the rows cost to read.
   */
  private async headPoints(
    clauseIds: string[],
    terms: ReadonlyArray<{ field: StatisticsField; term: string }>,
    build: string | null,
  ): Promise<{ points: Map<string, HeadPoint>; stats: TermStatistics }> {
    const { held: points, missing: missingPoints } = this.heldPoints(clauseIds, build);
    // the corpus-wide counts and the question's terms, each once
    const wanted = new Map<string, { field: string; term: string }>();
    for (const t of [...SUMMARY_PAIRS, ...terms]) wanted.set(pairKey(t), t);
    const frequencies = new Map<string, number>();
    const missingTerms: Array<{ field: string; term: string }> = [];
    for (const [key, t] of wanted) {
      const held = build === null ? undefined : this.buildReads.frequency(build, t.field, t.term);
      if (held === undefined) missingTerms.push(t);
      else frequencies.set(key, held);
    }
    if (missingPoints.length || missingTerms.length) {
      const read = await preparedQuery<HeadRow & TermStatisticsRow>(this.ds, 'search-head', HEAD_ROWS_SQL, [
        missingPoints,
        // (the corpus-wide counts come with any read of terms)
        ...termStatisticsParameters(missingTerms.filter((t): t is { field: StatisticsField; term: string } => t.field !== '*')),
      ]);
      const rows: HeadRow[] = [];
      let readBuild: string | null = null;
      // (the lists may bring pairs nobody asked for, or one held already: what is held stays)
      for (const r of read) {
        if (r.clause_id !== null) rows.push(r);
        else if (r.field === BUILD_FIELD) readBuild = r.term;
        else if (!frequencies.has(pairKey(r))) frequencies.set(pairKey(r), Number(r.frequency));
      }
      // kept only when PostgreSQL's tables are the build the hits came from (not while a reindex is under way)
      const keep = build !== null && readBuild === build;
      for (const row of rows) {
        const point = headPointOf(row);
        points.set(row.clause_id, point);
        if (keep) this.buildReads.keepPoint(build, row.clause_id, point);
      }
      for (const t of missingTerms) {
        // a term the corpus does not hold has no row: it occurs in no point
        const frequency = frequencies.get(pairKey(t)) ?? 0;
        frequencies.set(pairKey(t), frequency);
        if (keep) this.buildReads.keepFrequency(build, t.field, t.term, frequency);
      }
    }
    const statistics = [...wanted].map(([key, t]) => ({ ...t, frequency: frequencies.get(key)! }));
    return { points, stats: termStatisticsOf(statistics) };
  }

  /** The points the build of the hits holds already (BuildReads), and those to read. */
  private heldPoints(clauseIds: readonly string[], build: string | null): { held: Map<string, HeadPoint>; missing: string[] } {
    const held = new Map<string, HeadPoint>();
    const missing: string[] = [];
    for (const id of clauseIds) {
      const point = build === null ? undefined : this.buildReads.point(build, id);
      if (point) held.set(id, point);
      else missing.push(id);
    }
    return { held, missing };
  }

  /**
   * The texts of points, for their snippets, with their analyzed fields split (which language matched): those the
   * build of the hits holds already, the rest read.
   */
  private async texts(clauseIds: string[], build: string | null): Promise<Map<string, SnippetSource>> {
    const { held, missing } = this.heldPoints(clauseIds, build);
    const out = new Map<string, SnippetSource>(held);
    if (missing.length === 0) return out;
    for (const r of await preparedQuery<TextRow>(this.ds, 'search-texts', TEXTS_SQL, [missing]))
      out.set(r.clause_id, { kk_text: r.kk_text, ru_text: r.ru_text, kk: words(r.kk_folded), ru: words(r.ru_stems) });
    return out;
  }

  private async searchFallback(q: AnalyzedQuery, p: SearchParams): Promise<SearchResult> {
    const [hints, keys] = await Promise.all([this.hints(q), this.amendmentKeys(p)]);
    if (keys !== null && keys.length === 0) return { lang: q.lang, hits: [], totalCount: 0, degraded: true };
    const { rows, total } = await searchPostgres(this.ds, q, p, hints);
    const stems = queryStems(q);
    return {
      lang: q.lang,
      hits: rows.map((r) => this.hit(r.clause_id, { kk_text: r.kk_text, ru_text: r.ru_text }, Number(r.rank), stems)),
      totalCount: total,
      degraded: true,
    };
  }

  /** Rebuilds the index from PostgreSQL (and the fallback table). */
  async rebuild(): Promise<{ documents: number }> {
    try {
      return await reindex(this.ds, this.meili, this.glossary);
    } catch (e) {
      if (transportError(e, MeiliUnavailableError)) {
        this.markDown();
        throw new SearchUnavailableError('the search engine cannot be reached; the PostgreSQL fallback was rebuilt, the index was not');
      }
      throw e;
    }
  }

  /**
   * The snippet comes from the language whose text matched more of the query (the query's own on a tie), counted on
   * the point's analyzed fields when they are at hand (the search document's stems: no text is stemmed twice), and
   * only that text is stemmed for the snippet. Kazakh is matched in its keyboard-folded form, as it is searched:
   * the folded stems of a question and its concepts meet the text written with or without the Kazakh letters.
   */
  private hit(clauseId: string, source: SnippetSource, score: number, q: QueryStems): SearchResultHit {
    // the analyzed fields at hand count the matches; otherwise both texts are stemmed, and one is kept for the snippet
    const kkStemmed = () => (source.kkStemmed ??= stemText(source.kk_text, kkFoldedStem));
    const ruStemmed = () => (source.ruStemmed ??= stemText(source.ru_text, ruStem));
    const kkCount = countMatches(source.kk ?? kkStemmed().stems, q.kk);
    const ruCount = countMatches(source.ru ?? ruStemmed().stems, q.ru);
    const matchedLang = kkCount > ruCount || (kkCount === ruCount && q.lang === 'kk') || !source.ru_text ? 'kk' : 'ru';
    const snippet = matchedLang === 'kk' ? makeSnippet(kkStemmed(), q.kk) : makeSnippet(ruStemmed(), q.ru);
    return { clauseId, score, matchedLang, snippet };
  }
}
