/**
 * The search's reads are prepared once per connection. Behind a pooler that does not keep prepared statements (a
 * transaction-mode PgBouncer hands each statement to any server connection) a statement the client believes prepared
 * is unknown to the server; the read must still answer, unnamed from then on. Here the server forgets on a real
 * PostgreSQL (`DEALLOCATE ALL` on the same connection) what the client still believes it prepared.
 */
import type { Pool } from 'pg';
import { createDataSource, preparedQuery } from '../../src/data-source';

const SQL = 'SELECT id FROM act WHERE id = ANY($1) ORDER BY id';
const IDS = [['gov-2012-1213', 'sc-1999-9', 'no-such-act']];

describe('preparedQuery', () => {
  const ds = createDataSource(process.env.ZANGRAPH_TEST_DATABASE_URL!);
  let pool: Pool;
  beforeAll(async () => {
    await ds.initialize();
    pool = (ds.driver as unknown as { master: Pool }).master;
  });
  afterAll(() => ds.destroy());

  it('answers as an unnamed statement does', async () => {
    const unnamed = await ds.query(SQL, IDS);
    expect(await preparedQuery(ds, 'test-acts', SQL, IDS)).toEqual(unnamed);
    expect(await preparedQuery(ds, 'test-acts', SQL, IDS)).toEqual(unnamed);
    expect(unnamed.map((r: { id: string }) => r.id)).toEqual(['gov-2012-1213', 'sc-1999-9']);
  });

  it('still answers when the server no longer knows the statement, and sends it unnamed from then on', async () => {
    // one connection at a time: the pool hands back the one just released
    await preparedQuery(ds, 'test-forgotten', SQL, IDS);
    await pool.query('DEALLOCATE ALL');
    const rows = await preparedQuery<{ id: string }>(ds, 'test-forgotten', SQL, IDS);
    expect(rows.map((r) => r.id)).toEqual(['gov-2012-1213', 'sc-1999-9']);
    const named = await pool.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = 'test-later'`);
    await preparedQuery(ds, 'test-later', SQL, IDS);
    const after = await pool.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = 'test-later'`);
    expect([named.rows[0].n, after.rows[0].n]).toEqual([0, 0]);
  });

  it('lets any other error of the statement through', async () => {
    await expect(preparedQuery(ds, 'test-broken', 'SELECT no_such_column FROM act', [])).rejects.toMatchObject({ code: '42703' });
  });
});
