/**
 * /embed/clause.json?clause=…&lang=…&asOf=… — what the widget draws, already worded in the reader's language,
 * so the widget itself holds no legal logic and no translations.
 */
import { addDays } from '../domain/calendar-date';
import { translatorNoteText } from '../domain/translator-note';
import type { Lang } from '../domain/types';
import type { ClauseCard, Wording } from './clause-card';
import { labels } from './labels';
import { displayDate } from './params';

export interface BadgeJson {
  kind: 'in-force' | 'repealed' | 'not-yet' | 'amended' | 'uncertain' | 'unknown';
  text: string;
}

/** UNCERTAIN / UNKNOWN: the window, worded for the reader, and the reason the sources give. */
export interface WindowJson {
  earliest: string;
  latest: string | null;
  exact: boolean;
  heading: string;
  explanation: string;
  reason: string;
}

export interface ClauseCardJson {
  id: string;
  url: string;
  lang: Lang;
  asOf: string;
  label: string;
  act: { id: string; name: string; title: string | null };
  status: string;
  /** The first day the next change can have applied (see badges for whether that day is exact). */
  amendedSince: string | null;
  badges: BadgeJson[];
  window: WindowJson | null;
  text: WordingJson;
  otherText: WordingJson | null;
  citation: string | null;
  /** Interface words in the card's language: the date and the language it shows are named on the card. */
  labels: { open: string; asOf: string; textUnknown: string; language: string };
}

interface WordingJson {
  lang: Lang;
  paragraphs: string[] | null;
  official: boolean;
  complete: boolean;
  /** "official text" / "unofficial translation" (+ "fragment"), in the reader's language. */
  tags: string[];
  heading: string;
  /** Translator's notes ("Прим. пер.: …") in the wording's language, in paragraph order; none for an official text. */
  notes: Array<{ paragraph: number; text: string }>;
  /** "unofficial", in the reader's language, to mark the notes. */
  notesTag: string;
  /** Whether the wording certainly applied on the date, and if not, why not in a line. */
  certain: boolean;
  uncertainNote: string | null;
  /** When this wording began ("since 31.12.2023 at the earliest…"), in the reader's language. */
  since: string | null;
}

function wordingJson(w: Wording, lang: Lang): WordingJson {
  const L = labels(lang);
  const tags = [w.official ? L.official : L.unofficial];
  if (w.text !== null && !w.complete) tags.push(L.fragment);
  const notes = w.text === null ? [] : w.translatorNotes.map((n) => ({ paragraph: n.paragraph, text: translatorNoteText(n, w.lang) }));
  return {
    lang: w.lang,
    paragraphs: w.text === null ? null : w.text.split('\n'),
    official: w.official,
    complete: w.complete,
    tags,
    heading: w.lang === 'kk' ? L.kazakhText : L.russianText,
    certain: w.certain,
    uncertainNote: w.certain || w.text === null ? null : `${L.wordingUncertain}${w.uncertainty ? `: ${L.windowRange(w.uncertainty)}` : ''}`,
    since: w.text !== null && w.since ? L.wordingSince(w.since, w.sinceEntry) : null,
    notes,
    notesTag: L.unofficialText,
  };
}

const BADGE_KIND = {
  IN_FORCE: 'in-force',
  REPEALED: 'repealed',
  NOT_YET_IN_FORCE: 'not-yet',
  UNCERTAIN: 'uncertain',
  UNKNOWN: 'unknown',
} as const;

function windowJson(card: ClauseCard, lang: Lang): WindowJson | null {
  const b = card.badge;
  if (!b.window || (b.status !== 'UNCERTAIN' && b.status !== 'UNKNOWN')) return null;
  const L = labels(lang);
  const uncertain = b.status === 'UNCERTAIN';
  return {
    earliest: b.window.earliest,
    latest: b.window.latest,
    exact: b.window.exact,
    heading: `${uncertain ? L.uncertainWindow : L.unknownWindow}: ${uncertain ? L.windowRange(b.window) : `… – ${displayDate(addDays(b.window.earliest, -1))}`}`,
    explanation: uncertain
      ? L.uncertainExplain(b.window.ofAct)
      : L.unknownExplain(b.window.by ? b.window.by[lang] : null, displayDate(b.window.earliest)),
    reason: lang === 'ru' ? b.window.reasonRu : b.window.reasonKk,
  };
}

export function badgesOf(card: ClauseCard, lang: Lang): BadgeJson[] {
  const L = labels(lang);
  const b = card.badge;
  const range = b.window && b.status === 'UNCERTAIN' ? `: ${L.windowRange(b.window)}` : '';
  const out: BadgeJson[] = [
    { kind: BADGE_KIND[b.status], text: `${L.status[b.status]}${b.repealedOn ? ` ${L.repealedOn(b.repealedOn)}` : ''}${range}` },
  ];
  if (b.inForceFrom) out.push({ kind: 'not-yet', text: L.inForceFrom(b.inForceFrom) });
  if (b.amendedSince) out.push({ kind: 'amended', text: L.amendedSince(b.amendedSince) });
  if (b.repealedSince) out.push({ kind: 'repealed', text: L.repealedSince(b.repealedSince) });
  return out;
}

export function clauseCardJson(card: ClauseCard, lang: Lang, origin: string, asOfGiven: string | null): ClauseCardJson {
  const L = labels(lang);
  const q = new URLSearchParams();
  if (asOfGiven) q.set('asOf', asOfGiven);
  if (lang !== 'kk') q.set('lang', lang);
  const query = q.toString();
  return {
    id: card.id,
    url: `${origin}${card.permalink}${query ? `?${query}` : ''}`,
    lang,
    asOf: card.asOf,
    label: card.label,
    act: { id: card.act.id, name: card.actShortName, title: card.actTitle },
    status: card.status,
    amendedSince: card.badge.amendedSince?.earliest ?? null,
    badges: badgesOf(card, lang),
    window: windowJson(card, lang),
    text: wordingJson(card.text, lang),
    otherText: card.otherText ? wordingJson(card.otherText, lang) : null,
    citation: card.citation.full,
    labels: {
      open: L.openPage,
      asOf: `${L.asOf} ${displayDate(card.asOf)}`,
      textUnknown: card.status === 'NOT_YET_IN_FORCE' ? L.textNotYet : card.status === 'UNKNOWN' ? L.textNoEvidence : L.textUnknown,
      language: lang === 'kk' ? L.kazakhText : L.russianText,
    },
  };
}
