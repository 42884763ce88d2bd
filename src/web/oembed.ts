/**
 * /oembed?url=…&maxwidth=…&maxheight=…&format=json — oEmbed 1.0 (https://oembed.com): a "rich" response whose
 * html is the widget. The URL must be a clause page of this site (`/acts/:actId/:eId`, optionally with `lang`
 * and `asOf`); `format` other than json → 501, an unknown clause → 404, a missing or malformed url → 400.
 */
import type { Lang } from '../domain/types';
import { escapeHtml } from './html';
import { UserInputError } from '../errors';
import { parseAsOf, parseLang } from './params';

export const DEFAULT_WIDTH = 600;
export const DEFAULT_HEIGHT = 420;

export interface OEmbedTarget {
  clauseId: string;
  lang: Lang;
  asOf: string | null;
}

/**
 * Which clause an oEmbed url names; null when it is not a clause page of this site (`origin`: only its pages
 * are embedded, so an answer never points anywhere else). Throws UserInputError for bad parameters.
 */
export function parseOEmbedUrl(raw: string | null, origin: string): OEmbedTarget | null {
  if (!raw) throw new UserInputError('"url" is required');
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new UserInputError(`"url" is not an absolute URL: "${raw}"`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UserInputError('"url" must be an http(s) URL');
  if (u.origin !== new URL(origin).origin) return null;
  const m = /^\/acts\/([A-Za-z0-9-]+)\/([A-Za-z0-9_-]+)\/?$/.exec(u.pathname);
  if (!m) return null;
  return { clauseId: `${m[1]}/${m[2]}`, lang: parseLang(u.searchParams.get('lang')), asOf: parseAsOf(u.searchParams.get('asOf')) };
}

/** maxwidth/maxheight: positive integers when given. */
export function parseMax(value: string | null, name: string): number | null {
  if (value === null || value === '') return null;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new UserInputError(`"${name}" must be a positive whole number, got "${value}"`);
  return Number(value);
}

export interface OEmbedInput {
  origin: string;
  target: OEmbedTarget;
  title: string;
  authorName: string;
  maxWidth: number | null;
  maxHeight: number | null;
}

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

export function oembedResponse(i: OEmbedInput): OEmbedRich {
  // the spec: never larger than the consumer's maximum
  const width = Math.min(DEFAULT_WIDTH, i.maxWidth ?? DEFAULT_WIDTH);
  const height = Math.min(DEFAULT_HEIGHT, i.maxHeight ?? DEFAULT_HEIGHT);
  const t = i.target;
  const attrs = [
    `clause="${escapeHtml(t.clauseId)}"`,
    `lang="${t.lang}"`,
    t.asOf ? `as-of="${t.asOf}"` : '',
    `style="max-width:${width}px"`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    version: '1.0',
    type: 'rich',
    title: i.title,
    author_name: i.authorName,
    author_url: `${i.origin}/acts/${t.clauseId.split('/')[0]}`,
    provider_name: 'Zangraph',
    provider_url: `${i.origin}/`,
    cache_age: 86400,
    html: `<script async src="${i.origin}/embed.js"></script><zangraph-clause ${attrs}></zangraph-clause>`,
    width,
    height,
  };
}
