/**
 * The dearest requests the limits allow, on this corpus: what each costs the server in CPU time and memory.
 * First the price of each kind of field alone (what the cost weights of src/http/query-limits.ts stand for),
 * then requests built to come as close to every limit as they may — the cost limit with each kind of field,
 * the longest text for resolveCitations, pages of a hundred, introspection — each run with fresh variables
 * so that no cache answers it. CPU is the server process's own (user + system, from /proc), memory its
 * resident size above what it held before the request.
 *
 *   npm run build && node dist/bench/worst-request.js [--runs 3]
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parse, visit } from 'graphql';
import { DataSource } from 'typeorm';
import { buildZangraphSchema } from '../src/schema/build-schema';
import { introspectionListSizes } from '../src/http/query-cost';
import { DEFAULT_QUERY_LIMITS, operationCost } from '../src/http/query-limits';
import { ListSizes } from '../src/services/list-sizes';
import { CITATION_LIMITS } from '../src/services/citation.service';
import { CITATION_ATTACKS } from './attacks/citation-texts';
import { ISSUE_COST_QUERY } from './faults/attacks';
import { startInstance } from './faults/instance';
import { graphqlBody, keepAliveAgent, send } from './http-client';

const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

function cpuMillis(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function rssBytes(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
}

const dayOf = (n: number) => new Date(Date.UTC(1999, 0, 1) + ((n * 37) % 9500) * 86_400_000).toISOString().slice(0, 10);
const words = [
  'зиян',
  'вред',
  'жалақы',
  'заработок',
  'жерлеу',
  'погребение',
  'еңбек',
  'увечье',
  'асыраушы',
  'кормилец',
  'моральный',
  'мүгедектік',
  'инвалидность',
  'өтемақы',
  'компенсация',
  'сот',
  'суд',
  'қызметкер',
  'работник',
  'денсаулық',
];

/**
 * Requests near each limit: `k` copies (aliases) of the dear part, as many as the cost limit lets through
 * (the bench finds the largest k); `n` makes every run's variables new.
 */
const REQUESTS: Array<{ name: string; make: (n: number, k: number) => string }> = [
  {
    name: "the issue's nesting, allowed: clauses of acts of clauses, k wordings at a date each",
    make: (n, k) =>
      graphqlBody(
        `query($d: Date) { acts { clauses(includeRepealed: true) { act { clauses(includeRepealed: true) { ${Array.from({ length: k }, (_, i) => `t${i}: text(asOf: $d, lang: ${i % 2 ? 'RU' : 'KK'}) { text }`).join(' ')} } } } } }`,
        { d: dayOf(n) },
      ),
  },
  {
    name: "the issue's nesting, allowed: clauses of acts of clauses, k wordings of today each (the longest answer)",
    make: (n, k) =>
      graphqlBody(
        `{ acts { clauses(includeRepealed: true) { act { clauses(includeRepealed: true) { ${Array.from({ length: k }, (_, i) => `t${i}: text(lang: ${(i + n) % 2 ? 'RU' : 'KK'}) { text }`).join(' ')} } } } } }`,
      ),
  },
  {
    name: 'plain fields only: clauses of acts of clauses, k ids and statuses each',
    make: (n, k) =>
      graphqlBody(
        `query($d: Date) { acts { clauses(includeRepealed: true) { act { clauses(includeRepealed: true) { ${Array.from({ length: k }, (_, i) => `i${i}: id s${i}: status(asOf: $d) n${i}: number`).join(' ')} } } } } }`,
        { d: dayOf(n) },
      ),
  },
  {
    name: 'every clause: k × (citation, paragraphs, status at a date), versions, history',
    make: (n, k) =>
      graphqlBody(
        `query($d: Date) { acts { clauses(includeRepealed: true, asOf: $d) { ${Array.from({ length: k }, (_, i) => `c${i}: citation(asOf: $d, style: ${i % 2 ? 'SHORT' : 'FULL'}, lang: ${i % 3 ? 'RU' : 'KK'}) p${i}: paragraphs(asOf: $d) s${i}: status(asOf: $d)`).join(' ')} versions { text validFrom } history { note(lang: RU) effectiveFrom } } } }`,
        { d: dayOf(n) },
      ),
  },
  {
    name: 'search: k questions never asked before, 100 hits each, with snippets',
    make: (n, k) =>
      graphqlBody(
        `{ ${Array.from({ length: k }, (_, i) => `s${i}: search(query: "${words[(n * 7 + i) % words.length]} ${words[(n * 3 + i * 5) % words.length]} ${n}x${i}", first: 100) { totalCount edges { node { score snippet clause { id } } } }`).join(' ')} }`,
      ),
  },
  {
    name: 'changes with word diffs from k different dates',
    make: (n, k) =>
      graphqlBody(
        `{ ${Array.from({ length: k }, (_, i) => `c${i}: changes(actId: "${i % 2 ? 'sc-1999-9' : 'gov-2012-1213'}", from: "${dayOf(n + i)}", to: "2026-01-01", lang: ${i % 3 ? 'RU' : 'KK'}) { clause { id } before { text } after { text } diff { op text } }`).join(' ')} }`,
      ),
  },
  {
    name: `resolveCitations: k texts of Kazakh citations, ${CITATION_LIMITS.maxTextLength} characters in all, each citation with its clause`,
    make: (n, k) => {
      // as many citations as one text may hold (about one per 44 characters), the rest a long act mention
      const per = Math.floor(CITATION_LIMITS.maxTextLength / k) - 8;
      const cited = Math.min(per, 42 * CITATION_LIMITS.maxCitations);
      const text = (i: number) =>
        `${n}:${i} ${CITATION_ATTACKS['kk-citations'](cited)} ${CITATION_ATTACKS['long-mention'](per - cited)}`.slice(0, per + 8);
      const texts = Object.fromEntries(Array.from({ length: k }, (_, i) => [`t${i}`, text(i)]));
      return graphqlBody(
        `query(${Object.keys(texts)
          .map((t) => `$${t}: String!`)
          .join(', ')}) { ${Object.keys(texts)
          .map((t) => `r${t}: resolveCitations(text: $${t}) { start end text clause { id text { text } } act { id } }`)
          .join(' ')} }`,
        texts,
      );
    },
  },
  {
    name: 'cases: 100 a page, their citations with the wording at decision, k pages',
    make: (n, k) =>
      graphqlBody(
        `{ ${Array.from({ length: k }, (_, i) => `p${i}: cases(first: 100, filter: { to: "${dayOf(n + i)}" }) { edges { node { id summary(lang: RU) citations { kind statusAtDecision wordingAtDecision { text } clause { citation } } } } }`).join(' ')} }`,
      ),
  },
  {
    name: 'claim types: governing clauses with their citing cases, k per clause',
    make: (n, k) =>
      graphqlBody(
        `query($d: Date) { claimTypes { name(lang: RU) governingClauses(asOf: $d) { rationale clause { text(asOf: $d) { text } ${Array.from({ length: k }, (_, i) => `c${i}: citingCases(first: ${10 + i}) { totalCount edges { node { quote case { summary } } } }`).join(' ')} } } } }`,
        { d: dayOf(n) },
      ),
  },
  {
    name: 'introspection: the full query, k aliases',
    make: (_n, k) =>
      graphqlBody(
        `{ ${Array.from({ length: k }, (_, i) => `i${i}: __schema { types { name description fields(includeDeprecated: true) { name description args { name description type { name kind ofType { name kind ofType { name kind } } } } type { name kind ofType { name kind ofType { name kind ofType { name } } } } } enumValues(includeDeprecated: true) { name description } inputFields { name type { name ofType { name } } } interfaces { name } possibleTypes { name } } }`).join(' ')} }`,
      ),
  },
];

/**
 * One kind of field, many times: every clause reached from every clause (1,260 places) for plain and wording
 * fields, every clause once (45 places) for lists, `aliases` copies at each place, the query repeated until the
 * server has spent a measurable time. What a field costs beyond a plain `id` is its price.
 */
const FIELD_PRICES: Array<{ field: string; select: (i: number, d: string) => string; lists?: boolean }> = [
  { field: 'Clause.id (the plain field)', select: (i) => `f${i}: id` },
  { field: 'Clause.text(asOf) { text }', select: (i, d) => `f${i}: text(asOf: "${d}", lang: ${i % 2 ? 'RU' : 'KK'}) { text }` },
  { field: 'Clause.text { text } (today)', select: (i) => `f${i}: text(lang: ${i % 2 ? 'RU' : 'KK'}) { text }` },
  { field: 'Clause.status(asOf)', select: (i, d) => `f${i}: status(asOf: "${d}")` },
  { field: 'Clause.citation(asOf)', select: (i, d) => `f${i}: citation(asOf: "${d}", lang: ${i % 2 ? 'RU' : 'KK'})` },
  { field: 'Clause.paragraphs(asOf)', select: (i, d) => `f${i}: paragraphs(asOf: "${d}", lang: ${i % 2 ? 'RU' : 'KK'})` },
  { field: 'Clause.versions { text }', select: (i) => `f${i}: versions(lang: ${i % 2 ? 'RU' : 'KK'}) { text }` },
  { field: 'Clause.notes', select: (i) => `f${i}: notes(lang: ${i % 2 ? 'RU' : 'KK'})` },
  { field: 'Clause.history { id }', select: (i) => `f${i}: history { id }`, lists: true },
  { field: 'Clause.references { text }', select: (i) => `f${i}: references { text }`, lists: true },
  { field: 'Clause.claimTypes { code }', select: (i) => `f${i}: claimTypes { code }`, lists: true },
  {
    field: 'Clause.citingCases(first: 10) { totalCount }',
    select: (i) => `f${i}: citingCases(first: ${10 + i}) { totalCount }`,
    lists: true,
  },
];

function aliasesOf(body: string): number {
  let n = 0;
  visit(parse((JSON.parse(body) as { query: string }).query), { Field: (f) => void (f.alias && n++) });
  return n;
}

async function main() {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
  const inst = await startInstance({ ZANGRAPH_RESPONSE_CACHE: '0', ZANGRAPH_RATE_LIMIT: 'off' });
  const ds = new DataSource({ type: 'postgres', url: inst.pgUrl });
  await ds.initialize();
  try {
    const schema = await buildZangraphSchema();
    const introspection = introspectionListSizes(schema);
    const sizes = new ListSizes(
      ds,
      (t, f) =>
        introspection(t, f) ??
        ({ 'Query.resolveCitations': CITATION_LIMITS.maxCitations, 'ClauseChange.diff': 200 } as Record<string, number>)[`${t}.${f}`],
    );
    await sizes.refresh();
    const pid = inst.child.pid!;
    const agent = keepAliveAgent(1);
    console.log(
      `# the dearest allowed requests — ${new Date().toISOString()} — node ${process.version} (node dist/bench/worst-request.js --runs ${runs})`,
    );
    console.log(`list sizes from the database: ${JSON.stringify(sizes.snapshot())}`);
    console.log('');
    let plain = 0;
    console.log(
      'price of one field: 4 aliases at each of the 1,260 places of "acts { clauses { act { clauses { … } } } }" (lists: at each of the 45 of "acts { clauses { … } }")',
    );
    console.log('');
    console.log('| field | per field | beside a plain field |');
    console.log('|---|---|---|');
    for (const [i, f] of FIELD_PRICES.entries()) {
      const aliases = 4;
      const places = f.lists ? 45 : 45 * 28;
      const query = (d: string) => {
        const fields = Array.from({ length: aliases }, (_, k) => f.select(k, d)).join(' ');
        return f.lists
          ? `{ acts { clauses(includeRepealed: true) { ${fields} } } }`
          : `{ acts { clauses(includeRepealed: true) { act { clauses(includeRepealed: true) { ${fields} } } } } }`;
      };
      let spent = 0;
      let repeats = 0;
      while (spent < 300 && repeats < 200) {
        const cpu0 = cpuMillis(pid);
        const reply = await send(new URL('/graphql', inst.url), agent, {
          body: graphqlBody(query(dayOf(5000 + 100 * i + repeats))),
          timeoutMs: 120_000,
        });
        await new Promise((res) => setTimeout(res, 20));
        if (reply.status !== 200) throw new Error(`${f.field}: ${reply.body.slice(0, 300)}`);
        spent += cpuMillis(pid) - cpu0;
        repeats++;
      }
      const each = (spent * 1000) / (places * aliases * repeats);
      if (i === 0) plain = each;
      console.log(`| ${f.field} | ${each.toFixed(1)} µs | ${(each / Math.max(plain, 0.1)).toFixed(1)} × |`);
    }
    console.log('');
    console.log('| request | cost | status | answer | wall (worst) | server CPU (worst) | memory above before (worst) |');
    console.log('|---|---|---|---|---|---|---|');
    let worstCpu = 0;
    let worstMem = 0;
    for (const [i, r] of REQUESTS.entries()) {
      const figures: Array<{ wall: number; cpu: number; mem: number; status: number; bytes: number; limit?: string }> = [];
      const costOf = (body: string) => {
        const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
        return operationCost(schema, parse(query), variables, undefined, DEFAULT_QUERY_LIMITS, sizes) ?? Infinity;
      };
      // as many copies as the cost limit allows (at least one: a request refused is reported as such)
      let copies = 1;
      while (
        costOf(r.make(0, copies + 1)) <= DEFAULT_QUERY_LIMITS.maxCost &&
        aliasesOf(r.make(0, copies + 1)) <= DEFAULT_QUERY_LIMITS.maxAliases
      )
        copies++;
      let cost: number | null = null;
      for (let k = 0; k < runs; k++) {
        const body = r.make(1000 * i + k + 1, copies);
        cost = costOf(body);
        if (global.gc) global.gc();
        await new Promise((res) => setTimeout(res, 300));
        const rssBefore = rssBytes(pid);
        let rssPeak = rssBefore;
        const poll = setInterval(() => (rssPeak = Math.max(rssPeak, rssBytes(pid))), 5);
        const cpu0 = cpuMillis(pid);
        const reply = await send(new URL('/graphql', inst.url), agent, { body, timeoutMs: 120_000 });
        // the CPU of the answer's last bytes is counted once the server is idle again
        await new Promise((res) => setTimeout(res, 50));
        clearInterval(poll);
        const limit = (JSON.parse(reply.body) as { errors?: Array<{ extensions?: { limit?: string } }> }).errors?.[0]?.extensions?.limit;
        figures.push({
          wall: reply.ms,
          cpu: cpuMillis(pid) - cpu0,
          mem: rssPeak - rssBefore,
          status: reply.status,
          bytes: Buffer.byteLength(reply.body),
          limit,
        });
      }
      const worst = (f: (x: (typeof figures)[number]) => number) => Math.max(...figures.map(f));
      const allowed = figures.every((f) => f.status === 200 && !f.limit);
      if (allowed) {
        worstCpu = Math.max(
          worstCpu,
          worst((f) => f.cpu),
        );
        worstMem = Math.max(
          worstMem,
          worst((f) => f.mem),
        );
      }
      const status = [...new Set(figures.map((f) => `${f.status}${f.limit ? ` (${f.limit})` : ''}`))].join(', ');
      console.log(
        `| ${r.name.replace(/\bk\b/, String(copies))} | ${cost ?? '—'} | ${status} | ${(worst((f) => f.bytes) / 1e6).toFixed(2)} MB | ${Math.round(worst((f) => f.wall))} ms | ${Math.round(worst((f) => f.cpu))} ms | ${(worst((f) => f.mem) / 2 ** 20).toFixed(0)} MB |`,
      );
    }
    agent.destroy();
    console.log('');
    console.log(
      `the cost query of issue 12 costs ${operationCost(schema, parse(ISSUE_COST_QUERY), undefined, undefined, DEFAULT_QUERY_LIMITS, sizes)} (limit ${DEFAULT_QUERY_LIMITS.maxCost}): refused before it runs`,
    );
    console.log(
      `worst allowed request: ${Math.round(worstCpu)} ms of server CPU, ${(worstMem / 2 ** 20).toFixed(0)} MB of memory above what the server held before it (limits: 1,000 ms, 256 MB)`,
    );
  } finally {
    await ds.destroy();
    await inst.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
