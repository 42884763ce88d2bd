/** Pieces of markup several pages share: status badges, wording labels, the text of a wording. */
import { translatorNoteText } from '../domain/translator-note';
import type { Lang } from '../domain/types';
import type { Wording } from './clause-card';
import { html, join, type SafeHtml } from './html';
import { labels } from './labels';
import { displayDate } from './params';
import type { Badge } from './status-badge';

const STATUS_CLASS = { IN_FORCE: 'in-force', REPEALED: 'repealed', NOT_YET_IN_FORCE: 'not-yet' } as const;

export function badgeHtml(b: Badge, lang: Lang): SafeHtml {
  const L = labels(lang);
  const parts: SafeHtml[] = [html`<span class="badge ${STATUS_CLASS[b.status]}" data-status="${b.status}">${L.status[b.status]}${b.repealedOn ? ` ${L.repealedOn(displayDate(b.repealedOn))}` : ''}</span>`];
  if (b.inForceFrom) parts.push(html`<span class="badge not-yet">${L.inForceFrom(displayDate(b.inForceFrom))}</span>`);
  if (b.amendedSince) parts.push(html`<span class="badge amended" data-amended-since="${b.amendedSince}">${L.amendedSince(displayDate(b.amendedSince))}</span>`);
  if (b.repealedSince) parts.push(html`<span class="badge repealed">${L.repealedSince(displayDate(b.repealedSince))}</span>`);
  return join(parts, ' ');
}

/** "official" / "unofficial translation", and "fragment" for a wording known only in part. */
export function wordingTags(w: Wording, lang: Lang): SafeHtml {
  const L = labels(lang);
  if (w.text === null) return html``;
  return html`<span class="tag ${w.official ? 'official' : 'unofficial'}">${w.official ? L.official : L.unofficial}</span>${w.complete ? '' : html` <span class="tag fragment">${L.fragment}</span>`}`;
}

/**
 * The paragraphs of a wording, in the wording's own language; an unknown wording says for which period it is
 * unknown. A paragraph that a translator's note explains carries the note's number, and the notes follow the text.
 */
export function wordingText(w: Wording, lang: Lang, opts: { repealed?: boolean; notesId?: string } = {}): SafeHtml {
  const L = labels(lang);
  if (w.text === null) {
    const from = w.validFrom ? displayDate(w.validFrom) : null;
    const to = w.validTo ? displayDate(w.validTo) : null;
    return html`<p class="unknown">${L.textUnknown}${from || to ? html`<br><span class="small">${L.unknownPeriod(from, to)}</span>` : ''}</p>`;
  }
  const id = opts.notesId ?? `tn-${w.lang}`;
  const marks = (i: number) =>
    w.translatorNotes.flatMap((n, k) => (n.paragraph === i + 1 ? [html`<sup class="tn-mark"><a href="#${id}-${k + 1}" aria-label="${L.translatorNoteMark(k + 1)}">${k + 1}</a></sup>`] : []));
  return html`<div class="law${opts.repealed ? ' repealed-text' : ''}" lang="${w.lang}">${w.text.split('\n').map((p, i) => html`<p>${p}${marks(i)}</p>`)}</div>${translatorNotesHtml(w, lang, id)}`;
}

/** The translator's notes of a wording as a numbered list, marked unofficial; nothing when it has none. */
export function translatorNotesHtml(w: Pick<Wording, 'lang' | 'translatorNotes'>, lang: Lang, id: string): SafeHtml {
  if (w.translatorNotes.length === 0) return html``;
  const L = labels(lang);
  return html`<aside class="translator-notes" aria-label="${L.translatorNotes}"><ol>${w.translatorNotes.map(
    (n, k) => html`<li id="${id}-${k + 1}" class="note small" lang="${w.lang}" data-target="${n.target}">${translatorNoteText(n, w.lang)} <span class="tag unofficial">${L.unofficialText}</span></li>`,
  )}</ol></aside>`;
}

export function timeTag(iso: string): SafeHtml {
  return html`<time datetime="${iso}">${displayDate(iso)}</time>`;
}

/** A source that is a web address becomes a link; a corpus file name stays text. */
export function sourceHtml(source: string | null): SafeHtml {
  if (!source) return html``;
  return /^https?:\/\//.test(source) ? html`<a href="${source}" rel="noopener">${source}</a>` : html`<code>${source}</code>`;
}

/**
 * A table that may be wider than a phone's screen scrolls inside its own box, never the page. The box is a
 * labelled region reachable by keyboard, so a reader without a pointer can scroll it too.
 */
export function scrollTable(label: string, lang: Lang, table: SafeHtml): SafeHtml {
  // named apart from the section around it ("History" → "History: table"), so landmarks stay unique
  return html`<div class="table-scroll" role="region" aria-label="${label}: ${TABLE_WORD[lang]}" tabindex="0">${table}</div>`;
}

const TABLE_WORD: Record<Lang, string> = { kk: 'кесте', ru: 'таблица' };
