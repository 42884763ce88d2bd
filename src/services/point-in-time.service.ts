/** The law as it stood on a date: status of clauses, the wording in force, every known wording period. */
import { addDays, clauseStatus, gapAround, pickWording } from '../domain/point-in-time';
import type { Lang, ProvisionStatus } from '../domain/types';
import type { ClauseEntity, WordingEntity } from '../entities';
import { fromLang } from '../schema/enums';
import { LocalizedText } from '../schema/localized-text.type';
import { wordingKey } from './corpus-cache';
import type { Loaders } from './loaders';


export class PointInTimeService {
  constructor(
    private readonly loaders: Loaders,
    readonly today: string,
  ) {}

  asOf(date: string | null | undefined): string {
    return date ?? this.today;
  }

  /** eIds of a clause and of everything that contains it ("att_1__para_9__subpara_2" → para_9 → att_1). */
  async lineage(clause: ClauseEntity): Promise<ClauseEntity[]> {
    const byId = (await this.loaders.act.load(clause.actId))?.clauseById ?? new Map<string, ClauseEntity>();
    const out = [clause];
    for (let p = clause.parentId ? byId.get(clause.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) out.push(p);
    return out;
  }

  /** A part is inserted or repealed together with what contains it. */
  async clauseStatus(clause: ClauseEntity, asOf: string): Promise<ProvisionStatus> {
    const [act, facts] = await Promise.all([this.loaders.actById.load(clause.actId), this.loaders.act.load(clause.actId)]);
    return clauseStatus(act!.adoptedOn, facts?.existenceChanges.get(clause.id) ?? [], asOf);
  }

  async actStatus(actId: string, asOf: string): Promise<ProvisionStatus | null> {
    const act = await this.loaders.actById.load(actId);
    if (!act) return null;
    return asOf < act.adoptedOn ? 'NOT_YET_IN_FORCE' : 'IN_FORCE';
  }

  async wordings(actId: string, target: string, lang: Lang): Promise<readonly WordingEntity[]> {
    const facts = await this.loaders.act.load(actId);
    return facts?.wordingsOf.get(wordingKey(target, lang)) ?? [];
  }

  toLocalized(w: WordingEntity): LocalizedText {
    return Object.assign(new LocalizedText(), {
      lang: fromLang(w.lang),
      text: w.paragraphs.join('\n'),
      official: w.official,
      complete: w.complete,
      validFrom: w.validFrom,
      validTo: w.validTo,
      source: w.source,
      translatorNotes: w.translatorNotes ?? [],
    });
  }

  private unknown(lang: Lang, official: boolean, period: { validFrom: string | null; validTo: string | null }): LocalizedText {
    return Object.assign(new LocalizedText(), { lang: fromLang(lang), text: null, official, complete: false, validFrom: period.validFrom, validTo: period.validTo, source: null });
  }

  /**
   * The wording of a unit (title, requisites, clause) on a date. Never substitutes another language: a
   * missing wording is text null, with the period for which it is unknown.
   */
  async textAt(actId: string, target: string, lang: Lang, asOf: string, clause?: ClauseEntity): Promise<LocalizedText> {
    const act = (await this.loaders.actById.load(actId))!;
    const wordings = await this.wordings(actId, target, lang);
    const officialLanguage = wordings.some((w) => w.origin === 'OFFICIAL_TEXT');
    if (asOf < act.adoptedOn) return this.unknown(lang, officialLanguage, { validFrom: null, validTo: addDays(act.adoptedOn, -1) });
    if (clause && (await this.clauseStatus(clause, asOf)) === 'NOT_YET_IN_FORCE') {
      const changes = (await this.loaders.act.load(actId))?.existenceChanges.get(clause.id) ?? [];
      const insertedOn = changes.filter((a) => a.kind === 'INSERTED').map((a) => a.effectiveFrom).sort()[0];
      return this.unknown(lang, officialLanguage, { validFrom: null, validTo: insertedOn ? addDays(insertedOn, -1) : null });
    }
    const w = pickWording(wordings, asOf);
    if (w) return this.toLocalized(w);
    return this.unknown(lang, officialLanguage, gapAround(wordings, asOf));
  }

  async paragraphsAt(actId: string, target: string, lang: Lang, asOf: string, clause?: ClauseEntity): Promise<string[]> {
    const t = await this.textAt(actId, target, lang, asOf, clause);
    return t.text === null ? [] : t.text.split('\n');
  }

  /** Every wording period known, oldest first; official before unofficial within a period. */
  async versions(actId: string, target: string, lang: Lang): Promise<LocalizedText[]> {
    const list = [...(await this.wordings(actId, target, lang))];
    list.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || (a.validTo ?? '9999').localeCompare(b.validTo ?? '9999') || Number(b.official) - Number(a.official));
    return list.map((w) => this.toLocalized(w));
  }
}
