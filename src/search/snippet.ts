/**
 * A short fragment of a matched text with the matched words in <mark>…</mark>. Words match when their stem is
 * one of the query's stems, so "жерлеуге" is marked for the query "жерлеу". Text is HTML-escaped.
 */
import { tokenize } from './tokenize';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function countMatches(text: string, stemOf: (word: string) => string, stems: ReadonlySet<string>): number {
  let n = 0;
  for (const t of tokenize(text)) if (stems.has(stemOf(t.text))) n++;
  return n;
}

export function makeSnippet(text: string, stemOf: (word: string) => string, stems: ReadonlySet<string>, maxWords = 32): string {
  const tokens = tokenize(text);
  const hit = tokens.map((t) => stems.has(stemOf(t.text)));
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
  if (tokens.length === 0) return escapeHtml(text.slice(0, 200));
  const from = tokens[best].start;
  const lastIndex = Math.min(tokens.length - 1, best + maxWords - 1);
  const to = lastIndex === tokens.length - 1 ? text.length : tokens[lastIndex].end;
  let out = best > 0 ? '…' : '';
  let cursor = from;
  for (let i = best; i <= lastIndex; i++) {
    const t = tokens[i];
    out += escapeHtml(text.slice(cursor, t.start));
    out += hit[i] ? `<mark>${escapeHtml(t.text)}</mark>` : escapeHtml(t.text);
    cursor = t.end;
  }
  out += escapeHtml(text.slice(cursor, to));
  if (to < text.length) out += '…';
  return out;
}
