import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim types and the clauses that govern them; court cases (from the corpus or added by editors), their claim
 * types, the clauses they cite explicitly and the outside norms they cite. TOPICAL links are not stored: they
 * follow from a case's claim types. Foreign keys are deferred, as in the initial schema, so one ingest
 * transaction can write rows in any order.
 */
export class ClaimTypesAndCases1732000000001 implements MigrationInterface {
  name = 'ClaimTypesAndCases1732000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claim_type (
        id text PRIMARY KEY,
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        description_kk text,
        description_ru text,
        position int NOT NULL
      );
      CREATE TABLE claim_type_clause (
        id text PRIMARY KEY,
        claim_type_code text NOT NULL REFERENCES claim_type(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        clause_id text NOT NULL REFERENCES clause(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        role text NOT NULL CHECK (role IN ('BASIS','AMOUNT','DEFENCE','LIMITATION','PROCEDURE','EVIDENCE')),
        rationale_kk text NOT NULL,
        rationale_ru text NOT NULL,
        position int NOT NULL,
        UNIQUE (claim_type_code, clause_id)
      );
      CREATE INDEX claim_type_clause_clause_idx ON claim_type_clause(clause_id);
      CREATE TABLE court_case (
        id text PRIMARY KEY,
        origin text NOT NULL CHECK (origin IN ('CORPUS','EDITOR')),
        court_kk text NOT NULL,
        court_ru text,
        case_number text,
        decided_on date,
        date_note_kk text,
        date_note_ru text,
        summary_kk text NOT NULL CHECK (length(btrim(summary_kk)) > 0),
        summary_ru text,
        outcome_kk text NOT NULL,
        outcome_ru text,
        amount_awarded_kzt double precision CHECK (amount_awarded_kzt IS NULL OR amount_awarded_kzt >= 0),
        source_url text NOT NULL CHECK (source_url ~* '^https?://'),
        other_sources jsonb NOT NULL DEFAULT '[]',
        source_file text
      );
      CREATE INDEX court_case_decided_idx ON court_case(decided_on);
      CREATE TABLE case_claim_type (
        id text PRIMARY KEY,
        case_id text NOT NULL REFERENCES court_case(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        claim_type_code text NOT NULL REFERENCES claim_type(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position int NOT NULL,
        UNIQUE (case_id, claim_type_code)
      );
      CREATE INDEX case_claim_type_type_idx ON case_claim_type(claim_type_code);
      CREATE TABLE case_citation (
        id text PRIMARY KEY,
        case_id text NOT NULL REFERENCES court_case(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        clause_id text NOT NULL REFERENCES clause(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        quote text,
        start_offset int,
        end_offset int,
        position int NOT NULL,
        UNIQUE (case_id, clause_id),
        CHECK ((start_offset IS NULL) = (end_offset IS NULL) AND (start_offset IS NULL OR start_offset <= end_offset))
      );
      CREATE INDEX case_citation_clause_idx ON case_citation(clause_id);
      CREATE TABLE case_reference (
        id text PRIMARY KEY,
        case_id text NOT NULL REFERENCES court_case(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position int NOT NULL,
        text text,
        target_act text NOT NULL,
        article text,
        point text,
        part text,
        subpoint text,
        start_offset int,
        end_offset int
      );
      CREATE INDEX case_reference_case_idx ON case_reference(case_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_reference, case_citation, case_claim_type, court_case, claim_type_clause, claim_type`);
  }
}
