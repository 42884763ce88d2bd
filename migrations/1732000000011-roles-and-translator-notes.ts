import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES_BEFORE = `'BASIS','AMOUNT','DEFENCE','LIMITATION','PROCEDURE','EVIDENCE'`;
const ROLES = `'BASIS','AMOUNT','DEFENCE','BARS_DEFENCE','LIMITATION','PROCEDURE','EVIDENCE'`;

/**
 * Governing roles that say what a clause does: BARS_DEFENCE for a rule that takes a defence away (the victim's
 * fault not taken into account, a reduction not allowed), and one link per role, so that a clause doing two
 * things for one claim type is listed under both. Translator's notes ride on the wording they explain: only an
 * unofficial translation carries them, as a JSON array.
 */
export class RolesAndTranslatorNotes1732000000011 implements MigrationInterface {
  name = 'RolesAndTranslatorNotes1732000000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE claim_type_clause DROP CONSTRAINT claim_type_clause_role_check;
      ALTER TABLE claim_type_clause ADD CONSTRAINT claim_type_clause_role_check CHECK (role IN (${ROLES}));
      ALTER TABLE claim_type_clause DROP CONSTRAINT claim_type_clause_claim_type_code_clause_id_key;
      ALTER TABLE claim_type_clause ADD CONSTRAINT claim_type_clause_claim_type_code_clause_id_role_key UNIQUE (claim_type_code, clause_id, role) DEFERRABLE INITIALLY DEFERRED;
      ALTER TABLE wording ADD COLUMN translator_notes jsonb NOT NULL DEFAULT '[]'
        CONSTRAINT wording_translator_notes_check CHECK (jsonb_typeof(translator_notes) = 'array' AND (NOT official OR translator_notes = '[]'::jsonb));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // the older schema has room for one role per claim type and clause, none of them BARS_DEFENCE: the next ingest
    // of an older release writes its own links again
    await q.query(`
      ALTER TABLE wording DROP COLUMN translator_notes;
      DELETE FROM claim_type_clause WHERE role NOT IN (${ROLES_BEFORE});
      DELETE FROM claim_type_clause l USING claim_type_clause k
       WHERE l.claim_type_code = k.claim_type_code AND l.clause_id = k.clause_id AND l.id > k.id;
      ALTER TABLE claim_type_clause DROP CONSTRAINT claim_type_clause_claim_type_code_clause_id_role_key;
      ALTER TABLE claim_type_clause ADD CONSTRAINT claim_type_clause_claim_type_code_clause_id_key UNIQUE (claim_type_code, clause_id);
      ALTER TABLE claim_type_clause DROP CONSTRAINT claim_type_clause_role_check;
      ALTER TABLE claim_type_clause ADD CONSTRAINT claim_type_clause_role_check CHECK (role IN (${ROLES_BEFORE}));
    `);
  }
}
