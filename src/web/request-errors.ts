/**
 * What a malformed request is told, in the reader's language on pages and in the widget (kk/ru), in English in
 * the API answers (oEmbed, exports). One function per mistake, so the three wordings say the same thing.
 */
import type { Wordings } from '../errors';

export const requestErrors = {
  dateFormat: (parameter: string, value: string): Wordings => ({
    en: `"${parameter}" must be a date as YYYY-MM-DD, got "${value}"`,
    kk: `«${parameter}» параметрі ЖЖЖЖ-АА-КК түріндегі күн болуы керек, ал берілгені: «${value}»`,
    ru: `Параметр «${parameter}» должен быть датой вида ГГГГ-ММ-ДД, получено: «${value}»`,
  }),
  notCalendarDate: (parameter: string, value: string): Wordings => ({
    en: `"${parameter}" is not a calendar date: "${value}"`,
    kk: `«${parameter}» параметріндегі «${value}» күнтізбеде жоқ күн`,
    ru: `В параметре «${parameter}» указана несуществующая дата: «${value}»`,
  }),
  lang: (value: string): Wordings => ({
    en: `"lang" must be "kk" or "ru", got "${value}"`,
    kk: `«lang» параметрі «kk» немесе «ru» болуы керек, ал берілгені: «${value}»`,
    ru: `Параметр «lang» должен быть «kk» или «ru», получено: «${value}»`,
  }),
  tooLong: (parameter: string, length: number, max: number): Wordings => ({
    en: `"${parameter}" is ${length} characters long; at most ${max} are accepted`,
    kk: `«${parameter}» параметрі тым ұзын: ${length} таңба, ең көбі ${max} рұқсат етіледі`,
    ru: `Параметр «${parameter}» слишком длинный: ${length} символов, допускается не более ${max}`,
  }),
  pageNumber: (parameter: string, value: string): Wordings => ({
    en: `"${parameter}" must be a whole number from 1, got "${value}"`,
    kk: `«${parameter}» параметрі 1-ден бастап бүтін сан болуы керек, ал берілгені: «${value}»`,
    ru: `Параметр «${parameter}» должен быть целым числом от 1, получено: «${value}»`,
  }),
  required: (parameter: string): Wordings => ({
    en: `"${parameter}" is required`,
    kk: `«${parameter}» параметрі міндетті`,
    ru: `Параметр «${parameter}» обязателен`,
  }),
  tooMany: (parameter: string, count: number, max: number): Wordings => ({
    en: `"${parameter}" is given ${count} times; at most ${max} are accepted in one request`,
    kk: `«${parameter}» параметрі ${count} рет берілген; бір сұрауда ең көбі ${max} рұқсат етіледі`,
    ru: `Параметр «${parameter}» передан ${count} раз; в одном запросе допускается не более ${max}`,
  }),
  nulCharacter: (parameter: string): Wordings => ({
    en: `"${parameter}" holds the character U+0000 (NUL), which no parameter may contain`,
    kk: `«${parameter}» параметрінде U+0000 (NUL) таңбасы бар, ол ешбір параметрде болмауы керек`,
    ru: `Параметр «${parameter}» содержит символ U+0000 (NUL), недопустимый ни в одном параметре`,
  }),
  beforeAdoption: (actLabel: string, date: string): Wordings => ({
    en: `${actLabel} did not exist on ${date}: it was adopted later`,
    kk: `${date} күні ${actLabel} әлі болған жоқ: ол кейінірек қабылданған`,
    ru: `${date} ${actLabel} ещё не существовал: он принят позже`,
  }),
  beforeEntryIntoForce: (actLabel: string, date: string): Wordings => ({
    en: `${actLabel} was not yet in force on ${date}: by its own entry-into-force rule it cannot have applied before a later day (see Act.entryIntoForce)`,
    kk: `${date} күні ${actLabel} әлі қолданысқа енбеген: өзінің қолданысқа енгізу тәртібі бойынша ол кейінірек қана қолданыла алады`,
    ru: `${date} ${actLabel} ещё не вступил в силу: по собственному порядку введения в действие он мог применяться лишь позже`,
  }),
};
