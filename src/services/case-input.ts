/**
 * Validation of a case sent by an editor. Pure: the input, the known claim type codes and today's date in; a
 * normalised case or the first problem (with the field it is in) out. Nothing is written before this passes.
 */
import { isCalendarDate } from '../corpus/corpus-yaml';
import { UserInputError } from '../errors';

export interface CaseInputData {
  id?: string | null;
  court: string;
  courtRu?: string | null;
  caseNumber?: string | null;
  decidedOn?: string | null;
  claimTypes: string[];
  outcome: string;
  outcomeRu?: string | null;
  amountAwardedKzt?: number | null;
  summary: string;
  summaryRu?: string | null;
  sourceUrl: string;
  text?: string | null;
}

export interface ValidCase {
  id: string | null;
  courtKk: string;
  courtRu: string | null;
  caseNumber: string | null;
  decidedOn: string | null;
  claimTypes: string[];
  outcomeKk: string;
  outcomeRu: string | null;
  amountAwardedKzt: number | null;
  summaryKk: string;
  summaryRu: string | null;
  sourceUrl: string;
  /** null: keep the citations already stored; a string (even empty): extract them anew from it. */
  text: string | null;
}

export type CaseValidation = { ok: true; value: ValidCase } | { ok: false; field: keyof CaseInputData; message: string };

export const MAX_DECISION_TEXT = 200_000;

/**
 * The largest award accepted, in tenge: a thousand billion, far above any award for harm to health (a typo of
 * several digits is caught, and so is a float beyond any amount, such as 1e308).
 */
export const MAX_AMOUNT_KZT = 1e12;

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.') && !/\s/.test(s);
  } catch {
    return false;
  }
}

/** The error of one field of the input, as the API reports it. */
export function invalidCaseInput(field: keyof CaseInputData, message: string): UserInputError {
  return new UserInputError(message, { argumentName: 'input', field });
}

function required(input: CaseInputData, field: 'court' | 'outcome' | 'summary'): string {
  const v = (input[field] ?? '').trim();
  if (!v) throw invalidCaseInput(field, `"${field}" must not be empty`);
  return v;
}

/** An optional text may be left out (null), but not sent empty: an empty Russian summary is a mistake, not a translation. */
function optional(input: CaseInputData, field: 'courtRu' | 'outcomeRu' | 'summaryRu' | 'caseNumber'): string | null {
  const v = input[field];
  if (v === null || v === undefined) return null;
  if (!v.trim()) throw invalidCaseInput(field, `"${field}" is empty: leave it out or give a text`);
  return v.trim();
}

export function validateCaseInput(input: CaseInputData, knownClaimTypes: ReadonlySet<string>, today: string): CaseValidation {
  try {
    const decidedOn = input.decidedOn ?? null;
    if (decidedOn !== null && !isCalendarDate(decidedOn))
      throw invalidCaseInput('decidedOn', `"decidedOn" must be a calendar date YYYY-MM-DD, got ${JSON.stringify(decidedOn)}`);
    if (decidedOn !== null && decidedOn > today) throw invalidCaseInput('decidedOn', `"decidedOn" (${decidedOn}) is in the future`);
    if (input.claimTypes.length === 0) throw invalidCaseInput('claimTypes', '"claimTypes" needs at least one claim type code');
    const unknown = input.claimTypes.filter((c) => !knownClaimTypes.has(c));
    if (unknown.length)
      throw invalidCaseInput(
        'claimTypes',
        `"claimTypes": unknown code(s) ${unknown.join(', ')}; known codes: ${[...knownClaimTypes].join(', ')}`,
      );
    const sourceUrl = input.sourceUrl.trim();
    if (!isHttpUrl(sourceUrl))
      throw invalidCaseInput('sourceUrl', `"sourceUrl" must be an http(s) URL, got ${JSON.stringify(input.sourceUrl)}`);
    const amount = input.amountAwardedKzt ?? null;
    if (amount !== null && (!Number.isFinite(amount) || amount < 0))
      throw invalidCaseInput('amountAwardedKzt', `"amountAwardedKzt" must be a non-negative amount, got ${amount}`);
    if (amount !== null && amount > MAX_AMOUNT_KZT)
      throw invalidCaseInput(
        'amountAwardedKzt',
        `"amountAwardedKzt" (${amount}) is over ${MAX_AMOUNT_KZT} tenge, the largest amount accepted`,
      );
    if (amount !== null && Math.round(amount * 100) / 100 !== amount)
      throw invalidCaseInput(
        'amountAwardedKzt',
        `"amountAwardedKzt" (${amount}) has more than two decimals; amounts are in tenge and tiyn`,
      );
    const text = input.text ?? null;
    if (text !== null && text.length > MAX_DECISION_TEXT)
      throw invalidCaseInput('text', `"text" is longer than ${MAX_DECISION_TEXT} characters`);
    return {
      ok: true,
      value: {
        id: input.id ?? null,
        courtKk: required(input, 'court'),
        courtRu: optional(input, 'courtRu'),
        caseNumber: optional(input, 'caseNumber'),
        decidedOn,
        claimTypes: [...new Set(input.claimTypes)],
        outcomeKk: required(input, 'outcome'),
        outcomeRu: optional(input, 'outcomeRu'),
        amountAwardedKzt: amount,
        summaryKk: required(input, 'summary'),
        summaryRu: optional(input, 'summaryRu'),
        sourceUrl,
        text,
      },
    };
  } catch (e) {
    if (e instanceof UserInputError) return { ok: false, field: e.extensions.field as keyof CaseInputData, message: e.message };
    throw e;
  }
}
