/** Acts and their clauses: listing, lookup by ID or as people cite them, and the act as it stood on a date. */
import type { ClauseEntity } from '../entities';
import { actIdOfClause, type Loaders } from './loaders';
import type { PointInTimeService } from './point-in-time.service';

export class ActService {
  constructor(
    private readonly loaders: Loaders,
    private readonly pit: PointInTimeService,
  ) {}

  acts() {
    return this.loaders.allActs.load('all');
  }

  act(id: string) {
    return this.loaders.actById.load(id);
  }

  /** "sc-1999-9/para_12" → the clause; anything unknown or malformed → null. */
  async clause(id: string): Promise<ClauseEntity | null> {
    const actId = actIdOfClause(id);
    if (!actId) return null;
    const facts = await this.loaders.act.load(actId);
    return facts?.clauseById.get(id) ?? null;
  }

  clausesOf(actId: string) {
    return this.loaders.clausesByAct.load(actId);
  }

  /**
   * Clauses of the act as it stood on a date, in document order: those in force and those that may be (UNCERTAIN);
   * repealed ones only when asked; never one not yet in force or of which the corpus holds no evidence then.
   */
  async clausesAt(actId: string, asOf: string, includeRepealed: boolean): Promise<ClauseEntity[]> {
    const all = await this.clausesOf(actId);
    const statuses = await Promise.all(all.map((c) => this.pit.clauseStatus(c, asOf)));
    return all.filter(
      (_, i) => statuses[i] === 'IN_FORCE' || statuses[i] === 'UNCERTAIN' || (includeRepealed && statuses[i] === 'REPEALED'),
    );
  }

  /** A clause as people cite it: point "21-1", sub-point "2", in attachment 1 (the Rules) or in the act itself. */
  async clauseByNumber(actId: string, number: string, subpoint?: string | null, attachment?: number | null): Promise<ClauseEntity | null> {
    const norm = (s: string) =>
      s
        .trim()
        .replace(/[.)]+$/u, '')
        .replace(/[\s–—]+/gu, '-')
        .replace(/-+/g, '-');
    const prefix = attachment ? `att_${attachment}__` : '';
    const pointEId = `${prefix}para_${norm(number)}`;
    const eId = subpoint ? `${pointEId}__subpara_${norm(subpoint)}` : pointEId;
    const facts = await this.loaders.act.load(actId);
    return facts?.clausesByEId.get(eId) ?? null;
  }

  /** The clause's outgoing references, in the order of its text. */
  referencesOf(clauseId: string) {
    return this.loaders.referencesByClause.load(clauseId);
  }

  async children(clause: { id: string; actId: string }) {
    const facts = await this.loaders.act.load(clause.actId);
    return facts?.childrenOf.get(clause.id) ?? [];
  }
}
