/**
 * An act's clauses as a catalog of citable clauses (catalog.ts) needs them: their eIds in document order and the
 * number of attachments. The citation service reads every act's outline through the corpus cache, the search the
 * outlines of the acts a question names: one aggregate for both, as the clause table stores it.
 */
export interface ClauseOutline {
  attachments: number;
  /** The clauses' eIds, in document order. */
  eIds: string[];
}

/** The outline's columns, aggregated over the rows `c` of table `clause` grouped by act. */
export const CLAUSE_OUTLINE_COLUMNS = `count(*) FILTER (WHERE c.kind = 'ATTACHMENT')::int AS attachments, array_agg(c.e_id ORDER BY c.position) AS "eIds"`;
