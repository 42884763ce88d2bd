/**
 * /embed/clauses.json?card=<clause>;<lang>;<asOf>&card=… — every widget card of a host page in one request.
 * The widget batches the cards it needs on a microtask, so a page with several widgets asks once. Each card is
 * answered in the request's order, with its own status: one unknown clause or bad date does not fail the others.
 */
import type { Lang } from '../domain/types';
import { UserInputError } from '../errors';
import { parseAsOf, parseLang } from './params';
import { requestErrors } from './request-errors';

/** A bounded cost per request: a page rarely shows more than a handful of citations. */
export const MAX_CARDS = 50;

export interface CardRequest {
  raw: string;
  clause: string;
  /** The language the card (and its error, if any) is worded in. */
  lang: Lang;
  asOf: string | null;
  error: UserInputError | null;
}

export function parseCardRequests(values: readonly string[]): CardRequest[] {
  if (values.length === 0) throw UserInputError.of(requestErrors.required('card'));
  if (values.length > MAX_CARDS) throw UserInputError.of(requestErrors.tooMany('card', values.length, MAX_CARDS));
  return values.map((raw) => {
    const [clause = '', langRaw = '', asOfRaw = ''] = raw.split(';');
    let lang: Lang = langRaw === 'ru' ? 'ru' : 'kk';
    try {
      lang = parseLang(langRaw || null);
      return { raw, clause, lang, asOf: parseAsOf(asOfRaw || null, 'as-of'), error: null };
    } catch (e) {
      if (!(e instanceof UserInputError)) throw e;
      return { raw, clause, lang, asOf: null, error: e };
    }
  });
}
