/** Spans of text and the small regex helpers every finder shares. */
import { foldIi } from '../search/text-folding';

export interface Span {
  start: number;
  end: number;
}

/** JavaScript's \b knows only ASCII letters; these bound a Cyrillic word. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/**
 * The text the finders read: Latin i inside Cyrillic words as Kazakh і (the export mixes them) and exotic
 * spaces as plain spaces. Every character maps to one character, so offsets found here are offsets into the
 * input.
 */
export function foldForMatching(text: string): string {
  return foldIi(text).replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError('matchesOf needs a global regular expression');
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/** Where overlapping candidates compete, the longer one is the better reading ("Гражданского процессуального кодекса" over "ГК"). */
export function keepLongestNonOverlapping<T extends Span>(items: readonly T[]): T[] {
  const kept: T[] = [];
  const byLength = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const item of byLength) {
    if (!kept.some((k) => overlaps(k, item))) kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function union(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** "(бұдан әрі – АК)" / "(далее – Правила)": a definition that belongs to the act named just before it. */
const DEFINITION = /^\s*\((?:бұдан\s+әрі|далее)\s*[-–—]?\s*(?<alias>[^()]{1,60})\)/iu;

export function definitionEnd(text: string, end: number): number {
  return definitionAt(text, end)?.end ?? end;
}

/** The definition right after `end`, if any: where it ends and the short name it gives ("Нормативное постановление"). */
export function definitionAt(text: string, end: number): { end: number; alias: string } | undefined {
  const m = DEFINITION.exec(text.slice(end, end + 80));
  return m ? { end: end + m[0].length, alias: m.groups!.alias.replace(/[«»"“”„]/g, '').trim() } : undefined;
}

/**
 * Two names are the same short name when their words agree on the first five letters: "Нормативное
 * постановление" and "Нормативного постановления", "Қағидалар" and "Қағидалардың" (case endings differ).
 */
export function sameShortName(a: string, b: string): boolean {
  const stems = (s: string) => s.toLowerCase().split(/[\s-]+/u).filter(Boolean).map((w) => w.slice(0, 5)).join(' ');
  return stems(a) !== '' && stems(a) === stems(b);
}
