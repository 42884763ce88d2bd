/** Reads the corpus directory into the inputs of buildKnowledgeBase. The only file I/O of ingest. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseActsFile, parseFragmentsFile, parseTranslationFile, type ActsFile } from '../corpus/corpus-files';
import { clearParseCaches, parseAct } from '../corpus/parse-act';
import { CorpusError, ParseError } from '../errors';
import { decodeCorpusText } from '../corpus/strict-text';
import type { CorpusInput } from './build-knowledge-base';
import { parseCaseFile } from '../corpus/case-file';
import { parseClaimTypesFile } from '../corpus/claim-types-file';
import { actKind } from '../domain/act-kinds';
import type { ActMeta } from '../corpus/corpus-files';
import type { ParseOptions } from '../corpus/parse-act';

/** How an act's text is read: as its kind is built, an excerpt within the chapter acts.yaml names. */
export function parseOptionsOf(meta: ActMeta): ParseOptions {
  return {
    structure: actKind(meta.kind).structure,
    ...(meta.excerpt ? { chapter: { number: meta.excerpt.chapter, heading: meta.excerpt.heading } } : {}),
  };
}

export interface LoadedCorpus {
  input: CorpusInput;
  /** sha256 over every file read, in a fixed order: equal hashes mean an unchanged corpus. */
  hash: string;
  files: string[];
}

/** Every file of a corpus, read once: what ingest hashes to skip an unchanged corpus is what it then parses. */
export interface CorpusFiles {
  /** As loadCorpus computes it (see LoadedCorpus.hash). */
  hash: string;
  /** Paths relative to the corpus directory, in the order read and hashed. */
  files: string[];
  texts: ReadonlyMap<string, string>;
  /** acts.yaml, parsed: it names the act files. */
  actsFile: ActsFile;
  /**
   * The file that could not be read, if any; reading stopped there. Parsing throws its error on reaching it, so
   * a file before it that does not parse is reported first, as when each file was read just before parsing.
   */
  failure?: { rel: string; error: unknown };
}

/**
 * `hashOnly`: the hash and file list alone, each file dropped once hashed (only acts.yaml is decoded, for the
 * names of the act files): what a start needs to recognise an unchanged corpus, without holding the whole corpus
 * as text (at 1000× the corpus that grew a server's heap by hundreds of megabytes it then kept).
 */
export function readCorpusFiles(dir: string, { hashOnly = false }: { hashOnly?: boolean } = {}): CorpusFiles {
  const hash = createHash('sha256');
  const files: string[] = [];
  const texts = new Map<string, string>();
  const read = (rel: string, keep = !hashOnly) => {
    const path = join(dir, rel);
    if (!existsSync(path)) throw new CorpusError(rel, 'file not found');
    const bytes = readFileSync(path);
    // strictly: a file that is not clean UTF-8 text is refused here, naming its line (src/corpus/strict-text.ts)
    const text = keep ? decodeCorpusText(rel, bytes) : '';
    hash.update(rel).update('\0').update(bytes).update('\0');
    files.push(rel);
    if (keep) texts.set(rel, text);
    return text;
  };
  const actsFile = parseActsFile('acts/acts.yaml', read('acts/acts.yaml', true));
  const sortedYaml = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => f.endsWith('.yaml'))
          .sort()
      : [];
  // in the order parsing reads them; reading stops at the first that cannot be read
  const rest = [
    ...actsFile.acts.map((meta) => `acts/${meta.file}`),
    ...(existsSync(join(dir, 'history/fragments.yaml')) ? ['history/fragments.yaml'] : []),
    ...sortedYaml('translations').map((f) => `translations/${f}`),
    ...(existsSync(join(dir, 'claim-types.yaml')) ? ['claim-types.yaml'] : []),
    ...sortedYaml('cases').map((f) => `cases/${f}`),
  ];
  let failure: CorpusFiles['failure'];
  for (const rel of rest) {
    try {
      read(rel);
    } catch (error) {
      failure = { rel, error };
      break;
    }
  }
  return { hash: hash.digest('hex'), files, texts, actsFile, ...(failure ? { failure } : {}) };
}

/** Parses a corpus; `read` is the files as readCorpusFiles found them, when the caller has read them already. */
export function loadCorpus(dir: string, read: CorpusFiles = readCorpusFiles(dir)): LoadedCorpus {
  try {
    return parseCorpus(read);
  } finally {
    // the parser's caches serve the text repeated within one corpus; a running server has no use for them after
    clearParseCaches();
  }
}

function parseCorpus(read: CorpusFiles): LoadedCorpus {
  const text = (rel: string) => {
    const t = read.texts.get(rel);
    if (t === undefined) throw read.failure?.rel === rel ? read.failure.error : new CorpusError(rel, 'file not found');
    return t;
  };
  // in reading order, the file that stopped reading last
  const sequence = read.failure ? [...read.files, read.failure.rel] : read.files;
  const { actsFile } = read;
  const acts = actsFile.acts.map((meta) => {
    const rel = `acts/${meta.file}`;
    try {
      return { meta, doc: parseAct(text(rel), parseOptionsOf(meta)), sourceFile: meta.file };
    } catch (e) {
      if (e instanceof ParseError) throw e.in(rel);
      throw e;
    }
  });
  const fragmentsRel = 'history/fragments.yaml';
  const fragments = {
    file: fragmentsRel,
    items: sequence.includes(fragmentsRel) ? parseFragmentsFile(fragmentsRel, text(fragmentsRel)) : [],
  };
  const translations = sequence
    .filter((rel) => rel.startsWith('translations/'))
    .map((rel) => ({ file: rel.slice('translations/'.length), translation: parseTranslationFile(rel, text(rel)) }));
  const claimTypesRel = 'claim-types.yaml';
  const claimTypes = sequence.includes(claimTypesRel)
    ? { file: claimTypesRel, data: parseClaimTypesFile(claimTypesRel, text(claimTypesRel)) }
    : null;
  const cases = sequence.filter((rel) => rel.startsWith('cases/')).map((file) => ({ file, data: parseCaseFile(file, text(file)) }));
  return {
    input: { actsFile, acts, fragments, translations, claimsAndCases: { claimTypes, cases } },
    hash: read.hash,
    files: [...read.files],
  };
}

/**
 * The hash loadCorpus would compute, reading the same files in the same order but parsing only acts.yaml (for
 * the list of act files): an unchanged corpus is recognised without parsing it, which at scale is most of the
 * cost of a warm start.
 */
export function corpusHash(dir: string): string {
  const read = readCorpusFiles(dir, { hashOnly: true });
  if (read.failure) throw read.failure.error;
  return read.hash;
}
