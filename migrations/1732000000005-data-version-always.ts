import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SERVED_TABLES } from './1732000000003-data-version';

/**
 * The data version moves with every write, also one made with session_replication_role = replica: a bulk
 * ingest writes that way (foreign keys are then checked set-wise, see src/ingest/bulk-load.ts), and so does a
 * logical-replication apply worker on a replica whose servers must notice new data just the same. Ordinary
 * triggers fire only in origin mode; ENABLE ALWAYS makes them fire in every mode.
 */
export class DataVersionAlways1732000000005 implements MigrationInterface {
  name = 'DataVersionAlways1732000000005';

  async up(q: QueryRunner): Promise<void> {
    for (const table of SERVED_TABLES) await q.query(`ALTER TABLE ${table} ENABLE ALWAYS TRIGGER ${table}_bumps_data_version`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of SERVED_TABLES) await q.query(`ALTER TABLE ${table} ENABLE TRIGGER ${table}_bumps_data_version`);
  }
}
