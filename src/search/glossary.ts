/**
 * The Kazakh ↔ Russian glossary (corpus/glossary.yaml) and what search does with it:
 * - loadGlossary: parse and validate the YAML text (the caller reads the file);
 * - expandQuery: find glossary terms in a query, on analyzed stems, longest first, and return the stems of
 *   every term of the matched concepts in both languages, so a Russian query reaches Kazakh text and a
 *   Kazakh query reaches Russian text;
 * - stemSynonyms: the same concepts as the engine's `synonyms` setting on analyzed forms.
 * A question that gives a person's age or a span of years, in digits or in words, names the concept of that age or
 * span (yearsIn, `ages` and `spans` of an entry).
 */

import { z } from 'zod';
import { YamlSyntaxError, readYamlDocument } from '../corpus/corpus-yaml';
import { analyze, analyzeKeyboardFolded, type AnalyzerLanguage } from './analyzer';

const termList = z.array(z.string().trim().min(1, 'a term must not be empty')).min(1, 'at least one term is required');

const years = z.number().int().min(0).max(150);
const entrySchema = z.strictObject({
  kk: termList,
  ru: termList,
  note: z.string().optional(),
  ages: z
    .tuple([years, years])
    .refine(([from, to]) => from <= to, 'the first age must not be above the second')
    .optional(),
  spans: z
    .tuple([years, years])
    .refine(([from, to]) => from <= to, 'the first number of years must not be above the second')
    .optional(),
});

const glossarySchema = z.strictObject({
  entries: z.array(entrySchema).min(1, 'the glossary has no entries'),
});

/** One concept: its term variants in Kazakh and in Russian, as written in the glossary. */
export interface GlossaryEntry {
  readonly kk: readonly string[];
  readonly ru: readonly string[];
  readonly note?: string;
  /**
   * The ages in years, both included, of a person the concept is (a minor under fourteen: 0–13): a question that
   * gives a person's age in that range names the concept ("ребенок 12 лет", "12 жастағы бала"; yearsIn).
   */
  readonly ages?: readonly [number, number];
  /**
   * Spans of time in years, both included, that name the concept (the limitation of claims: "через 5 лет после
   * травмы", "4 жыл өтті"; yearsIn).
   */
  readonly spans?: readonly [number, number];
}

/** A term prepared for matching: its analyzed stems. */
interface AnalyzedTerm {
  readonly entryIndex: number;
  readonly term: string;
  readonly stems: readonly string[];
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  /** Per entry: the stems of each Kazakh term (standard alphabet), of each Kazakh term keyboard-folded,
   *  and of each Russian term. */
  readonly analyzed: readonly {
    readonly kk: readonly (readonly string[])[];
    readonly kkFolded: readonly (readonly string[])[];
    readonly ru: readonly (readonly string[])[];
  }[];
  /** Kazakh terms (keyboard-folded stems) and Russian terms, longest first, for matching queries. */
  readonly kkMatchers: readonly AnalyzedTerm[];
  readonly ruMatchers: readonly AnalyzedTerm[];
}

export class GlossaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlossaryError';
  }
}

function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out === '' ? '(root)' : out;
}

function entryLabel(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return '';
  const kk = (entry as { kk?: unknown }).kk;
  return Array.isArray(kk) && typeof kk[0] === 'string' ? ` ("${kk[0]}")` : '';
}

function byLengthThenText(a: AnalyzedTerm, b: AnalyzedTerm): number {
  return b.stems.length - a.stems.length || a.entryIndex - b.entryIndex || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

/**
 * Parses and validates the glossary YAML. Throws GlossaryError naming the entry and field at fault, e.g.
 * `glossary entries[12] ("зиян").ru: at least one term is required`. A term made only of stop words is
 * an error too, since search could never match it.
 */
export function loadGlossary(yamlText: string): Glossary {
  let raw: unknown;
  try {
    raw = readYamlDocument(yamlText);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new GlossaryError(`glossary is not valid YAML: ${error.message}${error.line ? ` (line ${error.line})` : ''}`);
  }
  const parsed = glossarySchema.safeParse(raw);
  if (!parsed.success) {
    const rawEntries = (raw as { entries?: unknown[] } | null)?.entries;
    const problems = parsed.error.issues.map((issue) => {
      const entryIndex = issue.path[0] === 'entries' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
      const label = entryIndex !== undefined && Array.isArray(rawEntries) ? entryLabel(rawEntries[entryIndex]) : '';
      const head = describePath(issue.path.slice(0, 2));
      const tail = describePath(issue.path.slice(2));
      return `glossary ${head}${label}${tail === '(root)' ? '' : `.${tail}`}: ${issue.message}`;
    });
    throw new GlossaryError(problems.join('\n'));
  }

  const entries: GlossaryEntry[] = parsed.data.entries;
  const analyzed = entries.map((entry, entryIndex) => {
    const kk = entry.kk.map((term) => analyze(term, 'kk'));
    const ru = entry.ru.map((term) => analyze(term, 'ru'));
    const kkFolded = entry.kk.map((term) => analyzeKeyboardFolded(term));
    const empty = [
      ...entry.kk.filter((_, i) => kk[i].length === 0 || kkFolded[i].length === 0),
      ...entry.ru.filter((_, i) => ru[i].length === 0),
    ];
    if (empty.length > 0) {
      throw new GlossaryError(
        `glossary entries[${entryIndex}]${entryLabel(entry)}: term "${empty[0]}" has only stop words and can never match`,
      );
    }
    return { kk, kkFolded, ru };
  });

  const kkMatchers: AnalyzedTerm[] = [];
  const ruMatchers: AnalyzedTerm[] = [];
  entries.forEach((entry, entryIndex) => {
    entry.kk.forEach((term, i) => kkMatchers.push({ entryIndex, term, stems: analyzed[entryIndex].kkFolded[i] }));
    entry.ru.forEach((term, i) => ruMatchers.push({ entryIndex, term, stems: analyzed[entryIndex].ru[i] }));
  });
  kkMatchers.sort(byLengthThenText);
  ruMatchers.sort(byLengthThenText);
  return { entries, analyzed, kkMatchers, ruMatchers };
}

/** A glossary term found in a query. `start`/`end` index the query's analyzed stems. */
export interface GlossaryMatch {
  readonly entryIndex: number;
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

export interface QueryExpansion {
  /** Stems to search Kazakh text with (standard alphabet): the query's own if it is Kazakh, plus every
   *  Kazakh term of the matched concepts. */
  readonly kk: readonly string[];
  /** The same for the keyboard-folded Kazakh field (ә→а, қ→к, і→и …). */
  readonly kkFolded: readonly string[];
  /** Stems to search Russian text with: the query's own if it is Russian, plus every Russian term of the
   *  matched concepts. */
  readonly ru: readonly string[];
  readonly matches: readonly GlossaryMatch[];
  /**
   * For each stem a concept added, per field: how many distinct stems that concept has in the field (the
   * smallest, when several concepts give the stem). A concept is one idea however many synonyms it lists, so
   * its stems share one weight.
   */
  readonly conceptSize: {
    readonly kk: ReadonlyMap<string, number>;
    readonly kkFolded: ReadonlyMap<string, number>;
    readonly ru: ReadonlyMap<string, number>;
  };
}

function occursAt(haystack: readonly string[], needle: readonly string[], start: number): boolean {
  for (let i = 0; i < needle.length; i++) if (haystack[start + i] !== needle[i]) return false;
  return true;
}

/** Longest-first matching: a term is skipped where it lies inside a longer term already matched
 *  ("зиян" inside "моральдық зиян"); terms of equal length may overlap, and one word form may belong to
 *  several concepts. Only the terms whose first stem the query holds are tried, in the matchers' order. */
function findMatches(queryStems: readonly string[], matchers: readonly AnalyzedTerm[]): GlossaryMatch[] {
  const index = firstStemIndex(matchers);
  const tried: Array<{ order: number; start: number }> = [];
  for (let start = 0; start < queryStems.length; start++)
    for (const order of index.get(queryStems[start]) ?? []) tried.push({ order, start });
  tried.sort((a, b) => a.order - b.order || a.start - b.start);
  const matches: GlossaryMatch[] = [];
  for (const { order, start } of tried) {
    const matcher = matchers[order];
    const length = matcher.stems.length;
    const end = start + length;
    if (end > queryStems.length || !occursAt(queryStems, matcher.stems, start)) continue;
    const insideLonger = matches.some((m) => m.start <= start && end <= m.end && m.end - m.start > length);
    if (insideLonger) continue;
    if (matches.some((m) => m.entryIndex === matcher.entryIndex && m.start === start && m.end === end)) continue;
    matches.push({ entryIndex: matcher.entryIndex, term: matcher.term, start, end });
  }
  return matches.sort((a, b) => a.start - b.start || a.entryIndex - b.entryIndex);
}

/** Kazakh: the stem after the number that makes it an age ("12 жаста", "12 жастағы", "12 жасар"), or a span ("5 жыл"). */
const KK_AGE_WORDS = new Set(['жас', 'жасар']);
const KK_SPAN_WORDS = new Set(['жыл']);
/** Russian: the stems after the number that make it a number of years ("12 лет", "12-летний"): an age… */
const RU_YEAR_WORDS = new Set(['год', 'летн']);
/**
 * …when the question speaks of a person of an age ("ребенок 12 лет"), a span of time otherwise ("через 5 лет", "5-летний
 * срок"). Stems of the Russian analyzer.
 */
const RU_PERSON_STEMS = new Set([
  'возраст',
  'ребенок',
  'ребенк',
  'дет',
  'сын',
  'доч',
  'дочер',
  'дочк',
  'мальчик',
  'девочк',
  'подросток',
  'подростк',
  'школьник',
  'ученик',
  'малыш',
  'внук',
  'внучк',
  'несовершеннолетн',
  'малолетн',
]);

export interface YearsInQuestion {
  kind: 'age' | 'span';
  years: number;
  /** Where the number (one stem or two) and the word after it stand among the question's stems. */
  start: number;
  end: number;
}

/**
 * Numbers written in words, by the stems the analyzers give them (worked out once, on first use). Russian "семь" is
 * left out: its stem is the stem of "семья" ("в семье год назад"). Kazakh "бір" is a stop word; "он екі" is twelve.
 */
const NUMBER_WORDS: Record<AnalyzerLanguage, Array<[string, number]>> = {
  ru: [
    ['один', 1],
    ['одного', 1],
    ['два', 2],
    ['двух', 2],
    ['две', 2],
    ['три', 3],
    ['трех', 3],
    ['четыре', 4],
    ['четырех', 4],
    ['пять', 5],
    ['шесть', 6],
    ['восемь', 8],
    ['восьми', 8],
    ['девять', 9],
    ['десять', 10],
    ['одиннадцать', 11],
    ['двенадцать', 12],
    ['тринадцать', 13],
    ['четырнадцать', 14],
    ['пятнадцать', 15],
    ['шестнадцать', 16],
    ['семнадцать', 17],
    ['восемнадцать', 18],
    ['девятнадцать', 19],
    ['двадцать', 20],
    ['тридцать', 30],
  ],
  kk: [
    ['екі', 2],
    ['үш', 3],
    ['төрт', 4],
    ['бес', 5],
    ['алты', 6],
    ['жеті', 7],
    ['сегіз', 8],
    ['тоғыз', 9],
    ['он', 10],
    ['жиырма', 20],
    ['отыз', 30],
  ],
};
const numberStems = new Map<AnalyzerLanguage, Map<string, number>>();
function numberWord(stem: string, fromLang: AnalyzerLanguage): number | undefined {
  let stems = numberStems.get(fromLang);
  if (!stems) {
    const stemOf = (w: string) => (fromLang === 'kk' ? analyzeKeyboardFolded(w) : analyze(w, 'ru'))[0] ?? '';
    stems = new Map(NUMBER_WORDS[fromLang].map(([word, n]) => [stemOf(word), n]));
    stems.delete('');
    numberStems.set(fromLang, stems);
  }
  return stems.get(stem);
}

/** The number at a place among a question's stems, in digits (at most three) or in words, and how many stems it takes. */
function numberAt(stems: readonly string[], i: number, fromLang: AnalyzerLanguage): { value: number; length: number } | null {
  if (/^\d{1,3}$/.test(stems[i])) return { value: Number(stems[i]), length: 1 };
  const value = numberWord(stems[i], fromLang);
  if (value === undefined) return null;
  // Kazakh tens and units are two words: "он екі" (twelve), "жиырма бес"
  const unit = fromLang === 'kk' && value % 10 === 0 && i + 1 < stems.length ? numberWord(stems[i + 1], fromLang) : undefined;
  return unit !== undefined && unit < 10 ? { value: value + unit, length: 2 } : { value, length: 1 };
}

/**
 * The numbers of years a question gives (in digits, at most three: "2024 жыл" is a date; or in words), at their places
 * among its stems: a person's age (a number before Kazakh "жас", never a duration, or before "лет"/"-летний" in a
 * Russian question that speaks of a person) or a span of time (before Kazakh "жыл", or "лет" in a Russian question
 * that speaks of no person).
 */
export function yearsIn(stems: readonly string[], fromLang: AnalyzerLanguage): YearsInQuestion[] {
  const person = fromLang !== 'kk' && stems.some((s) => RU_PERSON_STEMS.has(s));
  const kindOf = (word: string | undefined): YearsInQuestion['kind'] | null => {
    if (word === undefined) return null;
    if (fromLang === 'kk') return KK_AGE_WORDS.has(word) ? 'age' : KK_SPAN_WORDS.has(word) ? 'span' : null;
    if (!RU_YEAR_WORDS.has(word)) return null;
    return person ? 'age' : 'span';
  };
  const found: YearsInQuestion[] = [];
  for (let i = 0; i + 1 < stems.length; i++) {
    const number = numberAt(stems, i, fromLang);
    const kind = number && kindOf(stems[i + number.length]);
    if (!number || !kind) continue;
    found.push({ kind, years: number.value, start: i, end: i + number.length + 1 });
    i += number.length; // (past the year word: "он екі жас" is twelve, not also two)
  }
  return found;
}

/** The concepts of the ages and spans a question gives (`ages`, `spans` of an entry), as matches of their words. */
function yearMatches(stems: readonly string[], fromLang: AnalyzerLanguage, glossary: Glossary): GlossaryMatch[] {
  const matches: GlossaryMatch[] = [];
  for (const { kind, years, start, end } of yearsIn(stems, fromLang))
    glossary.entries.forEach((entry, entryIndex) => {
      const range = kind === 'age' ? entry.ages : entry.spans;
      if (range && range[0] <= years && years <= range[1])
        matches.push({ entryIndex, term: stems.slice(start, end).join(' '), start, end });
    });
  return matches;
}

const withYears = (matches: GlossaryMatch[], years: GlossaryMatch[]) =>
  years.length === 0 ? matches : [...matches, ...years].sort((a, b) => a.start - b.start || a.entryIndex - b.entryIndex);

function pushDistinct(target: string[], seen: Set<string>, stems: readonly string[]): void {
  for (const stem of stems) {
    if (seen.has(stem)) continue;
    seen.add(stem);
    target.push(stem);
  }
}

/**
 * Expands a query with the glossary. Kazakh queries are matched on keyboard-folded stems, so a query typed
 * on a Russian keyboard finds the same terms. Pure and deterministic.
 */
export function expandQuery(query: string, glossary: Glossary, fromLang: AnalyzerLanguage): QueryExpansion {
  const kk: string[] = [];
  const kkFolded: string[] = [];
  const ru: string[] = [];
  const seen = { kk: new Set<string>(), kkFolded: new Set<string>(), ru: new Set<string>() };

  let matches: GlossaryMatch[];
  if (fromLang === 'kk') {
    const folded = analyzeKeyboardFolded(query);
    pushDistinct(kk, seen.kk, analyze(query, 'kk'));
    pushDistinct(kkFolded, seen.kkFolded, folded);
    matches = withYears(findMatches(folded, glossary.kkMatchers), yearMatches(folded, 'kk', glossary));
  } else {
    const stems = analyze(query, 'ru');
    pushDistinct(ru, seen.ru, stems);
    matches = withYears(findMatches(stems, glossary.ruMatchers), yearMatches(stems, 'ru', glossary));
  }

  const entryIndexes = [...new Set(matches.map((match) => match.entryIndex))];
  const conceptSize = { kk: new Map<string, number>(), kkFolded: new Map<string, number>(), ru: new Map<string, number>() };
  const sized = (sizes: Map<string, number>, terms: readonly (readonly string[])[]) => {
    const distinct = new Set(terms.flat());
    for (const stem of distinct) sizes.set(stem, Math.min(sizes.get(stem) ?? Infinity, distinct.size));
  };
  for (const entryIndex of entryIndexes) {
    const terms = glossary.analyzed[entryIndex];
    for (const stems of terms.kk) pushDistinct(kk, seen.kk, stems);
    for (const stems of terms.kkFolded) pushDistinct(kkFolded, seen.kkFolded, stems);
    for (const stems of terms.ru) pushDistinct(ru, seen.ru, stems);
    sized(conceptSize.kk, terms.kk);
    sized(conceptSize.kkFolded, terms.kkFolded);
    sized(conceptSize.ru, terms.ru);
  }
  return { kk, kkFolded, ru, matches, conceptSize };
}

/** The matchers' places by their first stem, built once per glossary: a text is scanned once, not once per term. */
const byFirstStem = new WeakMap<readonly AnalyzedTerm[], Map<string, number[]>>();

function firstStemIndex(matchers: readonly AnalyzedTerm[]): Map<string, number[]> {
  let index = byFirstStem.get(matchers);
  if (!index) {
    index = new Map();
    matchers.forEach((m, order) => {
      if (m.stems.length) (index!.get(m.stems[0]) ?? index!.set(m.stems[0], []).get(m.stems[0])!).push(order);
    });
    byFirstStem.set(matchers, index);
  }
  return index;
}

/**
 * The glossary concepts a text names, by entry index: every term of any concept found in its keyboard-folded
 * Kazakh stems or its Russian stems (a text naming "моральдық зиян" names that concept and "зиян" too).
 */
export function conceptsIn(glossary: Glossary, kkFolded: readonly string[], ru: readonly string[]): number[] {
  const found = new Set<number>();
  const scan = (stems: readonly string[], matchers: readonly AnalyzedTerm[]) => {
    const index = firstStemIndex(matchers);
    for (let start = 0; start < stems.length; start++) {
      for (const order of index.get(stems[start]) ?? []) {
        const m = matchers[order];
        if (!found.has(m.entryIndex) && occursAt(stems, m.stems, start)) found.add(m.entryIndex);
      }
    }
  };
  scan(kkFolded, glossary.kkMatchers);
  scan(ru, glossary.ruMatchers);
  return [...found].sort((a, b) => a - b);
}

/** A concept as one word of the index: fixed width, so that no concept's token is a prefix of another's. */
export const conceptToken = (entryIndex: number) => `g${String(entryIndex).padStart(4, '0')}`;

/** Meilisearch looks synonyms up for runs of one to three query words, and keeps at most 50 per key. */
const MAX_SYNONYM_KEY_WORDS = 3;
const MAX_SYNONYMS_PER_KEY = 50;

/**
 * The glossary as a Meilisearch `synonyms` setting on analyzed forms: every term of a concept, as keyboard-folded
 * Kazakh stems and as Russian stems, → the other terms of its concepts in both. The index holds analyzed forms
 * and queries are sent as analyzed forms, so the engine's own synonym matching (which does no stemming) meets
 * every inflection; a Russian query finds the Kazakh field and a Kazakh query the Russian one.
 */
export function stemSynonyms(glossary: Glossary): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  glossary.analyzed.forEach((terms) => {
    const phrases = [...new Set([...terms.kkFolded, ...terms.ru].map((stems) => stems.join(' ')))];
    for (const from of phrases) {
      if (from.split(' ').length > MAX_SYNONYM_KEY_WORDS) continue;
      let targets = synonyms.get(from);
      if (!targets) synonyms.set(from, (targets = new Set()));
      for (const to of phrases) if (to !== from && targets.size < MAX_SYNONYMS_PER_KEY) targets.add(to);
    }
  });
  const result: Record<string, string[]> = {};
  for (const key of [...synonyms.keys()].sort()) {
    const targets = [...synonyms.get(key)!];
    if (targets.length) result[key] = targets;
  }
  return result;
}
