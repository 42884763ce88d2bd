/** /search?q=… — clause search with filters (act, claim type, repealed points), results with snippets. */
import type { Services } from '../services';
import { badgeOf } from './clause-card';
import { badgeHtml } from './components';
import { html, snippetHtml } from './html';
import { actShortName, clauseLabel, labels } from './labels';
import { layout } from './layout';
import { UserInputError } from '../errors';
import { pageHref, type PageParams } from './params';
import { requestErrors } from './request-errors';

export const PAGE_SIZE = 10;
export const MAX_QUERY_LENGTH = 1000;

export interface SearchForm {
  q: string;
  act: string | null;
  claimType: string | null;
  includeRepealed: boolean;
  page: number;
}

export function searchForm(url: URL): SearchForm {
  const q = (url.searchParams.get('q') ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) throw UserInputError.of(requestErrors.tooLong('q', q.length, MAX_QUERY_LENGTH));
  const pageRaw = url.searchParams.get('page');
  const page = pageRaw === null || pageRaw === '' ? 1 : Number(pageRaw);
  if (!Number.isInteger(page) || page < 1 || page > 1000) throw UserInputError.of(requestErrors.pageNumber('page', String(pageRaw)));
  return {
    q,
    act: url.searchParams.get('act') || null,
    claimType: url.searchParams.get('claimType') || null,
    includeRepealed: url.searchParams.get('repealed') === '1',
    page,
  };
}

export async function renderSearchPage(services: Services, p: PageParams, url: URL): Promise<string> {
  const L = labels(p.lang);
  const f = searchForm(url);
  const asOf = services.pit.asOf(p.asOfGiven);
  const [acts, claimTypes] = await Promise.all([services.acts.acts(), services.claimTypes.all()]);
  const result = f.q
    ? await services.search.search({
        query: f.q,
        lang: null,
        actIds: f.act ? [f.act] : null,
        claimTypes: f.claimType ? [f.claimType] : null,
        asOf,
        includeRepealed: f.includeRepealed,
        offset: (f.page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      })
    : null;
  const clauses = result ? await Promise.all(result.hits.map((h) => services.acts.clause(h.clauseId))) : [];
  const actById = new Map(acts.map((a) => [a.id, a]));
  const items = await Promise.all(
    (result?.hits ?? []).map(async (h, i) => {
      const c = clauses[i];
      if (!c) return html``;
      const act = actById.get(c.actId)!;
      const badge = await badgeOf(services, c, act, asOf);
      return html`<li data-clause="${c.id}"><a href="${pageHref(`/acts/${c.actId}/${c.eId}`, p)}"><strong>${clauseLabel(c, p.lang)}</strong></a> · <span class="small">${actShortName(act, p.lang)}</span> ${badgeHtml(badge, p.lang)}
<p class="snip" lang="${h.matchedLang}">${snippetHtml(h.snippet)}</p></li>`;
    }),
  );
  const keep = { q: f.q, act: f.act, claimType: f.claimType, repealed: f.includeRepealed ? '1' : null };
  const pages = result ? Math.ceil(result.totalCount / PAGE_SIZE) : 0;
  const pager = html`<nav class="pager" aria-label="${L.pages}">${f.page > 1 ? html`<a rel="prev" href="${pageHref('/search', p, { ...keep, page: String(f.page - 1) })}">← ${L.previous}</a>` : ''}${f.page < pages ? html`<a rel="next" href="${pageHref('/search', p, { ...keep, page: String(f.page + 1) })}">${L.next} →</a>` : ''}</nav>`;
  const body = html`<h1>${L.navSearch}</h1>
<form class="search" method="get" action="/search" role="search">
<div><label for="q">${L.searchLabel}</label><input id="q" type="search" name="q" value="${f.q}" placeholder="${L.searchPlaceholder}" maxlength="${MAX_QUERY_LENGTH}"${f.q ? '' : html` autofocus`}></div>
<div><label for="f-act">${L.filterAct}</label><select id="f-act" name="act"><option value="">${L.anyAct}</option>${acts.map((a) => html`<option value="${a.id}"${f.act === a.id ? html` selected` : ''}>${actShortName(a, p.lang)}</option>`)}</select></div>
<div><label for="f-claim">${L.filterClaimType}</label><select id="f-claim" name="claimType"><option value="">${L.anyClaimType}</option>${claimTypes.map((t) => html`<option value="${t.id}"${f.claimType === t.id ? html` selected` : ''}>${p.lang === 'ru' ? t.nameRu : t.nameKk}</option>`)}</select></div>
<div class="row"><label style="font-weight:400;display:flex;gap:.4rem;align-items:center"><input type="checkbox" name="repealed" value="1"${f.includeRepealed ? html` checked` : ''}> ${L.includeRepealed}</label>
<label for="f-asof" style="margin:0">${L.asOf}</label><input id="f-asof" type="date" name="asOf" value="${p.asOfGiven ?? ''}" style="width:auto">
${p.lang === 'ru' ? html`<input type="hidden" name="lang" value="ru">` : ''}
<button type="submit">${L.navSearch}</button></div>
</form>
${
  result
    ? html`<p role="status" aria-live="polite"><strong>${L.results(result.totalCount)}</strong></p>${result.degraded ? html`<p class="small">${L.degraded}</p>` : ''}
${result.hits.length ? html`<ol class="hits">${items}</ol>${pager}` : html`<p>${L.noResults}</p>`}`
    : ''
}`;
  return layout({
    lang: p.lang,
    title: f.q ? `${f.q} — ${L.navSearch}` : L.navSearch,
    url,
    asOf,
    asOfGiven: p.asOfGiven,
    section: 'search',
    body,
  });
}
