/**
 * Search from PostgreSQL full-text search when Meilisearch is unreachable: the same documents (written beside the
 * index at every reindex), the same analyzed stems and concept tokens (the text weighted above the concepts, both
 * above what is said about the point), the same filters and the same hints, ranked by ts_rank_cd. Answers are
 * marked degraded.
 */
import type { DataSource } from 'typeorm';
import { conceptToken } from './glossary';
import type { AnalyzedQuery } from './query-analysis';
import type { SearchHints } from './search-plan';
import type { SearchParams } from './search-types';
import { dateNumber } from './search-document';

/** A stem as a quoted tsquery lexeme (stems are letters or digits, but quote anyway). */
const lexeme = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

export interface FallbackRow {
  clause_id: string;
  kk_text: string;
  ru_text: string;
  rank: number;
  total: string;
}

export async function searchPostgres(
  ds: DataSource,
  q: AnalyzedQuery,
  p: SearchParams,
  hints: SearchHints,
): Promise<{ rows: FallbackRow[]; total: number }> {
  const stems = [...new Set([...q.terms.map((t) => t.term), ...q.concepts.map(conceptToken)])];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const tsquery = stems.length ? `to_tsquery('simple', ${param(stems.map(lexeme).join(' | '))})` : null;
  const asOf = param(dateNumber(p.asOf));
  // what the question cites counts as a match of its own, and ranks first
  const cited: string[] = [];
  if (hints.clauseIds.length) cited.push(`d.clause_id = ANY(${param(hints.clauseIds)})`);
  if (hints.references.length) cited.push(`d.cites && ${param(hints.references)}::text[]`);
  if (hints.amendingActs.length) cited.push(`d.amended_by && ${param(hints.amendingActs)}::text[]`);
  if (hints.numbers.length)
    cited.push(
      `d.number = ANY(${param(hints.numbers)})${hints.numberActs.length ? ` AND d.act_id = ANY(${param(hints.numberActs)})` : ''}`,
    );
  const matches = [...(tsquery ? [`d.terms @@ ${tsquery}`] : []), ...cited.map((c) => `(${c})`)];
  if (matches.length === 0) return { rows: [], total: 0 };

  const where = [`(${matches.join(' OR ')})`, `d.exists_from <= ${asOf}`];
  if (!p.includeRepealed) where.push(`d.exists_to > ${asOf}`);
  if (p.actIds?.length) where.push(`d.act_id = ANY(${param(p.actIds)})`);
  if (p.claimTypes?.length) where.push(`d.claim_types && ${param(p.claimTypes)}::text[]`);
  const from = p.amendedFrom ? dateNumber(p.amendedFrom) : null;
  const to = p.amendedTo ? dateNumber(p.amendedTo) : null;
  const inRange = (x: string) =>
    [from !== null ? `${x} >= ${param(from)}` : null, to !== null ? `${x} <= ${param(to)}` : null].filter(Boolean).join(' AND ');
  if (p.amendedBy && (from !== null || to !== null)) {
    where.push(
      `EXISTS (SELECT 1 FROM unnest(d.amendments) k WHERE split_part(k, '@', 1) = ${param(p.amendedBy)} AND ${inRange("split_part(k, '@', 2)::int")})`,
    );
  } else if (p.amendedBy) {
    where.push(`${param(p.amendedBy)} = ANY(d.amended_by)`);
  } else if (from !== null || to !== null) {
    where.push(`EXISTS (SELECT 1 FROM unnest(d.amended_on) o WHERE ${inRange('o')})`);
  }
  const citedFirst = cited.length ? `(${cited.map((c) => `(${c})`).join(' OR ')}) DESC, ` : '';
  const rank = tsquery ? `ts_rank_cd(d.terms, ${tsquery})` : '0';
  const rows: FallbackRow[] = await ds.query(
    `SELECT d.clause_id, d.kk_text, d.ru_text, ${rank} AS rank, count(*) OVER () AS total
       FROM search_document d
      WHERE ${where.join(' AND ')}
      ORDER BY ${citedFirst}rank DESC, d.position
      LIMIT ${param(p.limit)} OFFSET ${param(p.offset)}`,
    params,
  );
  return { rows, total: rows.length ? Number(rows[0].total) : 0 };
}
