/**
 * A short fragment of a matched text with the matched words in <mark>…</mark>. Words match when their stem is
 * one of the query's stems, so "жерлеуге" is marked for the query "жерлеу". Text is HTML-escaped.
 * A text is tokenized and stemmed once (StemmedText) and then matched against any number of queries.
 */
import { tokenize, type Token } from './tokenize';

const HTML_SPECIAL = /[&<>]/;
// (most pieces of a snippet are a word or a space: one test instead of three replacements)
const escapeHtml = (s: string) => (HTML_SPECIAL.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);

export interface StemmedText {
  text: string;
  tokens: Token[];
  stems: string[];
}

export function stemText(text: string, stemOf: (word: string) => string): StemmedText {
  const tokens = tokenize(text);
  return { text, tokens, stems: tokens.map((t) => stemOf(t.text)) };
}

/** How many of a text's stems (a stemmed text's, or a search document's analyzed field) are the query's. */
export function countMatches(textStems: readonly string[], stems: ReadonlySet<string>): number {
  let n = 0;
  for (const s of textStems) if (stems.has(s)) n++;
  return n;
}

export function makeSnippet(t: StemmedText, stems: ReadonlySet<string>, maxWords = 32): string {
  const { text, tokens } = t;
  if (tokens.length === 0) return escapeHtml(text.slice(0, 200));
  const hit = t.stems.map((s) => stems.has(s));
  // the window of maxWords tokens holding the most matches
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (hit[i]) count++;
    if (i >= maxWords && hit[i - maxWords]) count--;
    const start = Math.max(0, i - maxWords + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  const from = tokens[best].start;
  const lastIndex = Math.min(tokens.length - 1, best + maxWords - 1);
  const to = lastIndex === tokens.length - 1 ? text.length : tokens[lastIndex].end;
  let out = best > 0 ? '…' : '';
  let cursor = from;
  for (let i = best; i <= lastIndex; i++) {
    const tok = tokens[i];
    out += escapeHtml(text.slice(cursor, tok.start));
    out += hit[i] ? `<mark>${escapeHtml(tok.text)}</mark>` : escapeHtml(tok.text);
    cursor = tok.end;
  }
  out += escapeHtml(text.slice(cursor, to));
  if (to < text.length) out += '…';
  return out;
}
