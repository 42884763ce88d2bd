/** YAML + zod for the corpus files: the first problem found, named by file and field. */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar-date';
import { CorpusError } from './corpus-error';

export { isCalendarDate };

/** A real calendar date "YYYY-MM-DD" (an unquoted YAML date may arrive as a Date). */
export const calendarDate = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  if (!isCalendarDate(s)) ctx.addIssue({ code: 'custom', message: `not a calendar date YYYY-MM-DD: ${String(v)}` });
  return s;
});

export function parseCorpusYaml<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    const line = (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw new CorpusError(file, `not valid YAML: ${(e as Error).message.split('\n')[0]}`, line);
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new CorpusError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}
