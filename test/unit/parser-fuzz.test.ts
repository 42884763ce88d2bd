import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseAct } from '../../src/corpus/parse-act';
import { ParseError } from '../../src/errors';

/*
 * Damaged copies of the two official files: whatever the damage, parseAct either returns a document or throws
 * a ParseError that points at a line of the input — never any other exception (that would be a parser bug).
 */

const ACTS_DIR = join(__dirname, '..', '..', 'corpus', 'acts');
const ACTS = ['sc-1999-9', 'gov-2012-1213'].map((id) => ({ id, lines: readFileSync(join(ACTS_DIR, `${id}.kk.txt`), 'utf8').split('\n') }));

// 6 × 260 + 360 damaged inputs, plus 80 determinism checks: 2,000 runs, a few milliseconds each.
const RUNS = 260;
jest.setTimeout(60_000);

/** Lines as the parser counts them (it reads "\r\n" and a lone "\r" as one line end). */
const lineCount = (text: string) =>
  text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n').length;

type Outcome = { ok: true } | { ok: false; error: unknown };
function parseOutcome(text: string): Outcome {
  try {
    const doc = parseAct(text);
    // a returned document has the shape of an ActDocument
    if (typeof doc.title !== 'string' || typeof doc.requisites !== 'string' || !Array.isArray(doc.clauses) || !Array.isArray(doc.notes)) {
      return { ok: false, error: new Error('malformed document') };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The property itself: a document, or a ParseError located inside the file. */
function expectDocumentOrLocatedParseError(text: string): void {
  const outcome = parseOutcome(text);
  if (outcome.ok) return;
  const { error } = outcome;
  if (!(error instanceof ParseError)) throw new Error(`not a ParseError: ${String((error as Error)?.stack ?? error)}`);
  const last = lineCount(text);
  if (!Number.isInteger(error.line) || error.line < 1 || error.line > last) {
    throw new Error(`${error.code} at line ${error.line}, outside 1..${last}`);
  }
}

// ---- mutations, each over the lines of one act; indices are taken modulo the current line count

type Lines = string[];
type Mutation = (lines: Lines) => Lines;

const deleteLine =
  (i: number): Mutation =>
  (l) =>
    l.length <= 1 ? l : l.filter((_, k) => k !== i % l.length);
const duplicateLine =
  (i: number): Mutation =>
  (l) => {
    const k = i % l.length;
    return [...l.slice(0, k + 1), l[k], ...l.slice(k + 1)];
  };
const splitLine =
  (i: number, at: number): Mutation =>
  (l) => {
    const k = i % l.length;
    const cut = at % (l[k].length + 1);
    return [...l.slice(0, k), l[k].slice(0, cut), l[k].slice(cut), ...l.slice(k + 1)];
  };
const swapWithNext =
  (i: number): Mutation =>
  (l) => {
    if (l.length < 2) return l;
    const k = i % (l.length - 1);
    const out = [...l];
    [out[k], out[k + 1]] = [out[k + 1], out[k]];
    return out;
  };
const insertBlankLines =
  (i: number, count: number): Mutation =>
  (l) => {
    const k = i % (l.length + 1);
    return [...l.slice(0, k), ...Array.from({ length: count }, () => ''), ...l.slice(k)];
  };
/** Characters and short pieces that matter to the grammar: indents, labels, brackets, note openers, furniture. */
const PIECES = [
  ' ',
  '  ',
  '      ',
  '\t',
  '\u00a0',
  '\n',
  '\r',
  '.',
  ',',
  ';',
  ':',
  '(',
  ')',
  '-',
  '–',
  '№',
  'N',
  '1',
  '2',
  '9',
  '0',
  'i',
  'і',
  '©',
  'а',
  'Ә',
  'Ескерту. ',
  'Сноска. ',
  '2-1. ',
  '3) ',
  ' бекітілген',
  'Пленум хатшысы',
  'БАСПАСӨЗ РЕЛИЗІ',
  '18-бабына',
  '31.02.2023',
  '\uFEFF',
];
const insertText =
  (i: number, at: number, piece: string): Mutation =>
  (l) => {
    const k = i % l.length;
    const pos = at % (l[k].length + 1);
    const out = [...l];
    out[k] = l[k].slice(0, pos) + piece + l[k].slice(pos);
    return out;
  };

const idx = fc.nat({ max: 10_000 });
const act = fc.constantFrom(...ACTS);
const ops = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 1, maxLength: 6 });

const ARBITRARY_MUTATIONS: Record<string, fc.Arbitrary<Mutation>> = {
  'line deletions': idx.map(deleteLine),
  'line duplications': idx.map(duplicateLine),
  'a line split at a random position': fc.tuple(idx, idx).map(([i, at]) => splitLine(i, at)),
  'swaps of adjacent lines': idx.map(swapWithNext),
  'blank-line insertions': fc.tuple(idx, fc.integer({ min: 1, max: 4 })).map(([i, n]) => insertBlankLines(i, n)),
  'character insertions': fc.tuple(idx, idx, fc.constantFrom(...PIECES)).map(([i, at, p]) => insertText(i, at, p)),
};
const anyMutation = fc.oneof(...Object.values(ARBITRARY_MUTATIONS));

const damaged = (mutation: fc.Arbitrary<Mutation>) =>
  fc.tuple(act, ops(mutation)).map(([a, ms]) => ({ id: a.id, text: ms.reduce((lines, m) => m(lines), a.lines).join('\n') }));

describe('parseAct on damaged official files: a document or a located ParseError, nothing else', () => {
  it.each(Object.entries(ARBITRARY_MUTATIONS))('%s', (_name, mutation) => {
    fc.assert(
      fc.property(damaged(mutation), ({ text }) => expectDocumentOrLocatedParseError(text)),
      { numRuns: RUNS },
    );
  });

  it('mixed damage of every kind', () => {
    fc.assert(
      fc.property(damaged(anyMutation), ({ text }) => expectDocumentOrLocatedParseError(text)),
      { numRuns: 360 },
    );
  });

  it.each(ACTS.map((a) => [a.id, a.lines.join('\n')]))('the undamaged %s parses', (_id, text) => {
    expect(parseOutcome(text)).toEqual({ ok: true });
  });
});

describe('parseAct is deterministic', () => {
  const summary = (text: string) => {
    try {
      return { document: parseAct(text) };
    } catch (e) {
      return { error: e instanceof ParseError ? { code: e.code, line: e.line, message: e.message } : String(e) };
    }
  };

  it('the same damaged input gives a deep-equal result (or the same error) twice', () => {
    fc.assert(
      fc.property(damaged(anyMutation), ({ text }) => {
        expect(summary(text)).toEqual(summary(text));
      }),
      { numRuns: 80 },
    );
  });
});
