/**
 * Hostile texts for the citation extractor, each family built to any length: long lists without a word after
 * them, citations by the thousand, runs of spaces, long act mentions, definitions, lists that multiply. Used by
 * the linearity test (test/unit/citation-linearity.test.ts), the bench (bench/citations-dos.ts) and the fault
 * scenarios.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { buildCatalog, type ActInventory, type CitationCatalog } from '../../src/citations';

/** Repeats `piece(i)` until the text is `length` characters (cut there). */
function repeat(length: number, piece: (i: number) => string, head = ''): string {
  const parts: string[] = [head];
  let size = head.length;
  for (let i = 1; size < length; i++) {
    const p = piece(i);
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, length);
}

const SC9 = 'НП ВС РК № 9 от 09.07.1999 г.';

export const CITATION_ATTACKS: Record<string, (length: number) => string> = {
  /** The text: one Russian list that never ends. */
  'ru-list': (n) => repeat(n, (i) => `, ${i + 1}`, 'п.п. 1'),
  /** A number list with no word after it: every number used to start a scan of the rest. */
  'bare-list': (n) => repeat(n, (i) => `${i}, `) + ' тармақ',
  /** Citations by the thousand, each with its act. */
  'cited-lists': (n) => repeat(n, (i) => `п.п. ${2 * i - 1}, ${2 * i} ${SC9} `),
  /** Ranges: each expands to every point between its ends. */
  ranges: (n) => repeat(n - SC9.length - 1, () => ', 1-25', 'пункты 1-25') + ` ${SC9}`,
  /** Kazakh citations, act before the point. */
  'kk-citations': (n) => repeat(n, (i) => `ЖС 1999 жылғы 9 шілдедегі № 9 НҚ ${(i % 25) + 1}-тармағы, `),
  /** One act mention as long as the text, chains after it. */
  'long-mention': (n) => repeat(n / 2, () => ' от', 'ВС') + repeat(n / 2, (i) => ` ${(i % 25) + 1}-тармағы`),
  /** Runs of spaces between designators and after a year. */
  'space-runs': (n) => `п. 1${' '.repeat(Math.max(0, n / 2 - 10))}x п. 2 1999${' '.repeat(Math.max(0, n / 2 - 10))}x`,
  /** A definition for every act mention, then the short names used. */
  definitions: (n) =>
    repeat(
      n,
      (i) =>
        `${SC9} (далее – Постановление ${'абвгдежзиклмнопрстуфхцчшщэюя'[i % 28]}${i}) Постановление ${'абвгдежзиклмнопрстуфхцчшщэюя'[i % 28]}${i} п. 3; `,
    ),
  /** Two long lists in one group: sub-points of points. */
  'cross-lists': (n) => {
    const half = repeat(n / 2 - 10, (i) => `, ${i + 1}`, 'пп. 1');
    return `${half} п. ${half.slice(4)} ${SC9}`;
  },
  /** Quotes that never close, and Rules with long gaps before their decree. */
  'open-quotes': (n) => repeat(n, (i) => `«${'а'.repeat(290)} Правила ${i} утв`),
};

/** The catalog of the citation evaluation (corpus/eval/catalog.yaml): both acts, every clause. */
export function evalCatalog(): CitationCatalog {
  const inventory = parse(readFileSync(resolve(__dirname, '..', '..', '..', 'corpus', 'eval', 'catalog.yaml'), 'utf8')) as {
    acts: Array<ActInventory & { number: string | number; adoptedOn: string | Date }>;
  };
  return buildCatalog(inventory.acts.map((a) => ({ ...a, number: String(a.number), adoptedOn: String(a.adoptedOn) })));
}
