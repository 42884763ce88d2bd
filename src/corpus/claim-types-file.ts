/**
 * Schema of corpus/claim-types.yaml: the claim types, their names and descriptions in both languages, and the
 * clauses that govern each one with a role and a one-sentence rationale. Pure: text in, validated data or a
 * CorpusError out. Whether the clauses exist is checked where the acts are known (build-claims-and-cases.ts).
 */
import { z } from 'zod';
import { GOVERNING_ROLES } from '../domain/types';
import { parseCorpusYaml } from './corpus-yaml';

/** The codes are fixed by the domain; a file that names another code is refused rather than silently extended. */
export const CLAIM_TYPE_CODES = [
  'WORK_INJURY',
  'INCREASED_DANGER_SOURCE',
  'BREADWINNER_LOSS',
  'FUNERAL_EXPENSES',
  'LOST_EARNINGS_AND_EXPENSES',
  'MORAL_DAMAGE',
  'HARM_BY_MINOR',
  'CHILD_HEALTH_HARM',
  'CONVICT_LABOUR_INJURY',
  'INSURED_LIABILITY_SHORTFALL',
  'PAYMENT_REVISION',
  'NSB_SERVICE_MEMBER_DAMAGE',
  'NSB_FAMILY_MEMBER_DAMAGE',
] as const;

const bilingual = z.object({ kk: z.string().trim().min(1), ru: z.string().trim().min(1) });

export const claimTypesFileSchema = z.object({
  unofficial: z.literal(true),
  claimTypes: z
    .array(
      z.object({
        code: z.enum(CLAIM_TYPE_CODES),
        name: bilingual,
        description: bilingual,
        clauses: z
          .array(
            z.object({
              // an act id ("sc-1999-9", "civil-code") and an eId; whether the clause exists is checked at ingest
              clause: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z0-9_-]+$/, 'expected "<actId>/<eId>"'),
              role: z.enum(GOVERNING_ROLES),
              rationale: bilingual,
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type ClaimTypesFile = z.infer<typeof claimTypesFileSchema>;
export type ClaimTypeDefinition = ClaimTypesFile['claimTypes'][number];

export const parseClaimTypesFile = (file: string, text: string): ClaimTypesFile => parseCorpusYaml(file, text, claimTypesFileSchema);
