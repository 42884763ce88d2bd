/**
 * Ids of cases added through the API: "case-" + the court's first words and the decision date, in Latin
 * letters, + a short random suffix ("case-qaragandy-oblystyq-soty-2022-08-27-3f9a1c"). Readable in a URL,
 * stable once given, and never equal to a corpus id (the corpus may not use the "case-" prefix).
 */
import { randomBytes } from 'node:crypto';
import { EDITOR_CASE_ID_PREFIX } from '../corpus/case-file';

/** Kazakh and Russian Cyrillic → Latin, one simple mapping for URLs (not a standard transliteration). */
const LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

export function slug(text: string, maxWords = 4): string {
  const latin = [...text.toLowerCase()].map((ch) => LATIN[ch] ?? ch).join('');
  return latin
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, maxWords)
    .join('-');
}

export function newCaseId(court: string, decidedOn: string | null, suffix: string = randomBytes(3).toString('hex')): string {
  const parts = [slug(court), decidedOn ?? 'undated', suffix].filter((p) => p.length > 0);
  return `${EDITOR_CASE_ID_PREFIX}${parts.join('-')}`;
}
