import type { ChildProcess } from 'node:child_process';
import { isProcessAlive } from './process-tools';

/**
 * Every long-lived child service (PostgreSQL, Meilisearch) registers here so that one SIGINT/SIGTERM
 * handler in the entry point can stop them all, and so that an unplanned exit still signals them.
 */
export interface ManagedChild {
  name: string;
  pid: number;
  /** Graceful stop that resolves once the process is gone. */
  stop(): Promise<void>;
  /**
   * Asks the process to shut down without waiting. Used from process.on('exit'), where nothing
   * asynchronous can run; the child then finishes its own shutdown after we are gone.
   */
  requestStopSync(): void;
}

const children = new Set<ManagedChild>();
let exitHookInstalled = false;

function signalAllSync(): void {
  for (const child of children) {
    try {
      child.requestStopSync();
    } catch {
      // The process may already be gone; nothing useful can be done while exiting.
    }
  }
}

/** Registers a child; returns a function that unregisters it (call it once the child has stopped). */
export function registerChild(child: ManagedChild): () => void {
  children.add(child);
  if (!exitHookInstalled) {
    // Children are spawned in their own process group (so a terminal Ctrl+C reaches only us and we can
    // finish requests first); the flip side is that nothing stops them if we exit without stopAll().
    process.on('exit', signalAllSync);
    exitHookInstalled = true;
  }
  return () => {
    children.delete(child);
  };
}

/** How a service process ended: `planned` when stop() had been asked for. */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  planned: boolean;
}

/**
 * Registers a service process we started and returns its idempotent stop (`stopOwn` once, however many callers
 * ask) and a promise of its exit; `shutdownSignal` on an unplanned exit of this process; an exit nobody asked
 * for is logged.
 */
export function manageChild(opts: {
  name: string;
  child: ChildProcess;
  shutdownSignal: NodeJS.Signals;
  stopOwn: () => Promise<void>;
  log: (msg: string) => void;
}): { stop: () => Promise<void>; exited: Promise<ChildExit> } {
  const pid = opts.child.pid as number;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= opts.stopOwn().finally(() => unregister());
    return stopping;
  };
  const unregister = registerChild({
    name: opts.name,
    pid,
    stop,
    requestStopSync: () => {
      if (isProcessAlive(pid)) process.kill(pid, opts.shutdownSignal);
    },
  });
  const exited = new Promise<ChildExit>((resolve) => {
    const done = (code: number | null, signal: NodeJS.Signals | null) => {
      if (!stopping) opts.log(`${opts.name}: server (pid ${pid}) exited unexpectedly (${code ?? signal})`);
      unregister();
      resolve({ code, signal, planned: stopping !== undefined });
    };
    // already gone (it died before we looked): 'exit' will not come again
    if (opts.child.exitCode !== null || opts.child.signalCode !== null) done(opts.child.exitCode, opts.child.signalCode);
    else opts.child.once('exit', done);
  });
  return { stop, exited };
}

export function registeredChildren(): readonly ManagedChild[] {
  return [...children];
}

/** Stops every registered child in parallel; reports all failures together after trying each one. */
export async function stopAll(): Promise<void> {
  const stopping = [...children];
  const results = await Promise.allSettled(stopping.map((child) => child.stop()));
  const failures = results.flatMap((result, index) =>
    result.status === 'rejected' ? [`${stopping[index].name} (pid ${stopping[index].pid}): ${String(result.reason)}`] : [],
  );
  for (const [index, result] of results.entries()) {
    if (result.status === 'fulfilled') children.delete(stopping[index]);
  }
  if (failures.length > 0) throw new Error(`Failed to stop child services: ${failures.join('; ')}`);
}
