import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusHash, loadCorpus, readCorpusFiles } from '../../src/ingest/load-corpus';

/**
 * Ingest reads every file once (readCorpusFiles) for the hash that recognises an unchanged corpus and for
 * parsing. Texts, hash and the order in which errors surface must be those of reading each file with
 * readFileSync(…, 'utf8') just before parsing it.
 */
const CORPUS = join(__dirname, '..', '..', 'corpus');

function withCopy(change: (dir: string) => void, check: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'zangraph-load-'));
  try {
    cpSync(CORPUS, dir, { recursive: true });
    change(dir);
    check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The hash as computed over the decoded texts, file by file. */
function hashOfTexts(dir: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const rel of files)
    hash
      .update(rel)
      .update('\0')
      .update(readFileSync(join(dir, rel), 'utf8'))
      .update('\0');
  return hash.digest('hex');
}

describe('readCorpusFiles', () => {
  it('reads each file as readFileSync(…, "utf8") does and hashes the texts in reading order', () => {
    const read = readCorpusFiles(CORPUS);
    for (const rel of read.files) expect(read.texts.get(rel)).toBe(readFileSync(join(CORPUS, rel), 'utf8'));
    expect(read.hash).toBe(hashOfTexts(CORPUS, read.files));
    expect(read.failure).toBeUndefined();
  });

  it('decodes a byte order mark, invalid bytes and characters outside the BMP as readFileSync does', () => {
    withCopy(
      (dir) => {
        const rel = 'cases/astana-paintball-2018.yaml';
        const text = readFileSync(join(dir, rel));
        writeFileSync(
          join(dir, rel),
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text, Buffer.from('# 😀 \u0000\n'), Buffer.from([0x23, 0xff, 0xc0, 0xaf, 0x0a])]),
        );
      },
      (dir) => {
        const read = readCorpusFiles(dir);
        for (const rel of read.files) expect(read.texts.get(rel)).toBe(readFileSync(join(dir, rel), 'utf8'));
        expect(read.hash).toBe(hashOfTexts(dir, read.files));
      },
    );
  });

  it('lets loadCorpus parse what it read: same input and hash as reading the directory anew', () => {
    const read = readCorpusFiles(CORPUS);
    const fromRead = loadCorpus(CORPUS, read);
    const fresh = loadCorpus(CORPUS);
    expect(JSON.stringify(fromRead.input)).toBe(JSON.stringify(fresh.input));
    expect(fromRead.hash).toBe(fresh.hash);
    expect(fromRead.files).toEqual(fresh.files);
    expect(corpusHash(CORPUS)).toBe(fresh.hash);
  });

  it('reports an act that does not parse before a missing act file named after it, as parsing file by file did', () => {
    withCopy(
      (dir) => {
        const acts = readFileSync(join(dir, 'acts/acts.yaml'), 'utf8');
        // sc-1999-9 comes first in acts.yaml: break it and remove the file of the act after it
        const sc = join(dir, 'acts/sc-1999-9.kk.txt');
        writeFileSync(sc, readFileSync(sc, 'utf8').replace(/^( +)5\. /m, '$1 4. '));
        expect(acts.indexOf('sc-1999-9.kk.txt')).toBeLessThan(acts.indexOf('gov-2012-1213.kk.txt'));
        unlinkSync(join(dir, 'acts/gov-2012-1213.kk.txt'));
      },
      (dir) => {
        expect(() => loadCorpus(dir)).toThrow(/sc-1999-9\.kk\.txt/);
        expect(() => corpusHash(dir)).toThrow(/gov-2012-1213\.kk\.txt: file not found/);
        const read = readCorpusFiles(dir);
        expect(read.failure?.rel).toBe('acts/gov-2012-1213.kk.txt');
      },
    );
  });

  it('reports a missing act file when the acts before it parse', () => {
    withCopy(
      (dir) => unlinkSync(join(dir, 'acts/gov-2012-1213.kk.txt')),
      (dir) => {
        expect(() => loadCorpus(dir)).toThrow(/gov-2012-1213\.kk\.txt: file not found/);
      },
    );
  });
});
