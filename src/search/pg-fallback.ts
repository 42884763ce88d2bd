/**
 * Search from PostgreSQL full-text search when Meilisearch is unreachable: the same documents (written beside the
 * index at every reindex), the same analyzed stems, ranked by ts_rank_cd. Answers are marked degraded.
 */
import type { DataSource } from 'typeorm';
import type { AnalyzedQuery } from './query-analysis';
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

export async function searchPostgres(ds: DataSource, q: AnalyzedQuery, p: SearchParams): Promise<{ rows: FallbackRow[]; total: number }> {
  if (q.terms.length === 0) return { rows: [], total: 0 };
  const tsquery = q.terms.map(lexeme).join(' | ');
  const asOf = dateNumber(p.asOf);
  const params: unknown[] = [tsquery, asOf, p.limit, p.offset];
  const where = ['d.terms @@ to_tsquery(\'simple\', $1)', 'd.exists_from <= $2'];
  if (!p.includeRepealed) where.push('d.repealed_on > $2');
  if (p.actIds?.length) {
    params.push(p.actIds);
    where.push(`d.act_id = ANY($${params.length})`);
  }
  if (p.claimTypes?.length) {
    params.push(p.claimTypes);
    where.push(`d.claim_types && $${params.length}::text[]`);
  }
  const rows: FallbackRow[] = await ds.query(
    `SELECT d.clause_id, d.kk_text, d.ru_text, ts_rank_cd(d.terms, to_tsquery('simple', $1)) AS rank, count(*) OVER () AS total
       FROM search_document d
      WHERE ${where.join(' AND ')}
      ORDER BY rank DESC, d.position
      LIMIT $3 OFFSET $4`,
    params,
  );
  return { rows, total: rows.length ? Number(rows[0].total) : 0 };
}
