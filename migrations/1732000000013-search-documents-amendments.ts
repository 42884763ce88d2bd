import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fallback's search documents in the shape Meilisearch now ranks: keyboard-folded Kazakh and Russian stems of
 * the text, the glossary concepts it names, the stems of what is said about it (citation, amendment notes), the
 * point's number, when it existed (from/to), what amended it and when, and the outside norms it cites, so the
 * PostgreSQL fallback applies the same filters. And the statistics the re-rank weighs terms by: in how many points
 * each stem of each field occurs, the number of points and their average lengths (`search_term`). Derived data:
 * the tables are made anew and the stored index fingerprints are forgotten, so the next start rebuilds them.
 */
export class SearchDocumentsAmendments1732000000013 implements MigrationInterface {
  name = 'SearchDocumentsAmendments1732000000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE search_document;
      CREATE TABLE search_document (
        id text PRIMARY KEY,
        clause_id text NOT NULL,
        act_id text NOT NULL,
        position int NOT NULL,
        number text,
        exists_from int NOT NULL,
        exists_to int NOT NULL,
        claim_types text[] NOT NULL DEFAULT '{}',
        amended_by text[] NOT NULL DEFAULT '{}',
        amended_on int[] NOT NULL DEFAULT '{}',
        amendments text[] NOT NULL DEFAULT '{}',
        cites text[] NOT NULL DEFAULT '{}',
        kk_text text NOT NULL,
        ru_text text NOT NULL,
        kk_folded text NOT NULL,
        ru_stems text NOT NULL,
        concepts text NOT NULL,
        about_kk_folded text NOT NULL,
        about_ru_stems text NOT NULL,
        terms tsvector NOT NULL
      );
      CREATE INDEX search_document_terms_idx ON search_document USING gin(terms);
      CREATE UNIQUE INDEX search_document_clause_idx ON search_document(clause_id);
      CREATE TABLE search_term (
        field text NOT NULL,
        term text NOT NULL,
        frequency double precision NOT NULL,
        PRIMARY KEY (field, term)
      );
      DELETE FROM corpus_state WHERE key IN ('search-index', 'search-sources');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE search_term;
      DROP TABLE search_document;
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
      DELETE FROM corpus_state WHERE key IN ('search-index', 'search-sources');
    `);
  }
}
