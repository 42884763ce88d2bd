import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Acts, their clauses, wordings per language and period, notes, amendments and outgoing references.
 *  Foreign keys are deferred so that one ingest transaction can write rows in any order. */
export class InitialSchema1732000000000 implements MigrationInterface {
  name = 'InitialSchema1732000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE act (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('GOVERNMENT_DECREE','SUPREME_COURT_NORMATIVE_RESOLUTION')),
        number text NOT NULL,
        adopted_on date NOT NULL,
        issuer_kk text NOT NULL,
        issuer_ru text NOT NULL,
        uri text NOT NULL,
        source_file text NOT NULL,
        signatures jsonb NOT NULL DEFAULT '[]'
      );
      CREATE TABLE amending_act (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('GOVERNMENT_DECREE','SUPREME_COURT_NORMATIVE_RESOLUTION')),
        number text NOT NULL,
        adopted_on date NOT NULL,
        issuer_kk text NOT NULL,
        issuer_ru text NOT NULL,
        published_on date
      );
      CREATE TABLE clause (
        id text PRIMARY KEY,
        act_id text NOT NULL REFERENCES act(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        e_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PREAMBLE','POINT','SUBPOINT','ATTACHMENT')),
        number text,
        parent_id text REFERENCES clause(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position int NOT NULL,
        UNIQUE (act_id, e_id)
      );
      CREATE INDEX clause_act_idx ON clause(act_id, position);
      CREATE INDEX clause_parent_idx ON clause(parent_id);
      CREATE TABLE note (
        id text PRIMARY KEY,
        act_id text NOT NULL REFERENCES act(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        anchor text NOT NULL,
        lang text NOT NULL CHECK (lang IN ('kk','ru')),
        official boolean NOT NULL,
        text text NOT NULL,
        position int NOT NULL,
        translation_of text REFERENCES note(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        source text NOT NULL
      );
      CREATE INDEX note_translation_idx ON note(translation_of);
      CREATE TABLE wording (
        id text PRIMARY KEY,
        act_id text NOT NULL REFERENCES act(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        target text NOT NULL,
        clause_id text REFERENCES clause(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        lang text NOT NULL CHECK (lang IN ('kk','ru')),
        valid_from date,
        valid_to date,
        paragraphs jsonb NOT NULL,
        official boolean NOT NULL,
        complete boolean NOT NULL,
        origin text NOT NULL CHECK (origin IN ('OFFICIAL_TEXT','FRAGMENT','TRANSLATION')),
        source text NOT NULL,
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
      );
      CREATE INDEX wording_unit_idx ON wording(act_id, target, lang);
      CREATE TABLE amendment (
        id text PRIMARY KEY,
        act_id text NOT NULL REFERENCES act(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        target text NOT NULL,
        clause_id text REFERENCES clause(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        kind text NOT NULL CHECK (kind IN ('RESTATED','REPEALED','INSERTED','MODIFIED')),
        amending_act_id text NOT NULL REFERENCES amending_act(id) DEFERRABLE INITIALLY DEFERRED,
        effective_rule text NOT NULL,
        effective_from date NOT NULL,
        effective_from_exact boolean NOT NULL,
        note_id text NOT NULL REFERENCES note(id) DEFERRABLE INITIALLY DEFERRED,
        position int NOT NULL
      );
      CREATE INDEX amendment_act_idx ON amendment(act_id, effective_from);
      CREATE INDEX amendment_clause_idx ON amendment(clause_id);
      CREATE INDEX amendment_amending_act_idx ON amendment(amending_act_id);
      CREATE TABLE reference (
        id text PRIMARY KEY,
        clause_id text NOT NULL REFERENCES clause(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position int NOT NULL,
        paragraph int NOT NULL,
        text text NOT NULL,
        start_offset int NOT NULL,
        end_offset int NOT NULL,
        target_act text NOT NULL,
        article text,
        point text,
        part text,
        subpoint text,
        target_clause_id text REFERENCES clause(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
      );
      CREATE INDEX reference_clause_idx ON reference(clause_id);
      CREATE TABLE corpus_state (
        key text PRIMARY KEY,
        hash text NOT NULL,
        ingested_at timestamptz NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reference, amendment, wording, note, clause, amending_act, act, corpus_state`);
  }
}
