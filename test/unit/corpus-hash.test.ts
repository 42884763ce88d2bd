import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusHash, loadCorpus, readCorpusFiles } from '../../src/ingest/load-corpus';

/** corpusHash lets ingest skip an unchanged corpus without parsing it: it must equal loadCorpus's hash exactly. */
const CORPUS = join(__dirname, '..', '..', 'corpus');

describe('corpusHash', () => {
  it('equals the hash loadCorpus computes, on the real corpus', () => {
    expect(corpusHash(CORPUS)).toBe(loadCorpus(CORPUS).hash);
  });

  it('keeps no file but acts.yaml when it only hashes, and lists the same files in the same order', () => {
    const hashed = readCorpusFiles(CORPUS, { hashOnly: true });
    const whole = readCorpusFiles(CORPUS);
    expect([...hashed.texts.keys()]).toEqual(['acts/acts.yaml']);
    expect(hashed.files).toEqual(whole.files);
    expect(hashed.hash).toBe(whole.hash);
  });

  it.each([
    ['a changed translation', 'translations/sc-1999-9.ru.yaml'],
    ['a changed case', 'cases/astana-paintball-2018.yaml'],
    ['a changed claim-types file', 'claim-types.yaml'],
  ])('changes with %s, as loadCorpus does', (_name, rel) => {
    const dir = mkdtempSync(join(tmpdir(), 'zangraph-hash-'));
    try {
      cpSync(CORPUS, dir, { recursive: true });
      const before = corpusHash(dir);
      writeFileSync(join(dir, rel), `# touched\n${readFileSync(join(dir, rel), 'utf8')}`);
      expect(corpusHash(dir)).not.toBe(before);
      expect(corpusHash(dir)).toBe(loadCorpus(dir).hash);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
