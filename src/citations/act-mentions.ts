/**
 * Act mentions: runs of act elements ("НП ВС РК № 9 от 09.07.1999 г.", "Жоғарғы Соттың 1999 жылғы 9 шілдедегі
 * № 9 нормативтік қаулысы"), and the Rules joined to the decree that approved them ("Правил, утвержденных
 * постановлением …", "… қаулысымен бекітілген … Қағидалар").
 */
import type { ActElement, ActType, Determiner, Issuer } from './act-elements';
import { definitionAt, type Span } from './spans';
import { tally } from './work-meter';

export interface ActCluster extends Span {
  issuer?: Issuer;
  foreign: boolean;
  type?: ActType;
  number?: string;
  date?: string;
  rules: boolean;
  determiner?: Determiner;
  /** The short name a definition after it gives: "(далее – Нормативное постановление)". */
  alias?: string;
}

export interface ActMention extends Span {
  /** The act itself, or for Rules the Rules word with its determiner. */
  cluster: ActCluster;
  /** For Rules: the decree that approved them, when the text names it. */
  approvedBy?: ActCluster;
}

interface OpenCluster extends ActCluster {
  closed: boolean;
  lastMeaningfulEnd: number;
}

/** Elements of one act are separated by spaces or commas only. */
const JOINING_GAP = /^[\s,]*$/;

function canJoin(cluster: OpenCluster, e: ActElement, gap: string): boolean {
  if (cluster.closed || !JOINING_GAP.test(gap)) return false;
  if (e.determiner) return false;
  if (e.rules) return !cluster.rules && cluster.type === undefined && cluster.issuer === undefined && cluster.number === undefined;
  if (cluster.rules) return false;
  if (e.number !== undefined && cluster.number !== undefined) return false;
  if (e.date !== undefined && cluster.date !== undefined) return false;
  if (e.type !== undefined && cluster.type !== undefined) return false;
  if (e.issuer !== undefined && cluster.issuer !== undefined && e.issuer !== cluster.issuer) return false;
  return true;
}

function absorb(cluster: OpenCluster, e: ActElement): void {
  cluster.end = e.end;
  if (e.issuer) cluster.issuer = e.issuer;
  if (e.foreign) cluster.foreign = true;
  if (e.type) cluster.type = e.type;
  if (e.number !== undefined) cluster.number = e.number;
  if (e.date !== undefined) cluster.date = e.date;
  if (e.rules) cluster.rules = true;
  if (e.determiner) cluster.determiner = e.determiner;
  if (e.closes || e.rules) cluster.closed = true;
  if (!e.filler) cluster.lastMeaningfulEnd = e.end;
}

function isAct(c: ActCluster): boolean {
  return c.rules || c.type !== undefined || c.issuer !== undefined || c.foreign;
}

export function clusterElements(text: string, elements: readonly ActElement[]): ActCluster[] {
  const clusters: OpenCluster[] = [];
  let current: OpenCluster | undefined;
  for (const e of elements) {
    if (!current || !canJoin(current, e, text.slice(current.end, e.start))) {
      current = { start: e.start, end: e.start, foreign: false, rules: false, closed: false, lastMeaningfulEnd: e.start };
      clusters.push(current);
    }
    absorb(current, e);
  }
  return clusters.filter(isAct).map(({ closed: _closed, lastMeaningfulEnd, ...c }) => {
    // trailing filler ("… № 9 от") is not part of the citation; a definition in brackets is
    const definition = definitionAt(text, lastMeaningfulEnd);
    return definition ? { ...c, end: definition.end, alias: definition.alias } : { ...c, end: lastMeaningfulEnd };
  });
}

/** "Правил …, утвержденных постановлением" / "Правила … (утв. ПП РК": Rules first, the decree after. */
const APPROVED_AFTER = /^[^.;!?]{0,600}?(?<![\p{L}])(?:утвер[жд]д?\p{L}*|утв\.)\s*$/u;
/** "… қаулысымен бекітілген … Қағидалар" / "постановлением … утверждены Правила": the decree first. */
// the word's letters are taken whole (a lookahead and its backreference cannot be backtracked into): the
// letters after them are no different from the rest, and giving them back one by one would only retry the rest
const APPROVED_BEFORE = /^\s*(?:бекітілген|утвер[жд]д?(?=(?<letters>\p{L}*))\k<letters>|утв\.)[^.;!?]{0,600}$/u;
/**
 * Longer gaps are not looked at: the patterns allow 600 characters and a word, and on a longer gap their
 * backtracking would cost the gap's length for every position they try.
 */
const MAX_APPROVAL_GAP = 700;

function approves(pattern: RegExp, text: string, from: number, to: number): boolean {
  if (to - from > MAX_APPROVAL_GAP) return false;
  tally(to - from);
  return pattern.test(text.slice(from, to));
}

/** Joins each Rules cluster to the decree that approved them; the decree is then part of the Rules mention. */
export function buildActMentions(text: string, clusters: readonly ActCluster[]): ActMention[] {
  const used = new Set<ActCluster>();
  const mentions: ActMention[] = [];
  const isDecree = (c: ActCluster | undefined): c is ActCluster =>
    c !== undefined && !c.rules && !c.determiner && (c.type !== undefined || c.issuer !== undefined);

  clusters.forEach((c, i) => {
    if (!c.rules || c.determiner) return;
    const before = clusters[i - 1];
    if (isDecree(before) && !used.has(before) && approves(APPROVED_BEFORE, text, before.end, c.start)) {
      used.add(before);
      used.add(c);
      mentions.push({ start: before.start, end: c.end, cluster: c, approvedBy: before });
      return;
    }
    const after = clusters[i + 1];
    if (isDecree(after) && !used.has(after) && approves(APPROVED_AFTER, text, c.end, after.start)) {
      used.add(c);
      used.add(after);
      mentions.push({ start: c.start, end: after.end, cluster: c, approvedBy: after });
    }
  });
  for (const c of clusters) if (!used.has(c)) mentions.push({ start: c.start, end: c.end, cluster: c });
  return mentions.sort((a, b) => a.start - b.start);
}
