/**
 * The law as it stood on a date: status of acts and clauses, the wording in force (and whether it certainly was),
 * every known wording period with the windows of the changes that began and ended it.
 */
import { phaseOf, type Span } from '../domain/effective-window';
import {
  WORDINGS_KNOWN_REF,
  clauseTimeline,
  gapAround,
  provisionStatus,
  uncertaintyOn,
  wordingOn,
  type ClauseTimeline,
  type WordingChoice,
} from '../domain/point-in-time';
import type { Lang, ProvisionStatus, RecordedWindow, WordingText } from '../domain/types';
import type { ActEntity, ClauseEntity, WordingEntity } from '../entities';
import { ENTRY_REF, wordingKey, type ActFacts } from './corpus-cache';
import type { Loaders } from './loaders';
import { changeWindow, entryWindow, wordingsKnownWindow } from './recorded-windows';

interface HeldWording {
  w: WordingEntity;
  official: boolean;
  start: Span | null;
  end: Span | null;
}

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

  private async facts(actId: string): Promise<{ act: ActEntity; facts: ActFacts }> {
    const [act, facts] = await Promise.all([this.loaders.actById.load(actId), this.loaders.act.load(actId)]);
    return { act: act!, facts: facts! };
  }

  async timeline(clause: ClauseEntity): Promise<ClauseTimeline> {
    return (await this.facts(clause.actId)).facts.timelines.get(clause.id)!;
  }

  /** A part is inserted, repealed and restated together with what contains it; a unit changes with its parts. */
  async clauseStatus(clause: ClauseEntity, asOf: string): Promise<ProvisionStatus> {
    return provisionStatus(await this.timeline(clause), asOf);
  }

  /** The window of the change (or of the act's own entry into force) a span stands for, with its reasons. */
  windowOf(span: Span, act: ActEntity, facts: ActFacts): RecordedWindow {
    if (span.ref === ENTRY_REF || span.ref === undefined) return entryWindow(act);
    if (span.ref === WORDINGS_KNOWN_REF) return wordingsKnownWindow(act);
    return changeWindow(facts.amendmentById.get(span.ref)!);
  }

  /** On an UNCERTAIN date: the window that makes it so (the one that opened last). */
  async clauseUncertainty(clause: ClauseEntity, asOf: string): Promise<RecordedWindow | null> {
    const { act, facts } = await this.facts(clause.actId);
    const span = uncertaintyOn(facts.timelines.get(clause.id)!, asOf);
    return span ? this.windowOf(span, act, facts) : null;
  }

  /** On an UNKNOWN date: the change before whose window the corpus holds no evidence of the clause. */
  async clauseEvidencedFrom(clause: ClauseEntity): Promise<RecordedWindow | null> {
    const { act, facts } = await this.facts(clause.actId);
    const span = facts.timelines.get(clause.id)!.evidencedFrom;
    return span ? this.windowOf(span, act, facts) : null;
  }

  /** An act is not yet in force before its own entry into force can have happened, uncertain inside its window. */
  async actStatus(actId: string, asOf: string): Promise<ProvisionStatus | null> {
    const act = await this.loaders.actById.load(actId);
    if (!act) return null;
    const phase = phaseOf({ earliest: act.entryEarliest, latest: act.entryLatest }, asOf);
    return phase === 'BEFORE' ? 'NOT_YET_IN_FORCE' : phase === 'WITHIN' ? 'UNCERTAIN' : 'IN_FORCE';
  }

  async wordings(actId: string, target: string, lang: Lang): Promise<readonly WordingEntity[]> {
    const facts = await this.loaders.act.load(actId);
    return facts?.wordingsOf.get(wordingKey(target, lang)) ?? [];
  }

  private held(w: WordingEntity, facts: ActFacts): HeldWording {
    const span = (id: string | null): Span | null => {
      const a = id ? facts.amendmentById.get(id) : undefined;
      return a ? { earliest: a.effectiveFrom, latest: a.effectiveLatest, ref: a.id } : null;
    };
    return { w, official: w.official, start: span(w.startsWith), end: span(w.endsWith) };
  }

  private toText(h: HeldWording, act: ActEntity, facts: ActFacts, choice?: { certain: boolean; uncertainty: Span | null }): WordingText {
    const { w } = h;
    const validFromWindow = this.windowOf(h.start ?? facts.entry, act, facts);
    const validToWindow = h.end ? this.windowOf(h.end, act, facts) : null;
    const uncertainty = choice?.uncertainty ? (choice.uncertainty === h.end ? validToWindow : validFromWindow) : null;
    return {
      lang: w.lang,
      text: w.paragraphs.join('\n'),
      official: w.official,
      complete: w.complete,
      validFrom: w.validFrom,
      validTo: w.validTo,
      source: w.source,
      heading: w.heading ?? null,
      verified: w.verified,
      translatorNotes: w.translatorNotes ?? [],
      certain: choice?.certain ?? true,
      uncertainty,
      validFromWindow,
      validToWindow,
    };
  }

  /** No wording: the period for which it is unknown, when there is one (never before a clause can exist). */
  private missing(lang: Lang, official: boolean, period: { validFrom: string | null; validTo: string | null }): WordingText {
    return {
      lang,
      text: null,
      official,
      complete: false,
      validFrom: period.validFrom,
      validTo: period.validTo,
      source: null,
      heading: null,
      verified: official,
      translatorNotes: [],
      certain: true,
      uncertainty: null,
      validFromWindow: null,
      validToWindow: null,
    };
  }

  /**
   * The wording of a unit (title, requisites, clause) on a date. Never one before it can have applied: nothing
   * before the act or the clause can exist (text null, no period), and inside a change's window the wording says
   * it is uncertain. Never substitutes another language: a missing wording is text null, with the period for
   * which it is unknown.
   */
  async textAt(actId: string, target: string, lang: Lang, asOf: string, clause?: ClauseEntity): Promise<WordingText> {
    const { act, facts } = await this.facts(actId);
    const wordings = facts.wordingsOf.get(wordingKey(target, lang)) ?? [];
    const officialLanguage = wordings.some((w) => w.origin === 'OFFICIAL_TEXT');
    const on = this.choose(facts, target, lang, asOf, clause);
    if (on === null) return this.missing(lang, officialLanguage, { validFrom: null, validTo: null });
    const text = on.choice
      ? this.toText(on.choice.wording, act, facts, on.choice)
      : this.missing(lang, officialLanguage, gapAround(wordings, asOf));
    if (text.certain && on.doubt) {
      text.certain = false;
      text.uncertainty = this.windowOf(on.doubt, act, facts);
    }
    return text;
  }

  /** The held wording on a date as textAt chooses it, with whether it certainly applied; null when none may. */
  async heldWordingAt(
    actId: string,
    target: string,
    lang: Lang,
    asOf: string,
    clause?: ClauseEntity,
  ): Promise<{ wording: WordingEntity; certain: boolean } | null> {
    const { facts } = await this.facts(actId);
    const on = this.choose(facts, target, lang, asOf, clause);
    return on?.choice ? { wording: on.choice.wording.w, certain: on.choice.certain && !on.doubt } : null;
  }

  /**
   * The choice behind a text on a date: null before the unit can exist or without evidence of it; otherwise the
   * wording that may apply (if one is held), and the window that makes the unit's status uncertain — whatever
   * makes the status uncertain makes the answer uncertain too, held wording or not.
   */
  private choose(
    facts: ActFacts,
    target: string,
    lang: Lang,
    asOf: string,
    clause?: ClauseEntity,
  ): { choice: WordingChoice<HeldWording> | null; doubt: Span | null } | null {
    // a title or requisites line has a timeline as a clause does: its own changes and the act's entry into force
    const timeline = clause
      ? facts.timelines.get(clause.id)!
      : clauseTimeline({ eId: target, number: null, lineage: [target] }, facts.events, facts.entry, facts.evidence);
    const status = provisionStatus(timeline, asOf);
    if (status === 'NOT_YET_IN_FORCE' || status === 'UNKNOWN') return null;
    const wordings = facts.wordingsOf.get(wordingKey(target, lang)) ?? [];
    const choice = wordingOn(
      wordings.map((w) => this.held(w, facts)),
      facts.entry,
      asOf,
    );
    return { choice, doubt: status === 'UNCERTAIN' && (choice === null || choice.certain) ? uncertaintyOn(timeline, asOf) : null };
  }

  /** The answer when the date itself is unknown (a case decided on a day the sources do not give): no wording, no period. */
  async undatedText(actId: string, target: string, lang: Lang): Promise<WordingText> {
    const wordings = await this.wordings(actId, target, lang);
    return this.missing(
      lang,
      wordings.some((w) => w.origin === 'OFFICIAL_TEXT'),
      { validFrom: null, validTo: null },
    );
  }

  async paragraphsAt(actId: string, target: string, lang: Lang, asOf: string, clause?: ClauseEntity): Promise<string[]> {
    const t = await this.textAt(actId, target, lang, asOf, clause);
    return t.text === null ? [] : t.text.split('\n');
  }

  /** Every wording period known, oldest first; official before unofficial within a period; each with its windows. */
  async versions(actId: string, target: string, lang: Lang): Promise<WordingText[]> {
    const { act, facts } = await this.facts(actId);
    const list = [...(facts.wordingsOf.get(wordingKey(target, lang)) ?? [])];
    list.sort(
      (a, b) =>
        (a.validFrom ?? '').localeCompare(b.validFrom ?? '') ||
        (a.validTo ?? '9999').localeCompare(b.validTo ?? '9999') ||
        Number(b.official) - Number(a.official),
    );
    return list.map((w) => this.toText(this.held(w, facts), act, facts));
  }
}
