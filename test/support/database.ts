/** A connection of its own to the integration suite's PostgreSQL, for the time of `run`. */
import { Client } from 'pg';

export async function withTestDatabase<T>(run: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: process.env.ZANGRAPH_TEST_DATABASE_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}
