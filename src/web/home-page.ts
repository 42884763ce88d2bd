/** / — the acts of the knowledge base, a search box and the court cases. */
import type { Services } from '../services';
import { scrollTable, statusBadgeHtml, timeTag } from './components';
import { html } from './html';
import { actShortName, labels } from './labels';
import { layout } from './layout';
import { pageHref, type PageParams } from './params';

export async function renderHomePage(services: Services, p: PageParams, url: URL): Promise<string> {
  const L = labels(p.lang);
  const asOf = services.pit.asOf(p.asOfGiven);
  const acts = await services.acts.acts();
  const titles = await Promise.all(acts.map((a) => services.pit.textAt(a.id, 'title', p.lang, asOf)));
  const statuses = await Promise.all(acts.map((a) => services.pit.actStatus(a.id, asOf)));
  const cases = await services.cases.list();
  const body = html`<h1>${L.siteTagline}</h1>
<p>${L.homeIntro}</p>
<form class="search" method="get" action="/search" role="search" style="grid-template-columns:1fr auto">
<div><label for="q">${L.searchLabel}</label><input id="q" type="search" name="q" placeholder="${L.searchPlaceholder}"></div>
${p.lang === 'ru' ? html`<input type="hidden" name="lang" value="ru">` : ''}${p.asOfGiven ? html`<input type="hidden" name="asOf" value="${p.asOfGiven}">` : ''}
<div><button type="submit">${L.navSearch}</button></div></form>
<h2>${L.navActs}</h2>
${acts.map(
  (
    a,
    i,
  ) => html`<article class="sheet" style="margin-bottom:1rem" data-act="${a.id}"><p class="small">${actShortName(a, p.lang)} · ${p.lang === 'ru' ? a.issuerRu : a.issuerKk}</p>
<h3 style="font-family:var(--serif);font-size:1.2rem;margin:.2rem 0 .5rem" lang="${p.lang}"><a href="${pageHref(`/acts/${a.id}`, p)}">${titles[i].text ?? actShortName(a, p.lang)}</a></h3>
${statuses[i] ? statusBadgeHtml(statuses[i]!, p.lang) : ''} <span class="small">${L.adopted}: ${timeTag(a.adoptedOn)}</span></article>`,
)}
<h2>${L.caseTitle}</h2>
${scrollTable(
  L.caseTitle,
  p.lang,
  html`<table><thead><tr><th scope="col">${L.caseNumber}</th><th scope="col">${L.court}</th><th scope="col">${L.decidedOn}</th></tr></thead><tbody>
${cases.map((c) => html`<tr><td>${c.caseNumber ?? '—'}</td><td><a href="${pageHref(`/cases/${c.id}`, p)}">${p.lang === 'ru' ? (c.courtRu ?? c.courtKk) : c.courtKk}</a></td><td>${c.decidedOn ? timeTag(c.decidedOn) : L.undated}</td></tr>`)}
</tbody></table>`,
)}`;
  return layout({ lang: p.lang, title: L.navActs, url, asOf, asOfGiven: p.asOfGiven, section: 'acts', body });
}
