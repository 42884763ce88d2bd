/**
 * The origin absolute URLs are built from (oEmbed, the widget's JSON, the embed snippet of a page). Never from
 * what a client says about itself: a configured public URL first (ZANGRAPH_PUBLIC_URL); behind a proxy the
 * operator trusts (ZANGRAPH_TRUST_PROXY=1), what that proxy forwards; otherwise the address and port the server
 * itself was reached on, as the socket knows them (not the Host header).
 */
import type { IncomingMessage } from 'node:http';

export interface OriginPolicy {
  /** scheme://host[:port], validated by the configuration. */
  publicOrigin: string | null;
  trustProxy: boolean;
}

/** A host name or address with an optional port, nothing else (no user info, path, spaces or markup). */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function firstValue(header: string | string[] | undefined): string {
  return String(Array.isArray(header) ? header[0] : (header ?? ''))
    .split(',')[0]
    .trim();
}

/** The server's own address on this connection, as a URL origin. */
function socketOrigin(req: IncomingMessage): string {
  let address = req.socket.localAddress ?? '127.0.0.1';
  if (address.startsWith('::ffff:')) address = address.slice('::ffff:'.length);
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort ?? 80}`;
}

export function originOf(req: IncomingMessage, policy: OriginPolicy): string {
  if (policy.publicOrigin) return policy.publicOrigin;
  if (policy.trustProxy) {
    const host = firstValue(req.headers['x-forwarded-host']) || firstValue(req.headers.host);
    const proto = firstValue(req.headers['x-forwarded-proto']).toLowerCase();
    if (HOST.test(host)) return `${proto === 'https' ? 'https' : 'http'}://${host.toLowerCase()}`;
  }
  return socketOrigin(req);
}

/** Whether a URL belongs to the origin (same scheme, host and port). */
export function sameOrigin(url: URL, origin: string): boolean {
  return url.origin === new URL(origin).origin;
}
