/**
 * Schema of corpus/cases/*.yaml: one court case per file, with the project's own Kazakh and Russian summary
 * and outcome, what is known of the court, number and date (unknown stays null, never guessed), the claim
 * types, the clauses the decision cites explicitly (with the citing words) and the norms outside the
 * knowledge base it cites. Pure: text in, validated data or a CorpusError out.
 */
import { z } from 'zod';
import { CLAIM_TYPE_CODES } from './claim-types-file';
import { calendarDate, parseCorpusYaml } from './corpus-yaml';

/** Ids of cases added through the API start with this; the corpus may not use it, so the two never collide. */
export const EDITOR_CASE_ID_PREFIX = 'case-';

const bilingual = z.object({ kk: z.string().trim().min(1), ru: z.string().trim().min(1) });
const httpUrl = z
  .string()
  .trim()
  .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s), 'expected an http(s) URL');

export const caseFileSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase words joined by "-"')
    .refine((s) => !s.startsWith(EDITOR_CASE_ID_PREFIX), `ids starting with "${EDITOR_CASE_ID_PREFIX}" are reserved for cases added through the API`),
  court: bilingual,
  caseNumber: z.string().trim().min(1).nullable().default(null),
  decidedOn: calendarDate.nullable().default(null),
  dateNote: bilingual.optional(),
  claimTypes: z.array(z.enum(CLAIM_TYPE_CODES)).min(1),
  summary: bilingual,
  outcome: bilingual,
  amountAwardedKzt: z.number().nonnegative().nullable().default(null),
  sourceUrl: httpUrl,
  otherSources: z.array(httpUrl).default([]),
  citations: z
    .array(z.object({ clause: z.string().min(1), quote: z.string().trim().min(1) }))
    .default([]),
  references: z
    .array(
      z.object({
        targetAct: z.string().min(1),
        article: z.string().min(1).optional(),
        point: z.string().min(1).optional(),
        part: z.string().min(1).optional(),
        subpoint: z.string().min(1).optional(),
      }),
    )
    .default([]),
  unofficial: z.literal(true),
});
export type CaseFile = z.infer<typeof caseFileSchema>;

export const parseCaseFile = (file: string, text: string): CaseFile => parseCorpusYaml(file, text, caseFileSchema);
