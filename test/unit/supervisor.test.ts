import type { ChildExit } from '../../src/runtime/process-registry';
import { supervise, type RestartPolicy, type ServiceProcess } from '../../src/runtime/supervisor';

/** A stand-in service process whose death the test decides. */
class FakeProcess implements ServiceProcess {
  private end!: (e: ChildExit) => void;
  readonly exited = new Promise<ChildExit>((r) => (this.end = r));
  stopped = false;
  constructor(readonly pid: number) {}
  die(signal: NodeJS.Signals = 'SIGKILL') {
    this.end({ code: null, signal, planned: false });
  }
  async stop() {
    this.stopped = true;
    this.end({ code: 0, signal: null, planned: true });
  }
}

const FAST: RestartPolicy = { backoffMs: [1, 2, 4], maxRestarts: 3, windowMs: 60_000 };
const settle = () => new Promise((r) => setTimeout(r, 30));

function harness(startFails: (attempt: number) => boolean = () => false) {
  let pid = 100;
  let attempts = 0;
  const started: FakeProcess[] = [];
  const log: string[] = [];
  const gaveUp: Error[] = [];
  const first = new FakeProcess(pid);
  const s = supervise({
    name: 'svc',
    first,
    policy: FAST,
    log: (m) => log.push(m),
    start: async () => {
      attempts++;
      if (startFails(attempts)) throw new Error(`cannot start (attempt ${attempts})`);
      const p = new FakeProcess(++pid);
      started.push(p);
      return p;
    },
    onGiveUp: (e) => gaveUp.push(e),
  });
  return { s, first, started, log, gaveUp, attempts: () => attempts };
}

describe('supervise', () => {
  it('starts a service again when it dies, and again when the new one dies', async () => {
    const h = harness();
    h.first.die();
    await settle();
    expect(h.started).toHaveLength(1);
    expect(h.s.current()).toBe(h.started[0]);
    h.started[0].die('SIGSEGV');
    await settle();
    expect(h.started).toHaveLength(2);
    expect(h.s.restarts()).toBe(2);
    expect(h.log.some((m) => /svc: server \(pid 100\) is gone \(killed by SIGKILL\); starting it again in 1 ms/.test(m))).toBe(true);
    expect(h.log.some((m) => /svc: running again \(pid 102\)/.test(m))).toBe(true);
    expect(h.gaveUp).toEqual([]);
  });

  it('does not restart what it was asked to stop', async () => {
    const h = harness();
    await h.s.stop();
    await settle();
    expect(h.first.stopped).toBe(true);
    expect(h.started).toEqual([]);
  });

  it('retries a restart that fails, with the next pause, and counts it', async () => {
    const h = harness((attempt) => attempt === 1);
    h.first.die();
    await settle();
    expect(h.attempts()).toBe(2);
    expect(h.started).toHaveLength(1);
    expect(h.log.some((m) => /restart failed: cannot start \(attempt 1\)/.test(m))).toBe(true);
    expect(h.log.some((m) => /starting it again in 2 ms/.test(m))).toBe(true);
  });

  it('gives up, once, when the service cannot be kept up within the window', async () => {
    const h = harness(() => true);
    h.first.die();
    await new Promise((r) => setTimeout(r, 100));
    expect(h.attempts()).toBe(FAST.maxRestarts);
    expect(h.gaveUp).toHaveLength(1);
    expect(h.gaveUp[0].message).toMatch(/svc cannot be kept running: 3 restarts within 60 s already.*giving up/);
  });

  it('gives up when a service keeps dying right after each restart', async () => {
    const h = harness();
    h.first.die();
    for (let i = 0; i < FAST.maxRestarts; i++) {
      await settle();
      h.s.current().die();
    }
    await settle();
    expect(h.started).toHaveLength(FAST.maxRestarts);
    expect(h.gaveUp).toHaveLength(1);
  });
});
