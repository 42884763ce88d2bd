import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A reference to a chapter of a code ("АК-нің 47-тарауы", "глава 47 ГК") names the chapter, not an article. */
export class ReferenceChapter1732000000004 implements MigrationInterface {
  name = 'ReferenceChapter1732000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE reference ADD COLUMN chapter text');
    await q.query('ALTER TABLE case_reference ADD COLUMN chapter text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE case_reference DROP COLUMN chapter');
    await q.query('ALTER TABLE reference DROP COLUMN chapter');
  }
}
