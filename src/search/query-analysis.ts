/**
 * A search query → its language, its own stems in the index field of that language, the glossary concepts it
 * names, and the weighted terms the re-rank scores with. Pure.
 *
 * Kazakh is searched in its keyboard-folded form (ә→а, қ→к, і→и …), which meets text and queries typed with or
 * without the Kazakh letters; words written in Latin letters are transliterated into that alphabet first.
 */
import { analyze, analyzeKeyboardFolded } from './analyzer';
import { expandQuery, type Glossary } from './glossary';
import { detectLanguage } from './language-detect';
import { transliterateLatin } from './transliteration';

/** The analyzed text fields of the index that queries are matched against. */
export type TextField = 'kk_folded' | 'ru_stems';
export const TEXT_FIELDS: readonly TextField[] = ['kk_folded', 'ru_stems'];

export interface WeightedTerm {
  field: TextField;
  term: string;
  weight: number;
}

export interface AnalyzedQuery {
  /** The query as typed. */
  source: string;
  /** What was analyzed: the query with its Latin-script words in Cyrillic. */
  text: string;
  transliterated: boolean;
  lang: 'kk' | 'ru';
  /** The field of the query's language. */
  ownField: TextField;
  /** The query's own stems in that field, distinct, in the order typed. */
  own: string[];
  /**
   * For each of `own`, the stems in that field that say the same: the word itself and the terms of every glossary
   * concept the question names with it ("индексация" → "инфляц", "стоимост жизн" …).
   */
  ownAlternatives: string[][];
  /** The glossary concepts the query names (entry indices): the index holds a token for each concept a point names. */
  concepts: number[];
  /** Stems to mark in snippets: the query's own and its concepts' terms, in standard Kazakh, folded Kazakh and Russian. */
  kk: string[];
  kkFolded: string[];
  ru: string[];
  /** Every stem the re-rank scores, per field: the query's own weigh 1, a concept's terms share a lower weight. */
  terms: WeightedTerm[];
}

/** Weight of a term the glossary added, against 1 for the query's own words. */
const EXPANSION_WEIGHT = 0.7;
/** A long question can expand to more terms than are worth scoring: its own words go first. */
const MAX_TERMS = 60;

export function analyzeQuery(query: string, glossary: Glossary, lang?: 'kk' | 'ru' | null): AnalyzedQuery {
  const latin = transliterateLatin(query);
  const text = latin ?? query;
  const detected = lang ?? detectLanguage(text);
  const expansion = expandQuery(text, glossary, detected);
  const ownStems = detected === 'kk' ? analyzeKeyboardFolded(text) : analyze(text, 'ru');
  const own = [...new Set(ownStems)].filter((s) => s.length > 0);
  const ownField: TextField = detected === 'kk' ? 'kk_folded' : 'ru_stems';

  const ownSet = new Set(own);
  const place = new Map(own.map((w, i) => [w, i]));
  const alternatives = own.map((w) => new Set([w]));
  for (const m of expansion.matches) {
    const terms = detected === 'kk' ? glossary.analyzed[m.entryIndex].kkFolded : glossary.analyzed[m.entryIndex].ru;
    for (let at = m.start; at < m.end; at++) {
      const i = place.get(ownStems[at]);
      if (i !== undefined) for (const stems of terms) for (const stem of stems) alternatives[i].add(stem);
    }
  }
  const terms: WeightedTerm[] = [];
  // a concept's stems share its weight: ten synonyms of "accident" are not ten times the idea
  const add = (field: TextField, stems: readonly string[], sizes: ReadonlyMap<string, number>) => {
    for (const term of new Set(stems)) {
      if (!term) continue;
      const isOwn = field === ownField && ownSet.has(term);
      terms.push({ field, term, weight: isOwn ? 1 : EXPANSION_WEIGHT / Math.cbrt(sizes.get(term) ?? 1) });
    }
  };
  add('kk_folded', expansion.kkFolded, expansion.conceptSize.kkFolded);
  add('ru_stems', expansion.ru, expansion.conceptSize.ru);
  const ordered = [...terms.filter((t) => t.weight === 1), ...terms.filter((t) => t.weight !== 1)].slice(0, MAX_TERMS);

  return {
    source: query,
    text,
    transliterated: latin !== null,
    lang: detected,
    ownField,
    own,
    ownAlternatives: alternatives.map((a) => [...a]),
    concepts: [...new Set(expansion.matches.map((m) => m.entryIndex))],
    kk: [...expansion.kk],
    kkFolded: [...expansion.kkFolded],
    ru: [...expansion.ru],
    terms: ordered,
  };
}
