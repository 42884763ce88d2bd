/**
 * The web surface beside /graphql: server-rendered pages, the embeddable widget, oEmbed and the exports. Each
 * request gets its own services (one set of loaders), as GraphQL requests do. Pages and exports are read-only:
 * GET and HEAD, CORS open; an unknown page is a 404 page, a malformed parameter a 400 that says which.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Route } from '../http/server';
import { createServices, type SharedServices } from '../services';
import { renderActPage } from './act-page';
import { buildAkn, loadAknSnapshot } from './akn-export';
import { loadClauseCard } from './clause-card';
import { clauseCardJson } from './clause-json';
import { renderCasePage } from './case-page';
import { renderClausePage } from './clause-page';
import { answerPreflight, CORS_HEADERS } from './cors';
import { EMBED_SCRIPT } from './embed-script';
import { renderHomePage } from './home-page';
import { buildExport } from './json-export';
import { labels } from './labels';
import { errorPage } from './layout';
import { oembedResponse, parseMax, parseOEmbedUrl } from './oembed';
import { BadRequest, pageParams, parseAsOf, parseLang } from './params';
import { renderSearchPage } from './search-page';

export interface WebOptions {
  ds: DataSource;
  shared: SharedServices;
}

const PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'self'";

type Handler = (ctx: WebRequest) => Promise<void>;

interface WebRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  origin: string;
  match: RegExpExecArray;
  services: ReturnType<typeof createServices>;
}

function send(req: IncomingMessage, res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(body)),
    'x-content-type-options': 'nosniff',
    ...CORS_HEADERS,
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const sendHtml = (w: WebRequest, status: number, body: string) => send(w.req, w.res, status, 'text/html; charset=utf-8', body, { 'content-security-policy': PAGE_CSP, 'cache-control': 'no-cache' });
const sendJson = (w: WebRequest, status: number, body: unknown, contentType = 'application/json; charset=utf-8') => send(w.req, w.res, status, contentType, JSON.stringify(body));

/** The language an error page speaks: the one asked for when it is valid. */
function safeLang(url: URL) {
  try {
    return parseLang(url.searchParams.get('lang'));
  } catch {
    return 'kk' as const;
  }
}

function notFoundPage(w: WebRequest, message?: string) {
  const lang = safeLang(w.url);
  sendHtml(w, 404, errorPage({ lang, url: w.url, asOf: w.services.pit.today, status: 404, message: message ?? labels(lang).notFound }));
}

/** The origin the client used, so links in oEmbed and the widget snippet point back at this server. */
function requestOrigin(req: IncomingMessage): string {
  const proto = String(req.headers['x-forwarded-proto'] ?? 'http').split(',')[0].trim() === 'https' ? 'https' : 'http';
  const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? 'localhost').split(',')[0].trim();
  return `${proto}://${/^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : 'localhost'}`;
}

const page = (render: (w: WebRequest) => Promise<string | null>): Handler => async (w) => {
  const html = await render(w);
  if (html === null) notFoundPage(w);
  else sendHtml(w, 200, html);
};

const ROUTES: Array<[RegExp, Handler, 'html' | 'json']> = [
  [/^\/$/, page((w) => renderHomePage(w.services, pageParams(w.url), w.url)), 'html'],
  [/^\/search\/?$/, page((w) => renderSearchPage(w.services, pageParams(w.url), w.url)), 'html'],
  [/^\/acts\/([A-Za-z0-9-]+)\/?$/, page((w) => renderActPage(w.services, w.match[1], pageParams(w.url), w.url)), 'html'],
  [
    /^\/acts\/([A-Za-z0-9-]+)\/akn\.xml$/,
    async (w) => {
      const snapshot = await loadAknSnapshot(w.services, w.match[1], parseAsOf(w.url.searchParams.get('asOf')));
      if (!snapshot) return notFoundPage(w);
      send(w.req, w.res, 200, 'application/akn+xml; charset=utf-8', buildAkn(snapshot), { 'content-disposition': `inline; filename="${w.match[1]}.akn.xml"` });
    },
    'html',
  ],
  [/^\/acts\/([A-Za-z0-9-]+)\/([A-Za-z0-9_-]+)\/?$/, page((w) => renderClausePage(w.services, w.match[1], w.match[2], pageParams(w.url), w.url, w.origin)), 'html'],
  [/^\/cases\/([A-Za-z0-9_.-]+)\/?$/, page((w) => renderCasePage(w.services, w.match[1], pageParams(w.url), w.url)), 'html'],
  [
    /^\/embed\.js$/,
    async (w) => send(w.req, w.res, 200, 'text/javascript; charset=utf-8', EMBED_SCRIPT, { 'cache-control': 'public, max-age=3600' }),
    'json',
  ],
  [
    /^\/embed\/clause\.json$/,
    async (w) => {
      const lang = parseLang(w.url.searchParams.get('lang'));
      const asOfGiven = parseAsOf(w.url.searchParams.get('asOf'));
      const id = w.url.searchParams.get('clause') ?? '';
      const card = id ? await loadClauseCard(w.services, id, lang, asOfGiven) : null;
      if (!card) return sendJson(w, 404, { error: 'not found', clause: id, message: labels(lang).widgetNotFound });
      sendJson(w, 200, clauseCardJson(card, lang, w.origin, asOfGiven));
    },
    'json',
  ],
  [
    /^\/oembed\/?$/,
    async (w) => {
      const format = w.url.searchParams.get('format') ?? 'json';
      if (format !== 'json') return sendJson(w, 501, { error: `format "${format}" is not implemented; use json` });
      const target = parseOEmbedUrl(w.url.searchParams.get('url'));
      const maxWidth = parseMax(w.url.searchParams.get('maxwidth'), 'maxwidth');
      const maxHeight = parseMax(w.url.searchParams.get('maxheight'), 'maxheight');
      const card = target ? await loadClauseCard(w.services, target.clauseId, target.lang, target.asOf) : null;
      if (!target || !card) return sendJson(w, 404, { error: 'no clause page at this url' });
      sendJson(w, 200, oembedResponse({ origin: w.origin, target, title: `${card.label} — ${card.actShortName}`, authorName: target.lang === 'ru' ? card.act.issuerRu : card.act.issuerKk, maxWidth, maxHeight }));
    },
    'json',
  ],
  [/^\/export\.json$/, async (w) => sendJson(w, 200, await buildExport(w.services)), 'json'],
];

export function createWebRoutes(opts: WebOptions): Route[] {
  const route: Route = async (req, res, url) => {
    const found = ROUTES.map(([re, handler, kind]) => ({ m: re.exec(url.pathname), handler, kind })).find((r) => r.m);
    if (!found) return false;
    if (answerPreflight(req, res)) return true;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, 'application/json; charset=utf-8', JSON.stringify({ error: `${req.method} is not allowed here; use GET` }), { allow: 'GET, HEAD, OPTIONS' });
      return true;
    }
    const services = createServices(opts.ds, opts.shared);
    const w: WebRequest = { req, res, url, origin: requestOrigin(req), match: found.m!, services };
    try {
      await found.handler(w);
    } catch (e) {
      if (!(e instanceof BadRequest)) throw e;
      if (found.kind === 'json') sendJson(w, 400, { error: e.message });
      else sendHtml(w, 400, errorPage({ lang: safeLang(url), url, asOf: services.pit.today, status: 400, message: e.message }));
    }
    return true;
  };
  return [route];
}
