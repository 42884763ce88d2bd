/**
 * Validation of a case sent by an editor. Pure: the input, the known claim type codes and today's date in; a
 * normalised case or the first problem (with the field it is in) out. Nothing is written before this passes.
 */
import { isCalendarDate } from '../corpus/corpus-yaml';

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

class Invalid extends Error {
  constructor(
    readonly field: keyof CaseInputData,
    message: string,
  ) {
    super(message);
  }
}

function required(input: CaseInputData, field: 'court' | 'outcome' | 'summary'): string {
  const v = (input[field] ?? '').trim();
  if (!v) throw new Invalid(field, `"${field}" must not be empty`);
  return v;
}

/** An optional text may be left out (null), but not sent empty: an empty Russian summary is a mistake, not a translation. */
function optional(input: CaseInputData, field: 'courtRu' | 'outcomeRu' | 'summaryRu' | 'caseNumber'): string | null {
  const v = input[field];
  if (v === null || v === undefined) return null;
  if (!v.trim()) throw new Invalid(field, `"${field}" is empty: leave it out or give a text`);
  return v.trim();
}

export function validateCaseInput(input: CaseInputData, knownClaimTypes: ReadonlySet<string>, today: string): CaseValidation {
  try {
    const decidedOn = input.decidedOn ?? null;
    if (decidedOn !== null && !isCalendarDate(decidedOn)) throw new Invalid('decidedOn', `"decidedOn" must be a calendar date YYYY-MM-DD, got ${JSON.stringify(decidedOn)}`);
    if (decidedOn !== null && decidedOn > today) throw new Invalid('decidedOn', `"decidedOn" (${decidedOn}) is in the future`);
    if (input.claimTypes.length === 0) throw new Invalid('claimTypes', '"claimTypes" needs at least one claim type code');
    const unknown = input.claimTypes.filter((c) => !knownClaimTypes.has(c));
    if (unknown.length) throw new Invalid('claimTypes', `"claimTypes": unknown code(s) ${unknown.join(', ')}; known codes: ${[...knownClaimTypes].join(', ')}`);
    const sourceUrl = input.sourceUrl.trim();
    if (!isHttpUrl(sourceUrl)) throw new Invalid('sourceUrl', `"sourceUrl" must be an http(s) URL, got ${JSON.stringify(input.sourceUrl)}`);
    const amount = input.amountAwardedKzt ?? null;
    if (amount !== null && (!Number.isFinite(amount) || amount < 0)) throw new Invalid('amountAwardedKzt', `"amountAwardedKzt" must be a non-negative amount, got ${amount}`);
    if (amount !== null && amount > MAX_AMOUNT_KZT) throw new Invalid('amountAwardedKzt', `"amountAwardedKzt" (${amount}) is over ${MAX_AMOUNT_KZT} tenge, the largest amount accepted`);
    if (amount !== null && Math.round(amount * 100) / 100 !== amount) throw new Invalid('amountAwardedKzt', `"amountAwardedKzt" (${amount}) has more than two decimals; amounts are in tenge and tiyn`);
    const text = input.text ?? null;
    if (text !== null && text.length > MAX_DECISION_TEXT) throw new Invalid('text', `"text" is longer than ${MAX_DECISION_TEXT} characters`);
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
    if (e instanceof Invalid) return { ok: false, field: e.field, message: e.message };
    throw e;
  }
}
