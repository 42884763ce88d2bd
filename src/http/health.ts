/**
 * /healthz answers from what a background check found, not by probing the services on each request: a
 * balancer (or anybody) may call it as often as it likes, and the answer costs the same as a constant. The
 * check runs every second and says how old its answer is.
 */
export interface HealthProbe {
  name: string;
  check(): Promise<boolean>;
}

export interface HealthState {
  status: 'ok' | 'degraded';
  services: Record<string, 'up' | 'down'>;
  down: string[];
  /** When the services were last checked (ISO time). */
  checkedAt: string;
}

const CHECK_EVERY_MS = 1_000;

/** What clients see while a service is down (docs/operations.md, "Failures and what clients see"). */
const CONSEQUENCE: Record<string, string> = {
  postgres: 'requests that need it answer 503 with Retry-After',
  meilisearch: 'search answers from PostgreSQL (degraded: true)',
};
/** A probe that has not answered in this long counts as down. */
const PROBE_TIMEOUT_MS = 2_000;

export class HealthMonitor {
  private state: HealthState | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<HealthState> | null = null;

  /** When each service was first seen down, while it stays down (its recovery is logged with how long it took). */
  private downSince = new Map<string, number>();

  constructor(
    private readonly probes: readonly HealthProbe[],
    private readonly log: (msg: string) => void = () => undefined,
  ) {}

  /** Checks now, then every second; the timer does not keep the process alive. */
  async start(): Promise<void> {
    await this.checkNow();
    this.timer ??= setInterval(() => void this.checkNow(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The latest answer (checked at once the first time). */
  async current(): Promise<HealthState> {
    return this.state ?? this.checkNow();
  }

  /** One check at a time; a caller that comes meanwhile shares it. */
  checkNow(): Promise<HealthState> {
    this.running ??= Promise.all(
      this.probes.map(async (p) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), PROBE_TIMEOUT_MS)));
        const ok = await Promise.race([p.check().catch(() => false), timeout]);
        clearTimeout(timer);
        return [p.name, ok] as const;
      }),
    )
      .then((results) => {
        const down = results.filter(([, ok]) => !ok).map(([n]) => n);
        for (const [name, ok] of results) this.note(name, ok);
        this.state = {
          status: down.length ? 'degraded' : 'ok',
          services: Object.fromEntries(results.map(([n, ok]) => [n, ok ? 'up' : 'down'])),
          down,
          checkedAt: new Date().toISOString(),
        };
        return this.state;
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  /** One line when a service goes down and one when it is back: an outage is not a stack trace per request. */
  private note(name: string, up: boolean): void {
    const since = this.downSince.get(name);
    if (!up && since === undefined) {
      this.downSince.set(name, Date.now());
      this.log(`health: ${name} is down; ${CONSEQUENCE[name] ?? 'requests that need it fail'}`);
    } else if (up && since !== undefined) {
      this.downSince.delete(name);
      this.log(`health: ${name} is up again after ${((Date.now() - since) / 1000).toFixed(1)} s`);
    }
  }
}
