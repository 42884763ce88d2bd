/**
 * From the lines of an official export to an ActDocument: header (title, requisites), preamble, points,
 * sub-points, attachments, notes. Layout rules of the export: a paragraph starts with an indent (six spaces);
 * an unindented line continues the paragraph above it, also across blank runs (page breaks); notes start
 * "Ескерту." / "Сноска."; an approval stamp opens an attachment whose title follows unindented.
 */
import { repairDisplacedLinks } from './displaced-links';
import { findFurniture } from './furniture';
import { NoteGrammarError, ParseError } from '../errors';
import { isNote, parseNote, REPEALED_POINT } from './notes';
import type { ActDocument, ParsedClause, ParsedNote } from './act-document';
import { LRUCache } from 'lru-cache';
import type { AmendmentEvent } from '../domain/types';

const INDENT = /^[ \t\u00a0]{4,}\S/u;
const POINT_LABEL = /^(\d+(?:-\d+)?)\s*\.(?:\s+|(?=\p{Lu}))/u;
const SUBPOINT_LABEL = /^(\d+)\)\s+/u;

interface Block {
  lines: string[];
  line: number; // 1-based line of its first line
}

/** Joins printed lines of one paragraph: one space between them, none after "(" or before closing punctuation. */
export function joinPrintedLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const piece = raw.trim();
    if (!piece) continue;
    if (!out) out = piece;
    // the last character alone: a regex anchored at the end still reads the whole paragraph so far
    else if (out.endsWith('(') || out.endsWith('«') || out.endsWith('“') || /^[).,;:»”]/u.test(piece)) out += piece;
    else out += ' ' + piece;
  }
  return out.replace(/[ \t\u00a0]{2,}/gu, ' ');
}

/** Number order of points: "2" < "2-1" < "3". */
function pointKey(n: string): number[] {
  return n.split('-').map((x) => Number(x));
}
function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Repairs by line text: a result is only read below (its repairs are copied), so one serves every such line. */
const repairedLines = new LRUCache<string, ReturnType<typeof repairDisplacedLinks>>({ max: 100_000 });
/** Events by note text and context; each caller gets its own copy. */
const noteEventMemo = new LRUCache<string, AmendmentEvent[]>({ max: 20_000 });

/**
 * What a line with a hole has: two spaces after its first printed character, or a space before closing
 * punctuation. Most lines have neither, and they come back unchanged without a lookup.
 */
const SPACE_BEFORE_PUNCT = / [).,;:]/;
const FIRST_PRINTED = /\S/;

function repairLine(line: string): ReturnType<typeof repairDisplacedLinks> {
  const printed = line.search(FIRST_PRINTED);
  if (printed < 0 || (line.indexOf('  ', printed) < 0 && !SPACE_BEFORE_PUNCT.test(line))) return { line, repairs: [] };
  let r = repairedLines.get(line);
  if (!r) repairedLines.set(line, (r = repairDisplacedLinks(line)));
  return r;
}

function copyEvents(events: readonly AmendmentEvent[]): AmendmentEvent[] {
  const acts = new Map<AmendmentEvent['amendingAct'], AmendmentEvent['amendingAct']>();
  return events.map((e) => {
    let a = acts.get(e.amendingAct);
    if (!a) acts.set(e.amendingAct, (a = { ...e.amendingAct }));
    return { ...e, amendingAct: a };
  });
}

function memoParseNote(text: string, ctx: { attachment?: string; selfTarget?: string }): AmendmentEvent[] {
  const key = `${ctx.attachment ?? ''}\u0000${ctx.selfTarget ?? ''}\u0000${text}`;
  let events = noteEventMemo.get(key);
  if (!events) noteEventMemo.set(key, (events = parseNote(text, ctx)));
  return copyEvents(events);
}

/** For benchmarks that measure parsing itself rather than the caches. */
export function clearStructureMemo(): void {
  repairedLines.clear();
  noteEventMemo.clear();
}

export function parseStructure(text: string): ActDocument {
  const source = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (!source.trim()) throw new ParseError('EMPTY_INPUT', 'the file is empty', 1);
  const rawLines = source.split('\n');
  const repairs: ActDocument['repairs'] = [];
  const lines = rawLines.map((l, i) => {
    const r = repairLine(l);
    for (const rep of r.repairs) repairs.push({ ...rep, line: i + 1 });
    return r.line;
  });
  const furniture = findFurniture(lines);
  const signatures = [...furniture.values()].filter((f) => f.kind === 'signature').map((f) => f.text);

  // ---- header: unindented groups before the first indented line
  let i = 0;
  const groups: Block[] = [];
  let current: Block | null = null;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (furniture.has(i)) continue;
    if (!l.trim()) {
      current = null;
      continue;
    }
    if (INDENT.test(l)) break;
    if (!current) {
      current = { lines: [], line: i + 1 };
      groups.push(current);
    }
    current.lines.push(l);
  }
  if (groups.length === 0) throw new ParseError('NO_TITLE', 'no title before the first indented paragraph', 1);
  if (groups.length === 1) throw new ParseError('NO_REQUISITES', 'the title is not followed by a requisites line (separated by a blank line)', groups[0].line);
  if (groups.length > 2) throw new ParseError('UNEXPECTED_TEXT', 'more than a title and a requisites line before the first paragraph', groups[2].line);
  const title = joinPrintedLines(groups[0].lines);
  const requisites = joinPrintedLines(groups[1].lines);

  // ---- body: blocks, attachment titles
  type BodyItem = { kind: 'block'; block: Block; attachment: number } | { kind: 'attachment-title'; block: Block; attachment: number };
  const items: BodyItem[] = [];
  let attachment = 0;
  let block: Block | null = null;
  let attTitle: Block | null = null;
  let awaitingAttTitle = false;
  for (; i < lines.length; i++) {
    const l = lines[i];
    const f = furniture.get(i);
    if (f) {
      block = null;
      if (f.kind === 'approval-stamp') {
        attachment++;
        awaitingAttTitle = true;
        attTitle = null;
      }
      continue;
    }
    if (!l.trim()) {
      if (attTitle) {
        attTitle = null;
        awaitingAttTitle = false;
      }
      continue;
    }
    if (INDENT.test(l)) {
      if (awaitingAttTitle && !attTitle) throw new ParseError('UNEXPECTED_TEXT', 'an approval stamp is not followed by the title of what it approves', i + 1);
      awaitingAttTitle = false;
      attTitle = null;
      block = { lines: [l], line: i + 1 };
      items.push({ kind: 'block', block, attachment });
      continue;
    }
    if (awaitingAttTitle) {
      if (!attTitle) {
        attTitle = { lines: [], line: i + 1 };
        items.push({ kind: 'attachment-title', block: attTitle, attachment });
      }
      attTitle.lines.push(l);
      continue;
    }
    if (!block) throw new ParseError('UNEXPECTED_TEXT', 'an unindented line that continues no paragraph', i + 1);
    block.lines.push(l);
  }

  // ---- assemble clauses and notes
  const clauses: ParsedClause[] = [];
  const notes: ParsedNote[] = [];
  const byEId = new Map<string, ParsedClause>();
  const add = (c: ParsedClause) => {
    if (byEId.has(c.eId)) throw new ParseError('DUPLICATE_CLAUSE', `clause ${c.eId} appears twice`, c.line);
    byEId.set(c.eId, c);
    clauses.push(c);
  };
  let anchor = 'requisites';
  let point: ParsedClause | null = null;
  let subpoint: ParsedClause | null = null;
  let lastPointKey: number[] | null = null;
  let attClause: ParsedClause | null = null;
  let preamble: ParsedClause | null = null;

  const noteEvents = (textOfNote: string, line: number, ctx: { attachment?: string; selfTarget?: string }) => {
    try {
      return memoParseNote(textOfNote, ctx);
    } catch (e) {
      if (e instanceof NoteGrammarError) throw new ParseError('UNPARSEABLE_NOTE', e.message, line);
      throw e;
    }
  };

  for (const item of items) {
    const attPrefix = item.attachment > 0 ? `att_${item.attachment}` : undefined;
    const text = joinPrintedLines(item.block.lines);
    const line = item.block.line;
    if (item.kind === 'attachment-title') {
      attClause = { eId: attPrefix!, kind: 'ATTACHMENT', number: String(item.attachment), parentEId: null, paragraphs: [text], repealed: false, line };
      add(attClause);
      anchor = attClause.eId;
      point = subpoint = null;
      lastPointKey = null;
      continue;
    }
    if (!text) continue;
    if (isNote(text)) {
      notes.push({ text, line, anchor, events: noteEvents(text, line, { attachment: attPrefix }) });
      continue;
    }
    const pointMatch = POINT_LABEL.exec(text);
    if (pointMatch) {
      const number = pointMatch[1];
      const key = pointKey(number);
      if (lastPointKey && compareKeys(key, lastPointKey) <= 0) {
        throw new ParseError('POINT_OUT_OF_ORDER', `point ${number} follows point ${lastPointKey.join('-')}`, line);
      }
      lastPointKey = key;
      const eId = `${attPrefix ? attPrefix + '__' : ''}para_${number}`;
      const repealed = REPEALED_POINT.test(text);
      point = { eId, kind: 'POINT', number, parentEId: attPrefix ?? null, paragraphs: [text], repealed, line };
      subpoint = null;
      add(point);
      anchor = eId;
      if (repealed) notes.push({ text, line, anchor: eId, events: noteEvents(text, line, { attachment: attPrefix, selfTarget: eId }) });
      continue;
    }
    const subMatch = SUBPOINT_LABEL.exec(text);
    if (subMatch && point) {
      const eId = `${point.eId}__subpara_${subMatch[1]}`;
      subpoint = { eId, kind: 'SUBPOINT', number: subMatch[1], parentEId: point.eId, paragraphs: [text], repealed: false, line };
      add(subpoint);
      point.paragraphs.push(text);
      continue;
    }
    if (subMatch && !point) throw new ParseError('ORPHAN_SUBPOINT', `sub-point ${subMatch[1]}) outside any point`, line);
    if (point) {
      // A paragraph after the sub-points closes the point (it is not part of the last sub-point).
      point.paragraphs.push(text);
      subpoint = null;
      continue;
    }
    if (attClause) {
      attClause.paragraphs.push(text);
      continue;
    }
    if (!preamble) {
      preamble = { eId: 'preamble', kind: 'PREAMBLE', number: null, parentEId: null, paragraphs: [], repealed: false, line };
      add(preamble);
      anchor = 'preamble';
    }
    preamble.paragraphs.push(text);
  }
  if (!clauses.some((c) => c.kind === 'POINT')) {
    let last = lines.length;
    while (last > 1 && !lines[last - 1].trim()) last--;
    throw new ParseError('NO_CLAUSES', 'no numbered points found', last);
  }
  // Keep document order with the preamble first even when notes came before it.
  return { title, requisites, clauses, notes, references: [], signatures, repairs };
}
