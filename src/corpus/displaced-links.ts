/**
 * Repair of the "displaced hyperlink" export artifact.
 *
 * The exporter cut the text of each hyperlink ("938-бабына", "3) тармақшасының", "№ 666") out of its place and
 * appended it to the end of the same printed line, with a space or glued to the last word. The hole it left
 * is a doubled space, or a space before closing punctuation ("(АК-нің ).924-бабы"). The repair is per printed
 * line: peel link-shaped text off the end, one piece per hole, and put each back into the rightmost hole
 * left of it. A hole directly before the trailing link means the link never moved: only the space goes.
 */

/** Text a hyperlink of these systems carries: an act number, an article/point/chapter with its case ending,
 *  a sub-point "3) тармақшасының", or a list of numbers "189,190-баптарында". */
const TRAILING_LINK =
  /(?:(?:№|N)\s?\d+(?:[-–]\d+)?|\d+\)\s?\p{L}+|\d+(?:[-–]\d+)?(?:,\s?\d+(?:[-–]\d+)?)*[-–]\p{L}+|\d+(?:[-–]\d+)?)$/u;

interface Hole {
  index: number; // where the link goes back
  length: number; // characters the hole spans (the doubled spaces, or the one space before punctuation)
  kind: 'double-space' | 'space-before-punct';
}

function findHoles(body: string): Hole[] {
  const holes: Hole[] = [];
  for (const m of body.matchAll(/(?<=\S)( {2,})(?=\S)/gu)) holes.push({ index: m.index!, length: m[1].length, kind: 'double-space' });
  for (const m of body.matchAll(/(?<=[\p{L}\d]) (?=[).,;:])/gu)) holes.push({ index: m.index!, length: 1, kind: 'space-before-punct' });
  return holes.sort((a, b) => a.index - b.index);
}

export interface LinkRepair {
  link: string;
  before: string;
  after: string;
}

/**
 * Repairs one printed line (indent kept). Returns the repaired line and what was moved.
 * Lines without a hole are returned unchanged.
 */
export function repairDisplacedLinks(line: string): { line: string; repairs: LinkRepair[] } {
  const indent = /^\s*/u.exec(line)![0];
  let body = line.slice(indent.length).replace(/\s+$/u, '');
  const original = body;
  let holes = findHoles(body);
  if (holes.length === 0) return { line, repairs: [] };
  const repairs: LinkRepair[] = [];

  while (holes.length > 0) {
    const m = TRAILING_LINK.exec(body);
    if (!m) break;
    const linkStart = m.index;
    const link = m[0];
    // The link can only come from a hole to its left.
    const candidates = holes.filter((h) => h.index + h.length <= linkStart);
    if (candidates.length === 0) break;
    const hole = candidates[candidates.length - 1];
    if (hole.kind === 'double-space' && hole.index + hole.length === linkStart) {
      // Already in place: the doubled space is the only trace.
      body = body.slice(0, hole.index) + ' ' + body.slice(linkStart);
    } else {
      let rest = body.slice(0, linkStart);
      if (rest.endsWith(' ')) rest = rest.slice(0, -1);
      const left = rest.slice(0, hole.index);
      const right = rest.slice(hole.index + hole.length);
      body = hole.kind === 'double-space' ? `${left} ${link} ${right}` : `${left} ${link}${right}`;
    }
    repairs.push({ link, before: original, after: body });
    holes = findHoles(body);
  }
  // Any hole left has no link to take back: it is a plain doubled space.
  body = body.replace(/(?<=\S) {2,}(?=\S)/gu, ' ');
  return { line: indent + body, repairs };
}
