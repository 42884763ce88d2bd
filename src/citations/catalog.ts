/** The citable inventory: eId grammar, building a catalog from eIds, and lookups by number and range. */
import type { CitableAct, CitableClause, CitationCatalog } from './types';

/**
 * What an eId says about a clause's place: "att_1__para_9__subpara_2" → attachment 1, point 9, sub-point 2;
 * "art_938__para_2" → article 938, point 2; "chp_47" → chapter 47.
 */
export interface EIdParts {
  attachment?: number;
  chapter?: string;
  article?: string;
  point?: string;
  subpoint?: string;
  preamble: boolean;
}

export function parseEId(eId: string): EIdParts {
  const parts: EIdParts = { preamble: false };
  for (const segment of eId.split('__')) {
    let m: RegExpMatchArray | null;
    if (segment === 'preamble') parts.preamble = true;
    else if ((m = /^att_(\d+)$/.exec(segment))) parts.attachment = Number(m[1]);
    else if ((m = /^chp_(.+)$/.exec(segment))) parts.chapter = m[1];
    else if ((m = /^art_(.+)$/.exec(segment))) parts.article = m[1];
    else if ((m = /^para_(.+)$/.exec(segment))) parts.point = m[1];
    else if ((m = /^subpara_(.+)$/.exec(segment))) parts.subpoint = m[1];
  }
  return parts;
}

export function clauseFromEId(actId: string, eId: string): CitableClause {
  const parts = parseEId(eId);
  const id = `${actId}/${eId}`;
  if (parts.subpoint !== undefined) return { id, actId, eId, kind: 'SUBPOINT', number: parts.subpoint };
  if (parts.point !== undefined) return { id, actId, eId, kind: 'POINT', number: parts.point };
  if (parts.article !== undefined) return { id, actId, eId, kind: 'ARTICLE', number: parts.article };
  if (parts.chapter !== undefined) return { id, actId, eId, kind: 'CHAPTER', number: parts.chapter };
  if (parts.attachment !== undefined) return { id, actId, eId, kind: 'ATTACHMENT', number: String(parts.attachment) };
  if (parts.preamble) return { id, actId, eId, kind: 'PREAMBLE', number: null };
  throw new RangeError(`Not a citable eId: ${eId}`);
}

/** The eId of the unit that holds a point or sub-point: "" (the act's body), "att_1", "art_938", "att_1__para_9". */
const containerEId = (eId: string) => eId.split('__').slice(0, -1).join('__');

/** An inventory row: the act and the eIds of its clauses. */
export interface ActInventory extends CitableAct {
  eIds: readonly string[];
}

export function buildCatalog(inventory: readonly ActInventory[]): CitationCatalog {
  return {
    acts: inventory.map(({ eIds: _eIds, ...act }) => act),
    clauses: inventory.flatMap((act) => act.eIds.map((eId) => clauseFromEId(act.id, eId))),
  };
}

/**
 * Order of clause numbers as printed: "21-1" is a point inserted after 21 and before 22, so numbers compare
 * as tuples (21) < (21, 1) < (22).
 */
export function compareClauseNumbers(a: string, b: string): number {
  const x = a.split('-').map(Number);
  const y = b.split('-').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return 0;
}

/** Where the points of an act's body, an attachment or an article are listed ("sc-1999-9/", "gov-2012-1213/att_1", "civil-code/art_938"). */
export type Within = { attachment?: number; article?: string };
const containerOf = (actId: string, within: Within = {}): string =>
  `${actId}/${within.article !== undefined ? `art_${within.article}` : within.attachment !== undefined ? `att_${within.attachment}` : ''}`;

/** An act number as compared: "09" and "9" are the same number. */
const numberKey = (n: string) => n.replace(/^0+(?=\d)/, '');

export class ClauseIndex {
  private readonly acts = new Map<string, CitableAct>();
  private readonly actsByNumber = new Map<string, CitableAct[]>();
  private readonly actsByKind = new Map<string | null, CitableAct[]>();
  /** A point or sub-point by its container and number. */
  private readonly byNumber = new Map<string, CitableClause>();
  /** Points of an act body or attachment, and sub-points of a point, in printed order. */
  private readonly members = new Map<string, CitableClause[]>();
  private readonly singles = new Map<string, CitableClause>();

  constructor(catalog: CitationCatalog) {
    for (const act of catalog.acts) {
      this.acts.set(act.id, act);
      const ofKind = this.actsByKind.get(act.kind);
      if (ofKind) ofKind.push(act);
      else this.actsByKind.set(act.kind, [act]);
      const same = this.actsByNumber.get(numberKey(act.number));
      if (same) same.push(act);
      else this.actsByNumber.set(numberKey(act.number), [act]);
    }
    for (const clause of catalog.clauses) {
      if (clause.kind === 'POINT' || clause.kind === 'SUBPOINT' || clause.kind === 'ARTICLE') {
        // articles are numbered through the whole code; points within what holds them
        const key = clause.kind === 'ARTICLE' ? `${clause.actId}#articles` : `${clause.actId}/${containerEId(clause.eId)}`;
        const list = this.members.get(key) ?? [];
        list.push(clause);
        this.members.set(key, list);
        if (!this.byNumber.has(`${key}\u0001${clause.number}`)) this.byNumber.set(`${key}\u0001${clause.number}`, clause);
      } else {
        this.singles.set(`${clause.actId}#${clause.kind}#${clause.number ?? ''}`, clause);
      }
    }
    for (const list of this.members.values()) list.sort((a, b) => compareClauseNumbers(a.number ?? '', b.number ?? ''));
  }

  /** The one act of a kind, when the catalog holds exactly one (a kind its name identifies: a code). */
  onlyActOfKind(kind: string): CitableAct | undefined {
    const of = this.actsByKind.get(kind);
    return of?.length === 1 ? of[0] : undefined;
  }

  /** The acts with this number ("9", "09"), whatever their kind and date. */
  actsNumbered(number: string): readonly CitableAct[] {
    return this.actsByNumber.get(numberKey(number)) ?? [];
  }

  act(id: string): CitableAct | undefined {
    return this.acts.get(id);
  }

  preamble(actId: string): CitableClause | undefined {
    return this.singles.get(`${actId}#PREAMBLE#`);
  }

  attachment(actId: string, n: number): CitableClause | undefined {
    return this.singles.get(`${actId}#ATTACHMENT#${n}`);
  }

  chapter(actId: string, number: string): CitableClause | undefined {
    return this.singles.get(`${actId}#CHAPTER#${number}`);
  }

  article(actId: string, number: string): CitableClause | undefined {
    return this.byNumber.get(`${actId}#articles\u0001${number}`);
  }

  /** Every article whose printed position lies between the two ends, both included. */
  articlesInRange(actId: string, from: string, to: string): CitableClause[] {
    return inRange(this.members.get(`${actId}#articles`) ?? [], from, to);
  }

  /** Whether the act is built of articles (a code): its points are found only within an article. */
  hasArticles(actId: string): boolean {
    return this.members.has(`${actId}#articles`);
  }

  point(actId: string, within: Within | number | undefined, number: string): CitableClause | undefined {
    return this.byNumber.get(`${containerOf(actId, withinOf(within))}\u0001${number}`);
  }

  /** A sub-point of a point, or of an article whose sub-points stand without points. */
  subpoint(holder: CitableClause, number: string): CitableClause | undefined {
    return this.byNumber.get(`${holder.actId}/${holder.eId}\u0001${number}`);
  }

  /** Every point whose printed position lies between the two ends, both included. */
  pointsInRange(actId: string, within: Within | number | undefined, from: string, to: string): CitableClause[] {
    return inRange(this.members.get(containerOf(actId, withinOf(within))) ?? [], from, to);
  }

  subpointsInRange(holder: CitableClause, from: string, to: string): CitableClause[] {
    return inRange(this.members.get(`${holder.actId}/${holder.eId}`) ?? [], from, to);
  }
}

/** An attachment number alone is where the points of an attachment are. */
function withinOf(within: Within | number | undefined): Within {
  return typeof within === 'number' ? { attachment: within } : (within ?? {});
}

function inRange(list: CitableClause[], from: string, to: string): CitableClause[] {
  return list.filter((c) => compareClauseNumbers(c.number ?? '', from) >= 0 && compareClauseNumbers(c.number ?? '', to) <= 0);
}
