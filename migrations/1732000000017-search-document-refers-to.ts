import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The points a search document's point refers to (its own act's points, the Code's units it cites), resolved at
 * index time beside its outside norms, so the re-rank reads them with the rest of the point instead of looking the
 * references up at every search. Derived data: the stored index fingerprints are forgotten, so the next start
 * rebuilds the index and fills the column.
 */
export class SearchDocumentRefersTo1732000000017 implements MigrationInterface {
  name = 'SearchDocumentRefersTo1732000000017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_document ADD COLUMN refers_to text[] NOT NULL DEFAULT '{}';
      DELETE FROM corpus_state WHERE key IN ('search-index', 'search-sources', 'search-built-from');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_document DROP COLUMN refers_to;
      DELETE FROM corpus_state WHERE key IN ('search-index', 'search-sources', 'search-built-from');
    `);
  }
}
