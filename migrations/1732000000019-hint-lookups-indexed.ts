import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A question that gives an act number, names a code or asks about a year's changes looks the acts and amending acts
 * up by number, kind and year of adoption (the search engine's hints): indexed, so that look-up costs the same
 * however many acts the knowledge base holds, instead of a scan of both tables for every such question.
 */
export class HintLookupsIndexed1732000000019 implements MigrationInterface {
  name = 'HintLookupsIndexed1732000000019';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX act_number_idx ON act (number);
      CREATE INDEX act_kind_idx ON act (kind);
      CREATE INDEX amending_act_number_idx ON amending_act (number);
      CREATE INDEX amending_act_year_idx ON amending_act ((extract(year FROM adopted_on)::int));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX amending_act_year_idx;
      DROP INDEX amending_act_number_idx;
      DROP INDEX act_kind_idx;
      DROP INDEX act_number_idx;
    `);
  }
}
