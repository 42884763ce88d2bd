import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseAct } from '../../src/corpus/parse-act';
import { ParseError } from '../../src/errors';

/*
 * Properties of parseAct beyond damaged official files (parser-fuzz.test.ts): input that never was an act,
 * line assemblies made of an act's own lines, and invariance under the encodings of a line end and a BOM.
 */

const ACTS_DIR = join(__dirname, '..', '..', 'corpus', 'acts');
const TEXTS = ['sc-1999-9', 'gov-2012-1213'].map((id) => readFileSync(join(ACTS_DIR, `${id}.kk.txt`), 'utf8'));
const LINES = TEXTS.flatMap((t) => t.split('\n'));

type Outcome = { document: unknown } | { error: { code: string; line: number } };

function outcome(text: string): Outcome {
  try {
    return { document: parseAct(text) };
  } catch (e) {
    if (!(e instanceof ParseError)) throw new Error(`not a ParseError: ${String((e as Error)?.stack ?? e)}`, { cause: e });
    return { error: { code: e.code, line: e.line } };
  }
}

function expectLocated(text: string): void {
  const o = outcome(text);
  if ('error' in o) {
    const lines = text
      .replace(/^\uFEFF/u, '')
      .replace(/\r\n?/gu, '\n')
      .split('\n').length;
    expect(o.error.line).toBeGreaterThanOrEqual(1);
    expect(o.error.line).toBeLessThanOrEqual(lines);
  }
}

jest.setTimeout(60_000);

describe('parseAct on input that never was an act', () => {
  it('random text: a document or a located ParseError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.fullUnicodeString({ maxLength: 400 }), fc.lorem({ maxCount: 40, mode: 'sentences' })),
        expectLocated,
      ),
      { numRuns: 400 },
    );
  });

  it("an act's own lines, shuffled and repeated: a document or a located ParseError", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 120 }), (lines) => expectLocated(lines.join('\n'))),
      { numRuns: 200 },
    );
  });
});

describe('parseAct does not depend on how line ends and the byte order mark are written', () => {
  const variants = (text: string) => [text.replace(/\n/g, '\r\n'), `\uFEFF${text}`, `\uFEFF${text.replace(/\n/g, '\r\n')}`];

  it.each(TEXTS.map((t, i) => [i === 0 ? 'sc-1999-9' : 'gov-2012-1213', t]))('%s: CRLF and BOM give the same document', (_id, text) => {
    const base = outcome(text);
    expect('document' in base).toBe(true);
    for (const v of variants(text)) expect(outcome(v)).toEqual(base);
  });

  it('the same holds for damaged texts (the same document or the same error at the same line)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEXTS), fc.nat(), fc.nat(), (text, a, b) => {
        const lines = text.split('\n');
        const i = a % lines.length;
        const j = b % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
        const damaged = lines.join('\n');
        const base = outcome(damaged);
        for (const v of variants(damaged)) expect(outcome(v)).toEqual(base);
      }),
      { numRuns: 60 },
    );
  });
});
