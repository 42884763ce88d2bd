/**
 * `npm run eval:catalog`: writes corpus/eval/catalog.yaml, the citable inventory the citation evaluation reads
 * (bench/eval-citations.ts), from the corpus itself: every act of acts/acts.yaml with its kind, number, date,
 * attachments and the eIds of its clauses, as the parser reads them. A test fails when the committed file is
 * not what this writes (test/unit/eval-catalog.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseActsFile } from '../src/corpus/corpus-files';
import { parseAct } from '../src/corpus/parse-act';
import { decodeCorpusText } from '../src/corpus/strict-text';
import { parseOptionsOf } from '../src/ingest/load-corpus';

export const EVAL_CATALOG = join('corpus', 'eval', 'catalog.yaml');

/** eIds as a flow list, wrapped before `width` characters. */
function flowList(items: readonly string[], indent: string, width = 118): string {
  const lines: string[] = [];
  let line = '';
  for (const [i, item] of items.entries()) {
    const piece = `${item}${i < items.length - 1 ? ',' : ']'}`;
    if (line && indent.length + line.length + 1 + piece.length > width) {
      lines.push(line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  }
  lines.push(line);
  return `[${lines.join(`\n${indent} `)}`;
}

/** The text of corpus/eval/catalog.yaml for the corpus in `corpusDir`. */
export function evalCatalogText(corpusDir: string): string {
  const read = (rel: string) => decodeCorpusText(rel, readFileSync(join(corpusDir, rel)));
  const actsFile = parseActsFile('acts/acts.yaml', read('acts/acts.yaml'));
  const entries = actsFile.acts.map((meta) => {
    const doc = parseAct(read(`acts/${meta.file}`), parseOptionsOf(meta));
    const eIds = doc.clauses.map((c) => c.eId);
    return [
      `  - id: ${meta.id}`,
      `    kind: ${meta.kind}`,
      `    number: "${meta.number}"`,
      `    adoptedOn: "${meta.adoptedOn}"`,
      `    attachments: ${doc.clauses.filter((c) => c.kind === 'ATTACHMENT').length}`,
      `    eIds: ${flowList(eIds, '          ')}`,
    ].join('\n');
  });
  return [
    '# Citable inventory used by bench/eval-citations.ts: the acts and the eIds of their clauses.',
    '# Generated from corpus/acts by `npm run eval:catalog`; do not edit by hand (a test compares it with the corpus).',
    'acts:',
    ...entries,
    '',
  ].join('\n');
}

if (require.main === module) {
  const root = resolve(__dirname, '..', '..');
  const text = evalCatalogText(join(root, 'corpus'));
  writeFileSync(join(root, EVAL_CATALOG), text);
  process.stdout.write(`${EVAL_CATALOG} written (${text.split('\n').length - 1} lines)\n`);
}
