/** corpus/eval/catalog.yaml is generated from the corpus (npm run eval:catalog), never edited by hand. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { EVAL_CATALOG, evalCatalogText } from '../../bench/eval-catalog';

const ROOT = resolve(__dirname, '..', '..');

test(`${EVAL_CATALOG} is what the corpus gives (run "npm run eval:catalog" after changing corpus/acts)`, () => {
  expect(readFileSync(join(ROOT, EVAL_CATALOG), 'utf8')).toBe(evalCatalogText(join(ROOT, 'corpus')));
});

test('it lists every act of acts.yaml, each with its clauses', () => {
  const catalog = parse(evalCatalogText(join(ROOT, 'corpus'))) as { acts: Array<{ id: string; eIds: string[] }> };
  const acts = parse(readFileSync(join(ROOT, 'corpus', 'acts', 'acts.yaml'), 'utf8')) as { acts: Array<{ id: string }> };
  expect(catalog.acts.map((a) => a.id)).toEqual(acts.acts.map((a) => a.id));
  // a resolution or decree opens with point 1, a code's chapter with its first article
  for (const a of catalog.acts) expect(a.eIds.some((e) => /^(?:para_1|art_\d+)$/.test(e))).toBe(true);
});
