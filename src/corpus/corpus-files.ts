/**
 * Schemas of the corpus files other than the official texts (acts.yaml, history/fragments.yaml,
 * translations/*.yaml). Pure: text in, validated data or a CorpusError naming the file and the field out.
 */
import { z } from 'zod';
import { actIdPattern, actKindCodes, amendingActIdPattern, isActKind } from '../domain/act-kinds';
import { calendarDate, parseCorpusYaml } from './corpus-yaml';

/** A kind of the act-kind registry (read when a file is parsed, so a kind registered later counts too). */
const actKind = z.string().refine(isActKind, { error: (issue) => `Invalid option: expected one of ${actKindCodes().map((k) => JSON.stringify(k)).join('|')}, got ${JSON.stringify(issue.input)}` });
const effectiveRule = z.enum(['FROM_FIRST_OFFICIAL_PUBLICATION', 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION', 'UNSTATED']);

export const actsFileSchema = z.object({
  acts: z
    .array(
      z.object({
        /** "<id prefix>-<year>-<number>" for a kind identified so, a name ("civil-code") for one its name identifies. */
        id: z.string().min(1),
        kind: actKind,
        number: z.string().min(1),
        adoptedOn: calendarDate,
        uri: z.string().startsWith('/akn/'),
        file: z.string().min(1),
        lang: z.enum(['kk', 'ru']),
        source: z.string().optional(),
        /**
         * Whether the file is the official system's export (true) or a copy of the official text from elsewhere that
         * was not checked against the official page (false: every wording served from it says so).
         */
        verified: z.boolean().default(true),
        /** Where the adoption date and number come from, when the text does not state them. */
        adoptionSource: z.string().min(1).optional(),
        /** The title, with its source, when the text has no title line of its own (a copy of one chapter of a code). */
        title: z.object({ text: z.string().trim().min(1), source: z.string().min(1) }).optional(),
        /**
         * The chapter the text holds when it is an excerpt without a chapter heading line of its own: its number and
         * heading, with where the heading comes from.
         */
        excerpt: z.object({ chapter: z.string().regex(/^\d+$/), heading: z.string().trim().min(1), headingSource: z.string().min(1) }).optional(),
        /**
         * The act's own entry-into-force rule and the clause that states it (absent: the text states none).
         * `inSources: false`: the sources hold no text that could state it (only an excerpt of the act is in the corpus).
         */
        entryIntoForce: z.object({ rule: effectiveRule, statedIn: z.string().min(1).optional(), inSources: z.boolean().default(true) }).default({ rule: 'UNSTATED', inSources: true }),
        /** First official publication of the act, with the source that records it. */
        publishedOn: calendarDate.nullable().optional(),
        publicationSource: z.string().min(1).optional(),
        /**
         * The export is the current edition as retrieved from the official system no later than this day (for a
         * copy not verified against it: as retrieved from its source, labelled there as the current edition).
         */
        currentEditionBy: calendarDate.optional(),
        /**
         * RECORDED: the text's amendment notes record its history. UNKNOWN: the text is a current wording of an
         * unknown date with no history (earlier wordings unknown, not assumed): the corpus holds evidence of it only
         * from `currentEditionBy`.
         */
        earlierWordings: z.enum(['RECORDED', 'UNKNOWN']).default('RECORDED'),
      })
        .refine((a) => !a.publishedOn || a.publicationSource, { message: 'publishedOn needs publicationSource: a date is recorded only with its source', path: ['publicationSource'] })
        .refine((a) => a.earlierWordings === 'RECORDED' || a.currentEditionBy, { message: 'earlierWordings UNKNOWN needs currentEditionBy: the day from which the wording is evidenced', path: ['currentEditionBy'] })
        .refine((a) => a.verified || a.source, { message: 'a text not verified against the official page needs its source', path: ['source'] })
        .refine((a) => !isActKind(a.kind) || actIdPattern(a.kind).test(a.id), { message: 'the id does not read as the ids of its kind do (src/domain/act-kinds.ts)', path: ['id'] }),
    )
    .min(1),
  amendingActs: z
    .array(
      z
        .object({ id: z.string(), publishedOn: calendarDate.nullable().optional(), source: z.string().min(1).optional() })
        .refine((a) => !a.publishedOn || a.source, { message: 'publishedOn needs source: a date is recorded only with its source', path: ['source'] }),
    )
    .default([]),
});
export type ActsFile = z.infer<typeof actsFileSchema>;
export type ActMeta = ActsFile['acts'][number];

export const fragmentSchema = z.object({
  act: z.string(),
  target: z.string().min(1),
  lang: z.enum(['kk', 'ru']),
  official: z.boolean(),
  complete: z.boolean(),
  /** The amending act whose change ended this wording (absent: the wording is still current). */
  replacedBy: z.string().refine((id) => amendingActIdPattern().test(id), { message: 'not the id of an amending act ("<id prefix>-<year>-<number>")' }).optional(),
  source: z.string().min(1),
  note: z.string().optional(),
  text: z.string().min(1),
});
export type Fragment = z.infer<typeof fragmentSchema>;

const paragraphList = z.union([z.string().min(1).transform((s) => [s]), z.array(z.string().min(1)).min(1)]);
const words = z.string().trim().min(1);

/**
 * A translator's note of a translation file, filed under the unit it explains (translatorNotes.<unit>): the
 * paragraph of that unit (1-based, as listed under texts.<unit>), the official words, what they say literally,
 * the words the translation uses instead, and why. Whether the words are really there is checked where the
 * official text is known (build-knowledge-base.ts).
 */
export const translatorNoteSchema = z.strictObject({
  paragraph: z.number().int().min(1),
  original: words,
  literal: words,
  rendering: words,
  reason: words,
});
export type TranslatorNoteEntry = z.infer<typeof translatorNoteSchema>;

export const translationSchema = z.object({
  act: z.string(),
  lang: z.enum(['kk', 'ru']),
  official: z.literal(false),
  basis: z.string(),
  disclaimer: z.string().min(1),
  texts: z.record(z.string(), paragraphList),
  /** The heading of every chapter and article of a code (without its number: "938-бап" is printed apart). */
  headings: z.record(z.string(), z.string().trim().min(1)).default({}),
  notes: z.record(z.string(), z.array(z.string().min(1))).default({}),
  translatorNotes: z.record(z.string(), z.array(translatorNoteSchema).min(1)).default({}),
});
export type Translation = z.infer<typeof translationSchema>;


export const parseActsFile = (file: string, text: string) => parseCorpusYaml(file, text, actsFileSchema);
export const parseFragmentsFile = (file: string, text: string) => parseCorpusYaml(file, text, z.array(fragmentSchema));
export const parseTranslationFile = (file: string, text: string) => parseCorpusYaml(file, text, translationSchema);

/** The "…" that marks where a quoted fragment is cut is not part of the wording. */
export function fragmentParagraphs(text: string): string[] {
  return text
    .replace(/^\s*…/u, '')
    .replace(/…\s*$/u, '')
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
