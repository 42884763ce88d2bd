/**
 * Russian stemming: the Snowball Russian algorithm as shipped by @orama/stemmers.
 *
 * The package is ESM-first ("type": "module") but its "./russian" export has a "require" condition that
 * points at a CommonJS build (dist/ru.cjs). This module compiles to require('@orama/stemmers/russian'),
 * which Node (tsc output) and Jest (ts-jest, CommonJS) both resolve to that build, so no loader
 * configuration is needed.
 */

import { stemmer as snowballRussian } from '@orama/stemmers/russian';

/**
 * Stems one Russian word. The Snowball stemmer only knows lowercase Cyrillic and treats ё as a separate
 * letter, so the word is lowercased and ё becomes е first.
 */
export function stemRussian(word: string): string {
  const prepared = word.toLowerCase().replace(/ё/g, 'е');
  if (prepared.length === 0) return prepared;
  const stem = snowballRussian(prepared);
  return stem.length > 0 ? stem : prepared;
}

/**
 * Snowball keeps a deverbal noun and the participle of the same verb apart: "возмещение" → "возмещен" but
 * "возмещен" → "возмещ"; "повреждение" → "поврежден", "поврежден" → "поврежд"; "государственный" →
 * "государствен", "государство" → "государств". Legal Russian says the same thing both ways ("возмещение
 * вреда" / "вред возмещен"), so search folds the -ен(-ие/-ный) and -ан(-ие/-ный) tails of long stems back to
 * the verb or noun stem, and the -ова/-ева of an -овать verb's infinitive goes too. Short stems keep them
 * ("член", "решен", "лишен": too little would remain to tell words apart).
 */
export function foldRussianDerivation(stem: string): string {
  let s = stem;
  if (s.length >= 6 && s.endsWith('ен')) s = s.slice(0, -2);
  else if (s.length >= 7 && s.endsWith('ан')) s = s.slice(0, -1);
  // the -овать/-евать verbs: the infinitive keeps -ова, the present tense does not ("индексировать" →
  // индексирова, "индексируют" → индексир; "требовать", "требует", "требования")
  if (s.length >= 7 && (s.endsWith('ова') || s.endsWith('ева'))) s = s.slice(0, -3);
  return s;
}

/**
 * Words whose forms come from another root, which no stemmer can join: "лет" is the genitive plural of "год" ("за
 * три года", "за пять лет", "не более трех лет"), so a question counting years in one meets a text counting them in
 * the other.
 */
const SUPPLETIVE_STEMS: ReadonlyMap<string, string> = new Map([['лет', 'год']]);

/** The stem search indexes and queries with: Snowball, then the derivational fold, then the root of a suppletive form. */
export function stemRussianForSearch(word: string): string {
  const stem = foldRussianDerivation(stemRussian(word));
  return SUPPLETIVE_STEMS.get(stem) ?? stem;
}
