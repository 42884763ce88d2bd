/**
 * The corpus statistics the re-rank weighs terms by: in how many points each stem of each analyzed field occurs,
 * how many points there are, and how long a field is on average. Counted at every reindex into PostgreSQL
 * (`search_term`), and read per question for that question's terms only, so the API process holds none of it.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { SearchDocument } from './search-document';

export const STATISTICS_FIELDS = ['kk_folded', 'ru_stems', 'about_kk_folded', 'about_ru_stems'] as const;
export type StatisticsField = (typeof STATISTICS_FIELDS)[number];

export interface TermStatistics {
  documents: number;
  averageLength(field: StatisticsField): number;
  /** Points holding the term in the field (0 when none). */
  documentFrequency(field: StatisticsField, term: string): number;
}

/** The rows of `search_term` for a set of documents; field '*' holds the count of points and the average lengths. */
export function countTerms(docs: readonly SearchDocument[]): Array<{ field: string; term: string; frequency: number }> {
  const rows: Array<{ field: string; term: string; frequency: number }> = [{ field: '*', term: 'documents', frequency: docs.length }];
  for (const field of STATISTICS_FIELDS) {
    const df = new Map<string, number>();
    let length = 0;
    for (const d of docs) {
      const stems = d[field] ? d[field].split(' ') : [];
      length += stems.length;
      for (const t of new Set(stems)) df.set(t, (df.get(t) ?? 0) + 1);
    }
    rows.push({ field: '*', term: `length:${field}`, frequency: docs.length ? length / docs.length : 0 });
    for (const [term, frequency] of df) rows.push({ field, term, frequency });
  }
  return rows;
}

export async function writeTermStatistics(m: EntityManager, docs: readonly SearchDocument[]): Promise<void> {
  await m.query('DELETE FROM search_term');
  const rows = countTerms(docs);
  for (let i = 0; i < rows.length; i += 20_000) {
    const chunk = rows.slice(i, i + 20_000);
    await m.query('INSERT INTO search_term (field, term, frequency) SELECT * FROM unnest($1::text[], $2::text[], $3::float8[])', [
      chunk.map((r) => r.field),
      chunk.map((r) => r.term),
      chunk.map((r) => r.frequency),
    ]);
  }
}

const key = (field: string, term: string) => `${field}\u0001${term}`;

export interface TermStatisticsRow {
  field: string;
  term: string;
  frequency: number;
}

/** The corpus-wide counts, under field '*' (countTerms). */
const SUMMARY_TERMS = ['documents', ...STATISTICS_FIELDS.map((field) => `length:${field}`)];

/** The corpus-wide counts as the (field, term) pairs the statistics of any question hold (termStatisticsOf). */
export const SUMMARY_PAIRS: ReadonlyArray<{ field: string; term: string }> = SUMMARY_TERMS.map((term) => ({ field: '*', term }));

/**
 * The SELECT of the statistics of some terms (and the corpus-wide counts); `fields` and `terms` name the two
 * text-array parameters termStatisticsParameters fills. A query of its own (readTermStatistics) or a part of another
 * (the engine reads them with the re-ranked points, in one round trip).
 *
 * The fields and the terms are asked for as two lists, which the primary key (field, term) answers with one index
 * scan whatever the size of the table: joined to the pairs instead, PostgreSQL hashed the whole table for every
 * question (a sequential scan of the vocabulary). The lists return a pair that was not asked for where a term
 * occurs in another of the fields asked for; it is never looked up (termStatisticsOf keys by field and term).
 */
export function termStatisticsSql(fields: string, terms: string): string {
  return `SELECT field, term, frequency FROM search_term WHERE field = ANY(${fields}::text[]) AND term = ANY(${terms}::text[])`;
}

export const termStatisticsParameters = (terms: ReadonlyArray<{ field: StatisticsField; term: string }>) => [
  ['*', ...new Set(terms.map((t) => t.field))],
  [...SUMMARY_TERMS, ...new Set(terms.map((t) => t.term))],
];

export function termStatisticsOf(rows: readonly TermStatisticsRow[]): TermStatistics {
  const values = new Map(rows.map((r) => [key(r.field, r.term), Number(r.frequency)]));
  return {
    documents: values.get(key('*', 'documents')) ?? 0,
    averageLength: (field) => values.get(key('*', `length:${field}`)) || 1,
    documentFrequency: (field, term) => values.get(key(field, term)) ?? 0,
  };
}

/** The statistics of the given terms (and the corpus-wide counts), in one indexed read. */
export async function readTermStatistics(
  ds: DataSource,
  terms: ReadonlyArray<{ field: StatisticsField; term: string }>,
): Promise<TermStatistics> {
  return termStatisticsOf(await ds.query(termStatisticsSql('$1', '$2'), termStatisticsParameters(terms)));
}
