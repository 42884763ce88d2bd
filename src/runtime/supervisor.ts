/**
 * Keeps an embedded service running: when its process dies without being asked to stop, it is started again on
 * the same port and data (so every client's URL stays right), after a growing pause. A service that cannot be
 * kept up — more restarts within the window than allowed, or a restart that keeps failing — is given up on:
 * `onGiveUp` is called once, and the caller is expected to exit non-zero so an outside supervisor can act.
 */
import type { ChildExit } from './process-registry';
import { sleep } from './process-tools';

export interface RestartPolicy {
  /** Pause before each attempt in a row; the last value repeats. */
  backoffMs: readonly number[];
  /** Restarts allowed within `windowMs` (counting failed attempts); one more means giving up. */
  maxRestarts: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { backoffMs: [200, 500, 1_000, 2_000, 4_000], maxRestarts: 5, windowMs: 60_000 };

export interface ServiceProcess {
  pid: number;
  exited: Promise<ChildExit>;
  stop(): Promise<void>;
}

export interface Supervised<H extends ServiceProcess> {
  /** The running process (the latest one after a restart). */
  current(): H;
  restarts(): number;
  /** Stops the service for good: no restart after this. */
  stop(): Promise<void>;
}

export function supervise<H extends ServiceProcess>(opts: {
  name: string;
  first: H;
  /** Starts the service again, on the same port and data. */
  start: () => Promise<H>;
  log: (msg: string) => void;
  policy?: RestartPolicy;
  /** After each successful restart (e.g. to check what the service lost). */
  onRestarted?: (process: H) => void;
  onGiveUp: (error: Error) => void;
}): Supervised<H> {
  const policy = opts.policy ?? DEFAULT_RESTART_POLICY;
  let current = opts.first;
  let stopped = false;
  let restarts = 0;
  const attempts: number[] = [];

  const describe = (e: ChildExit) => (e.signal ? `killed by ${e.signal}` : `exit code ${e.code}`);

  const watch = async (): Promise<void> => {
    for (;;) {
      const exit = await current.exited;
      if (stopped || exit.planned) return;
      let inARow = 0;
      for (;;) {
        const now = Date.now();
        while (attempts.length && attempts[0] < now - policy.windowMs) attempts.shift();
        if (attempts.length >= policy.maxRestarts) {
          const error = new Error(
            `${opts.name} cannot be kept running: ${attempts.length} restarts within ${policy.windowMs / 1000} s already, and it is gone again (${describe(exit)}); giving up`,
          );
          opts.log(`${opts.name}: ${error.message}`);
          stopped = true;
          opts.onGiveUp(error);
          return;
        }
        const pause = policy.backoffMs[Math.min(inARow, policy.backoffMs.length - 1)];
        attempts.push(now);
        opts.log(
          `${opts.name}: server (pid ${current.pid}) is gone (${describe(exit)}); starting it again in ${pause} ms (restart ${attempts.length} of ${policy.maxRestarts} allowed in ${policy.windowMs / 1000} s)`,
        );
        await sleep(pause);
        if (stopped) return;
        const t0 = Date.now();
        try {
          const next = await opts.start();
          if (stopped) {
            await next.stop();
            return;
          }
          current = next;
          restarts++;
          opts.log(`${opts.name}: running again (pid ${next.pid}), ${Date.now() - t0} ms after the attempt began`);
          opts.onRestarted?.(next);
          break;
        } catch (e) {
          inARow++;
          opts.log(`${opts.name}: restart failed: ${(e as Error).message.split('\n')[0]}`);
        }
      }
    }
  };
  void watch();

  return {
    current: () => current,
    restarts: () => restarts,
    stop: async () => {
      stopped = true;
      await current.stop();
    },
  };
}
