/** YAML + zod for the corpus files: the first problem found, named by file and field. */
import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar-date';
import { CorpusError, YamlSyntaxError } from '../errors';

// src/search/glossary.ts imports it from here
export { YamlSyntaxError };

export { isCalendarDate };

/** A real calendar date "YYYY-MM-DD" (an unquoted YAML date may arrive as a Date). */
export const calendarDate = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  if (!isCalendarDate(s)) ctx.addIssue({ code: 'custom', message: `not a calendar date YYYY-MM-DD: ${String(v)}` });
  return s;
});

/** Why a text is not YAML, and the line (1-based) where the reader saw it, when it knows. */
/**
 * One YAML document, read with the YAML 1.2 core schema: strings, numbers, booleans, null, lists and maps, and
 * nothing else (no timestamps, no custom tags), so "2012-09-18" stays the string it is written as. Repeated
 * keys, tabs in indentation, unknown tags and a second document are refused. js-yaml rather than the `yaml`
 * package: it reads the same documents to the same values about five times faster, which at scale is most of
 * the cost of reading translations.
 */
export function readYamlDocument(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const mark = (e as { mark?: { line?: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? e.message.split('\n')[0];
    const line = typeof mark?.line === 'number' ? mark.line + 1 : undefined;
    throw new YamlSyntaxError(reason, line);
  }
}

export function parseCorpusYaml<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = readYamlDocument(text);
  } catch (e) {
    if (!(e instanceof YamlSyntaxError)) throw e;
    throw new CorpusError(file, `not valid YAML: ${e.message}`, e.line);
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new CorpusError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}
