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
