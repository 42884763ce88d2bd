/**
 * The second stage: the engine's best candidates (a few dozen, never the corpus) re-scored on their analyzed
 * fields. Meilisearch ranks by how many query words a point holds, their proximity and order; it has no notion of
 * a concept that several glossary terms express, nor of term frequency against the length of a point. Here each
 * candidate gets BM25 over the query's own stems and its concepts' terms (a concept's terms share one weight),
 * term frequency and the adjacency of the query's words, the share of the query's own words it holds, a lower
 * weighted BM25 over what is said about it (citation, notes, amending acts), Meilisearch's own score, and a bonus
 * for what the question cites; then a point lends a share of its score to the points it refers to.
 *
 * Document frequencies, the number of points and average lengths are the corpus's (term-statistics.ts: read for
 * the question's terms only, beside the engine's answer). Pure.
 */
import type { AnalyzedQuery, TextField, WeightedTerm } from './query-analysis';
import type { SearchHints } from './search-plan';
import type { StatisticsField, TermStatistics } from './term-statistics';

export interface Candidate {
  clauseId: string;
  /** Meilisearch's weighted ranking score of the merged hit (0–3). */
  engineScore: number;
  number: string | null;
  text: Record<TextField, string[]>;
  /** What is said about the point: its citation, amendment notes and amending acts. */
  about: Record<TextField, string[]>;
  references: readonly string[];
  amendedBy: readonly string[];
  /**
   * The units this point refers to, resolved (its own act's points: "осы Қағидалардың 4 және 5-тармақтарында
   * көрсетілген құжаттар"; the units of the Code it cites).
   */
  refersTo: readonly string[];
  /** The point's paragraphs, each as its stems, per field (absent: the whole text is one paragraph). */
  passages?: Record<TextField, string[][]>;
}

export interface Scored {
  clauseId: string;
  score: number;
}

const K1 = 1.2;

/** Weights of the second stage; the defaults were chosen by measurement (docs/search.md). */
export interface RerankTuning {
  /** How many of the engine's best candidates are re-scored (0: the engine's order as it is). */
  depth: number;
  /** The adjacency of the query's own words in a candidate. */
  proximity: number;
  /** BM25's length normalization (b): how much a long point's term frequencies are discounted. */
  lengthNorm: number;
  /** The share of the query's own words a candidate holds. */
  coverage: number;
  /**
   * How much of an own word counts as held when the candidate holds not the word but a term of a concept the question
   * names with it ("индексация выплат": a point on inflation holds no "индексация"); see `coverage`.
   */
  coverageByConcept: number;
  /** Meilisearch's score. */
  engine: number;
  /** What is said about the point (citation, notes, amending acts) against its text. */
  about: number;
  /**
   * The weight of the point's best paragraph against the whole point (0: the whole alone): a long point that
   * answers the question in one of its paragraphs is not drowned by the length of the others; see `textScore`.
   */
  passage: number;
  /** The share of its score a point lends the points it refers to (0: none); see `lendToReferred`. */
  referred: number;
  /** What the question cites: a cited point always comes first. */
  bonus: { cited: number; amendingAct: number; reference: number; number: number };
  /**
   * Where the units of a code the acts interpret (the Civil Code) stand among the acts' own points: every how-many-th
   * place is theirs. The knowledge base answers with the interpretation first and the rule it interprets beside it
   * (3: two points of the acts, then the best unit of the Code, …); what the question cites comes first whatever
   * its act.
   */
  interpretedLawEvery: number;
  /**
   * When the best unit of the interpreted law outscores the acts' best point by this factor, the question is about
   * the law itself (a rule the acts do not interpret: a defective product, an insolvent employer) and that unit
   * comes first (Infinity: never).
   */
  interpretedLawLeads: number;
  /** How many of the interpreted law's best units are re-scored beside the acts' `depth` best points. */
  interpretedLawDepth: number;
}

export const DEFAULT_RERANK: RerankTuning = {
  depth: 30,
  proximity: 1,
  lengthNorm: 0.9,
  coverage: 6,
  coverageByConcept: 0.25,
  engine: 2,
  about: 0.25,
  passage: 0.5,
  referred: 0.25,
  bonus: { cited: 100, amendingAct: 12, reference: 6, number: 12 },
  interpretedLawEvery: 3,
  interpretedLawLeads: 2.5,
  interpretedLawDepth: 20,
};

/** BM25 of a point's fields against one question's terms: `doc` over both fields, `field` over one. */
export interface Bm25Scorer {
  doc(doc: Readonly<Record<TextField, readonly string[]>>): number;
  field(field: TextField, stems: readonly string[]): number;
}

/**
 * BM25 with term frequency over a point's fields, plus a bonus for the query's own words standing next to each
 * other in the text ("жоғары қауіптілік көзінің иесі" against the same words scattered).
 *
 * What depends on the question alone (each term's weighted IDF, the average length, the own words' pairs) is worked
 * out once here, not once per point and paragraph: a re-rank scores some fifty points, most of them paragraph by
 * paragraph. A point's terms are counted in slots, never looked up in the statistics again.
 */
export function bm25Scorer(
  terms: readonly WeightedTerm[],
  stats: TermStatistics,
  fields: Record<TextField, StatisticsField>,
  proximity = DEFAULT_RERANK.proximity,
  b = DEFAULT_RERANK.lengthNorm,
): Bm25Scorer {
  const perField = {} as Record<TextField, FieldTerms>;
  for (const field of ['kk_folded', 'ru_stems'] as const) perField[field] = fieldTerms(terms, field, stats, fields[field]);
  // (reused by every call: a scorer serves one re-rank, synchronously)
  const counts = new Int32Array(Math.max(perField.kk_folded.slots.size, perField.ru_stems.slots.size));
  const field = (name: TextField, stems: readonly string[]): number => {
    if (stems.length === 0) return 0;
    const f = perField[name];
    counts.fill(0, 0, f.slots.size);
    for (const s of stems) {
      const slot = f.slots.get(s);
      if (slot !== undefined) counts[slot]++;
    }
    const norm = K1 * (1 - b + (b * stems.length) / f.averageLength);
    let total = 0;
    for (const t of f.weighted) {
      const tf = counts[t.slot];
      if (tf) total += (t.weightedIdf * tf * (K1 + 1)) / (tf + norm);
    }
    if (f.pairs.size === 0) return total;
    let adjacent = 0;
    for (let i = 0; i + 1 < stems.length; i++) if (f.starts.has(stems[i]) && f.pairs.has(`${stems[i]} ${stems[i + 1]}`)) adjacent++;
    return total + proximity * Math.log(1 + adjacent);
  };
  return { field, doc: (doc) => field('kk_folded', doc.kk_folded) + field('ru_stems', doc.ru_stems) };
}

/** A field's share of a question's terms, in the question's order (a term named twice weighs twice). */
interface FieldTerms {
  slots: Map<string, number>;
  weighted: Array<{ slot: number; weightedIdf: number }>;
  averageLength: number;
  /** The own words' adjacent pairs ("a b"), and the words that begin one. */
  pairs: Set<string>;
  starts: Set<string>;
}

function fieldTerms(terms: readonly WeightedTerm[], field: TextField, stats: TermStatistics, statsField: StatisticsField): FieldTerms {
  const slots = new Map<string, number>();
  const weighted: FieldTerms['weighted'] = [];
  const own: string[] = [];
  for (const t of terms) {
    if (t.field !== field) continue;
    if (t.weight === 1) own.push(t.term);
    let slot = slots.get(t.term);
    if (slot === undefined) slots.set(t.term, (slot = slots.size));
    const df = Math.max(1, stats.documentFrequency(statsField, t.term));
    const n = Math.max(stats.documents, df, 1);
    weighted.push({ slot, weightedIdf: t.weight * Math.log(1 + (n - df + 0.5) / (df + 0.5)) });
  }
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < own.length; i++) pairs.add(`${own[i]} ${own[i + 1]}`);
  return { slots, weighted, averageLength: stats.averageLength(statsField), pairs, starts: new Set(own.slice(0, -1)) };
}

/** The scorer of a question's terms over the points' texts (textScore). */
export const textScorer = (q: AnalyzedQuery, stats: TermStatistics, tuning: Pick<RerankTuning, 'proximity' | 'lengthNorm'>) =>
  bm25Scorer(q.terms, stats, TEXT_FIELDS, tuning.proximity, tuning.lengthNorm);

/**
 * BM25 of the point's text, mixed with that of its best paragraph in each language (`passage`): one paragraph of a
 * long point can be the whole answer (resolution point 4 puts the employer's liability for fault in the third of
 * five paragraphs; point 7 defines the owner in its first), and over the whole point its words weigh as little as
 * the point is long. A point of one paragraph scores as before.
 */
export function textScore(
  q: AnalyzedQuery,
  c: Pick<Candidate, 'text' | 'passages'>,
  stats: TermStatistics,
  tuning: Pick<RerankTuning, 'proximity' | 'lengthNorm' | 'passage'>,
  scorer: Bm25Scorer = textScorer(q, stats, tuning),
): number {
  let total = 0;
  // BM25 adds up over the fields, so each field is scored alone; a field of one paragraph is its own best paragraph
  for (const field of ['kk_folded', 'ru_stems'] as const) {
    const whole = scorer.field(field, c.text[field]);
    const paragraphs = c.passages?.[field];
    if (tuning.passage === 0 || !paragraphs || paragraphs.length < 2) {
      total += whole;
      continue;
    }
    let best = 0;
    for (const paragraph of paragraphs) best = Math.max(best, scorer.field(field, paragraph));
    total += (1 - tuning.passage) * whole + tuning.passage * best;
  }
  return total;
}

/**
 * The share of the query's own words (at least two) the point's text holds in the field of the query's language; a
 * word the point does not hold counts `byConcept` when the point holds a term of a concept the question names with
 * that word. Only in part: the concept's weight is already in the BM25, and at a full share the dev set's Kazakh
 * questions fell (0.944 → 0.917; docs/search.md).
 */
function coverage(q: AnalyzedQuery, doc: Record<TextField, string[]>, byConcept: number): number {
  if (q.own.length < 2) return 0;
  const held = new Set(doc[q.ownField]);
  let n = 0;
  q.own.forEach((t, i) => {
    if (held.has(t)) n++;
    else if (byConcept > 0 && q.ownAlternatives[i].some((s) => held.has(s))) n += byConcept;
  });
  return n / q.own.length;
}

/** `law`: a unit of a code, cited by its article, never by a bare point number ("пункт 2" is a point of the acts). */
function hintBonus(c: Candidate, hints: SearchHints, bonus: RerankTuning['bonus'], law: boolean): number {
  let total = 0;
  if (hints.clauseIds.includes(c.clauseId)) total += bonus.cited;
  if (hints.references.some((r) => c.references.includes(r))) total += bonus.reference;
  if (hints.amendingActs.some((a) => c.amendedBy.includes(a))) total += bonus.amendingAct;
  if (
    !law &&
    c.number &&
    hints.numbers.includes(c.number) &&
    (hints.numberActs.length === 0 || hints.numberActs.includes(c.clauseId.split('/')[0]))
  )
    total += bonus.number;
  return total;
}

/** The candidates, best first (ties keep the engine's order). */
const TEXT_FIELDS: Record<TextField, StatisticsField> = { kk_folded: 'kk_folded', ru_stems: 'ru_stems' };
const ABOUT_FIELDS: Record<TextField, StatisticsField> = { kk_folded: 'about_kk_folded', ru_stems: 'about_ru_stems' };

/** The terms whose statistics the re-rank of a question reads. */
export function statisticsTerms(q: AnalyzedQuery): Array<{ field: StatisticsField; term: string }> {
  return q.terms.flatMap((t) => [
    { field: TEXT_FIELDS[t.field], term: t.term },
    { field: ABOUT_FIELDS[t.field], term: t.term },
  ]);
}

/** Where a cited unit stands among the units the question cites (those it does not cite after them). */
function hintOrder(hints: SearchHints, clauseId: string): number {
  const i = hints.clauseIds.indexOf(clauseId);
  return i < 0 ? hints.clauseIds.length : i;
}

/** `interpretedLawActs`: the ids of the codes the acts interpret (placed by `tuning.interpretedLawEvery`). */
export function rerank(
  q: AnalyzedQuery,
  candidates: readonly Candidate[],
  hints: SearchHints,
  stats: TermStatistics,
  tuning: RerankTuning = DEFAULT_RERANK,
  interpretedLawActs: ReadonlySet<string> = new Set(),
): Scored[] {
  const text = textScorer(q, stats, tuning);
  const about = bm25Scorer(q.terms, stats, ABOUT_FIELDS, tuning.proximity, tuning.lengthNorm);
  const scored = candidates.map((c, i) => {
    const law = interpretedLawActs.has(c.clauseId.slice(0, c.clauseId.indexOf('/')));
    const bonus = hintBonus(c, hints, tuning.bonus, law);
    // what the question asks for by name: a cited unit, a point changed by the amending act it names, a point
    // whose number it gives
    const named = bonus >= Math.min(tuning.bonus.cited, tuning.bonus.amendingAct);
    return {
      i,
      clauseId: c.clauseId,
      cited: named && !law,
      citedLaw: named && law,
      refers: hints.references.some((r) => c.references.includes(r)),
      law,
      score:
        textScore(q, c, stats, tuning, text) +
        tuning.coverage * coverage(q, c.text, tuning.coverageByConcept) +
        tuning.about * about.doc(c.about) +
        tuning.engine * c.engineScore +
        bonus,
    };
  });
  // lent before the one sort: each point lends from its own score, whatever the order
  if (tuning.referred > 0) lendToReferred(scored, candidates, tuning.referred);
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  // the units of a cited article in the article's order (the hints list them so), not by how their words happen to
  // score against "статья 931 ГК": they keep the places they took, in that order
  const citedUnits = scored
    .filter((x) => x.citedLaw)
    .sort((a, b) => hintOrder(hints, a.clauseId) - hintOrder(hints, b.clauseId) || a.i - b.i);
  let next = 0;
  for (let k = 0; k < scored.length; k++) if (scored[k].citedLaw) scored[k] = citedUnits[next++];
  return placeInterpretedLaw(scored, tuning.interpretedLawEvery, tuning.interpretedLawLeads).map(({ clauseId, score }) => ({
    clauseId,
    score,
  }));
}

/**
 * A point the question matches that refers to other points for what it matches ("the documents specified in
 * points 4 and 5 of these Rules") lends them a share of its score: the question is answered where the documents
 * are listed, and the referring point alone ranked first, with the list second ("какие документы нужны": Rules point
 * 7, on the order issued once the documents are in, before point 5, which lists them). A referred point keeps the
 * better of its own score and its own plus the largest share lent to it; a point lends from its own score, not from
 * what was lent to it (no chains, no loops). In place; `scored` in any order.
 */
export function lendToReferred(
  scored: Array<{ clauseId: string; score: number }>,
  candidates: ReadonlyArray<Pick<Candidate, 'clauseId' | 'refersTo'>>,
  share: number,
): void {
  const own = new Map(scored.map((x) => [x.clauseId, x.score]));
  const lent = new Map<string, number>();
  for (const c of candidates) {
    const from = own.get(c.clauseId) ?? 0;
    for (const target of c.refersTo) {
      if (target === c.clauseId || !own.has(target)) continue;
      lent.set(target, Math.max(lent.get(target) ?? 0, share * from));
    }
  }
  for (const x of scored) x.score += lent.get(x.clauseId) ?? 0;
}

/**
 * The cited points of the acts first, then the acts' points with every `every`-th place given to the next unit of
 * the interpreted law (each list keeps its own order); when one list runs out the other follows. The law's first
 * unit comes first instead when it outscores the acts' best point `leads` times; a unit of the law the question
 * cites comes first too, or second when the acts' best point is one that cites it (the interpretation, then the
 * rule it interprets).
 */
export function placeInterpretedLaw<T extends { cited: boolean; citedLaw?: boolean; refers?: boolean; law: boolean; score: number }>(
  ordered: readonly T[],
  every: number,
  leads = Infinity,
): T[] {
  const cited = ordered.filter((x) => x.cited);
  const acts = ordered.filter((x) => !x.cited && !x.law);
  const law = ordered.filter((x) => !x.cited && x.law);
  const out = [...cited];
  let a = 0;
  let l = 0;
  if (law.length && law[0].citedLaw) {
    if (acts.length && acts[0].refers) out.push(acts[a++]);
    out.push(law[l++]);
  } else if (law.length && (!acts.length || law[0].score >= acts[0].score * leads)) out.push(law[l++]);
  const start = out.length;
  while (a < acts.length || l < law.length) {
    const lawTurn = (out.length - start + 1) % every === 0;
    if ((lawTurn && l < law.length) || a >= acts.length) out.push(law[l++]);
    else out.push(acts[a++]);
  }
  return out;
}
