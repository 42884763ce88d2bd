/**
 * Citation extraction evaluation: precision, recall and F1 on cited clauses and on outside references, per
 * language, on the project's own set (corpus/eval/citations.yaml) and on the shared development set
 * (../shared/eval/citations-dev.yaml, skipped with a message when absent).
 *
 *   npx tsc -p tsconfig.json && node dist/bench/eval-citations.js
 *
 * The catalog comes from the inventory in corpus/eval/catalog.yaml (act requisites and clause eIds).
 */
import { isActKind } from '../src/domain/act-kinds';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { buildCatalog, extractCitations, type CitationCatalog, type OutsideReference } from '../src/citations';
import { sharedFile } from './support';

/** dist/bench/eval-citations.js → the repository root, whatever the working directory. */
const ROOT = resolve(__dirname, '..', '..');
const OWN_SET = join(ROOT, 'corpus', 'eval', 'citations.yaml');
const DEV_SET = sharedFile('eval', 'citations-dev.yaml');
const INVENTORY = join(ROOT, 'corpus', 'eval', 'catalog.yaml');

const referenceSchema = z.object({
  targetAct: z.string(),
  article: z.coerce.string().optional(),
  part: z.coerce.string().optional(),
  point: z.coerce.string().optional(),
  subpoint: z.coerce.string().optional(),
  chapter: z.coerce.string().optional(),
});
const caseSchema = z.object({
  lang: z.enum(['kk', 'ru']).optional(),
  text: z.string(),
  clauses: z.array(z.string()).default([]),
  /** Absent: the case is not scored on references. */
  references: z.array(referenceSchema).optional(),
});
const setSchema = z.object({ cases: z.array(caseSchema) });
const inventorySchema = z.object({
  acts: z.array(
    z.object({
      id: z.string(),
      kind: z.string().refine(isActKind, 'not an act kind of src/domain/act-kinds.ts'),
      number: z.coerce.string(),
      adoptedOn: z.coerce.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      attachments: z.number().int().nonnegative(),
      eIds: z.array(z.string()),
    }),
  ),
});

type EvalCase = z.infer<typeof caseSchema>;
type Lang = 'kk' | 'ru';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const langOf = (c: EvalCase): Lang => c.lang ?? (KAZAKH_LETTERS.test(c.text) ? 'kk' : 'ru');

/** References compare on what the contract exposes; identification of look-alikes (number, date) is not scored. */
function referenceKey(r: Partial<OutsideReference>): string {
  return JSON.stringify([r.targetAct, r.article ?? '', r.part ?? '', r.point ?? '', r.subpoint ?? '', r.chapter ?? '']);
}

function score(gold: Iterable<string>, predicted: Iterable<string>): Counts {
  const g = new Set(gold);
  const p = new Set(predicted);
  const tp = [...p].filter((x) => g.has(x)).length;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

function prf(c: Counts): string {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)}%`;
  return `${pct(p)} ${pct(r)} ${pct(f)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

interface CaseResult {
  lang: Lang;
  clauses: Counts;
  references?: Counts;
  misses: string[];
}

function evaluate(c: EvalCase, catalog: CitationCatalog): CaseResult {
  const found = extractCitations(c.text, catalog);
  const predictedClauses = found.flatMap((f) => (f.clauseId ? [f.clauseId] : []));
  const predictedRefs = found.flatMap((f) => (f.reference ? [referenceKey(f.reference)] : []));
  const clauses = score(c.clauses, predictedClauses);
  const references = c.references ? score(c.references.map(referenceKey), predictedRefs) : undefined;
  const misses: string[] = [];
  const goldClauses = new Set(c.clauses);
  for (const id of new Set(predictedClauses)) if (!goldClauses.has(id)) misses.push(`  extra clause ${id}`);
  for (const id of goldClauses) if (!predictedClauses.includes(id)) misses.push(`  missed clause ${id}`);
  if (c.references) {
    const goldRefs = new Set(c.references.map(referenceKey));
    for (const k of new Set(predictedRefs)) if (!goldRefs.has(k)) misses.push(`  extra reference ${k}`);
    for (const k of goldRefs) if (!predictedRefs.includes(k)) misses.push(`  missed reference ${k}`);
  }
  return { lang: langOf(c), clauses, references, misses };
}

function loadSet(path: string): EvalCase[] {
  return setSchema.parse(parse(readFileSync(path, 'utf8'))).cases;
}

function report(name: string, cases: EvalCase[], catalog: CitationCatalog): CaseResult[] {
  const results = cases.map((c) => evaluate(c, catalog));
  console.log(`\n${name}`);
  console.log(`  ${'lang'.padEnd(5)} ${'cases'.padStart(5)}  ${'clauses: P / R / F1'.padEnd(48)}  references: P / R / F1`);
  for (const lang of ['kk', 'ru', 'all'] as const) {
    const rows = results.filter((r) => lang === 'all' || r.lang === lang);
    if (rows.length === 0) continue;
    const clauses = rows.reduce((acc, r) => add(acc, r.clauses), ZERO);
    const scored = rows.filter((r) => r.references);
    const refs = scored.reduce((acc, r) => add(acc, r.references!), ZERO);
    const refText = scored.length === 0 ? 'not labelled' : `${prf(refs)}  [${scored.length} cases]`;
    console.log(`  ${lang.padEnd(5)} ${String(rows.length).padStart(5)}  ${prf(clauses).padEnd(48)}  ${refText}`);
  }
  results.forEach((r, i) => {
    if (r.misses.length > 0) console.log(`  case ${i + 1} (${r.lang}): ${cases[i].text}\n${r.misses.join('\n')}`);
  });
  return results;
}

function main(): void {
  const inventory = inventorySchema.parse(parse(readFileSync(INVENTORY, 'utf8')));
  const catalog = buildCatalog(inventory.acts);
  console.log(`Citation extraction: catalog ${INVENTORY} (${catalog.acts.length} acts, ${catalog.clauses.length} clauses)`);
  report(`Own set: ${OWN_SET}`, loadSet(OWN_SET), catalog);
  if (DEV_SET) report(`Development set: ${DEV_SET}`, loadSet(DEV_SET), catalog);
  else console.log('\nDevelopment set (shared/eval/citations-dev.yaml) not found: skipped.');
}

main();
