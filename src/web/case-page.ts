/**
 * /cases/:id — a court case: court, number, date, claim types, the project's summary (labelled unofficial),
 * and the clauses it cites or is linked to, each read as it stood on the decision date.
 */
import type { Services } from '../services';
import { badgeOf, wordingAt } from './clause-card';
import { badgeHtml, timeTag, windowNoteHtml, wordingPeriodHtml, wordingTags, wordingText } from './components';
import { html } from './html';
import { actShortName, clauseLabel, labels } from './labels';
import { layout } from './layout';
import { displayDate, pageHref, type PageParams } from './params';

export async function renderCasePage(services: Services, caseId: string, p: PageParams, url: URL): Promise<string | null> {
  const c = await services.cases.byId(caseId);
  if (!c) return null;
  const L = labels(p.lang);
  const ru = p.lang === 'ru';
  const asOf = services.pit.asOf(p.asOfGiven);
  const [claimTypes, links, references] = await Promise.all([
    services.cases.claimTypesOf(c.id),
    services.cases.linksOfCase(c),
    services.cases.referencesOf(c.id),
  ]);
  const cited = await Promise.all(
    links.map(async (l) => {
      const clause = await services.acts.clause(l.clauseId);
      if (!clause) return html``;
      const act = (await services.acts.act(clause.actId))!;
      const note = await services.cases.wordingAtDecision.note(l.reading, p.lang);
      const basis = html`<p class="small" data-basis="${l.reading.basis}">${note}</p>`;
      if (l.asOf === null) {
        // the decision date is unknown and nothing tells which wording the court had: no badge, no wording
        return html`<li class="sheet" style="margin-bottom:1rem;list-style:none" data-clause="${clause.id}">
<p><a href="${pageHref(`/acts/${clause.actId}/${clause.eId}`, p)}"><strong>${clauseLabel(clause, p.lang)}</strong></a> · <span class="small">${actShortName(act, p.lang)}</span> · <span class="tag">${l.kind === 'EXPLICIT' ? L.explicit : L.topical}</span></p>
<div class="meta"><span class="asof-note">${L.wordingUnknownAtDecision} (${L.undated})</span></div>
${basis}
${l.quote ? html`<blockquote class="note" lang="kk">«${l.quote}»</blockquote>` : ''}
</li>`;
      }
      const [badge, w] = await Promise.all([badgeOf(services, clause, act, l.asOf), wordingAt(services, clause, p.lang, l.asOf)]);
      // undated: the wording the quote matches, read on a day it certainly applied
      const reading = l.decisionDateKnown ? L.readAt(displayDate(l.asOf)) : `${L.quotedWording} (${L.undated})`;
      return html`<li class="sheet" style="margin-bottom:1rem;list-style:none" data-clause="${clause.id}">
<p><a href="${pageHref(`/acts/${clause.actId}/${clause.eId}`, { lang: p.lang, asOfGiven: l.asOf })}"><strong>${clauseLabel(clause, p.lang)}</strong></a> · <span class="small">${actShortName(act, p.lang)}</span> · <span class="tag">${l.kind === 'EXPLICIT' ? L.explicit : L.topical}</span></p>
<div class="meta">${badgeHtml(badge, p.lang)} <span class="asof-note">${reading}</span> ${w.text !== null ? wordingTags(w, p.lang) : ''}</div>
${windowNoteHtml(badge, p.lang)}
${basis}
${l.quote ? html`<blockquote class="note" lang="kk">«${l.quote}»</blockquote>` : ''}
<details><summary>${reading}</summary>${wordingPeriodHtml(w, p.lang)}${wordingText(w, p.lang, { status: badge.status, notesId: `tn-${w.lang}-${clause.eId}` })}</details>
</li>`;
    }),
  );
  const title = `${L.caseTitle}${c.caseNumber ? ` № ${c.caseNumber}` : ''}`;
  const court = ru ? (c.courtRu ?? c.courtKk) : c.courtKk;
  const summary = ru ? (c.summaryRu ?? c.summaryKk) : c.summaryKk;
  const outcome = ru ? (c.outcomeRu ?? c.outcomeKk) : c.outcomeKk;
  const summaryLang = ru && c.summaryRu ? 'ru' : 'kk';
  const body = html`<p class="crumbs"><a href="${pageHref('/', p)}">${L.navActs}</a> › ${L.caseTitle}</p>
<article class="sheet" data-case="${c.id}">
<h1>${title}</h1>
<dl class="facts">
<dt>${L.court}</dt><dd>${court}</dd>
<dt>${L.caseNumber}</dt><dd>${c.caseNumber ?? '—'}</dd>
<dt>${L.decidedOn}</dt><dd>${c.decidedOn ? timeTag(c.decidedOn) : html`${L.undated}${(ru ? c.dateNoteRu : c.dateNoteKk) ? ` — ${ru ? c.dateNoteRu : c.dateNoteKk}` : ''}`}</dd>
<dt>${L.caseClaimTypes}</dt><dd>${claimTypes.map((t, i) => html`${i ? ', ' : ''}<a href="${pageHref('/search', p, { claimType: t.id, q: ru ? t.nameRu : t.nameKk })}">${ru ? t.nameRu : t.nameKk}</a>`)}</dd>
<dt>${L.outcome}</dt><dd>${outcome}</dd>
${c.amountAwardedKzt !== null ? html`<dt>${L.amount}</dt><dd>${new Intl.NumberFormat(ru ? 'ru-RU' : 'kk-KZ').format(c.amountAwardedKzt)} ₸</dd>` : ''}
<dt>${L.sources}</dt><dd>${[c.sourceUrl, ...c.otherSources].map((s) => html`<a href="${s}" rel="noopener">${s}</a><br>`)}</dd>
</dl>
<h2>${L.summary}</h2>
<p class="note" lang="${summaryLang}">${summary}</p>
<p class="small"><span class="tag unofficial">${L.unofficialText}</span> ${L.summaryNote}</p>
${references.length ? html`<h3>${L.source}</h3><ul>${references.map((r) => html`<li>${r.text ?? [r.targetAct, r.article, r.point].filter(Boolean).join(' ')}</li>`)}</ul>` : ''}
</article>
<section aria-labelledby="h-cited"><h2 id="h-cited">${L.citedClauses}</h2>${cited.length ? html`<ul style="padding:0">${cited}</ul>` : html`<p>${L.noCases}</p>`}</section>`;
  return layout({ lang: p.lang, title, url, asOf, asOfGiven: p.asOfGiven, section: 'cases', body });
}
