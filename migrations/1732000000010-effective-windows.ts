import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Effective dates as evidence: every amendment and every act's own entry into force carries the window the sources
 * prove (first possible day, the day by which it certainly applied, why, in both languages); amending acts and
 * acts carry their recorded publication with its source; a wording names the amendments that began and ended it;
 * a clause carries the first day it may be in force with evidence and the day its repeal certainly applied. Rows
 * already stored get placeholder values that the next ingest (a new rows format) replaces.
 */
export class EffectiveWindows1732000000010 implements MigrationInterface {
  name = 'EffectiveWindows1732000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE act
      ADD COLUMN entry_rule text NOT NULL DEFAULT 'UNSTATED',
      ADD COLUMN entry_rule_clause text,
      ADD COLUMN entry_earliest date,
      ADD COLUMN entry_latest date,
      ADD COLUMN entry_exact boolean NOT NULL DEFAULT false,
      ADD COLUMN entry_reason_kk text NOT NULL DEFAULT '',
      ADD COLUMN entry_reason_ru text NOT NULL DEFAULT '',
      ADD COLUMN published_on date,
      ADD COLUMN publication_source text,
      ADD COLUMN current_edition_by date`);
    await q.query('UPDATE act SET entry_earliest = adopted_on');
    await q.query('ALTER TABLE act ALTER COLUMN entry_earliest SET NOT NULL');
    await q.query(
      `ALTER TABLE act ADD CONSTRAINT act_publication_has_source CHECK (published_on IS NULL OR publication_source IS NOT NULL)`,
    );

    await q.query('ALTER TABLE amending_act ADD COLUMN publication_source text');
    await q.query(
      `ALTER TABLE amending_act ADD CONSTRAINT amending_act_publication_has_source CHECK (published_on IS NULL OR publication_source IS NOT NULL)`,
    );

    await q.query(`ALTER TABLE amendment
      ADD COLUMN effective_latest date,
      ADD COLUMN effective_reason_kk text NOT NULL DEFAULT '',
      ADD COLUMN effective_reason_ru text NOT NULL DEFAULT ''`);
    await q.query(
      `ALTER TABLE amendment ADD CONSTRAINT amendment_window_ordered CHECK (effective_latest IS NULL OR effective_latest >= effective_from)`,
    );

    await q.query('ALTER TABLE wording ADD COLUMN starts_with text, ADD COLUMN ends_with text');

    await q.query('ALTER TABLE clause ADD COLUMN exists_from date, ADD COLUMN repealed_from date');
    await q.query('UPDATE clause c SET exists_from = a.adopted_on FROM act a WHERE a.id = c.act_id');
    await q.query('ALTER TABLE clause ALTER COLUMN exists_from SET NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE clause DROP COLUMN repealed_from, DROP COLUMN exists_from');
    await q.query('ALTER TABLE wording DROP COLUMN ends_with, DROP COLUMN starts_with');
    await q.query('ALTER TABLE amendment DROP CONSTRAINT amendment_window_ordered');
    await q.query('ALTER TABLE amendment DROP COLUMN effective_reason_ru, DROP COLUMN effective_reason_kk, DROP COLUMN effective_latest');
    await q.query('ALTER TABLE amending_act DROP CONSTRAINT amending_act_publication_has_source');
    await q.query('ALTER TABLE amending_act DROP COLUMN publication_source');
    await q.query('ALTER TABLE act DROP CONSTRAINT act_publication_has_source');
    await q.query(`ALTER TABLE act
      DROP COLUMN current_edition_by, DROP COLUMN publication_source, DROP COLUMN published_on, DROP COLUMN entry_reason_ru,
      DROP COLUMN entry_reason_kk, DROP COLUMN entry_exact, DROP COLUMN entry_latest, DROP COLUMN entry_earliest,
      DROP COLUMN entry_rule_clause, DROP COLUMN entry_rule`);
  }
}
