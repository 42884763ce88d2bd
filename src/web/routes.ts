/**
 * The web surface beside /graphql: server-rendered pages, the embeddable widget, oEmbed, the exports and the
 * Akoma Ntoso IRIs. Each request gets its own services (one set of loaders), as GraphQL requests do. Pages and
 * exports are read-only: GET and HEAD, CORS open. Every answer that depends on the data carries a strong ETag
 * worked out before anything is rendered (code, data version, today, the request), so a matching If-None-Match
 * is a 304 at the cost of a hash; text is compressed when the client accepts it.
 * Errors: an unknown page is a 404 page, a malformed parameter a 400 that says which — in the page's language
 * on pages and in the widget, in English in the API answers (oEmbed, exports).
 */
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Lang } from '../domain/types';
import { buildId, CACHE_CONTROL, matchingTag, sendAnswer, sendNotModified, strongEtag } from '../http/http-cache';
import { originOf, type OriginPolicy } from '../http/origin';
import type { Route } from '../http/server';
import { createServices, type SharedServices, type Services } from '../services';
import { renderActPage } from './act-page';
import { aknFileOf, buildAkn, firstExpressionDay, loadAknSnapshot, versionDates } from './akn-export';
import { parseAknUri } from './akn-uri';
import { loadClauseCard } from './clause-card';
import { clauseCardJson } from './clause-json';
import { renderCasePage } from './case-page';
import { renderClausePage } from './clause-page';
import { answerPreflight, CORS_HEADERS } from './cors';
import { EMBED_SCRIPT } from './embed-script';
import { EXPORT_SCHEMA } from './export-schema';
import { PAGE_SCRIPT } from './page-script';
import { renderHomePage } from './home-page';
import { buildExport } from './json-export';
import { actShortName, labels } from './labels';
import { errorPage } from './layout';
import { oembedResponse, parseMax, parseOEmbedUrl } from './oembed';
import { NotFoundError, UserInputError } from '../errors';
import { displayDate, pageParams, parseAsOf, parseLang } from './params';
import { requestErrors } from './request-errors';
import { renderSearchPage } from './search-page';
import { parseCardRequests } from './widget-batch';

export interface WebOptions {
  ds: DataSource;
  shared: SharedServices;
  /** Where absolute URLs point (src/http/origin.ts); default: the address the server was reached on. */
  origin?: OriginPolicy;
}

/** Scripts only from files this server serves (no inline script, no eval); inline styles stay allowed. */
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'self'; object-src 'none'";

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const AKN_TYPE = 'application/akn+xml; charset=utf-8';

interface Answer {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
  /** Errors say how long they may be kept; successful answers take the route's. */
  cache?: keyof typeof CACHE_CONTROL;
}

interface WebRequest {
  req: IncomingMessage;
  url: URL;
  origin: string;
  match: RegExpExecArray;
  services: Services;
}

type Handler = (w: WebRequest) => Promise<Answer>;

interface RouteDef {
  pattern: RegExp;
  handler: Handler;
  /** How errors are told: an HTML page, widget JSON (in the widget's language) or API JSON (English). */
  errors: 'html' | 'widget' | 'api';
  /** What the ETag is made of: the data (and today), or only the code. */
  validator: 'data' | 'code';
  /** The Cache-Control of its successful answers (and of its 304s). */
  cache: keyof typeof CACHE_CONTROL;
}

const html = (body: string): Answer => ({ status: 200, contentType: HTML, body, headers: { 'content-security-policy': PAGE_CSP } });
const json = (body: unknown, headers: Record<string, string> = {}): Answer => ({
  status: 200,
  contentType: JSON_TYPE,
  body: JSON.stringify(body),
  headers,
});

/** A page handler: null from the renderer means an unknown act, clause or case. */
const page =
  (render: (w: WebRequest) => Promise<string | null>): Handler =>
  async (w) => {
    const out = await render(w);
    if (out === null) throw new NotFoundError();
    return html(out);
  };

/** The language an error speaks: the one asked for when it is valid. */
function safeLang(url: URL): Lang {
  try {
    return parseLang(url.searchParams.get('lang'));
  } catch {
    return 'kk';
  }
}

/** The act on a date in one language as Akoma Ntoso; 404 before the act existed or could have entered into force. */
async function aknAnswer(services: Services, actId: string, lang: Lang, asOfGiven: string | null): Promise<Answer> {
  const snapshot = await loadAknSnapshot(services, actId, lang, asOfGiven);
  if (!snapshot) throw new NotFoundError();
  const xml = buildAkn(snapshot);
  if (xml === null) {
    const name = (l: Lang) => actShortName(snapshot.act, l);
    const w = snapshot.asOf < snapshot.act.adoptedOn ? requestErrors.beforeAdoption : requestErrors.beforeEntryIntoForce;
    throw NotFoundError.of({
      en: w(snapshot.act.id, snapshot.asOf).en,
      kk: w(name('kk'), displayDate(snapshot.asOf)).kk,
      ru: w(name('ru'), displayDate(snapshot.asOf)).ru,
    });
  }
  const { canonical, fileName } = aknFileOf(snapshot);
  return {
    status: 200,
    contentType: AKN_TYPE,
    body: xml,
    headers: { 'content-disposition': `inline; filename="${fileName}"`, link: `<${canonical}>; rel="canonical"` },
  };
}

/** An Akoma Ntoso IRI of one of the acts: the work, an expression (@version, :point in time), !main, .xml. */
async function resolveAknUri(w: WebRequest): Promise<Answer> {
  const parsed = parseAknUri(w.url.pathname);
  if (!parsed) throw NotFoundError.of({ en: 'not an Akoma Ntoso IRI of this knowledge base' });
  const act = (await w.services.acts.acts()).find((a) => a.uri === parsed.work);
  if (!act) throw NotFoundError.of({ en: `no act has the work IRI ${parsed.work}` });
  if (parsed.languageCode && !parsed.lang)
    throw NotFoundError.of({
      en: `no expression in "${parsed.languageCode}": this knowledge base holds kaz (official) and rus (unofficial translation)`,
    });
  if (parsed.component !== 'main') throw NotFoundError.of({ en: `no component "!${parsed.component}": the attachments are inside !main` });
  const lang = parsed.lang ?? act.lang;
  let asOf: string | null = null;
  const d = parsed.date;
  // the original version is dated by the first day the act itself can apply, not by its adoption
  if (d.kind === 'original') asOf = firstExpressionDay(act);
  else if (d.kind === 'pointInTime') asOf = parseAsOf(d.date, 'date');
  else if (d.kind === 'version') {
    const versions = versionDates(firstExpressionDay(act), await w.services.amendments.ofAct(act.id));
    if (!versions.includes(parseAsOf(d.date, 'date')!)) {
      throw NotFoundError.of({
        en: `${d.date} is not a version date of ${act.id} (versions: ${versions.join(', ')}); "${parsed.languageCode ?? 'kaz'}:${d.date}" names the version in force on that day`,
      });
    }
    asOf = d.date;
  }
  if (parsed.format === 'html') {
    const q = new URLSearchParams();
    if (asOf) q.set('asOf', asOf);
    if (lang !== 'kk') q.set('lang', lang);
    return {
      status: 303,
      contentType: 'text/plain; charset=utf-8',
      body: '',
      headers: { location: `/acts/${act.id}${q.size ? `?${q}` : ''}` },
    };
  }
  if (parsed.format !== null && parsed.format !== 'xml' && parsed.format !== 'akn')
    throw NotFoundError.of({ en: `no ".${parsed.format}" manifestation: .xml (Akoma Ntoso) and .html (the act page) are served` });
  return aknAnswer(w.services, act.id, lang, asOf);
}

/** One widget card, or the error it shows, worded in the widget's language. */
async function cardOrError(services: Services, origin: string, clause: string, lang: Lang, asOfGiven: string | null) {
  const card = clause ? await loadClauseCard(services, clause, lang, asOfGiven) : null;
  if (!card) return { status: 404, error: 'not found', message: labels(lang).widgetNotFound };
  return { status: 200, card: clauseCardJson(card, lang, origin, asOfGiven) };
}

const ROUTES: RouteDef[] = [
  {
    pattern: /^\/$/,
    handler: page((w) => renderHomePage(w.services, pageParams(w.url), w.url)),
    errors: 'html',
    validator: 'data',
    cache: 'page',
  },
  {
    pattern: /^\/search\/?$/,
    handler: page((w) => renderSearchPage(w.services, pageParams(w.url), w.url)),
    errors: 'html',
    validator: 'data',
    cache: 'page',
  },
  {
    pattern: /^\/acts\/([A-Za-z0-9-]+)\/?$/,
    handler: page((w) => renderActPage(w.services, w.match[1], pageParams(w.url), w.url)),
    errors: 'html',
    validator: 'data',
    cache: 'page',
  },
  {
    pattern: /^\/acts\/([A-Za-z0-9-]+)\/akn\.xml$/,
    handler: (w) => aknAnswer(w.services, w.match[1], parseLang(w.url.searchParams.get('lang')), parseAsOf(w.url.searchParams.get('asOf'))),
    errors: 'html',
    validator: 'data',
    cache: 'export',
  },
  { pattern: /^\/akn\/.+$/, handler: resolveAknUri, errors: 'html', validator: 'data', cache: 'export' },
  {
    pattern: /^\/acts\/([A-Za-z0-9-]+)\/([A-Za-z0-9_-]+)\/?$/,
    handler: page((w) => renderClausePage(w.services, w.match[1], w.match[2], pageParams(w.url), w.url, w.origin)),
    errors: 'html',
    validator: 'data',
    cache: 'page',
  },
  {
    pattern: /^\/cases\/([A-Za-z0-9_.-]+)\/?$/,
    handler: page((w) => renderCasePage(w.services, w.match[1], pageParams(w.url), w.url)),
    errors: 'html',
    validator: 'data',
    cache: 'page',
  },
  {
    pattern: /^\/embed\.js$/,
    handler: async () => ({ status: 200, contentType: 'text/javascript; charset=utf-8', body: EMBED_SCRIPT }),
    errors: 'api',
    validator: 'code',
    cache: 'static',
  },
  // the pages' one script: a file, so that their Content-Security-Policy can forbid inline scripts
  {
    pattern: /^\/page\.js$/,
    handler: async () => ({ status: 200, contentType: 'text/javascript; charset=utf-8', body: PAGE_SCRIPT }),
    errors: 'api',
    validator: 'code',
    cache: 'static',
  },
  {
    // one card (kept for existing clients; the widget itself asks /embed/clauses.json)
    pattern: /^\/embed\/clause\.json$/,
    handler: async (w) => {
      const lang = parseLang(w.url.searchParams.get('lang'));
      const r = await cardOrError(
        w.services,
        w.origin,
        w.url.searchParams.get('clause') ?? '',
        lang,
        parseAsOf(w.url.searchParams.get('asOf')),
      );
      if (r.status !== 200)
        return {
          ...json({ error: r.error, clause: w.url.searchParams.get('clause') ?? '', message: r.message }),
          status: 404,
          cache: 'error',
        };
      return json(r.card);
    },
    errors: 'widget',
    validator: 'data',
    cache: 'data',
  },
  {
    // every card of a page in one request: ?card=<clause>;<lang>;<asOf>&card=…, answers in the same order
    pattern: /^\/embed\/clauses\.json$/,
    handler: async (w) => {
      const requests = parseCardRequests(w.url.searchParams.getAll('card'));
      const cards = await Promise.all(
        requests.map(async (r) => {
          if (r.error) return { request: r.raw, status: 400, error: r.error.message, message: r.error.in(r.lang) };
          return { request: r.raw, ...(await cardOrError(w.services, w.origin, r.clause, r.lang, r.asOf)) };
        }),
      );
      return json({ cards });
    },
    errors: 'widget',
    validator: 'data',
    cache: 'data',
  },
  {
    pattern: /^\/oembed\/?$/,
    handler: async (w) => {
      const format = w.url.searchParams.get('format') ?? 'json';
      if (format !== 'json') return { ...json({ error: `format "${format}" is not implemented; use json` }), status: 501, cache: 'error' };
      const target = parseOEmbedUrl(w.url.searchParams.get('url'), w.origin);
      const maxWidth = parseMax(w.url.searchParams.get('maxwidth'), 'maxwidth');
      const maxHeight = parseMax(w.url.searchParams.get('maxheight'), 'maxheight');
      const card = target ? await loadClauseCard(w.services, target.clauseId, target.lang, target.asOf) : null;
      if (!target || !card) throw NotFoundError.of({ en: 'no clause page at this url' });
      const L = labels(target.lang);
      // the title names what the embed shows: the clause, the act, the date and the language
      const title = `${card.label} — ${card.actShortName} (${L.readAt(displayDate(card.asOf))}, ${target.lang === 'kk' ? L.kazakhText : L.russianText})`;
      return json({
        ...oembedResponse({
          origin: w.origin,
          target,
          title,
          authorName: target.lang === 'ru' ? card.act.issuerRu : card.act.issuerKk,
          maxWidth,
          maxHeight,
        }),
        lang: target.lang,
        as_of: card.asOf,
      });
    },
    errors: 'api',
    validator: 'data',
    cache: 'data',
  },
  {
    pattern: /^\/export\.json$/,
    handler: async (w) =>
      json(await buildExport(w.services, parseAsOf(w.url.searchParams.get('asOf'))), { link: '</export.schema.json>; rel="describedby"' }),
    errors: 'api',
    validator: 'data',
    cache: 'export',
  },
  {
    pattern: /^\/export\.schema\.json$/,
    handler: async () => ({ ...json(EXPORT_SCHEMA), contentType: 'application/schema+json; charset=utf-8' }),
    errors: 'api',
    validator: 'code',
    cache: 'static',
  },
];

/** The answer to a failed request, told the way the route tells errors. */
function errorAnswer(route: RouteDef, w: WebRequest, status: 400 | 404, e: UserInputError | NotFoundError): Answer {
  const lang = safeLang(w.url);
  if (route.errors === 'html') {
    const message = e instanceof UserInputError ? e.in(lang) : (e.wordingIn(lang) ?? labels(lang).notFound);
    return {
      status,
      contentType: HTML,
      body: errorPage({ lang, url: w.url, asOf: w.services.pit.today, status, message }),
      headers: { 'content-security-policy': PAGE_CSP },
      cache: 'error',
    };
  }
  const en = e.message;
  const body =
    route.errors === 'widget'
      ? { error: en, message: e instanceof UserInputError ? e.in(lang) : (e.wordingIn(lang) ?? labels(lang).widgetNotFound) }
      : { error: en };
  return { status, contentType: JSON_TYPE, body: JSON.stringify(body), cache: 'error' };
}

/** No parameter may hold U+0000: no page or text has it, and the database refuses it. */
function refuseNul(url: URL): void {
  for (const [name, value] of url.searchParams) {
    if (value.includes('\u0000') || name.includes('\u0000'))
      throw UserInputError.of(requestErrors.nulCharacter(name.replace(/\u0000/g, '')));
  }
}

export function createWebRoutes(opts: WebOptions): Route[] {
  const route: Route = async (req, res, url) => {
    let match: RegExpExecArray | null = null;
    const found = ROUTES.find((r) => (match = r.pattern.exec(url.pathname)) !== null);
    if (!found || !match) return false;
    if (answerPreflight(req, res)) return true;
    const base = { 'x-content-type-options': 'nosniff', ...CORS_HEADERS };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendAnswer(req, res, {
        status: 405,
        contentType: JSON_TYPE,
        body: JSON.stringify({ error: `${req.method} is not allowed here; use GET` }),
        headers: { ...base, allow: 'GET, HEAD, OPTIONS' },
        cacheControl: CACHE_CONTROL.error,
      });
      return true;
    }
    const services = createServices(opts.ds, opts.shared);
    const w: WebRequest = { req, url, origin: originOf(req, opts.origin ?? { publicOrigin: null, trustProxy: false }), match, services };
    const version = found.validator === 'data' ? await opts.shared.corpus.dataVersion() : 'code';
    // no data version (the database does not answer): nothing to validate against, so no ETag
    const etag =
      version === null
        ? null
        : strongEtag([
            buildId(),
            found.validator,
            version,
            found.validator === 'data' ? services.pit.today : '',
            w.origin,
            url.pathname,
            url.search,
          ]);
    const held = etag ? matchingTag(req.headers['if-none-match'], etag) : null;
    if (held) {
      sendNotModified(res, held, CACHE_CONTROL[found.cache], base);
      return true;
    }
    let answer: Answer;
    try {
      refuseNul(url);
      answer = await found.handler(w);
    } catch (e) {
      if (e instanceof UserInputError) answer = errorAnswer(found, w, 400, e);
      else if (e instanceof NotFoundError) answer = errorAnswer(found, w, 404, e);
      else throw e;
    }
    const cacheable = answer.status === 200 || answer.status === 303;
    sendAnswer(req, res, {
      status: answer.status,
      contentType: answer.contentType,
      body: answer.body,
      headers: { ...base, ...answer.headers },
      etag: cacheable ? etag : null,
      cacheControl: CACHE_CONTROL[answer.cache ?? (cacheable ? found.cache : 'error')],
    });
    return true;
  };
  return [route];
}
