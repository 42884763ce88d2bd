/**
 * Per-client token buckets for anonymous traffic: each client may send `perSecond` requests a second on average
 * and `burst` at once. A refused request learns how long until a token is back (Retry-After).
 */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Parses "requests/second,burst" ("50,100"; "50" means a burst of twice the rate); "off" or "0" disables. */
export function parseRateLimit(spec: string): RateLimit | null {
  const s = spec.trim().toLowerCase();
  if (s === 'off' || s === '0' || s === 'none') return null;
  const m = /^(\d+(?:\.\d+)?)(?:\s*,\s*(\d+))?$/.exec(s);
  if (!m) throw new Error(`expected "requests/second,burst" (e.g. "50,100") or "off", got "${spec}"`);
  const perSecond = Number(m[1]);
  const burst = m[2] === undefined ? Math.max(1, Math.ceil(perSecond * 2)) : Number(m[2]);
  if (perSecond <= 0 || burst < 1) throw new Error(`rate and burst must be positive, got "${spec}"`);
  return { perSecond, burst };
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => Date.now(),
    /** More clients than this and full buckets are forgotten (a full bucket is the same as no bucket). */
    private readonly maxClients = 100_000,
  ) {}

  take(client: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    const b = this.buckets.get(client) ?? { tokens: this.limit.burst, at: now };
    b.tokens = Math.min(this.limit.burst, b.tokens + ((now - b.at) / 1000) * this.limit.perSecond);
    b.at = now;
    this.buckets.set(client, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / this.limit.perSecond)) };
  }

  get clients(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 10_000 && this.buckets.size < this.maxClients) return;
    this.lastSweep = now;
    const refillMs = (this.limit.burst / this.limit.perSecond) * 1000;
    for (const [k, b] of this.buckets) if (now - b.at >= refillMs) this.buckets.delete(k);
    // still too many clients refilling at once: forget the oldest (they lose a partial penalty, nothing more)
    for (const k of this.buckets.keys()) {
      if (this.buckets.size < this.maxClients) break;
      this.buckets.delete(k);
    }
  }
}
