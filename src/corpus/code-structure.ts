/**
 * The text of a code → an ActDocument of chapters, articles, numbered points and sub-points (docs/adding-an-act.md,
 * "The structure grammar"). Pure. Lines it reads:
 * - a chapter heading, "Глава 47. …" / "47-тарау. …", and an article heading, "Статья 938. …" / "938-бап. …": they
 *   open the unit and are kept as its heading, never as its text;
 * - a label line of a copy cut into chunks, "[ГК | Статья 938. Title | пункт 2]": not law text. It is dropped; the
 *   article heading it carries opens the article when the copy has no heading line of its own (a chunk gives it on
 *   every label), and the point it names must be the point that follows;
 * - a point "2. …" inside an article, a sub-point "1) …" inside a point (or an article without points);
 * - any other line: a paragraph of the unit open at that point, as written. A paragraph broken in two by the copy
 *   — a line that ends without closing punctuation followed by one that begins in lower case — is joined with one
 *   space; nothing else is joined, split or changed.
 * A provenance header before the text ("SOURCE: …", "WHAT: …" lines up to the first blank line) is not law text
 * and is returned apart. Amendment notes are not read for codes yet: a text with one is refused rather than the
 * note taken for law.
 */
import { ParseError } from '../errors';
import type { ActDocument, ParsedClause } from './act-document';

export interface CodeParseOptions {
  /**
   * The chapter the articles belong to when the text has no chapter heading of its own (an excerpt of a code, as
   * a copy of one chapter is): its number and heading, recorded with their source in acts.yaml.
   */
  chapter?: { number: string; heading: string };
}

export interface CodeDocument extends ActDocument {
  /** The provenance header of a transcription, line by line, as written (not law text). */
  provenance: string[];
  /** The label lines dropped as not law text, with their line numbers (for audit and the verbatim check). */
  dropped: Array<{ line: number; text: string }>;
}

const NUMBER = String.raw`\d+(?:-\d+)?`;
const CHAPTER_LINE = new RegExp(String.raw`^(?:Глава\s+(\d+)|(\d+)-тарау)\.\s+(\S.*)$`, 'u');
const ARTICLE_LINE = new RegExp(String.raw`^(?:Статья\s+(${NUMBER})|(${NUMBER})-бап)\.\s+(\S.*)$`, 'u');
const POINT_LINE = new RegExp(String.raw`^(${NUMBER})\.\s`, 'u');
const SUBPOINT_LINE = new RegExp(String.raw`^(${NUMBER})\)\s`, 'u');
/** A label of a chunked copy: "[ГК | Статья 917. Title | пункт 1]" — parts separated by " | ". */
const LABEL_LINE = /^\[([^[\]]+)\]$/u;
const LABEL_UNIT = new RegExp(String.raw`^(?:пункт|тармақ)\s+(${NUMBER})$`, 'u');
const PROVENANCE_LINE = /^[A-Z][A-Z -]*:\s/u;
const NOTE_LINE = /^(?:Сноска|Ескерту)\./u;
/** The end of a paragraph: closing punctuation, possibly followed by closing brackets or quotes. */
const CLOSED = /[.:;!?…][)»"”]*$/u;
const STARTS_LOWER = /^\p{Ll}/u;

const numberKey = (n: string) => n.split('-').map(Number);
function before(a: string, b: string): boolean {
  const x = numberKey(a);
  const y = numberKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}

interface Label {
  article: string;
  heading: string;
  point: string | null;
}

function readLabel(body: string, line: number): Label | null {
  const parts = body.split('|').map((p) => p.trim());
  let article: { number: string; heading: string } | null = null;
  let point: string | null = null;
  for (const part of parts) {
    const a = ARTICLE_LINE.exec(part);
    if (a) article = { number: a[1] ?? a[2], heading: a[3].trim() };
    const u = LABEL_UNIT.exec(part);
    if (u) point = u[1];
  }
  if (!article) {
    if (point !== null) throw new ParseError('LABEL_MISMATCH', 'a label names a point but no article', line);
    return null;
  }
  return { article: article.number, heading: article.heading, point };
}

export function parseCodeStructure(text: string, opts: CodeParseOptions = {}): CodeDocument {
  const source = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (!source.trim()) throw new ParseError('EMPTY_INPUT', 'the file is empty', 1);
  const lines = source.split('\n');
  let i = 0;
  const provenance: string[] = [];
  if (PROVENANCE_LINE.test(lines[0] ?? '')) {
    for (; i < lines.length && lines[i].trim() !== ''; i++) provenance.push(lines[i]);
  }

  const clauses: ParsedClause[] = [];
  const byEId = new Map<string, ParsedClause>();
  const dropped: CodeDocument['dropped'] = [];
  const add = (c: ParsedClause): ParsedClause => {
    if (byEId.has(c.eId)) throw new ParseError('DUPLICATE_CLAUSE', `${c.eId} appears twice`, c.line);
    byEId.set(c.eId, c);
    clauses.push(c);
    return c;
  };

  let chapter: ParsedClause | null = null;
  let article: ParsedClause | null = null;
  let point: ParsedClause | null = null;
  let lastArticle: string | null = null;
  let lastPoint: string | null = null;
  let lastSubpoint: string | null = null;
  /** The point a label announced for the next line ("| пункт 2"), or that the next line is the article's own text. */
  let expected: { point: string | null; line: number } | null = null;
  /** The paragraph the last text line went to, and the clauses holding it, for a line that continues it. */
  let open: { holders: ParsedClause[]; index: number[]; last: string } | null = null;

  const openChapter = (number: string, heading: string, line: number) => {
    chapter = add({ eId: `chp_${number}`, kind: 'CHAPTER', number, parentEId: null, paragraphs: [], repealed: false, line, heading });
    article = point = null;
    open = null;
  };
  const openArticle = (number: string, heading: string, line: number) => {
    if (lastArticle !== null && !before(lastArticle, number)) throw new ParseError('ARTICLE_OUT_OF_ORDER', `article ${number} follows article ${lastArticle}`, line);
    lastArticle = number;
    article = add({ eId: `art_${number}`, kind: 'ARTICLE', number, parentEId: chapter?.eId ?? null, paragraphs: [], repealed: false, line, heading });
    point = null;
    lastPoint = null;
    lastSubpoint = null;
    open = null;
  };
  if (opts.chapter) openChapter(opts.chapter.number, opts.chapter.heading, 1);

  /** A paragraph goes to every unit whose text holds it: a sub-point's line is a paragraph of its point too. */
  const paragraph = (holders: ParsedClause[], textLine: string) => {
    const index = holders.map((h) => h.paragraphs.push(textLine) - 1);
    open = { holders, index, last: textLine };
  };

  for (; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i].trim();
    if (raw === '') {
      open = null;
      continue;
    }
    const label = LABEL_LINE.exec(raw);
    if (label) {
      dropped.push({ line: lineNo, text: lines[i] });
      const l = readLabel(label[1], lineNo);
      if (l) {
        const current = article as ParsedClause | null;
        if (current === null || current.number !== l.article) openArticle(l.article, l.heading, lineNo);
        else if (current.heading !== l.heading) throw new ParseError('LABEL_MISMATCH', `the label gives article ${l.article} the heading "${l.heading}", an earlier one "${current.heading}"`, lineNo);
        expected = { point: l.point, line: lineNo };
      }
      open = null;
      continue;
    }
    if (NOTE_LINE.test(raw)) throw new ParseError('UNEXPECTED_TEXT', 'an amendment note in the text of a code: notes of codes are not read yet, and a note is not law text', lineNo);
    const ch = CHAPTER_LINE.exec(raw);
    if (ch) {
      const number = ch[1] ?? ch[2];
      const current = chapter as ParsedClause | null;
      if (current === null || current.number !== number) openChapter(number, ch[3].trim(), lineNo);
      continue;
    }
    const art = ARTICLE_LINE.exec(raw);
    if (art) {
      const number = art[1] ?? art[2];
      const current = article as ParsedClause | null;
      if (current !== null && current.number === number && current.paragraphs.length === 0 && current.heading === art[3].trim()) continue; // the heading its label gave
      openArticle(number, art[3].trim(), lineNo);
      continue;
    }
    const a = article as ParsedClause | null;
    if (a === null) throw new ParseError('UNEXPECTED_TEXT', 'text before the first article', lineNo);

    // a line that continues the paragraph the copy broke
    const prev = open as { holders: ParsedClause[]; index: number[]; last: string } | null;
    if (prev && !CLOSED.test(prev.last) && STARTS_LOWER.test(raw)) {
      const joined = `${prev.last} ${raw}`;
      prev.holders.forEach((h, k) => (h.paragraphs[prev.index[k]] = joined));
      prev.last = joined;
      continue;
    }

    const p = POINT_LINE.exec(raw);
    const announced = expected;
    expected = null;
    if (announced && announced.point !== (p ? p[1] : null)) {
      throw new ParseError(
        'LABEL_MISMATCH',
        announced.point === null ? `the label announces the article's own text, but point ${p![1]} follows` : `the label announces point ${announced.point}, but ${p ? `point ${p[1]}` : 'a paragraph without a number'} follows`,
        lineNo,
      );
    }
    if (p) {
      const number = p[1];
      if (lastPoint !== null && !before(lastPoint, number)) throw new ParseError('POINT_OUT_OF_ORDER', `point ${number} follows point ${lastPoint} in article ${a.number}`, lineNo);
      lastPoint = number;
      lastSubpoint = null;
      point = add({ eId: `${a.eId}__para_${number}`, kind: 'POINT', number, parentEId: a.eId, paragraphs: [], repealed: false, line: lineNo });
      paragraph([point], raw);
      continue;
    }
    const s = SUBPOINT_LINE.exec(raw);
    if (s) {
      const owner = (point as ParsedClause | null) ?? a;
      const number = s[1];
      if (lastSubpoint !== null && !before(lastSubpoint, number)) throw new ParseError('POINT_OUT_OF_ORDER', `sub-point ${number}) follows sub-point ${lastSubpoint}) in ${owner.eId}`, lineNo);
      lastSubpoint = number;
      const sub = add({ eId: `${owner.eId}__subpara_${number}`, kind: 'SUBPOINT', number, parentEId: owner.eId, paragraphs: [], repealed: false, line: lineNo });
      paragraph([owner, sub], raw);
      continue;
    }
    // after sub-points, an unnumbered paragraph closes the list: it is the point's (or article's), not the last sub-point's
    paragraph([(point as ParsedClause | null) ?? a], raw);
  }
  if (!clauses.some((c) => c.kind === 'ARTICLE')) throw new ParseError('NO_CLAUSES', 'no article found', Math.max(1, lines.length));
  for (const c of clauses) {
    if (c.kind === 'ARTICLE' && c.paragraphs.length === 0 && !clauses.some((x) => x.parentEId === c.eId)) throw new ParseError('NO_CLAUSES', `article ${c.number} has no text`, c.line);
  }
  return { title: null, requisites: null, clauses, notes: [], references: [], signatures: [], repairs: [], provenance, dropped };
}
