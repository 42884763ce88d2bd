/** /acts/:actId — the act as it stood on a date: title, status, a timeline of its amendments, its contents. */
import { translatorNoteText } from '../domain/translator-note';
import { LANGS, type Lang, type TranslatorNote } from '../domain/types';
import type { ActEntity, ClauseEntity } from '../entities';
import type { Services } from '../services';
import { entryWindow } from '../services/recorded-windows';
import { badgeEvent, badgeOf, toWording, wordingAt } from './clause-card';
import { badgeHtml, scrollTable, statusBadgeHtml, timeTag, wordingPeriodHtml, wordingTags } from './components';
import { html, type SafeHtml } from './html';
import { actKindLabel, actShortName, clauseLabel, labels } from './labels';
import { layout } from './layout';
import { displayDate, pageHref, type PageParams } from './params';
import { timelineSvg } from './timeline-svg';

const EXCERPT_CHARS = 170;

function excerpt(text: string | null): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')} …` : flat;
}

/**
 * Every translator's note of the act's translation on that date, each under the unit it explains (title,
 * requisites, preamble, a point), linked to that unit's page. Each note is listed once: a wording of a whole
 * attachment or of a sub-point repeats notes filed under other units, and those are skipped here.
 */
async function translatorNotesSection(
  services: Services,
  actId: string,
  clauses: readonly ClauseEntity[],
  asOf: string,
  p: PageParams,
): Promise<SafeHtml> {
  const L = labels(p.lang);
  const units: Array<{ target: string; label: string; href: string; clause?: ClauseEntity }> = [
    { target: 'title', label: L.actTitleUnit, href: pageHref(`/acts/${actId}`, p) },
    { target: 'requisites', label: L.actRequisitesUnit, href: pageHref(`/acts/${actId}`, p) },
    ...clauses.map((c) => ({ target: c.eId, label: clauseLabel(c, p.lang), href: pageHref(`/acts/${actId}/${c.eId}`, p), clause: c })),
  ];
  // only a translation carries notes, whichever language it is in
  const wordings = await Promise.all(
    units.flatMap((u) => LANGS.map(async (lang) => ({ u, lang, w: await services.pit.textAt(actId, u.target, lang, asOf, u.clause) }))),
  );
  const items = wordings.flatMap(({ u, lang, w }) =>
    w.translatorNotes
      .filter((n: TranslatorNote) => n.target === u.target)
      .map(
        (n) =>
          html`<li class="note" lang="${lang}"><a href="${u.href}" lang="${p.lang}">${u.label}</a>: ${translatorNoteText(n, lang)} <span class="tag unofficial">${L.unofficialText}</span></li>`,
      ),
  );
  if (items.length === 0) return html``;
  return html`<section aria-labelledby="h-tnotes"><h2 id="h-tnotes">${L.translatorNotesOfAct}</h2><p class="small">${L.translatorNotesIntro}</p>
<ol class="sheet translator-notes">${items}</ol></section>`;
}

async function contentsRow(
  services: Services,
  c: ClauseEntity,
  act: ActEntity,
  lang: Lang,
  asOf: string,
  p: PageParams,
): Promise<SafeHtml> {
  const [badge, w] = await Promise.all([badgeOf(services, c, act, asOf), wordingAt(services, c, lang, asOf)]);
  const L = labels(lang);
  const absent = badge.status === 'NOT_YET_IN_FORCE' ? L.textNotYet : badge.status === 'UNKNOWN' ? L.textNoEvidence : L.textUnknown;
  return html`<li class="${c.kind === 'SUBPOINT' || c.parentId ? 'sub' : ''}" data-eid="${c.eId}"><a href="${pageHref(`/acts/${c.actId}/${c.eId}`, p)}">${clauseLabel(c, lang)}</a><span class="excerpt" lang="${lang}">${w.text === null ? html`<span class="unknown">${absent}</span>` : excerpt(w.text)}</span><span>${badgeHtml(badge, lang)}</span></li>`;
}

export async function renderActPage(services: Services, actId: string, p: PageParams, url: URL): Promise<string | null> {
  const act = await services.acts.act(actId);
  if (!act) return null;
  const L = labels(p.lang);
  const asOf = services.pit.asOf(p.asOfGiven);
  const [title, requisites, status, clauses, versions] = await Promise.all([
    services.pit.textAt(act.id, 'title', p.lang, asOf),
    services.pit.textAt(act.id, 'requisites', p.lang, asOf),
    services.pit.actStatus(act.id, asOf),
    services.acts.clausesOf(act.id),
    services.amendments.versions(act.id),
  ]);
  const [rows, translatorNotes] = await Promise.all([
    Promise.all(clauses.map((c) => contentsRow(services, c, act, p.lang, asOf, p))),
    translatorNotesSection(services, act.id, clauses, asOf, p),
  ]);
  const titleWording = toWording(title, p.lang);
  const entry = entryWindow(act);
  const heading = title.text ?? actShortName(act, p.lang);
  const amendingActs = new Map((await services.loaders.allAmendingActs.load('all')).map((a) => [a.id, a]));

  const timeline = timelineSvg({
    adoptedOn: act.adoptedOn,
    adoptedTitle: `${L.adopted}: ${displayDate(act.adoptedOn)}`,
    adoptedHref: pageHref(`/acts/${act.id}`, { lang: p.lang, asOfGiven: act.adoptedOn }),
    today: services.pit.today,
    asOf,
    asOfLabel: L.asOf,
    title: L.timeline,
    description: L.timelineDesc(versions.length),
    events: versions.map((v) => ({
      date: v.date,
      count: v.amendments.length,
      title: `${L.windowRange(badgeEvent(v.amendments[0]))} — ${L.changesOn(v.amendments.length)}`,
      href: pageHref(`/acts/${act.id}`, { lang: p.lang, asOfGiven: v.date }),
    })),
  });

  const versionRows = versions.map((v) => {
    const byAct = [...new Set(v.amendments.map((a) => a.amendingActId))].map((id) => amendingActs.get(id));
    const first = v.amendments[0];
    return html`<tr><td title="${p.lang === 'ru' ? first.effectiveReasonRu : first.effectiveReasonKk}">${first.effectiveFromExact ? timeTag(v.date) : html`${L.windowRange(badgeEvent(first))}<sup>*</sup>`}</td><td>${byAct.map((a) => (a ? html`${actShortName(a, p.lang)}<br>` : ''))}</td><td>${[...new Set(v.amendments.map((a) => L.kind[a.kind]))].join('; ')} (${v.amendments.length})</td><td><a href="${pageHref(`/acts/${act.id}`, { lang: p.lang, asOfGiven: v.date })}">${L.readAt(displayDate(v.date))}</a></td></tr>`;
  });

  const body = html`<p class="crumbs"><a href="${pageHref('/', p)}">${L.navActs}</a> › ${actShortName(act, p.lang)}</p>
<article class="sheet" data-act="${act.id}">
<p class="small">${requisites.text ?? actShortName(act, p.lang)}</p>
<h1 lang="${p.lang}">${heading}</h1>
<div class="meta">${status ? statusBadgeHtml(status, p.lang, status === 'UNCERTAIN' ? L.windowRange(entry) : undefined) : ''} ${title.text !== null ? wordingTags(titleWording, p.lang) : ''}</div>
${wordingPeriodHtml(titleWording, p.lang)}
<dl class="facts"><dt>${L.actKind}</dt><dd>${actKindLabel(act.kind, p.lang)}</dd><dt>${L.issuer}</dt><dd>${p.lang === 'ru' ? act.issuerRu : act.issuerKk}</dd><dt>${L.adopted}</dt><dd>${timeTag(act.adoptedOn)}</dd>
<dt>${L.entryIntoForce}</dt><dd data-entry-earliest="${entry.earliest}" data-entry-latest="${entry.latest ?? ''}">${entry.exact ? timeTag(entry.earliest) : L.windowRange(entry)}<br><span class="small">${p.lang === 'ru' ? entry.reasonRu : entry.reasonKk}</span></dd>
<dt>URI</dt><dd><a href="${act.uri}"><code>${act.uri}</code></a></dd>
<dt>${L.exports}</dt><dd>${L.aknExport}: <a href="${pageHref(`/acts/${act.id}/akn.xml`, { lang: 'kk', asOfGiven: p.asOfGiven })}" hreflang="kk">${L.kazakhText}</a> · <a href="${pageHref(`/acts/${act.id}/akn.xml`, { lang: 'ru', asOfGiven: p.asOfGiven })}" hreflang="ru">${L.russianText}</a> (${L.unofficial}) · <a href="${pageHref('/export.json', { lang: 'kk', asOfGiven: p.asOfGiven })}">${L.jsonExport}</a></dd></dl>
</article>
<section aria-labelledby="h-timeline"><h2 id="h-timeline">${L.timeline}</h2>
<div class="sheet timeline">${timeline}</div>
${
  versionRows.length
    ? html`${scrollTable(L.history, p.lang, html`<table><caption class="small" style="text-align:left;padding:.4rem 0">${L.history}</caption><thead><tr><th scope="col">${L.effective}</th><th scope="col">${L.amendingAct}</th><th scope="col">${L.change}</th><th scope="col">${L.asOf}</th></tr></thead><tbody>${versionRows}</tbody></table>`)}
<p class="small">* ${L.inexactDate}</p>`
    : html`<p>${L.noHistory}</p>`
}
</section>
<section aria-labelledby="h-contents"><h2 id="h-contents">${L.contents}</h2>
<ol class="toc">${rows}</ol></section>
${translatorNotes}`;
  return layout({
    lang: p.lang,
    title: heading,
    url,
    asOf,
    asOfGiven: p.asOfGiven,
    section: 'acts',
    body,
    description: actShortName(act, p.lang),
  });
}
