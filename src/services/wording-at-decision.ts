/**
 * Which wording of a clause a court had in front of it. With a decision date: the wording on that date. Without
 * one: the wording the quoted words match (compared with every known wording, i/і-insensitive), read on a day
 * that wording certainly applied — never today's by default; with no quote, or a quote no known wording matches,
 * the wording stays unknown. Each answer says which basis it rests on, in words a judge reads.
 */
import { addDays, dottedDate } from '../domain/calendar-date';
import { actFullName } from '../domain/effective-reason';
import { matchQuote } from '../domain/quote-match';
import { LANGS, type Lang } from '../domain/types';
import type { ClauseEntity, WordingEntity } from '../entities';
import type { Loaders } from './loaders';
import type { PointInTimeService } from './point-in-time.service';

export type WordingBasis = 'DECISION_DATE' | 'QUOTE' | 'QUOTE_SEVERAL' | 'NO_MATCH' | 'NO_QUOTE';

export interface Reading {
  /** The date the law is read at: the decision date, a day the matched wording certainly applied, or null (unknown). */
  asOf: string | null;
  basis: WordingBasis;
  /** For QUOTE and QUOTE_SEVERAL: the wording matched. */
  matched: WordingEntity | null;
}

export class WordingAtDecision {
  constructor(
    private readonly loaders: Loaders,
    private readonly pit: PointInTimeService,
  ) {}

  async reading(clause: ClauseEntity, decidedOn: string | null, quote: string | null): Promise<Reading> {
    if (decidedOn !== null) return { asOf: decidedOn, basis: 'DECISION_DATE', matched: null };
    if (!quote) return { asOf: null, basis: 'NO_QUOTE', matched: null };
    const wordings = (await Promise.all(LANGS.map((lang) => this.pit.wordings(clause.actId, clause.eId, lang)))).flat();
    const matches = matchQuote(
      quote,
      wordings.map((w) => w.paragraphs.join('\n')),
    );
    if (matches.length === 0) return { asOf: null, basis: 'NO_MATCH', matched: null };
    // the best match; among equally good ones the official, then the most recent
    const best = matches.filter((m) => m.share === matches[0].share).map((m) => wordings[m.index]);
    best.sort((a, b) => Number(b.official) - Number(a.official) || (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
    const matched = best[0];
    return { asOf: await this.dayOf(matched), basis: best.length > 1 ? 'QUOTE_SEVERAL' : 'QUOTE', matched };
  }

  /** A day on which the wording certainly applied, as late as possible: the day before the change that ended it can have applied. */
  private async dayOf(w: WordingEntity): Promise<string> {
    const facts = await this.loaders.act.load(w.actId);
    const end = w.endsWith ? facts?.amendmentById.get(w.endsWith) : undefined;
    if (end) return addDays(end.effectiveFrom, -1);
    const start = w.startsWith ? facts?.amendmentById.get(w.startsWith) : undefined;
    return start?.effectiveLatest ?? facts?.entry.latest ?? this.pit.today;
  }

  /** Why this wording: one sentence (two for a match) in the reader's language. */
  async note(r: Reading, lang: Lang): Promise<string> {
    const ru = lang === 'ru';
    switch (r.basis) {
      case 'DECISION_DATE':
        return ru
          ? `Редакция, действовавшая на дату решения (${dottedDate(r.asOf!)}).`
          : `Шешім шығарылған күні (${dottedDate(r.asOf!)}) қолданыста болған редакция.`;
      case 'NO_QUOTE':
        return ru
          ? 'Дата решения неизвестна, а цитаты нет: редакцию, которую применил суд, установить нельзя.'
          : 'Шешім күні белгісіз және дәйексөз жоқ: сот қолданған редакцияны анықтау мүмкін емес.';
      case 'NO_MATCH':
        return ru
          ? 'Дата решения неизвестна, а цитата не совпадает ни с одной известной редакцией пункта: редакцию, которую применил суд, установить нельзя.'
          : 'Шешім күні белгісіз, ал дәйексөз тармақтың белгілі редакцияларының ешқайсысымен сәйкес келмейді: сот қолданған редакцияны анықтау мүмкін емес.';
      case 'QUOTE':
      case 'QUOTE_SEVERAL':
        return this.matchNote(r, lang);
    }
  }

  private async matchNote(r: Reading, lang: Lang): Promise<string> {
    const ru = lang === 'ru';
    const w = r.matched!;
    const facts = await this.loaders.act.load(w.actId);
    const start = w.startsWith ? facts?.amendmentById.get(w.startsWith) : undefined;
    const end = w.endsWith ? facts?.amendmentById.get(w.endsWith) : undefined;
    const endAct = end ? await this.loaders.amendingActById.load(end.amendingActId) : null;
    const from = start
      ? ru
        ? `с ${dottedDate(start.effectiveFrom)}`
        : `${dottedDate(start.effectiveFrom)} бастап`
      : ru
        ? 'со вступления акта в силу'
        : 'акт қолданысқа енгеннен бастап';
    const until = end
      ? ru
        ? `до вступления в силу изменений (${endAct ? actFullName(endAct, lang) : end.amendingActId}; не ранее ${dottedDate(end.effectiveFrom)})`
        : `өзгерістер (${endAct ? actFullName(endAct, lang) : end.amendingActId}; ${dottedDate(end.effectiveFrom)} бұрын емес) қолданысқа енгенге дейін`
      : ru
        ? 'по сей день'
        : 'бүгінге дейін';
    const which = end ? (ru ? 'а не сегодняшняя' : 'бүгінгі редакция емес') : '';
    if (r.basis === 'QUOTE_SEVERAL') {
      return ru
        ? `Дата решения неизвестна. Цитируемые слова одинаковы в нескольких известных редакциях пункта; показана самая поздняя из них — применявшаяся ${from} ${until}.`
        : `Шешім күні белгісіз. Келтірілген сөздер тармақтың бірнеше белгілі редакциясында бірдей; олардың ең соңғысы көрсетілді — ${from} ${until} қолданылған редакция.`;
    }
    return ru
      ? `Дата решения неизвестна. Цитируемые судом слова совпадают с редакцией, применявшейся ${from} ${until}; поэтому показана она${which ? `, ${which}` : ''}.`
      : `Шешім күні белгісіз. Сот келтірген сөздер ${from} ${until} қолданылған редакциямен сәйкес келеді; сондықтан сол редакция көрсетілді${which ? ` (${which})` : ''}.`;
  }
}
