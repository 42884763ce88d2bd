import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The search documents, kept beside the Meilisearch index so search can fall back to PostgreSQL full-text
 *  search. Derived data: rewritten by every reindex. */
export class SearchDocuments1732000000002 implements MigrationInterface {
  name = 'SearchDocuments1732000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_document (
        id text PRIMARY KEY,
        clause_id text NOT NULL,
        act_id text NOT NULL,
        position int NOT NULL,
        exists_from int NOT NULL,
        repealed_on int NOT NULL,
        claim_types text[] NOT NULL DEFAULT '{}',
        kk_text text NOT NULL,
        ru_text text NOT NULL,
        kk_stems text NOT NULL,
        kk_folded text NOT NULL,
        ru_stems text NOT NULL,
        len_kk int NOT NULL,
        len_folded int NOT NULL,
        len_ru int NOT NULL,
        terms tsvector NOT NULL
      );
      CREATE INDEX search_document_terms_idx ON search_document USING gin(terms);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE search_document');
  }
}
