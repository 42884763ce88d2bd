/** A search query → its language and the stems to look for in Kazakh, keyboard-folded Kazakh and Russian text. */
import { analyze, analyzeKeyboardFolded } from './analyzer';
import { expandQuery, type Glossary } from './glossary';
import { detectLanguage } from './language-detect';

export interface AnalyzedQuery {
  source: string;
  lang: 'kk' | 'ru';
  kk: string[];
  kkFolded: string[];
  ru: string[];
  /** Every distinct stem, the query's own first: what the index is asked for. */
  terms: string[];
  /** Per field, for stems the glossary added: the size of the concept that added them (see expandQuery). */
  conceptSize: { kk: ReadonlyMap<string, number>; kkFolded: ReadonlyMap<string, number>; ru: ReadonlyMap<string, number> };
}

export function analyzeQuery(query: string, glossary: Glossary, lang?: 'kk' | 'ru' | null): AnalyzedQuery {
  const detected = lang ?? detectLanguage(query);
  const expansion = expandQuery(query, glossary, detected);
  const own = detected === 'kk' ? [...analyze(query, 'kk'), ...analyzeKeyboardFolded(query)] : analyze(query, 'ru');
  const terms = [...new Set([...own, ...expansion.kk, ...expansion.kkFolded, ...expansion.ru])].filter((t) => t.length > 0);
  return { source: query, lang: detected, kk: [...expansion.kk], kkFolded: [...expansion.kkFolded], ru: [...expansion.ru], terms, conceptSize: expansion.conceptSize };
}
