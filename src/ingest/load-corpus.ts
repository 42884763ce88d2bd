/** Reads the corpus directory into the inputs of buildKnowledgeBase. The only file I/O of ingest. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError, parseActsFile, parseFragmentsFile, parseTranslationFile } from '../corpus/corpus-files';
import { parseAct } from '../corpus/parse-act';
import { ParseError } from '../corpus/parse-error';
import type { CorpusInput } from './build-knowledge-base';
import { parseCaseFile } from '../corpus/case-file';
import { parseClaimTypesFile } from '../corpus/claim-types-file';

export interface LoadedCorpus {
  input: CorpusInput;
  /** sha256 over every file read, in a fixed order: equal hashes mean an unchanged corpus. */
  hash: string;
  files: string[];
}

export function loadCorpus(dir: string): LoadedCorpus {
  const hash = createHash('sha256');
  const files: string[] = [];
  const read = (rel: string) => {
    const path = join(dir, rel);
    if (!existsSync(path)) throw new CorpusError(rel, 'file not found');
    const text = readFileSync(path, 'utf8');
    hash.update(rel).update('\0').update(text).update('\0');
    files.push(rel);
    return text;
  };
  const actsFile = parseActsFile('acts/acts.yaml', read('acts/acts.yaml'));
  const acts = actsFile.acts.map((meta) => {
    const rel = `acts/${meta.file}`;
    try {
      return { meta, doc: parseAct(read(rel)), sourceFile: meta.file };
    } catch (e) {
      if (e instanceof ParseError) throw new CorpusError(rel, `${e.code}: ${e.message.replace(/^line \d+: /, '')}`, e.line);
      throw e;
    }
  });
  const fragmentsRel = 'history/fragments.yaml';
  const fragments = { file: fragmentsRel, items: existsSync(join(dir, fragmentsRel)) ? parseFragmentsFile(fragmentsRel, read(fragmentsRel)) : [] };
  const translationDir = join(dir, 'translations');
  const translations = (existsSync(translationDir) ? readdirSync(translationDir).filter((f) => f.endsWith('.yaml')).sort() : []).map((file) => ({
    file,
    translation: parseTranslationFile(`translations/${file}`, read(`translations/${file}`)),
  }));
  const claimTypesRel = 'claim-types.yaml';
  const claimTypes = existsSync(join(dir, claimTypesRel)) ? { file: claimTypesRel, data: parseClaimTypesFile(claimTypesRel, read(claimTypesRel)) } : null;
  const casesDir = join(dir, 'cases');
  const cases = (existsSync(casesDir) ? readdirSync(casesDir).filter((f) => f.endsWith('.yaml')).sort() : []).map((f) => ({
    file: `cases/${f}`,
    data: parseCaseFile(`cases/${f}`, read(`cases/${f}`)),
  }));
  return { input: { actsFile, acts, fragments, translations, claimsAndCases: { claimTypes, cases } }, hash: hash.digest('hex'), files };
}

/**
 * The hash loadCorpus would compute, reading the same files in the same order but parsing only acts.yaml (for
 * the list of act files): an unchanged corpus is recognised without parsing it, which at scale is most of the
 * cost of a warm start.
 */
export function corpusHash(dir: string): string {
  const hash = createHash('sha256');
  const read = (rel: string) => {
    const path = join(dir, rel);
    if (!existsSync(path)) throw new CorpusError(rel, 'file not found');
    const text = readFileSync(path, 'utf8');
    hash.update(rel).update('\0').update(text).update('\0');
    return text;
  };
  const sortedYaml = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).filter((f) => f.endsWith('.yaml')).sort() : []);
  const actsFile = parseActsFile('acts/acts.yaml', read('acts/acts.yaml'));
  for (const meta of actsFile.acts) read(`acts/${meta.file}`);
  if (existsSync(join(dir, 'history/fragments.yaml'))) read('history/fragments.yaml');
  for (const f of sortedYaml('translations')) read(`translations/${f}`);
  if (existsSync(join(dir, 'claim-types.yaml'))) read('claim-types.yaml');
  for (const f of sortedYaml('cases')) read(`cases/${f}`);
  return hash.digest('hex');
}
