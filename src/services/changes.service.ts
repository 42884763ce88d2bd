/** What changed in an act between two dates, clause by clause, with word diffs where both wordings are whole. */
import { wordDiff, type DiffSpan } from '../domain/word-diff';
import type { Lang, WordingText } from '../domain/types';
import type { AmendmentEntity, ClauseEntity } from '../entities';
import type { ActService } from './act.service';
import type { Loaders } from './loaders';
import type { PointInTimeService } from './point-in-time.service';

/** What changed in one clause: the changes, its wording before and after, and a word diff where both are whole. */
export interface ClauseChange {
  clause: ClauseEntity;
  amendments: AmendmentEntity[];
  before: WordingText;
  after: WordingText;
  diff: DiffSpan[] | null;
  /** Every change certainly took effect within the period. */
  certain: boolean;
}

export class ChangesService {
  constructor(
    private readonly loaders: Loaders,
    private readonly pit: PointInTimeService,
    private readonly acts: ActService,
  ) {}

  /**
   * Changes that may have taken effect after `from` and on or before `to` (the act as it stood at the end of `from`
   * compared with the end of `to`): those that can have applied by `to` and had not certainly applied by `from`.
   * A change whose window straddles a bound is listed with `certain: false`, and the side that falls inside its
   * window says so. A change to an attachment or a point changes every part of it, and the whole of what contains it.
   */
  async between(actId: string, from: string, to: string, lang: Lang): Promise<ClauseChange[]> {
    const [amendments, clauses] = await Promise.all([this.loaders.amendmentsByAct.load(actId), this.acts.clausesOf(actId)]);
    const inPeriod = amendments.filter((a) => a.effectiveFrom <= to && (a.effectiveLatest === null || a.effectiveLatest > from));
    const touched = new Map<string, AmendmentEntity[]>();
    for (const c of clauses) {
      const hits = inPeriod.filter((a) => a.target === c.eId || c.eId.startsWith(`${a.target}__`) || a.target.startsWith(`${c.eId}__`));
      if (hits.length > 0) touched.set(c.id, hits);
    }
    const out: ClauseChange[] = [];
    for (const c of clauses.filter((x) => touched.has(x.id))) out.push(await this.change(c, touched.get(c.id)!, from, to, lang));
    return out;
  }

  private async change(c: ClauseEntity, amendments: AmendmentEntity[], from: string, to: string, lang: Lang): Promise<ClauseChange> {
    const [before, after] = await Promise.all([
      this.pit.textAt(c.actId, c.eId, lang, from, c),
      this.pit.textAt(c.actId, c.eId, lang, to, c),
    ]);
    const known = before.text !== null && after.text !== null && before.complete && after.complete;
    const diff = known ? wordDiff(before.text!, after.text!) : null;
    const certain = amendments.every((a) => a.effectiveFrom > from && a.effectiveLatest !== null && a.effectiveLatest <= to);
    return { clause: c, amendments, before, after, diff, certain };
  }
}
