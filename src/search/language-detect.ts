/**
 * Tells a Kazakh query from a Russian one, including Kazakh typed on a Russian keyboard
 * ("жумыс беруши кинали болмаса").
 *
 * 1. Any Kazakh-only letter (ә ғ қ ң ө ұ ү һ і, or a Latin i inside a Cyrillic word) decides: Kazakh.
 * 2. Otherwise each word votes, on its keyboard-folded form: frequent Kazakh and Russian word forms, then
 *    endings typical of one language, then letter pairs one language never writes (Russian spelling never
 *    puts ы after г к х ж ш: "жы", "шы", "кы" are Kazakh). Ties go to Russian, the language of a query
 *    without any Kazakh evidence.
 */

import { foldIi, foldKazakhKeyboard, normalizeForSearch } from './text-folding';
import { tokenize } from './tokenize';

export type QueryLanguage = 'kk' | 'ru';

const KAZAKH_ONLY_LETTERS = /[әғқңөұүһі]/;

/** Frequent Kazakh words of queries and legal text, keyboard-folded (so "кім" is "ким"). */
const KAZAKH_WORDS = new Set(
  [
    'және',
    'немесе',
    'мен',
    'бен',
    'пен',
    'үшін',
    'туралы',
    'бойынша',
    'кім',
    'не',
    'ме',
    'ма',
    'ба',
    'бе',
    'па',
    'пе',
    'қандай',
    'қанша',
    'қашан',
    'қалай',
    'неге',
    'осы',
    'бұл',
    'ол',
    'жоқ',
    'бар',
    'керек',
    'егер',
    'болса',
    'болмаса',
    'болады',
    'зиян',
    'залал',
    'өтеу',
    'өтемақы',
    'жұмыс',
    'беруші',
    'бала',
    'ата',
    'ана',
    'жол',
    'апат',
    'сот',
    'заң',
    'ақша',
    'төлем',
    'төлеу',
    'жерлеу',
    'шығын',
    'шығыс',
    'асыраушы',
    'қызметкер',
    'денсаулық',
    'мүлік',
    'кінә',
    'кінәлі',
    'жас',
    'он',
    'төрт',
    'жеке',
    'тұлға',
    'құжат',
    'құжаттар',
    'иесі',
    'көлік',
    'автокөлік',
    'ит',
    'мүгедек',
    'зейнетақы',
    'жәрдемақы',
    'талап',
    'арыз',
    'өтініш',
    'баянат',
    'бұйрық',
    'айыппұл',
    'қайтыс',
    'болды',
    'жарақат',
    'ауру',
  ].map(foldKazakhKeyboard),
);

const RUSSIAN_WORDS = new Set([
  'и',
  'в',
  'во',
  'на',
  'по',
  'не',
  'что',
  'кто',
  'как',
  'при',
  'для',
  'от',
  'о',
  'об',
  'за',
  'из',
  'до',
  'ли',
  'или',
  'если',
  'это',
  'его',
  'ее',
  'их',
  'мне',
  'меня',
  'можно',
  'нужно',
  'какие',
  'какой',
  'кому',
  'сколько',
  'вред',
  'вреда',
  'ущерб',
  'возмещение',
  'компенсация',
  'платит',
  'платить',
  'суд',
  'иск',
  'работодатель',
  'ребенок',
  'похороны',
  'пенсия',
  'авария',
  'дтп',
  'собака',
  'травма',
  'смерть',
  'жизнь',
  'здоровье',
  'моральный',
  'сотрудник',
  'член',
  'семьи',
  'срок',
  'три',
  'года',
  'лет',
]);

/** Word endings typical of Kazakh (keyboard-folded): cases, possessives, verbal nouns, participles. */
const KAZAKH_ENDINGS = [
  'нын',
  'дын',
  'тын',
  'нин',
  'дин',
  'тин',
  'ны',
  'ды',
  'ты',
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  'га',
  'ге',
  'ка',
  'ке',
  'дагы',
  'деги',
  'нда',
  'нде',
  'дан',
  'ден',
  'нан',
  'нен',
  'тан',
  'тен',
  'ган',
  'ген',
  'кан',
  'кен',
  'атын',
  'етин',
  'айды',
  'ейди',
  'еди',
  'ады',
  'уши',
  'ушы',
  'лык',
  'лик',
  'дык',
  'дик',
  'тык',
  'тик',
  'сы',
  'си',
  'еу',
  'ау',
  'ып',
  'ип',
  'са',
  'се',
  'мен',
  'бен',
  'пен',
].map(foldKazakhKeyboard);

/** Word endings typical of Russian. */
const RUSSIAN_ENDINGS = [
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ение',
  'ения',
  'ении',
  'ание',
  'ания',
  'ании',
  'ость',
  'ости',
  'ться',
  'тся',
  'ть',
  'ует',
  'ают',
  'яют',
  'ет',
  'ит',
  'ый',
  'ий',
  'ой',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ов',
  'ев',
  'ам',
  'ям',
  'ах',
  'ях',
  'ция',
  'ции',
  'ью',
  'ия',
  'ца',
  'ом',
  'ем',
  'ь',
];

/** Letter pairs Russian spelling does not write, and Kazakh does (after keyboard folding). */
const KAZAKH_LETTER_PAIRS = /гы|кы|хы|жы|шы|ыу|уы|уи|[аоеыи]у$/;
/** Letters rare in Kazakh native words but common in Russian. */
const RUSSIAN_LETTERS = /[ьъэщёцчфв]/;

function endingScore(word: string, endings: readonly string[]): number {
  let best = 0;
  for (const ending of endings) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) best = Math.max(best, ending.length);
  }
  return best === 0 ? 0 : best >= 3 ? 1 : 0.5;
}

/** Positive: Kazakh evidence; negative: Russian evidence. */
function wordScore(word: string): number {
  if (KAZAKH_WORDS.has(word) && !RUSSIAN_WORDS.has(word)) return 2;
  if (RUSSIAN_WORDS.has(word) && !KAZAKH_WORDS.has(word)) return -2;
  let score = endingScore(word, KAZAKH_ENDINGS) - endingScore(word, RUSSIAN_ENDINGS);
  if (KAZAKH_LETTER_PAIRS.test(word)) score += 1.5;
  if (RUSSIAN_LETTERS.test(word)) score -= 1;
  return score;
}

/** The language of a search query: 'kk' or 'ru'. Pure; an empty query is 'ru'. */
export function detectLanguage(query: string): QueryLanguage {
  if (KAZAKH_ONLY_LETTERS.test(foldIi(query).toLowerCase())) return 'kk';
  const normalized = normalizeForSearch(query);
  let score = 0;
  for (const token of tokenize(normalized)) {
    if (token.kind !== 'word') continue;
    score += wordScore(foldKazakhKeyboard(token.text));
  }
  return score > 0 ? 'kk' : 'ru';
}
