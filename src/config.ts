/** Environment → typed, validated configuration. Fails fast with a message that names the variable. */
import { join, resolve } from 'node:path';

/** The project root (dist/src/config.js or src/config.ts → two levels up from dist, one from src). */
const PROJECT_ROOT = resolve(__dirname, __dirname.includes(`${join('dist', 'src')}`) ? '../..' : '..');
import { z } from 'zod';
import { ConfigError } from './errors';
import { parseRateLimit, type RateLimit } from './http/rate-limit';

function parsedUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  ZANGRAPH_DATA_DIR: z.string().min(1).default('./.zangraph'),
  ZANGRAPH_CORPUS_DIR: z.string().min(1).default(join(PROJECT_ROOT, 'corpus')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  MEILI_URL: z.string().url('must be an http(s) URL').optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  ZANGRAPH_EDITOR_TOKENS: z.string().default(''),
  ZANGRAPH_QUERY_STATS: z.enum(['0', '1']).default('0'),
  NODE_ENV: z.string().default('production'),
  ZANGRAPH_RATE_LIMIT: z.string().default('500,1000'),
  ZANGRAPH_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  ZANGRAPH_PUBLIC_URL: z
    .string()
    .refine((v) => parsedUrl(v) !== null, 'must be an absolute URL such as https://zangraph.example')
    .refine((v) => /^https?:$/.test(parsedUrl(v)?.protocol ?? 'http:'), 'must be an http(s) URL')
    .refine((v) => {
      const u = parsedUrl(v);
      return !u || (u.pathname === '/' && !u.search && !u.hash && !u.username);
    }, 'must be an origin only (scheme://host[:port]), with no path, query or user')
    .optional(),
  ZANGRAPH_RESPONSE_CACHE: z.coerce.number().int().min(0).default(2000),
  ZANGRAPH_RESPONSE_CACHE_TTL: z.coerce.number().int().min(1).default(300),
  ZANGRAPH_CACHED_ACTS: z.coerce.number().int().min(1).default(1000),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  corpusDir: string;
  databaseUrl: string | null;
  meiliUrl: string | null;
  meiliMasterKey: string | null;
  editorTokens: string[];
  /** Adds the number of SQL statements a request ran to its response extensions (tests, diagnostics). */
  queryStats: boolean;
  production: boolean;
  /** Anonymous requests per second and burst, per client address; null: no limit. */
  rateLimit: RateLimit | null;
  /** Client address from X-Forwarded-For, and the public origin from X-Forwarded-Host/-Proto (only behind a proxy that sets them). */
  trustProxy: boolean;
  /** The origin absolute URLs are built from (oEmbed, widget, embed snippets); null: see src/http/origin.ts. */
  publicOrigin: string | null;
  /** Whole-response cache of queries: entries and seconds to live; null: off. */
  responseCache: { maxEntries: number; ttlSeconds: number } | null;
  /** Acts whose clauses, wordings and history are kept in memory between requests (least recently used go). */
  cachedActs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = schema.safeParse(clean);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new ConfigError(`invalid environment variable ${String(i.path[0])}: ${i.message}`);
  }
  const e = r.data;
  let rateLimit: RateLimit | null;
  try {
    rateLimit = parseRateLimit(e.ZANGRAPH_RATE_LIMIT);
  } catch (err) {
    throw new ConfigError(`invalid environment variable ZANGRAPH_RATE_LIMIT: ${(err as Error).message}`);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.ZANGRAPH_DATA_DIR),
    corpusDir: resolve(e.ZANGRAPH_CORPUS_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    meiliUrl: e.MEILI_URL ?? null,
    meiliMasterKey: e.MEILI_MASTER_KEY ?? null,
    editorTokens: e.ZANGRAPH_EDITOR_TOKENS.split(',')
      .map((t) => t.trim())
      .filter((t) => t.length > 0),
    queryStats: e.ZANGRAPH_QUERY_STATS === '1',
    production: e.NODE_ENV !== 'development' && e.NODE_ENV !== 'test',
    rateLimit,
    trustProxy: e.ZANGRAPH_TRUST_PROXY === '1',
    publicOrigin: e.ZANGRAPH_PUBLIC_URL ? new URL(e.ZANGRAPH_PUBLIC_URL).origin : null,
    responseCache:
      e.ZANGRAPH_RESPONSE_CACHE > 0 ? { maxEntries: e.ZANGRAPH_RESPONSE_CACHE, ttlSeconds: e.ZANGRAPH_RESPONSE_CACHE_TTL } : null,
    cachedActs: e.ZANGRAPH_CACHED_ACTS,
  };
}
