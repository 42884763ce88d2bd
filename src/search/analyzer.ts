/**
 * Text analysis for clause search: the same function turns clause text into index terms and a query into
 * search terms, so both meet on the same stems.
 *
 * kk: normalizeForSearch (lowercase, Latin i → і, ё → е, dashes, quotes) → tokenize → drop stop words →
 *     Kazakh stemmer. analyzeKeyboardFolded does the same after folding ә→а, қ→к, і→и … (and dropping ь, ъ),
 *     for Kazakh typed on a Russian keyboard or in Latin letters; the index holds the folded stems and is
 *     queried with the folded analysis of the query.
 * ru: normalizeForSearch → tokenize → drop stop words → Snowball Russian stemmer → derivational fold
 *     ("возмещение" and "возмещен" meet on "возмещ"; see foldRussianDerivation).
 * Numbers ("938", "21-1", "10.08.2023") are kept as they are: clause and article numbers are searched for.
 */

import {
  QUESTION_PARTICLES,
  stemKazakh,
  stemKazakhBeforeParticle,
  stemKazakhKeyboardFolded,
  stemKazakhKeyboardFoldedBeforeParticle,
} from './kazakh-stemmer';
import { stemRussianForSearch } from './russian-stemmer';
import { KAZAKH_KEYBOARD_FOLDED_STOP_WORDS, KAZAKH_STOP_WORDS, RUSSIAN_STOP_WORDS } from './stop-words';
import { foldKazakhKeyboard, normalizeForSearch } from './text-folding';
import { tokenize } from './tokenize';
import { remembered } from './bounded-memo';

export type AnalyzerLanguage = 'kk' | 'ru';

const SIGNS = /[ьъ]/g;
const kazakhStem = remembered(stemKazakh);
// The folded field also drops the soft and hard signs, which Kazakh writes only in loanwords ("моральдық") and
// Latin-script Kazakh never writes ("moraldyq")
const kazakhFoldedStem = remembered((word) => stemKazakhKeyboardFolded(word.replace(SIGNS, '')));
const russianStem = remembered(stemRussianForSearch);
const kazakhStemBeforeParticle = remembered(stemKazakhBeforeParticle);
const kazakhFoldedStemBeforeParticle = remembered((word) => stemKazakhKeyboardFoldedBeforeParticle(word.replace(SIGNS, '')));

/** `beforeParticle`: the stemmer of a word the question particle follows (Kazakh: "шегеріле ме"). */
function analyzeWith(
  normalizedText: string,
  stopWords: ReadonlySet<string>,
  stem: (word: string) => string,
  beforeParticle?: (word: string) => string,
): string[] {
  const terms: string[] = [];
  const tokens = [...tokenize(normalizedText)];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'number') {
      terms.push(token.text);
      continue;
    }
    if (stopWords.has(token.text)) continue;
    const next = tokens[i + 1];
    const asked = beforeParticle !== undefined && next !== undefined && next.kind === 'word' && QUESTION_PARTICLES.has(next.text);
    terms.push(asked ? beforeParticle(token.text) : stem(token.text));
  }
  return terms;
}

/** Normalized, stop-word-free stems of `text`, in text order (duplicates kept: they carry frequency). */
export function analyze(text: string, lang: AnalyzerLanguage): string[] {
  const normalized = normalizeForSearch(text.normalize('NFC'));
  return lang === 'kk'
    ? analyzeWith(normalized, KAZAKH_STOP_WORDS, kazakhStem, kazakhStemBeforeParticle)
    : analyzeWith(normalized, RUSSIAN_STOP_WORDS, russianStem);
}

/** Kazakh stems in the Russian-keyboard alphabet (ә→а, қ→к, і→и …), for text and for queries. */
export function analyzeKeyboardFolded(text: string): string[] {
  const folded = foldKazakhKeyboard(normalizeForSearch(text.normalize('NFC')));
  return analyzeWith(folded, KAZAKH_KEYBOARD_FOLDED_STOP_WORDS, kazakhFoldedStem, kazakhFoldedStemBeforeParticle);
}

/** The distinct terms of an analysis, first occurrence first (for queries). */
export function distinctTerms(terms: readonly string[]): string[] {
  return [...new Set(terms)];
}
