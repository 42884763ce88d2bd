/** `npm run bench`: every figure, with the command that produced it. */
import { benchClauseQuery } from './clause-query';
import { benchParse } from './parse-throughput';
import { benchSearch } from './search-latency';
import { benchStartup } from './startup';
import { ms } from './support';

async function main() {
  console.log(`# Zangraph benchmarks — ${new Date().toISOString()} — node ${process.version}`);
  const p = benchParse();
  console.log(
    `parse throughput (node dist/bench/parse-throughput.js): ${p.mbPerSecond.toFixed(2)} MB/s, ${p.parsesPerSecond.toFixed(0)} acts/s`,
  );
  const s = await benchStartup();
  console.log(`start to healthy (node dist/bench/startup.js): cold ${ms(s.coldMs)}, warm ${ms(s.warmMs)}`);
  const q = await benchClauseQuery();
  for (const [k, v] of Object.entries(q))
    console.log(
      `clause query over HTTP, ${k} (node dist/bench/clause-query.js): p50 ${ms(v.p50)}, p95 ${ms(v.p95)}, ${v.rps.toFixed(0)} req/s`,
    );
  const r = await benchSearch();
  console.log(
    `search via GraphQL, 8 clients, first sight of ${r.queries} questions (node dist/bench/search-latency.js): p50 ${ms(r.firstSight.p50)}, p95 ${ms(r.firstSight.p95)}, ${r.firstSight.rps.toFixed(0)} req/s`,
  );
  console.log(
    `the engine's own request straight to Meilisearch, 8 clients, same run: p50 ${ms(r.direct.p50)}, p95 ${ms(r.direct.p95)}, ${r.direct.rps.toFixed(0)} req/s`,
  );
  console.log(
    `search via GraphQL, 8 clients, repeated: p50 ${ms(r.repeated.p50)}, p95 ${ms(r.repeated.p95)}, ${r.repeated.rps.toFixed(0)} req/s`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
