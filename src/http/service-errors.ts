/**
 * Which failures mean "a backing service is unreachable, try again shortly" rather than a bug: PostgreSQL
 * restarting, refusing connections or dropping them. Those become SERVICE_UNAVAILABLE (HTTP 503 with
 * Retry-After) instead of an opaque internal error.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTCONN', 'EAI_AGAIN']);
/** SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now). */
const SQLSTATE = /^(08\d{3}|57P0[123])$/;
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Connection is not established/i,
];

export function isServiceUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const x = e as { code?: unknown; message?: unknown; originalError?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof x.code === 'string' && (NETWORK_CODES.has(x.code) || SQLSTATE.test(x.code))) return true;
    if (typeof x.message === 'string' && MESSAGES.some((m) => m.test(x.message as string))) return true;
    e = x.originalError ?? x.driverError ?? x.cause;
  }
  return false;
}
