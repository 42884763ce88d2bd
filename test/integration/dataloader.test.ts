/**
 * What requests read is remembered across requests and dropped by any write, whoever makes it; cold reads are
 * batched, so the SQL statement count of a nested query does not grow with the size of the answer (no N+1).
 */
import { withTestDatabase as withDb } from '../support/database';
import { gql } from '../support/graphql-client';

/** A write by another process (as an ingest or another replica would make) moves the data version. */
async function writeFromAnotherProcess(): Promise<void> {
  await withDb((c) => c.query(`UPDATE act SET uri = uri WHERE id = 'sc-1999-9'`));
}

async function statements(query: string): Promise<number> {
  const r = await gql(query);
  expect(r.errors).toBeUndefined();
  const n = r.extensions?.sqlStatements;
  expect(typeof n).toBe('number');
  return n as number;
}

/** Until the server has dropped what it remembered: a query that must read the catalog again costs SQL. */
async function untilCold(): Promise<void> {
  const deadline = Date.now() + 10_000;
  await writeFromAnotherProcess();
  for (;;) {
    if ((await statements('{ amendingActs { id } }')) > 0) return;
    if (Date.now() > deadline) throw new Error('the server never noticed a write made by another process');
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('runs a constant number of statements for acts { clauses { history { amendingAct { id } } } } when nothing is remembered (no N+1)', async () => {
  await untilCold();
  const all = await statements(`{ acts { clauses(includeRepealed: true) { history { amendingAct { id } } } } }`);
  await untilCold();
  const one = await statements(`{ act(id: "gov-2012-1213") { clauses(includeRepealed: true) { history { amendingAct { id } } } } }`);
  // 45 clauses and 41 amendments: a per-clause or per-amendment query would show up as dozens of statements.
  // One snapshot per cold batch: begin, isolation, version, act ids, clauses, wordings, amendments, notes, references, commit.
  expect(all).toBeGreaterThan(0);
  expect(all).toBeLessThanOrEqual(12);
  expect(all - one).toBeLessThanOrEqual(1);
});

it('keeps texts, statuses and references of every clause batched too', async () => {
  await untilCold();
  const n = await statements(
    `{ acts { clauses(includeRepealed: true) { status text(lang: RU) { text } versions { validFrom } references { targetAct } notes children { id } parent { id } } } }`,
  );
  expect(n).toBeLessThanOrEqual(12);
});

it('answers a repeated read from memory, without SQL', async () => {
  const q = `{ clause(id: "sc-1999-9/para_12") { status text { text } history { effectiveFrom } } }`;
  await statements(q);
  expect(await statements(q)).toBe(0);
});

it('serves a write made by another process within a second, without a restart', async () => {
  const q = `{ case(id: "karaganda-silicosis-2015") { summary(lang: KK) } }`;
  const before = await gql(q);
  expect(before.errors).toBeUndefined();
  const original = before.data.case.summary as string;
  expect(original.length).toBeGreaterThan(0);
  const marked = `${original} [changed elsewhere]`;
  try {
    await withDb((c) => c.query(`UPDATE court_case SET summary_kk = $1 WHERE id = 'karaganda-silicosis-2015'`, [marked]));
    const seen = Date.now();
    let summary = original;
    while (summary !== marked && Date.now() - seen < 5000) {
      await new Promise((r) => setTimeout(r, 50));
      summary = (await gql(q)).data.case.summary;
    }
    expect(summary).toBe(marked);
    expect(Date.now() - seen).toBeLessThan(1000);
  } finally {
    await withDb((c) => c.query(`UPDATE court_case SET summary_kk = $1 WHERE id = 'karaganda-silicosis-2015'`, [original]));
  }
});
