/** YAML + zod for the corpus files of claim types and cases: the first problem found, named by file and field. */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CorpusError } from './corpus-files';

/** A real calendar date "YYYY-MM-DD" (an unquoted YAML date may arrive as a Date). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

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
