/** How a translator's note reads, in the language of the translation it belongs to. */
import type { Lang, TranslatorNote } from './types';

/** The abbreviation that marks a translator's note, as readers of legal translations know it. */
export const TRANSLATOR_NOTE_MARK: Readonly<Record<Lang, string>> = { ru: 'Прим. пер.', kk: 'Аударм. ескерт.' };

/**
 * The whole note in one sentence or two, in the translation's language: the official words, what they say
 * literally, the words the translation uses, and why. The official text is in the other language.
 */
export function translatorNoteText(n: TranslatorNote, lang: Lang): string {
  if (lang === 'ru') {
    return `${TRANSLATOR_NOTE_MARK.ru}: в официальном тексте на казахском языке — «${n.original}», буквально «${n.literal}»; в переводе — «${n.rendering}». ${n.reason}`;
  }
  // the Russian a Kazakh translation is made from is the source wording (the Civil Code's copy is not verified), not "official"
  return `${TRANSLATOR_NOTE_MARK.kk}: бастапқы орыс мәтінінде — «${n.original}», сөзбе-сөз «${n.literal}»; аудармада — «${n.rendering}». ${n.reason}`;
}
