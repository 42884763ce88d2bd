/**
 * The HTML shell of every page: <html lang>, inline CSS (no separate build or asset requests), the header with
 * navigation, the language switch and the "as of" date form, and a footer. Pages hand in their main content.
 */
import type { Lang } from '../domain/types';
import { html, raw, type SafeHtml } from './html';
import { labels } from './labels';
import { displayDate } from './params';

export const STYLE = `
:root{--ink:#1b1f24;--muted:#555d66;--line:#d6d9de;--paper:#fff;--bg:#f4f2ed;--navy:#1d3557;--navy2:#2b4a75;--gold:#b08d3c;
--ok:#1d6b3a;--ok-bg:#e2f2e7;--bad:#8e1d1d;--bad-bg:#f9e3e3;--warn:#7a5200;--warn-bg:#fcefd2;--info:#1f4e8c;--info-bg:#e1ebf8;--doubt:#5b2c83;--doubt-bg:#efe6f7;--none:#464b51;--none-bg:#e9eaec;
--serif:"PT Serif","Liberation Serif","DejaVu Serif",Georgia,"Times New Roman",serif;
--sans:"PT Sans","Liberation Sans","DejaVu Sans",system-ui,-apple-system,"Segoe UI",Arial,sans-serif}
*{box-sizing:border-box}
html{font-size:16px}
body{margin:0;background:var(--bg);color:var(--ink);font-family:var(--sans);line-height:1.5}
a{color:var(--navy2)}a:hover{color:var(--navy)}
:focus-visible{outline:3px solid var(--gold);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}.skip:focus{left:1rem}
header.site{background:var(--navy);color:#fff}
header.site>.wrap{border-bottom:4px solid var(--gold);display:flex;flex-wrap:wrap;align-items:center;gap:.75rem 1.5rem;padding:.85rem 1.25rem}
.brand{color:#fff;text-decoration:none;display:flex;align-items:center;gap:.7rem}
.brand .mark{width:36px;height:36px;flex:none}
.brand strong{font-family:var(--serif);font-size:1.35rem;letter-spacing:.02em;display:block;line-height:1.1}
.brand span{font-size:.8rem;opacity:.85}
nav.main{display:flex;gap:1rem;margin-left:auto;align-items:center;flex-wrap:wrap}
nav.main a{color:#fff;text-decoration:none;font-weight:600;padding:.2rem .1rem;border-bottom:2px solid transparent}
nav.main a:hover,nav.main a[aria-current=page]{border-bottom-color:var(--gold)}
.langs{display:flex;border:1px solid rgba(255,255,255,.5);border-radius:4px;overflow:hidden}
.langs a{padding:.2rem .7rem;border:0;font-size:.85rem;white-space:nowrap}
.langs a[aria-current=true]{background:#fff;color:var(--navy)}
.toolbar{background:#fff;color:var(--ink);border-bottom:1px solid var(--line)}
.toolbar .wrap{padding:.5rem 1.25rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;font-size:.9rem}
.toolbar form{display:flex;gap:.5rem;align-items:center;margin-left:auto}
.toolbar input[type=date]{font:inherit;padding:.2rem .35rem;border:1px solid #9aa1a9;border-radius:3px}
button,.button{font:inherit;font-size:.9rem;background:var(--navy);color:#fff;border:1px solid var(--navy);border-radius:3px;padding:.3rem .8rem;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:#fff;color:var(--navy)}
.wrap{max-width:1180px;margin:0 auto}
main{padding:1.5rem 1.25rem 3rem;overflow-wrap:break-word}
.crumbs{font-size:.85rem;color:var(--muted);margin:0 0 .75rem}.crumbs a{color:var(--muted)}
h1{font-family:var(--serif);font-weight:700;font-size:1.85rem;line-height:1.25;margin:.2rem 0 .6rem;color:var(--navy)}
h1+.subtitle{font-family:var(--serif);color:var(--muted);margin:-.3rem 0 .6rem;font-size:1rem;line-height:1.4}
h2{font-family:var(--serif);font-size:1.3rem;color:var(--navy);margin:2rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:1rem 0 .4rem}
.sheet{background:var(--paper);border:1px solid var(--line);border-radius:4px;padding:1.25rem 1.5rem;box-shadow:0 1px 2px rgba(0,0,0,.04)}
.meta{display:flex;flex-wrap:wrap;gap:.4rem .6rem;align-items:center;margin:.4rem 0 1rem}
.badge{display:inline-block;font-size:.78rem;font-weight:700;letter-spacing:.03em;text-transform:uppercase;padding:.18rem .55rem;border-radius:3px;border:1px solid currentColor;white-space:nowrap}
.badge.in-force{color:var(--ok);background:var(--ok-bg)}
.badge.repealed{color:var(--bad);background:var(--bad-bg)}
.badge.not-yet{color:var(--warn);background:var(--warn-bg)}
.badge.amended{color:var(--info);background:var(--info-bg)}
.badge.uncertain{color:var(--doubt);background:var(--doubt-bg);border-style:dashed}
.badge.unknown{color:var(--none);background:var(--none-bg);border-style:dotted;font-style:normal}
.window-note{border-left:4px solid var(--doubt);background:var(--doubt-bg);padding:.6rem .9rem;margin:0 0 1rem;border-radius:0 3px 3px 0}
.window-note.no-evidence{border-left-color:var(--none);background:var(--none-bg)}
.window-note p{margin:.3rem 0}
.since{color:var(--muted);font-size:.85rem;margin:.2rem 0 .5rem}
.uncertain-note{color:var(--doubt);font-size:.85rem;font-weight:700;margin:.2rem 0 .5rem}
.tag{display:inline-block;font-size:.75rem;padding:.1rem .45rem;border-radius:3px;background:#eef0f3;color:#39414a;border:1px solid #cfd4da}
.tag.official{background:#1d3557;color:#fff;border-color:#1d3557}
.tag.unofficial{background:#fff;color:#5a4a12;border:1px dashed #a8892f}
.tag.fragment{background:#fff7e0;color:#6b5200;border-color:#e0c36a}
.asof-note{color:var(--muted);font-size:.9rem}
.texts{display:grid;grid-template-columns:1fr 1fr;gap:1.25rem}
@media (max-width:820px){.texts{grid-template-columns:1fr}nav.main{margin-left:0}.toolbar form{margin-left:0}}
.text-col{background:var(--paper);border:1px solid var(--line);border-top:3px solid var(--navy);border-radius:3px;padding:1rem 1.25rem}
.text-col header{display:flex;justify-content:space-between;align-items:baseline;gap:.5rem;border-bottom:1px solid var(--line);padding-bottom:.45rem;margin-bottom:.6rem}
.text-col header h2{margin:0;border:0;padding:0;font-size:1.05rem;font-family:var(--sans)}
.law{font-family:var(--serif);font-size:1.06rem;line-height:1.65;text-align:left;hyphens:auto}
.law p{margin:0 0 .7em}
.law.repealed-text{color:#6a6f75}
.unknown{font-style:italic;color:var(--muted)}
.small{font-size:.85rem;color:var(--muted)}
.cite{margin:0}
.cite>div{display:grid;grid-template-columns:7rem 1fr;gap:.5rem .75rem;align-items:start;padding:.3rem 0}
.cite dt{font-weight:700;font-size:.85rem;padding-top:.15rem}
.cite dd{margin:0;font-family:var(--serif);display:flex;gap:.75rem;align-items:flex-start;justify-content:space-between;flex-wrap:wrap}
.cite dd button{font-family:var(--sans);flex:none}
.cite-status{display:block;font-size:.85rem;color:var(--ok);min-height:1.2em}
@media (max-width:600px){.cite>div{grid-template-columns:1fr}}
.table-scroll{overflow-x:auto;max-width:100%;margin:0 0 .5rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid var(--line);padding:.5rem .6rem;text-align:left;vertical-align:top;font-size:.93rem}
th{background:#eef1f5;font-size:.82rem;text-transform:uppercase;letter-spacing:.03em;color:#3a4550}
.note{font-family:var(--serif);font-size:.95rem}
.translator-notes{border-top:1px dashed #a8892f;margin-top:.6rem;padding-top:.3rem}.translator-notes ol{margin:.2rem 0;padding-left:1.4rem}
.tn-mark a{font-size:.75em;padding:0 .15em;text-decoration:none;border-bottom:1px dashed currentColor}
.diff{font-family:var(--serif);line-height:1.7;background:#fbfbf9;border:1px solid var(--line);padding:.75rem 1rem;border-radius:3px;white-space:pre-wrap}
.diff del{background:#fbdcdc;color:#7c1414;text-decoration:line-through}
.diff ins{background:#d9f0df;color:#11532a;text-decoration:none;border-bottom:1px solid #11532a}
ol.toc{list-style:none;padding:0;margin:0}
ol.toc li{display:grid;grid-template-columns:9rem 1fr auto;gap:.75rem;padding:.55rem .25rem;border-bottom:1px solid var(--line);align-items:baseline}
ol.toc li.sub{padding-left:1.5rem}
ol.toc a{font-weight:700;text-decoration:none}
ol.toc .excerpt{font-family:var(--serif);color:#30363d;font-size:.95rem}
.hits{list-style:none;padding:0}
.hits li{background:#fff;border:1px solid var(--line);border-left:4px solid var(--navy);padding:.8rem 1rem;margin:0 0 .75rem;border-radius:3px}
.hits .snip{font-family:var(--serif);margin:.35rem 0 0}
mark{background:#fde9a6;color:inherit;padding:0 .1em}
form.search{display:grid;grid-template-columns:2fr 1fr 1fr;gap:.75rem 1rem;align-items:end;background:#fff;border:1px solid var(--line);padding:1rem;border-radius:4px}
form.search label{display:block;font-size:.85rem;font-weight:700;margin-bottom:.2rem}
form.search input[type=search],form.search select,form.search input[type=date]{width:100%;font:inherit;padding:.4rem .5rem;border:1px solid #8d949c;border-radius:3px;background:#fff}
form.search .row{grid-column:1/-1;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
@media (max-width:820px){form.search{grid-template-columns:1fr}}
.timeline svg{width:100%;height:auto;display:block}
.pager{display:flex;gap:1rem;margin-top:1rem}
.cols2{display:grid;grid-template-columns:1fr 1fr;gap:1.25rem}@media (max-width:820px){.cols2{grid-template-columns:1fr}}
dl.facts{display:grid;grid-template-columns:12rem minmax(0,1fr);gap:.4rem 1rem;margin:0}
dl.facts dt{font-weight:700;color:#3a4550}dl.facts dd{margin:0;min-width:0;overflow-wrap:anywhere}
pre.code{background:#1f2630;color:#e9edf2;padding:.75rem 1rem;border-radius:4px;overflow:auto;font-size:.82rem;white-space:pre-wrap;word-break:break-all}
.prevnext{display:flex;justify-content:space-between;margin-top:1.5rem;gap:1rem}
footer.site{border-top:1px solid var(--line);background:#fff;color:var(--muted);font-size:.82rem}
footer.site .wrap{padding:1rem 1.25rem}
/* phones: last, so they override the rules above */
@media (max-width:600px){main{padding:1rem .75rem 2rem}.sheet{padding:1rem}.text-col{padding:.85rem 1rem}h1{font-size:1.5rem}header.site .wrap,.toolbar .wrap{padding-left:.75rem;padding-right:.75rem}ol.toc li{grid-template-columns:minmax(0,1fr);gap:.25rem}th,td{padding:.4rem .45rem}.badge{white-space:normal}}
@media (max-width:600px){dl.facts{grid-template-columns:minmax(0,1fr);gap:0 1rem}dl.facts dd{margin-bottom:.5rem}}
@media print{header.site,.toolbar,footer.site,button{display:none}body{background:#fff}}
`;

/** The scales mark in the header: drawn here, so pages need no image requests. */
const MARK = raw(
  '<svg class="mark" viewBox="0 0 36 36" aria-hidden="true" focusable="false"><circle cx="18" cy="18" r="17" fill="none" stroke="#b08d3c" stroke-width="2"/>' +
    '<path d="M18 8v19M11 27h14M9 13h18" stroke="#fff" stroke-width="2" fill="none"/><path d="M9 13l-4 8h8zM27 13l-4 8h8z" fill="#fff" opacity=".9"/></svg>',
);

/** The favicon as a data URL: no extra request, no 404 in the console. */
const FAVICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1d3557"/><path d="M8 3v10M4 13h8M3 6h10" stroke="#b08d3c" stroke-width="1.5"/></svg>')}`;

/** The page's one script, served as /page.js (src/web/page-script.ts): no inline script, so the CSP forbids them all. */
const PAGE_SCRIPT_TAG = raw('<script src="/page.js" defer></script>');

export interface LayoutOptions {
  lang: Lang;
  title: string;
  /** The request URL: the language switch and the date form keep its other parameters. */
  url: URL;
  asOf: string;
  asOfGiven: string | null;
  section?: 'acts' | 'search' | 'cases';
  head?: SafeHtml;
  body: SafeHtml;
  description?: string;
}

function withParam(url: URL, key: string, value: string | null): string {
  const u = new URL(url.pathname + url.search, 'http://x');
  if (value === null) u.searchParams.delete(key);
  else u.searchParams.set(key, value);
  return u.pathname + u.search;
}

export function layout(o: LayoutOptions): string {
  const L = labels(o.lang);
  const hidden = [...o.url.searchParams.entries()].filter(([k]) => k !== 'asOf' && k !== 'page');
  const langLink = (l: Lang, text: string) =>
    html`<a href="${withParam(o.url, 'lang', l === 'kk' ? null : l)}" lang="${l}" hreflang="${l}" aria-current="${o.lang === l ? 'true' : 'false'}">${text}</a>`;
  const doc = html`<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="${FAVICON}">
<title>${o.title} — Zangraph</title>
${o.description ? html`<meta name="description" content="${o.description}">` : ''}
<style>${raw(STYLE)}</style>
${o.head ?? ''}
</head>
<body>
<a class="skip" href="#content">${L.skipToContent}</a>
<header class="site"><div class="wrap">
<a class="brand" href="${withParam(new URL('/', o.url), 'lang', o.lang === 'kk' ? null : o.lang)}">${MARK}<div><strong>${L.siteName}</strong><span>${L.siteTagline}</span></div></a>
<nav class="main" aria-label="${L.navActs}">
<a href="${o.lang === 'kk' ? '/' : '/?lang=ru'}"${o.section === 'acts' ? raw(' aria-current="page"') : ''}>${L.navActs}</a>
<a href="${o.lang === 'kk' ? '/search' : '/search?lang=ru'}"${o.section === 'search' ? raw(' aria-current="page"') : ''}>${L.navSearch}</a>
<span class="langs" role="group" aria-label="${L.language}">${langLink('kk', 'Қазақша')}${langLink('ru', 'Русский')}</span>
</nav>
</div>
<div class="toolbar"><div class="wrap">
<span>${L.asOf}: <strong><time datetime="${o.asOf}">${displayDate(o.asOf)}</time></strong>${o.asOfGiven ? '' : html` (${L.asOfToday})`}</span>
<form method="get" action="${o.url.pathname}">
${hidden.map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
<label for="asof-input">${L.asOf}</label>
<input id="asof-input" type="date" name="asOf" value="${o.asOf}" min="1999-01-01" max="2099-12-31">
<button type="submit">${L.show}</button>
</form>
</div></div>
</header>
<main id="content" class="wrap" tabindex="-1">
${o.body}
</main>
<footer class="site"><div class="wrap">Zangraph · <a href="/graphql">GraphQL API</a> · <a href="/export.json">export.json</a> · ${
    o.lang === 'ru'
      ? 'Официальные тексты — как опубликованы; переводы и пояснения проекта помечены как неофициальные.'
      : 'Ресми мәтіндер жарияланған күйінде; жобаның аудармалары мен түсініктемелері ресми емес деп белгіленген.'
  }</div></footer>
${PAGE_SCRIPT_TAG}
</body>
</html>`;
  return doc.value;
}

export interface ErrorPageOptions {
  lang: Lang;
  url: URL;
  asOf: string;
  status: 400 | 404;
  message: string;
}

export function errorPage(o: ErrorPageOptions): string {
  const L = labels(o.lang);
  const title = o.status === 404 ? L.notFoundTitle : L.badRequestTitle;
  return layout({
    lang: o.lang,
    title,
    url: o.url,
    asOf: o.asOf,
    asOfGiven: null,
    body: html`<div class="sheet" role="alert"><h1>${title}</h1><p>${o.message}</p><p><a href="/">${L.navActs}</a> · <a href="/search">${L.navSearch}</a></p></div>`,
  });
}
