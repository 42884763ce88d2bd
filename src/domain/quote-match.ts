/**
 * Which known wording of a clause a court's quote comes from. Compared word by word, as the word diff compares:
 * case does not count, nor Latin i against Kazakh і (the official texts mix them), nor punctuation and spacing.
 */

/** Lowercase, Kazakh і for Latin i, е for ё: the letters the sources write interchangeably. */
export const foldLetters = (s: string) => s.toLocaleLowerCase('kk').replace(/i/g, 'і').replace(/ё/g, 'е');

const words = (s: string) => foldLetters(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Length of the longest run of words that occurs, in order and unbroken, in both lists. */
function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : 0;
      if (row[j] > best) best = row[j];
    }
    [prev, row] = [row, prev];
    row.fill(0);
  }
  return best;
}

/** A quote this short says nothing about which wording it comes from. */
export const MIN_QUOTE_WORDS = 4;
/** Share of a quote's words that must run unbroken in a wording. */
export const MATCH_SHARE = 0.9;

export interface QuoteMatch {
  /** Index of the wording in the list given. */
  index: number;
  /** Share of the quote's words found as one unbroken run in it (1: the whole quote). */
  share: number;
}

/**
 * The wordings a quote matches, best first: those containing at least MATCH_SHARE of its words as one unbroken
 * run. A quote too short to tell anything, or found nowhere, matches none.
 */
export function matchQuote(quote: string, wordings: readonly string[]): QuoteMatch[] {
  const q = words(quote);
  if (q.length < MIN_QUOTE_WORDS) return [];
  return wordings
    .map((text, index) => ({ index, share: longestCommonRun(q, words(text)) / q.length }))
    .filter((m) => m.share >= MATCH_SHARE)
    .sort((a, b) => b.share - a.share || a.index - b.index);
}
