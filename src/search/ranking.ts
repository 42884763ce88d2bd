/**
 * Ranking of clauses for a bilingual query: BM25 over three analyzed fields (Kazakh stems, keyboard-folded
 * Kazakh stems, Russian stems), with the query's own terms weighted above the glossary's expansions.
 * Meilisearch finds, for each term, the documents that hold it (with typo tolerance and the filters); the
 * score adds up what each document holds. Kazakh and folded Kazakh describe the same text, so a document
 * counts the better of the two; Russian adds to it.
 */
export type Field = 'kk_stems' | 'kk_folded' | 'ru_stems';
export const FIELDS: readonly Field[] = ['kk_stems', 'kk_folded', 'ru_stems'];

export interface WeightedTerm {
  field: Field;
  term: string;
  weight: number;
}

export interface TermPostings {
  term: WeightedTerm;
  /** How many documents hold the term (under the filters). */
  documentFrequency: number;
  /** Documents found holding it, with their field length. */
  documents: Array<{ clauseId: string; length: number }>;
}

export interface RankedDocument {
  clauseId: string;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

export function rank(postings: readonly TermPostings[], totalDocuments: number, averageLength: Record<Field, number>): RankedDocument[] {
  const perField = new Map<string, Record<Field, number>>();
  for (const p of postings) {
    const n = Math.max(totalDocuments, p.documentFrequency, 1);
    const idf = Math.log(1 + (n - p.documentFrequency + 0.5) / (p.documentFrequency + 0.5));
    const avg = averageLength[p.term.field] || 1;
    for (const d of p.documents) {
      // Presence only (tf = 1): a legal clause that names a concept once is not less about it.
      const norm = K1 * (1 - B + (B * d.length) / avg);
      const s = (p.term.weight * idf * (K1 + 1)) / (1 + norm);
      const scores = perField.get(d.clauseId) ?? { kk_stems: 0, kk_folded: 0, ru_stems: 0 };
      scores[p.term.field] += s;
      perField.set(d.clauseId, scores);
    }
  }
  return [...perField.entries()]
    .map(([clauseId, s]) => ({ clauseId, score: Math.max(s.kk_stems, s.kk_folded) + s.ru_stems }))
    .sort((a, b) => b.score - a.score || a.clauseId.localeCompare(b.clauseId));
}

export interface AnalyzedFields {
  kk_stems: string[];
  kk_folded: string[];
  ru_stems: string[];
}

/** Term frequencies of one analyzed field, counted once per document. */
const frequencies = new WeakMap<string[], Map<string, number>>();
function termFrequencies(stems: string[]): Map<string, number> {
  let tf = frequencies.get(stems);
  if (!tf) {
    tf = new Map();
    for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
    frequencies.set(stems, tf);
  }
  return tf;
}

/**
 * Second stage for the best candidates, on their analyzed fields: BM25 with term frequency (a clause that keeps
 * returning to a concept is about it) and a bonus for the query's words standing next to each other in the text
 * (the phrase "жоғары қауіптілік көзінің иесі" against the same words scattered).
 */
export function rerankScore(
  terms: readonly WeightedTerm[],
  documentFrequency: ReadonlyMap<string, number>,
  totalDocuments: number,
  averageLength: Record<Field, number>,
  doc: AnalyzedFields,
): number {
  const fieldScore = (field: Field) => {
    const stems = doc[field];
    const tf = termFrequencies(stems);
    const norm = K1 * (1 - B + (B * stems.length) / (averageLength[field] || 1));
    let score = 0;
    const own: string[] = [];
    for (const t of terms) {
      if (t.field !== field) continue;
      const f = tf.get(t.term) ?? 0;
      if (t.weight === 1) own.push(t.term);
      if (!f) continue;
      const df = documentFrequency.get(`${field}\u0001${t.term}`) ?? 1;
      const n = Math.max(totalDocuments, df, 1);
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += (t.weight * idf * f * (K1 + 1)) / (f + norm);
    }
    // adjacent pairs of the query's own words found adjacent in the text
    const pairs = new Set<string>();
    for (let i = 0; i + 1 < own.length; i++) pairs.add(`${own[i]} ${own[i + 1]}`);
    const starts = new Set(own.slice(0, -1));
    let adjacent = 0;
    if (pairs.size > 0) for (let i = 0; i + 1 < stems.length; i++) if (starts.has(stems[i]) && pairs.has(`${stems[i]} ${stems[i + 1]}`)) adjacent++;
    return score + PROXIMITY_WEIGHT * Math.log(1 + adjacent);
  };
  return Math.max(fieldScore('kk_stems'), fieldScore('kk_folded')) + fieldScore('ru_stems');
}

const PROXIMITY_WEIGHT = 1.5;
