/**
 * Recognises lines of the export that are not law text: the press-release link, signature blocks, the
 * approval stamp that opens an attachment, and the copyright footer. Patterns describe the form of such
 * lines in these systems, not particular acts.
 */

export type FurnitureKind = 'press-release' | 'signature' | 'approval-stamp' | 'footer';

const PRESS_RELEASE = /^\s*(?:БАСПАСӨЗ\s+РЕЛИЗІ|ПРЕСС-РЕЛИЗ)\s*$/u;
const SIGNATURE_ROLE =
  /^\s*(?:Премьер-Министр\p{L}*|Пленум\s+хатшысы|Секретарь\s+пленума|Жоғарғы\s+Сотының\s+Төрағасы|Председатель\s+Верховного\s+Суда|Төраға\p{L}*|Председатель)(?:\s+\p{Lu}\.\s*\p{Lu}?\.?\s*\p{L}+)?\s*$/u;
/** The country line printed above a signature role: "Қазақстан Республикасының" / "Республики Казахстан". */
const SIGNATURE_COUNTRY = /^\s*(?:Қазақстан\s+Республикасының|Республики\s+Казахстан)\s*$/u;
/** "бекітілген" / "Утверждены" alone, or "…№ 1213 қаулысымен бекітілген". */
const APPROVAL_STAMP = /^\s*(?:.{0,160}\s)?(?:бекітілген|бекiтiлген|утвержден[аоы]?|Утвержден[аоы]?|УТВЕРЖДЕН[АОЫ]?)\s*$/u;
/**
 * What a stamp ends in, tested first, the last printed letter before the last word: the stamp pattern
 * backtracks over the whole line, and nearly every line fails these.
 */
const STAMP_ENDING = /(?:бекітілген|бекiтiлген|утвержден[аоы]?|Утвержден[аоы]?|УТВЕРЖДЕН[АОЫ]?)\s*$/u;
const STAMP_LAST_LETTERS = new Set(['н', 'а', 'о', 'ы', 'Н', 'А', 'О', 'Ы']);
const mayBeStamp = (line: string) => {
  const printed = line.trimEnd();
  return STAMP_LAST_LETTERS.has(printed[printed.length - 1]) && STAMP_ENDING.test(line);
};
const FOOTER = /^\s*©/u;

/** Paragraph indent of the export (a stamp is never one). */
const INDENTED = /^[ \t\u00a0]{4,}\S/u;

/**
 * A stamp stands on its own: not indented like a paragraph, after a finished sentence or other furniture (the
 * signature), and followed by the unindented title of what it approves. A line of law text that merely ends in
 * "бекітілген" fails one of these.
 */
function opensAttachment(lines: readonly string[], i: number, found: ReadonlyMap<number, FurnitureLine>): boolean {
  if (INDENTED.test(lines[i])) return false;
  let prev = i - 1;
  while (prev >= 0 && !lines[prev].trim()) prev--;
  const afterSentence = prev < 0 || found.has(prev) || /[.!?:;»"”)]\s*$/u.test(lines[prev]);
  let next = i + 1;
  while (next < lines.length && !lines[next].trim()) next++;
  const titleFollows = next < lines.length && !INDENTED.test(lines[next]);
  return afterSentence && titleFollows;
}

export interface FurnitureLine {
  index: number;
  kind: FurnitureKind;
  text: string;
}

/** Classifies every line; the footer claims all lines after it. */
export function findFurniture(lines: readonly string[]): Map<number, FurnitureLine> {
  const out = new Map<number, FurnitureLine>();
  const nextNonBlank = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j].trim()) return j;
    return -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    if (FOOTER.test(line)) {
      for (let j = i; j < lines.length; j++) if (lines[j].trim()) out.set(j, { index: j, kind: 'footer', text: lines[j].trim() });
      break;
    }
    if (PRESS_RELEASE.test(line)) out.set(i, { index: i, kind: 'press-release', text: line.trim() });
    else if (SIGNATURE_ROLE.test(line)) out.set(i, { index: i, kind: 'signature', text: line.trim() });
    else if (SIGNATURE_COUNTRY.test(line)) {
      const j = nextNonBlank(i);
      if (j >= 0 && SIGNATURE_ROLE.test(lines[j])) out.set(i, { index: i, kind: 'signature', text: line.trim() });
    } else if (mayBeStamp(line) && APPROVAL_STAMP.test(line) && line.trim().length <= 200 && opensAttachment(lines, i, out)) {
      out.set(i, { index: i, kind: 'approval-stamp', text: line.trim() });
    }
  }
  return out;
}
