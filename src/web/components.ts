/** Pieces of markup several pages share: status badges, wording labels, the text of a wording. */
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

/** The paragraphs of a wording, in the wording's own language; an unknown wording says for which period it is unknown. */
export function wordingText(w: Wording, lang: Lang, opts: { repealed?: boolean } = {}): SafeHtml {
  const L = labels(lang);
  if (w.text === null) {
    const from = w.validFrom ? displayDate(w.validFrom) : null;
    const to = w.validTo ? displayDate(w.validTo) : null;
    return html`<p class="unknown">${L.textUnknown}${from || to ? html`<br><span class="small">${L.unknownPeriod(from, to)}</span>` : ''}</p>`;
  }
  return html`<div class="law${opts.repealed ? ' repealed-text' : ''}" lang="${w.lang}">${w.text.split('\n').map((p) => html`<p>${p}</p>`)}</div>`;
}

export function timeTag(iso: string): SafeHtml {
  return html`<time datetime="${iso}">${displayDate(iso)}</time>`;
}

/** A source that is a web address becomes a link; a corpus file name stays text. */
export function sourceHtml(source: string | null): SafeHtml {
  if (!source) return html``;
  return /^https?:\/\//.test(source) ? html`<a href="${source}" rel="noopener">${source}</a>` : html`<code>${source}</code>`;
}
