import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows the API serves; search documents and corpus state are derived or bookkeeping. */
export const SERVED_TABLES = [
  'act',
  'amending_act',
  'clause',
  'note',
  'wording',
  'amendment',
  'reference',
  'claim_type',
  'claim_type_clause',
  'court_case',
  'case_claim_type',
  'case_citation',
  'case_reference',
];

/**
 * One number that moves with every committed write to a served table, whoever writes (this server, another
 * replica, `zangraph ingest`): servers remember what they read and drop it when the number moves. A row updated
 * inside the writing transaction (not a sequence) so the new number becomes visible only with the data.
 */
export class DataVersion1732000000003 implements MigrationInterface {
  name = 'DataVersion1732000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_version (
        id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        version bigint NOT NULL
      );
      INSERT INTO data_version (id, version) VALUES (1, 1);
      CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1 WHERE id = 1;
        RETURN NULL;
      END $$;
    `);
    for (const table of SERVED_TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_bumps_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of SERVED_TABLES) await q.query(`DROP TRIGGER ${table}_bumps_data_version ON ${table}`);
    await q.query('DROP FUNCTION bump_data_version(); DROP TABLE data_version;');
  }
}
