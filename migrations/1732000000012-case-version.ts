import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version number on every case, moved by the database itself with every update (whoever writes: the API, an
 * ingest, a replica's apply worker — hence ENABLE ALWAYS). Editors send back the version they read
 * (`ifVersion`); a write against an older one is refused instead of silently replacing another editor's work.
 */
export class CaseVersion1732000000012 implements MigrationInterface {
  name = 'CaseVersion1732000000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE court_case ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0);
      CREATE FUNCTION court_case_next_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := OLD.version + 1;
        RETURN NEW;
      END $$;
      CREATE TRIGGER court_case_versions BEFORE UPDATE ON court_case FOR EACH ROW EXECUTE FUNCTION court_case_next_version();
      ALTER TABLE court_case ENABLE ALWAYS TRIGGER court_case_versions;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER court_case_versions ON court_case;
      DROP FUNCTION court_case_next_version();
      ALTER TABLE court_case DROP COLUMN version;
    `);
  }
}
