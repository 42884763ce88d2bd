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

/**
 * The SELECT of the statistics of some terms (and the corpus-wide counts), in one indexed read; `fields` and `terms`
 * name the two text-array parameters holding the terms pairwise. A query of its own (readTermStatistics) or a part
 * of another (the engine reads them with the re-ranked points, in one round trip).
 */
export function termStatisticsSql(fields: string, terms: string): string {
  return `SELECT s.field, s.term, s.frequency FROM search_term s
       JOIN unnest(${fields}::text[], ${terms}::text[]) AS q(field, term) ON s.field = q.field AND s.term = q.term
     UNION ALL SELECT field, term, frequency FROM search_term WHERE field = '*'`;
}

export const termStatisticsParameters = (terms: ReadonlyArray<{ field: StatisticsField; term: string }>) => [
  terms.map((t) => t.field),
  terms.map((t) => t.term),
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
