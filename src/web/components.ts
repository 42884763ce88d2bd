/** Pieces of markup several pages share: status badges, wording labels, the text of a wording. */
import { addDays } from '../domain/calendar-date';
import { translatorNoteText } from '../domain/translator-note';
import type { Lang, ProvisionStatus } from '../domain/types';
import type { Wording } from './clause-card';
import { html, join, type SafeHtml } from './html';
import { labels } from './labels';
import { displayDate } from './params';
import type { Badge } from './status-badge';

export const STATUS_CLASS = {
  IN_FORCE: 'in-force',
  REPEALED: 'repealed',
  NOT_YET_IN_FORCE: 'not-yet',
  UNCERTAIN: 'uncertain',
  UNKNOWN: 'unknown',
} as const satisfies Record<ProvisionStatus, string>;

/** The status badge alone (acts have no later events to show). */
export function statusBadgeHtml(status: ProvisionStatus, lang: Lang, title?: string): SafeHtml {
  return html`<span class="badge ${STATUS_CLASS[status]}" data-status="${status}"${title ? html` title="${title}"` : ''}>${labels(lang).status[status]}</span>`;
}

export function badgeHtml(b: Badge, lang: Lang): SafeHtml {
  const L = labels(lang);
  const range = b.window && b.status === 'UNCERTAIN' ? L.windowRange(b.window) : null;
  const parts: SafeHtml[] = [
    html`<span class="badge ${STATUS_CLASS[b.status]}" data-status="${b.status}"${range ? html` title="${range}"` : ''}>${L.status[b.status]}${b.repealedOn ? ` ${L.repealedOn(b.repealedOn)}` : ''}${range ? `: ${range}` : ''}</span>`,
  ];
  if (b.inForceFrom) parts.push(html`<span class="badge not-yet">${L.inForceFrom(b.inForceFrom)}</span>`);
  if (b.amendedSince)
    parts.push(html`<span class="badge amended" data-amended-since="${b.amendedSince.earliest}">${L.amendedSince(b.amendedSince)}</span>`);
  if (b.repealedSince) parts.push(html`<span class="badge repealed">${L.repealedSince(b.repealedSince)}</span>`);
  return join(parts, ' ');
}

/** For an UNCERTAIN or UNKNOWN badge: the window in words a judge reads, and the reason the sources give. */
export function windowNoteHtml(b: Badge, lang: Lang): SafeHtml {
  if (!b.window || (b.status !== 'UNCERTAIN' && b.status !== 'UNKNOWN')) return html``;
  const L = labels(lang);
  const uncertain = b.status === 'UNCERTAIN';
  const w = b.window;
  return html`<div class="window-note${uncertain ? '' : ' no-evidence'}" data-window="${uncertain ? 'uncertain' : 'unknown'}" data-earliest="${w.earliest}" data-latest="${w.latest ?? ''}">
<p><strong>${uncertain ? L.uncertainWindow : L.unknownWindow}: ${uncertain ? L.windowRange(w) : `… – ${displayDate(addDays(w.earliest, -1))}`}</strong></p>
<p>${uncertain ? L.uncertainExplain(w.ofAct) : L.unknownExplain(w.by ? w.by[lang] : null, displayDate(w.earliest))}</p>
<p class="small">${L.reason}: ${lang === 'ru' ? b.window.reasonRu : b.window.reasonKk}</p></div>`;
}

/** When the wording began (and ended), and whether it certainly applied on the date read. */
export function wordingPeriodHtml(w: Wording, lang: Lang): SafeHtml {
  if (w.text === null) return html``;
  const L = labels(lang);
  const reason = (x: { reasonKk: string; reasonRu: string }) => (lang === 'ru' ? x.reasonRu : x.reasonKk);
  return html`${w.certain ? '' : html`<p class="uncertain-note" data-uncertain="true">${L.wordingUncertain}${w.uncertainty ? `: ${L.windowRange(w.uncertainty)}` : ''}</p>`}${
    w.since
      ? html`<p class="since" data-since="${w.since.earliest}" title="${reason(w.since)}">${L.wordingSince(w.since, w.sinceEntry)}</p>`
      : ''
  }${w.until ? html`<p class="since" data-until="${w.until.earliest}" title="${reason(w.until)}">${L.wordingUntil(w.until)}</p>` : ''}`;
}

/** "official" / "unofficial translation", and "fragment" for a wording known only in part. */
export function wordingTags(w: Wording, lang: Lang): SafeHtml {
  const L = labels(lang);
  if (w.text === null) return html``;
  return html`<span class="tag ${w.official ? 'official' : 'unofficial'}">${w.official ? L.official : L.unofficial}</span>${w.complete ? '' : html` <span class="tag fragment">${L.fragment}</span>`}`;
}

/**
 * The paragraphs of a wording, in the wording's own language. Without a wording: not yet in force, no evidence,
 * or a wording not held (with the period for which it is unknown) — never an "unknown period" before a clause
 * exists. A paragraph that a translator's note explains carries the note's number, and the notes follow the text.
 */
export function wordingText(
  w: Wording,
  lang: Lang,
  opts: { repealed?: boolean; notesId?: string; status?: ProvisionStatus } = {},
): SafeHtml {
  const L = labels(lang);
  if (w.text === null) {
    if (opts.status === 'NOT_YET_IN_FORCE') return html`<p class="unknown" data-absent="not-yet">${L.textNotYet}</p>`;
    if (opts.status === 'UNKNOWN') return html`<p class="unknown" data-absent="no-evidence">${L.textNoEvidence}</p>`;
    const from = w.validFrom ? displayDate(w.validFrom) : null;
    const to = w.validTo ? displayDate(w.validTo) : null;
    return html`<p class="unknown">${L.textUnknown}${from || to ? html`<br><span class="small">${L.unknownPeriod(from, to)}</span>` : ''}</p>`;
  }
  const id = opts.notesId ?? `tn-${w.lang}`;
  const marks = (i: number) =>
    w.translatorNotes.flatMap((n, k) =>
      n.paragraph === i + 1
        ? [html`<sup class="tn-mark"><a href="#${id}-${k + 1}" aria-label="${L.translatorNoteMark(k + 1)}">${k + 1}</a></sup>`]
        : [],
    );
  return html`<div class="law${opts.repealed ? ' repealed-text' : ''}" lang="${w.lang}">${w.text.split('\n').map((p, i) => html`<p>${p}${marks(i)}</p>`)}</div>${translatorNotesHtml(w, lang, id)}`;
}

/** The translator's notes of a wording as a numbered list, marked unofficial; nothing when it has none. */
export function translatorNotesHtml(w: Pick<Wording, 'lang' | 'translatorNotes'>, lang: Lang, id: string): SafeHtml {
  if (w.translatorNotes.length === 0) return html``;
  const L = labels(lang);
  return html`<aside class="translator-notes" aria-label="${L.translatorNotes}"><ol>${w.translatorNotes.map(
    (n, k) =>
      html`<li id="${id}-${k + 1}" class="note small" lang="${w.lang}" data-target="${n.target}">${translatorNoteText(n, w.lang)} <span class="tag unofficial">${L.unofficialText}</span></li>`,
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
