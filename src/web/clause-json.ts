/**
 * /embed/clause.json?clause=…&lang=…&asOf=… — what the widget draws, already worded in the reader's language,
 * so the widget itself holds no legal logic and no translations.
 */
import { translatorNoteText } from '../domain/translator-note';
import type { Lang } from '../domain/types';
import type { ClauseCard, Wording } from './clause-card';
import { labels } from './labels';
import { displayDate } from './params';

export interface BadgeJson {
  kind: 'in-force' | 'repealed' | 'not-yet' | 'amended';
  text: string;
}

export interface ClauseCardJson {
  id: string;
  url: string;
  lang: Lang;
  asOf: string;
  label: string;
  act: { id: string; name: string; title: string | null };
  status: string;
  amendedSince: string | null;
  badges: BadgeJson[];
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
}

function wordingJson(w: Wording, lang: Lang): WordingJson {
  const L = labels(lang);
  const tags = [w.official ? L.official : L.unofficial];
  if (w.text !== null && !w.complete) tags.push(L.fragment);
  const notes = w.text === null ? [] : w.translatorNotes.map((n) => ({ paragraph: n.paragraph, text: translatorNoteText(n, w.lang) }));
  return { lang: w.lang, paragraphs: w.text === null ? null : w.text.split('\n'), official: w.official, complete: w.complete, tags, heading: w.lang === 'kk' ? L.kazakhText : L.russianText, notes, notesTag: L.unofficialText };
}

export function badgesOf(card: ClauseCard, lang: Lang): BadgeJson[] {
  const L = labels(lang);
  const b = card.badge;
  const kind = b.status === 'IN_FORCE' ? 'in-force' : b.status === 'REPEALED' ? 'repealed' : 'not-yet';
  const out: BadgeJson[] = [{ kind, text: `${L.status[b.status]}${b.repealedOn ? ` ${L.repealedOn(displayDate(b.repealedOn))}` : ''}` }];
  if (b.inForceFrom) out.push({ kind: 'not-yet', text: L.inForceFrom(displayDate(b.inForceFrom)) });
  if (b.amendedSince) out.push({ kind: 'amended', text: L.amendedSince(displayDate(b.amendedSince)) });
  if (b.repealedSince) out.push({ kind: 'repealed', text: L.repealedSince(displayDate(b.repealedSince)) });
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
    amendedSince: card.badge.amendedSince,
    badges: badgesOf(card, lang),
    text: wordingJson(card.text, lang),
    otherText: card.otherText ? wordingJson(card.otherText, lang) : null,
    citation: card.citation.full,
    labels: { open: L.openPage, asOf: `${L.asOf} ${displayDate(card.asOf)}`, textUnknown: L.textUnknown, language: lang === 'kk' ? L.kazakhText : L.russianText },
  };
}
