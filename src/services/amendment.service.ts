/** Amendments: by act, by clause (with what contains it), by amending act, filtered; and the notes they come from. */
import type { AmendmentEntity, ClauseEntity, NoteEntity } from '../entities';
import type { Lang } from '../domain/types';
import type { Loaders } from './loaders';
import type { PointInTimeService } from './point-in-time.service';

/** A version of an act: the amendments that took effect together, dated by the first day they can have applied. */
export interface ActVersionOf {
  date: string;
  amendments: AmendmentEntity[];
}

export interface AmendmentQuery {
  actId?: string;
  amendingActId?: string;
  kind?: string;
  from?: string;
  to?: string;
  target?: string;
}

/** By the first day each can have applied, then by the day it certainly applied (unproven last). */
const chronological = (a: AmendmentEntity, b: AmendmentEntity) =>
  a.effectiveFrom.localeCompare(b.effectiveFrom) ||
  (a.effectiveLatest ?? '9999').localeCompare(b.effectiveLatest ?? '9999') ||
  a.actId.localeCompare(b.actId) ||
  a.position - b.position;

export class AmendmentService {
  constructor(
    private readonly loaders: Loaders,
    private readonly pit: PointInTimeService,
  ) {}

  ofAct(actId: string) {
    return this.loaders.amendmentsByAct.load(actId);
  }

  /** "act/target/amendingAct/kind" → the amendment; null for anything else. */
  async byId(id: string): Promise<AmendmentEntity | null> {
    return (await this.ofAct(id.split('/')[0])).find((a) => a.id === id) ?? null;
  }

  /** Events that touched a clause, what contains it (its attachment) or what it contains — chronological. */
  async history(clause: ClauseEntity): Promise<AmendmentEntity[]> {
    const [amendments, lineage] = await Promise.all([this.ofAct(clause.actId), this.pit.lineage(clause)]);
    const up = new Set(lineage.map((c) => c.eId));
    return amendments.filter((a) => up.has(a.target) || a.target.startsWith(`${clause.eId}__`)).sort(chronological);
  }

  async filter(q: AmendmentQuery): Promise<AmendmentEntity[]> {
    let list: readonly AmendmentEntity[];
    if (q.actId) list = await this.ofAct(q.actId);
    else if (q.amendingActId) list = await this.loaders.amendmentsByAmendingAct.load(q.amendingActId);
    else list = (await Promise.all((await this.loaders.allActs.load('all')).map((a) => this.ofAct(a.id)))).flat();
    return list
      .filter(
        (a) =>
          (!q.amendingActId || a.amendingActId === q.amendingActId) &&
          (!q.kind || a.kind === q.kind) &&
          (!q.from || a.effectiveFrom >= q.from) &&
          (!q.to || a.effectiveFrom <= q.to) &&
          (!q.target || a.target === q.target || a.target.startsWith(`${q.target}__`)),
      )
      .sort(chronological);
  }

  ofAmendingAct(id: string) {
    return this.loaders.amendmentsByAmendingAct.load(id);
  }

  amendingActs() {
    return this.loaders.allAmendingActs.load('all');
  }

  amendingAct(id: string) {
    return this.loaders.amendingActById.load(id);
  }

  /**
   * The versions of the act, oldest first: the amendments that took effect together (the same window: one
   * amending act under one rule, or acts whose windows coincide), dated by the first day they can have applied.
   */
  async versions(actId: string): Promise<ActVersionOf[]> {
    const byWindow = new Map<string, AmendmentEntity[]>();
    for (const a of [...(await this.ofAct(actId))].sort(chronological)) {
      const key = `${a.effectiveFrom}/${a.effectiveLatest ?? ''}`;
      const list = byWindow.get(key) ?? [];
      list.push(a);
      byWindow.set(key, list);
    }
    return [...byWindow.values()].map((amendments) => ({ date: amendments[0].effectiveFrom, amendments }));
  }

  /**
   * The note of an event in a language: the Kazakh note it was parsed from, or an official Russian note that
   * renders it. With `includeUnofficial`, the project's translation stands in when no official one exists.
   */
  async note(a: AmendmentEntity, lang: Lang, includeUnofficial = false): Promise<NoteEntity | null> {
    const notes = await this.loaders.notesByAct.load(a.actId);
    if (lang === 'kk') return notes.find((n) => n.id === a.noteId) ?? null;
    const renderings = notes.filter((n) => n.translationOf === a.noteId && n.lang === lang);
    return renderings.find((n) => n.official) ?? (includeUnofficial ? (renderings[0] ?? null) : null);
  }

  /** Notes printed for a clause: those of the events that target it, each once, in publication order. */
  async notesOfClause(clause: ClauseEntity, lang: Lang, includeUnofficial = false): Promise<NoteEntity[]> {
    const own = (await this.ofAct(clause.actId)).filter((a) => a.target === clause.eId);
    const notes = await Promise.all(own.map((a) => this.note(a, lang, includeUnofficial)));
    const seen = new Set<string>();
    return notes.filter((n): n is NoteEntity => !!n && !seen.has(n.id) && !!seen.add(n.id)).sort((x, y) => x.position - y.position);
  }

  /** Notes of the act's title or requisites. */
  async notesOfTarget(actId: string, target: string, lang: Lang, includeUnofficial = false): Promise<NoteEntity[]> {
    const own = (await this.ofAct(actId)).filter((a) => a.target === target);
    const notes = await Promise.all(own.map((a) => this.note(a, lang, includeUnofficial)));
    const seen = new Set<string>();
    return notes.filter((n): n is NoteEntity => !!n && !seen.has(n.id) && !!seen.add(n.id));
  }
}
