import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each paragraph of a search document's point begins among its analyzed stems, per language, so the re-rank
 * scores the best paragraph of a long point beside the whole point. Derived data: the stored index fingerprints are
 * forgotten, so the next start rebuilds the index and fills the columns.
 */
export class SearchDocumentPassages1732000000018 implements MigrationInterface {
  name = 'SearchDocumentPassages1732000000018';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_document ADD COLUMN kk_passages int[] NOT NULL DEFAULT '{}', ADD COLUMN ru_passages int[] NOT NULL DEFAULT '{}';
      DELETE FROM corpus_state WHERE key IN ('search-index', 'search-sources', 'search-built-from');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_document DROP COLUMN kk_passages, DROP COLUMN ru_passages;
      DELETE FROM corpus_state WHERE key IN ('search-index', 'search-sources', 'search-built-from');
    `);
  }
}
