/**
 * /acts/:actId/:eId — one clause on a date: Kazakh and Russian side by side with their official/unofficial
 * labels, status, the citation to copy, the history with word diffs, the claim types it governs and the cases
 * that cite it.
 */
import { addDays } from '../domain/point-in-time';
import type { Lang, ProvisionStatus } from '../domain/types';
import { wordDiff } from '../domain/word-diff';
import type { AmendmentEntity, ClauseEntity } from '../entities';
import type { Services } from '../services';
import { badgeEvent, loadClauseCard, wordingAt, type Wording } from './clause-card';
import { badgeHtml, scrollTable, sourceHtml, timeTag, windowNoteHtml, wordingPeriodHtml, wordingTags, wordingText } from './components';
import { html, type SafeHtml } from './html';
import { actShortName, clauseLabel, labels } from './labels';
import { layout } from './layout';
import { displayDate, pageHref, type PageParams } from './params';

type Labels = ReturnType<typeof labels>;

function textColumn(
  w: Wording,
  heading: string,
  notes: Array<{ text: string; official: boolean }>,
  pageLang: Lang,
  status: ProvisionStatus,
  id: string,
): SafeHtml {
  const L = labels(pageLang);
  return html`<section class="text-col" aria-labelledby="${id}" data-lang="${w.lang}" data-certain="${String(w.certain)}">
<header><h2 id="${id}">${heading}</h2><span>${wordingTags(w, pageLang)}</span></header>
${w.heading ? html`<p class="law-heading" lang="${w.lang}"><strong>${w.heading}</strong></p>` : ''}
${wordingPeriodHtml(w, pageLang)}
${wordingText(w, pageLang, { repealed: status === 'REPEALED', status })}
${w.text !== null && w.source ? html`<p class="small">${L.source}: ${sourceHtml(w.source)}</p>` : ''}
${notes.map((n) => html`<p class="note small" lang="${w.lang}">${n.text}${n.official ? '' : html` <span class="tag unofficial">${L.unofficial}</span>`}</p>`)}
</section>`;
}

function citationBlock(full: string | null, short: string | null, L: Labels, lang: Lang): SafeHtml {
  // a dl holds only terms and definitions: the copy button sits inside the definition, the status after the list
  const row = (id: string, title: string, text: string | null) =>
    text === null
      ? ''
      : html`<div><dt>${title}</dt><dd><span id="${id}" lang="${lang}">${text}</span> <button type="button" class="secondary" data-copy="${id}" data-status="cite-status" data-done="${L.copied}" aria-label="${L.copy}: ${title}">${L.copy}</button></dd></div>`;
  return html`<section aria-labelledby="h-cite"><h2 id="h-cite">${L.citation}</h2>
<div class="sheet"><dl class="cite">${row('cite-full', L.citationFull, full)}${row('cite-short', L.citationShort, short)}</dl><output id="cite-status" role="status" aria-live="polite" class="cite-status"></output></div></section>`;
}

/** The word diff of the clause across one change date, in one language; null when either side is not wholly known. */
async function diffAcross(services: Services, clause: ClauseEntity, date: string, lang: Lang): Promise<SafeHtml | null> {
  const [before, after] = await Promise.all([
    services.pit.textAt(clause.actId, clause.eId, lang, addDays(date, -1), clause),
    services.pit.textAt(clause.actId, clause.eId, lang, date, clause),
  ]);
  if (before.text === null || after.text === null || !before.complete || !after.complete || before.text === after.text) return null;
  const spans = wordDiff(before.text, after.text);
  return html`<div class="diff" lang="${lang}">${spans.map((s) => (s.op === 'EQUAL' ? s.text : s.op === 'DELETE' ? html`<del>${s.text}</del>` : html`<ins>${s.text}</ins>`))}</div>`;
}

async function historySection(
  services: Services,
  clause: ClauseEntity,
  events: AmendmentEntity[],
  p: PageParams,
  L: Labels,
): Promise<SafeHtml> {
  if (events.length === 0)
    return html`<section aria-labelledby="h-history"><h2 id="h-history">${L.history}</h2><p>${L.noHistory}</p></section>`;
  const amendingActs = new Map((await services.loaders.allAmendingActs.load('all')).map((a) => [a.id, a]));
  const notes = await Promise.all(events.map((a) => services.amendments.note(a, p.lang, true)));
  const clauses = new Map((await services.acts.clausesOf(clause.actId)).map((c) => [c.eId, c]));
  const rows = events.map((a, i) => {
    const by = amendingActs.get(a.amendingActId);
    const target = clauses.get(a.target);
    const n = notes[i];
    const window = badgeEvent(a);
    return html`<tr><td title="${p.lang === 'ru' ? a.effectiveReasonRu : a.effectiveReasonKk}" data-earliest="${a.effectiveFrom}" data-latest="${a.effectiveLatest ?? ''}">${a.effectiveFromExact ? timeTag(a.effectiveFrom) : html`${L.windowRange(window)}<sup>*</sup>`}</td><td>${L.kind[a.kind]}${target && target.id !== clause.id ? html`<br><span class="small">${clauseLabel(target, p.lang)}</span>` : ''}</td><td>${by ? actShortName(by, p.lang) : a.amendingActId}</td><td class="note" lang="${n?.lang ?? p.lang}">${n ? n.text : ''}${n && !n.official ? html` <span class="tag unofficial">${L.unofficial}</span>` : ''}</td></tr>`;
  });
  const dates = [...new Set(events.map((e) => e.effectiveFrom))].sort();
  const diffs: SafeHtml[] = [];
  for (const d of dates) {
    const [kk, ru] = await Promise.all([diffAcross(services, clause, d, 'kk'), diffAcross(services, clause, d, 'ru')]);
    if (!kk && !ru) continue;
    diffs.push(
      html`<h3>${timeTag(d)}</h3><div class="cols2">${kk ? html`<div><p class="small">${L.kazakhText}</p>${kk}</div>` : ''}${ru ? html`<div><p class="small">${L.russianText}</p>${ru}</div>` : ''}</div>`,
    );
  }
  return html`<section aria-labelledby="h-history"><h2 id="h-history">${L.history}</h2>
${scrollTable(L.history, p.lang, html`<table><thead><tr><th scope="col">${L.effective}</th><th scope="col">${L.change}</th><th scope="col">${L.amendingAct}</th><th scope="col">${L.notes}</th></tr></thead><tbody>${rows}</tbody></table>`)}
<p class="small">* ${L.inexactDate}</p>
<h3>${L.diff}</h3>
${diffs.length ? html`<p class="small"><del>${L.deleted}</del> · <ins>${L.inserted}</ins></p>${diffs}` : html`<p class="small">${L.diffUnavailable}</p>`}
</section>`;
}

async function claimTypesSection(services: Services, clause: ClauseEntity, p: PageParams, L: Labels): Promise<SafeHtml> {
  const [links, all] = await Promise.all([services.claimTypes.linksOfClause(clause.id), services.claimTypes.all()]);
  const byCode = new Map(all.map((t) => [t.id, t]));
  // a clause that does two things for one claim type has a link per role: one entry per type, a line per role
  const byType = new Map<string, typeof links>();
  for (const l of links) byType.set(l.claimTypeCode, [...(byType.get(l.claimTypeCode) ?? []), l]);
  const items = [...byType].map(([code, roles]) => {
    const t = byCode.get(code);
    const name = t ? (p.lang === 'ru' ? t.nameRu : t.nameKk) : code;
    const lines = roles.map(
      (l) =>
        html`<br><span class="tag" data-role="${l.role}">${L.role[l.role] ?? l.role}</span> <span class="small">${p.lang === 'ru' ? l.rationaleRu : l.rationaleKk}</span>`,
    );
    return html`<li><a href="${pageHref('/search', p, { claimType: code, q: name })}"><strong>${name}</strong></a>${lines}</li>`;
  });
  return html`<section aria-labelledby="h-claims"><h2 id="h-claims">${L.claimTypes}</h2>
${items.length ? html`<ul class="sheet">${items}</ul><p class="small"><span class="tag unofficial">${L.unofficialText}</span> ${L.rationaleNote}</p>` : html`<p>${L.noClaimTypes}</p>`}</section>`;
}

async function casesSection(services: Services, clause: ClauseEntity, p: PageParams, L: Labels): Promise<SafeHtml> {
  const links = await services.cases.linksOfClause(clause.id);
  const [cases, notes] = await Promise.all([
    Promise.all(links.map((l) => services.cases.byId(l.caseId))),
    Promise.all(links.map((l) => services.cases.wordingAtDecision.note(l.reading, p.lang))),
  ]);
  const rows = links.flatMap((l, i) => {
    const c = cases[i];
    if (!c) return [];
    const court = p.lang === 'ru' ? (c.courtRu ?? c.courtKk) : c.courtKk;
    const reading = l.asOf
      ? html`<a href="${pageHref(`/acts/${clause.actId}/${clause.eId}`, { lang: p.lang, asOfGiven: l.asOf })}" data-basis="${l.reading.basis}">${l.decisionDateKnown ? L.readAt(displayDate(l.asOf)) : L.quotedWording}</a>`
      : html`<span data-basis="${l.reading.basis}">${L.wordingUnknownAtDecision}</span>`;
    return [
      html`<tr><td>${c.caseNumber ?? '—'}</td><td><a href="${pageHref(`/cases/${c.id}`, p)}">${court}</a></td><td>${c.decidedOn ? timeTag(c.decidedOn) : L.undated}</td><td><span class="tag">${l.kind === 'EXPLICIT' ? L.explicit : L.topical}</span>${l.quote ? html`<br><q class="note" lang="kk">${l.quote}</q>` : ''}</td><td>${reading}${l.decisionDateKnown ? '' : html`<br><span class="small">${notes[i]}</span>`}</td></tr>`,
    ];
  });
  return html`<section aria-labelledby="h-cases"><h2 id="h-cases">${L.citingCases}</h2>
${rows.length ? scrollTable(L.citingCases, p.lang, html`<table><thead><tr><th scope="col">${L.caseNumber}</th><th scope="col">${L.court}</th><th scope="col">${L.decidedOn}</th><th scope="col">${L.linkKind}</th><th scope="col">${L.asOf}</th></tr></thead><tbody>${rows}</tbody></table>`) : html`<p>${L.noCases}</p>`}</section>`;
}

/**
 * The norms the clause refers to: one of the knowledge base is a link to it, with its text (in the page's language
 * when held) in a panel that opens in place; one outside it is named as the clause names it.
 */
async function referencesSection(services: Services, clause: ClauseEntity, asOf: string, p: PageParams, L: Labels): Promise<SafeHtml> {
  const refs = await services.loaders.referencesByClause.load(clause.id);
  if (refs.length === 0) return html``;
  const items = await Promise.all(
    refs.map(async (r, i) => {
      const target = r.targetClauseId ? await services.acts.clause(r.targetClauseId) : null;
      const label = r.text ?? [r.targetAct, r.article, r.point].filter(Boolean).join(' ');
      if (!target) return html`<li><span lang="kk">${label}</span> <span class="small">(${L.outsideNorm})</span></li>`;
      const t = await wordingAt(services, target, p.lang, asOf);
      const heading = t.heading ? html` <span class="small">${t.heading}</span>` : '';
      // a whole chapter is too long for a panel: its page lists its articles
      const panel =
        t.text === null || target.kind === 'CHAPTER'
          ? ''
          : html`<details><summary>${L.citedText}</summary><div class="law" lang="${t.lang}" id="ref-${i + 1}">${t.text.split('\n').map((line) => html`<p>${line}</p>`)}</div>${t.official ? '' : html`<span class="tag unofficial">${L.unofficial}</span>`}</details>`;
      return html`<li><span lang="kk">${label}</span> → <a href="${pageHref(`/acts/${target.actId}/${target.eId}`, p)}" data-reference="${target.id}">${clauseLabel(target, p.lang)}</a>${heading}${panel}</li>`;
    }),
  );
  return html`<section aria-labelledby="h-refs"><h2 id="h-refs">${L.outgoingReferences}</h2><ul class="refs">${items}</ul></section>`;
}

/** A chapter of a code: its articles with their headings, each a link (the whole chapter's text is on the act page). */
async function chapterArticles(services: Services, clause: ClauseEntity, asOf: string, p: PageParams, L: Labels): Promise<SafeHtml> {
  const articles = await services.acts.children(clause);
  const rows = await Promise.all(
    articles.map(async (a) => {
      const t = await wordingAt(services, a, p.lang, asOf);
      return html`<li><a href="${pageHref(`/acts/${a.actId}/${a.eId}`, p)}">${clauseLabel(a, p.lang)}</a>${t.heading ? html`. <span lang="${t.lang}">${t.heading}</span>` : ''}</li>`;
    }),
  );
  return html`<section aria-labelledby="h-articles"><h2 id="h-articles">${L.chapterArticles}</h2><ol class="plain">${rows}</ol></section>`;
}

function embedSection(origin: string, clause: ClauseEntity, p: PageParams, asOf: string, L: Labels): SafeHtml {
  const snippet = `<script src="${origin}/embed.js" async></script>\n<zangraph-clause clause="${clause.id}" lang="${p.lang}"${p.asOfGiven ? ` as-of="${asOf}"` : ''}></zangraph-clause>`;
  return html`<section aria-labelledby="h-embed"><h2 id="h-embed">${L.embed}</h2><p class="small">${L.embedHelp}</p><pre class="code" id="embed-code">${snippet}</pre>
<button type="button" class="secondary" data-copy="embed-code" data-status="embed-status" data-done="${L.copied}">${L.copy}</button> <output id="embed-status" role="status" aria-live="polite" class="small"></output></section>`;
}

export async function renderClausePage(
  services: Services,
  actId: string,
  eId: string,
  p: PageParams,
  url: URL,
  origin: string,
): Promise<string | null> {
  const card = await loadClauseCard(services, `${actId}/${eId}`, p.lang, p.asOfGiven);
  if (!card) return null;
  const L = labels(p.lang);
  const { clause, act, asOf } = card;
  const [kk, ru, kkNotes, ruNotes, events, lineage, siblings] = await Promise.all([
    wordingAt(services, clause, 'kk', asOf),
    wordingAt(services, clause, 'ru', asOf),
    services.amendments.notesOfClause(clause, 'kk'),
    services.amendments.notesOfClause(clause, 'ru', true),
    services.amendments.history(clause),
    services.pit.lineage(clause),
    services.acts.clausesOf(clause.actId),
  ]);
  const parents = lineage.slice(1).reverse();
  const index = siblings.findIndex((c) => c.id === clause.id);
  const prev = siblings[index - 1];
  const next = siblings[index + 1];
  const [history, claimTypes, cases, references] = await Promise.all([
    historySection(services, clause, events, p, L),
    claimTypesSection(services, clause, p, L),
    casesSection(services, clause, p, L),
    referencesSection(services, clause, asOf, p, L),
  ]);
  // a chapter's text is that of all its articles: its page lists them rather than repeating the chapter twice
  const chapter = clause.kind === 'CHAPTER';
  const texts = chapter
    ? await chapterArticles(services, clause, asOf, p, L)
    : html`<div class="texts">
${textColumn(kk, L.kazakhText, kkNotes, p.lang, card.status, 'h-kk')}
${textColumn(ru, L.russianText, ruNotes, p.lang, card.status, 'h-ru')}
</div>`;
  // the page as asked for (language and date): what oEmbed discovery embeds is exactly what the reader sees
  const pageUrl = `${origin}${pageHref(`/acts/${actId}/${eId}`, p)}`;
  const title = `${card.label} — ${card.actShortName}`;
  const head = html`<link rel="canonical" href="${pageUrl}">
<link rel="alternate" type="application/json+oembed" href="${origin}/oembed?url=${encodeURIComponent(pageUrl)}&amp;format=json" title="${title}">`;

  const body = html`<p class="crumbs"><a href="${pageHref('/', p)}">${L.navActs}</a> › <a href="${pageHref(`/acts/${act.id}`, p)}">${card.actShortName}</a>${parents.map((c) => html` › <a href="${pageHref(`/acts/${act.id}/${c.eId}`, p)}">${clauseLabel(c, p.lang)}</a>`)} › <span aria-current="page">${card.label}</span></p>
<article data-clause="${clause.id}" data-status="${card.status}">
<h1>${card.label}</h1>
<p class="subtitle" lang="${p.lang}">${card.actTitle ?? card.actShortName}</p>
<div class="meta">${badgeHtml(card.badge, p.lang)} <span class="asof-note">${L.asOf} ${timeTag(asOf)}</span></div>
${windowNoteHtml(card.badge, p.lang)}
${texts}
${references}
${citationBlock(card.citation.full, card.citation.short, L, p.lang)}
${history}
${claimTypes}
${cases}
${embedSection(origin, clause, p, asOf, L)}
<nav class="prevnext" aria-label="${L.contents}">${prev ? html`<a href="${pageHref(`/acts/${act.id}/${prev.eId}`, p)}" rel="prev">← ${L.previousClause}: ${clauseLabel(prev, p.lang)}</a>` : html`<span></span>`}${next ? html`<a href="${pageHref(`/acts/${act.id}/${next.eId}`, p)}" rel="next">${L.nextClause}: ${clauseLabel(next, p.lang)} →</a>` : ''}</nav>
</article>`;
  return layout({
    lang: p.lang,
    title,
    url,
    asOf,
    asOfGiven: p.asOfGiven,
    section: 'acts',
    head,
    body,
    description: card.citation.full ?? title,
  });
}
