/**
 * The amendments of an act on a time axis: adoption, each date on which changes took effect (larger when more
 * changed), the date being viewed, today. Every event is a link to the act as it stood on that day; titles make
 * the drawing readable to screen readers and on hover. The drawing is a group, not an image: an image cannot
 * hold links (its content is presentational), a group of links can.
 */
import { html, raw, type SafeHtml } from './html';

export interface TimelineEvent {
  date: string;
  count: number;
  /** Text of the event's tooltip and accessible name. */
  title: string;
  href: string;
}

export interface TimelineInput {
  adoptedOn: string;
  adoptedTitle: string;
  adoptedHref: string;
  today: string;
  asOf: string;
  asOfLabel: string;
  events: readonly TimelineEvent[];
  /** The accessible name and description of the whole drawing. */
  title: string;
  description: string;
}

const WIDTH = 1000;
const HEIGHT = 130;
const LEFT = 40;
const RIGHT = 40;
const AXIS_Y = 72;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const dotted = (iso: string) => iso.split('-').reverse().join('.');

/** x position of a date on the axis running from adoption to today (dates outside are clamped). */
export function xOf(date: string, from: string, to: string): number {
  const span = Math.max(1, dayNumber(to) - dayNumber(from));
  const t = Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(from)) / span));
  return Math.round((LEFT + t * (WIDTH - LEFT - RIGHT)) * 10) / 10;
}

/** Radius grows with the number of changes, within bounds that keep small events clickable. */
export function radiusFor(count: number): number {
  return Math.min(13, 6 + Math.round(Math.sqrt(count) * 1.6));
}

function yearTicks(from: string, to: string): SafeHtml[] {
  const first = Number(from.slice(0, 4)) + 1;
  const last = Number(to.slice(0, 4));
  const step = last - first > 20 ? 5 : last - first > 8 ? 2 : 1;
  const out: SafeHtml[] = [];
  for (let y = first; y <= last; y++) {
    const x = xOf(`${y}-01-01`, from, to);
    const labelled = y % step === 0;
    out.push(html`<line x1="${x}" x2="${x}" y1="${AXIS_Y - (labelled ? 6 : 3)}" y2="${AXIS_Y + (labelled ? 6 : 3)}" stroke="#8a939c"/>`);
    if (labelled) out.push(html`<text x="${x}" y="${AXIS_Y + 22}" text-anchor="middle" class="yr">${y}</text>`);
  }
  return out;
}

export function timelineSvg(t: TimelineInput): SafeHtml {
  const from = t.adoptedOn;
  const to = t.today > from ? t.today : from;
  const events = [...t.events].sort((a, b) => a.date.localeCompare(b.date));
  let lastX = -Infinity;
  let above = true;
  const marks = events.map((e) => {
    const x = xOf(e.date, from, to);
    // labels of events close together alternate above and below the axis so they never overlap
    above = x - lastX < 90 ? !above : true;
    lastX = x;
    const r = radiusFor(e.count);
    const labelY = above ? AXIS_Y - r - 10 : AXIS_Y + r + 34;
    return html`<a href="${e.href}" class="ev"><title>${e.title}</title><circle cx="${x}" cy="${AXIS_Y}" r="${r}" fill="#1d3557" stroke="#fff" stroke-width="2"/><text x="${x}" y="${labelY}" text-anchor="middle" class="ev-label">${dotted(e.date)}</text></a>`;
  });
  const ax = xOf(t.asOf, from, to);
  const asOfMark =
    t.asOf >= from
      ? html`<g class="asof"><line x1="${ax}" x2="${ax}" y1="14" y2="${HEIGHT - 8}" stroke="#b08d3c" stroke-width="2" stroke-dasharray="5 4"/><text x="${Math.min(WIDTH - 4, Math.max(4, ax + 6))}" y="14" text-anchor="${ax > WIDTH - 160 ? 'end' : 'start'}" class="asof-label">${t.asOfLabel}: ${dotted(t.asOf)}</text></g>`
      : '';
  const adoptX = xOf(from, from, to);
  return html`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-labelledby="tl-title" aria-describedby="tl-desc" xmlns="http://www.w3.org/2000/svg">
<title id="tl-title">${t.title}</title><desc id="tl-desc">${t.description}</desc>
<style>${raw('.yr{font:12px sans-serif;fill:#555d66}.ev-label{font:bold 12px sans-serif;fill:#1d3557}.asof-label{font:12px sans-serif;fill:#7a5a12}.ev:focus circle,.ev:hover circle{fill:#b08d3c}.ev:focus{outline:none}')}</style>
<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${AXIS_Y}" y2="${AXIS_Y}" stroke="#1d3557" stroke-width="3"/>
${yearTicks(from, to)}
<a href="${t.adoptedHref}" class="ev"><title>${t.adoptedTitle}</title><rect x="${adoptX - 7}" y="${AXIS_Y - 7}" width="14" height="14" fill="#b08d3c" stroke="#fff" stroke-width="2"/><text x="${adoptX}" y="${AXIS_Y - 16}" text-anchor="start" class="ev-label">${dotted(from)}</text></a>
${asOfMark}
${marks}
</svg>`;
}
