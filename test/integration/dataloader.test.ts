/** Relations are batched: the SQL statement count of a nested query does not grow with the size of the answer. */
import { gql } from '../support/graphql-client';

async function statements(query: string): Promise<number> {
  const r = await gql(query);
  expect(r.errors).toBeUndefined();
  const n = r.extensions?.sqlStatements;
  expect(typeof n).toBe('number');
  return n as number;
}

it('runs a constant number of statements for acts { clauses { history { amendingAct { id } } } } (no N+1)', async () => {
  const all = await statements(`{ acts { clauses(includeRepealed: true) { history { amendingAct { id } } } } }`);
  const one = await statements(`{ act(id: "gov-2012-1213") { clauses(includeRepealed: true) { history { amendingAct { id } } } } }`);
  // 45 clauses and 41 amendments: a per-clause or per-amendment query would show up as dozens of statements.
  expect(all).toBeLessThanOrEqual(6);
  expect(all - one).toBeLessThanOrEqual(1);
});

it('keeps texts, statuses and references of every clause batched too', async () => {
  const n = await statements(`{ acts { clauses(includeRepealed: true) { status text(lang: RU) { text } versions { validFrom } references { targetAct } notes children { id } parent { id } } } }`);
  expect(n).toBeLessThanOrEqual(8);
});
