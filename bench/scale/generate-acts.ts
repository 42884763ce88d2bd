/**
 * A corpus N times the size of corpus/, for measuring how costs grow. It is a copy of corpus/ in a temporary
 * directory plus synthetic acts: each is a byte-for-byte copy of one of the two official texts under an id that
 * says it is synthetic (year 9999: "sc-9999-1" is the first copy of sc-1999-9), with its acts.yaml entry and its translation. Nothing here
 * is ever written into corpus/: the copies exist to load the system, not as law.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export interface SyntheticCorpus {
  dir: string;
  /** How many times the official corpus it holds (1 = corpus/ itself). */
  multiple: number;
  syntheticActs: number;
  /** Every act of the generated corpus: the originals and their copies. */
  acts: number;
}

interface ActEntry {
  id: string;
  uri: string;
  file: string;
  source?: string;
  [key: string]: unknown;
}

/** Act ids must read "<sc|gov>-<year>-<number>"; the year 9999 marks a synthetic act. */
export const syntheticId = (copy: number, baseId: string) => `${baseId.split('-')[0]}-9999-${copy}`;

/** Copies `corpusDir` and adds (multiple − 1) synthetic copies of every act. */
export function generateSyntheticCorpus(corpusDir: string, multiple: number, into?: string): SyntheticCorpus {
  const dir = into ?? mkdtempSync(join(tmpdir(), `zangraph-scale-${multiple}x-`));
  cpSync(corpusDir, dir, { recursive: true });
  const actsPath = join(dir, 'acts', 'acts.yaml');
  const actsFile = parse(readFileSync(actsPath, 'utf8')) as { acts: ActEntry[] };
  // copies of the acts whose ids carry year and number (a code's id names it, and one chapter of it is held once)
  const base = actsFile.acts.filter((a) => /^[a-z]+-\d{4}-\d+$/.test(a.id));
  const translations = new Map(
    base.map((a) => [
      a.id,
      (() => {
        try {
          return readFileSync(join(dir, 'translations', `${a.id}.ru.yaml`), 'utf8');
        } catch {
          return null;
        }
      })(),
    ]),
  );
  for (let copy = 1; copy < multiple; copy++) {
    for (const act of base) {
      const id = syntheticId(copy, act.id);
      const file = `${id}.kk.txt`;
      writeFileSync(join(dir, 'acts', file), readFileSync(join(dir, 'acts', act.file)));
      const { source: _source, ...rest } = act;
      actsFile.acts.push({ ...rest, id, file, uri: `/akn/kz/act/synthetic/${copy}/${act.id}` });
      const tr = translations.get(act.id);
      if (tr) writeFileSync(join(dir, 'translations', `${id}.ru.yaml`), tr.replace(/^act: .*$/m, `act: ${id}`));
    }
  }
  writeFileSync(
    actsPath,
    `# SYNTHETIC BENCHMARK CORPUS: copies of the official texts under synthetic ids, not law.\n${stringify(actsFile)}`,
  );
  return { dir, multiple, syntheticActs: (multiple - 1) * base.length, acts: actsFile.acts.length };
}

if (require.main === module) {
  const multiple = Number(process.argv[2] ?? 10);
  const root = join(__dirname, '..', '..', '..');
  const out = generateSyntheticCorpus(join(root, 'corpus'), multiple, process.argv[3]);
  console.log(JSON.stringify(out));
}
