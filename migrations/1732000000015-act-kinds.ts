import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kinds the schema allowed before this migration (a CHECK on each table). */
const KINDS_BEFORE = `'GOVERNMENT_DECREE','SUPREME_COURT_NORMATIVE_RESOLUTION'`;

/**
 * The kinds of act are a table, kept equal to the act-kind registry (src/domain/act-kinds.ts) at every start
 * (syncActKinds in src/data-source.ts), and acts refer to it: a kind added to the registry needs no migration.
 */
export class ActKinds1732000000015 implements MigrationInterface {
  name = 'ActKinds1732000000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE act_kind (code text PRIMARY KEY);
      INSERT INTO act_kind (code) SELECT unnest(ARRAY[${KINDS_BEFORE}]) UNION SELECT kind FROM act UNION SELECT kind FROM amending_act;
      ALTER TABLE act DROP CONSTRAINT act_kind_check;
      ALTER TABLE act ADD CONSTRAINT act_kind_fkey FOREIGN KEY (kind) REFERENCES act_kind (code) DEFERRABLE INITIALLY DEFERRED;
      ALTER TABLE amending_act DROP CONSTRAINT amending_act_kind_check;
      ALTER TABLE amending_act ADD CONSTRAINT amending_act_kind_fkey FOREIGN KEY (kind) REFERENCES act_kind (code) DEFERRABLE INITIALLY DEFERRED;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // fails while an act of a kind added since is stored: remove it (its acts.yaml entry, then ingest) first
    await q.query(`
      ALTER TABLE amending_act DROP CONSTRAINT amending_act_kind_fkey;
      ALTER TABLE amending_act ADD CONSTRAINT amending_act_kind_check CHECK (kind IN (${KINDS_BEFORE}));
      ALTER TABLE act DROP CONSTRAINT act_kind_fkey;
      ALTER TABLE act ADD CONSTRAINT act_kind_check CHECK (kind IN (${KINDS_BEFORE}));
      DROP TABLE act_kind;
    `);
  }
}
