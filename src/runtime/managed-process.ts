/**
 * What every embedded service does the same way around its own binary: clearing a server left by a killed run,
 * spawning detached with output to a log file, choosing a port and waiting until the server answers, and
 * stopping its own child. The launchers (embedded-postgres.ts, embedded-meilisearch.ts) keep only what is theirs:
 * directories, credentials, command lines and what "ready" means.
 */
import fs from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { findFreePort, waitForFreePort } from './free-port';
import {
  childExited,
  liveNodeLauncherOf,
  openFreshLog,
  readLogTail,
  sleep,
  stopProcess,
  watchSpawnError,
  type SignalStep,
} from './process-tools';
import { DataDirInUseError, EmbeddedServiceError, PortInUseError, ServiceStartError, type ServiceName } from '../errors';

/**
 * Stops servers a killed run left on this data directory (found by the launcher: pid file, process scan).
 * One whose launching Node process is still alive belongs to a running instance: DataDirInUseError, nothing stopped.
 * True when something was stopped (its port may take a moment to be released).
 */
export async function stopLeftoverServers(
  service: ServiceName,
  root: string,
  pids: ReadonlySet<number>,
  steps: readonly SignalStep[],
  log: (msg: string) => void,
): Promise<boolean> {
  for (const pid of pids) {
    const launcher = liveNodeLauncherOf(pid);
    if (launcher !== undefined) throw new DataDirInUseError(service, root, pid, launcher);
  }
  for (const pid of pids) {
    log(`${service}: stopping a server left running by an earlier run (pid ${pid})`);
    await stopProcess(pid, steps);
  }
  return pids.size > 0;
}

/**
 * Spawns a server in its own process group (a terminal Ctrl+C reaches only the app, which stops it after finishing
 * requests) with its output going straight to a fresh log file (a server that outlives us is not killed by a
 * closed pipe).
 */
export function spawnDetached(
  command: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; uid?: number; gid?: number },
): ChildProcess {
  const logFd = openFreshLog(opts.logFile);
  try {
    return spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env,
      uid: opts.uid,
      gid: opts.gid,
      detached: true,
      stdio: ['ignore', logFd, logFd],
    });
  } finally {
    fs.closeSync(logFd);
  }
}

/** Stops a child we started through `steps` and resolves once it has exited. */
export async function stopChild(child: ChildProcess, steps: readonly SignalStep[]): Promise<void> {
  if (child.pid === undefined) return;
  await stopProcess(child.pid, steps);
  await childExited(child);
}

export interface ServiceLaunch<R> {
  service: ServiceName;
  /** The port asked for; none: a free one, chosen again (up to three times) when another program takes it first. */
  port?: number;
  /** How long a port may take to be released (a leftover server was just stopped); 0 when none was. */
  portReleaseMs: number;
  logFile: string;
  /** What the log of a server that exited during start says when its port was taken. */
  portConflict: RegExp;
  timeoutMs: number;
  /** "was not available", "did not accept connections": how a start that took too long is reported. */
  notReady: string;
  spawn(port: number): ChildProcess;
  /** One readiness check: a value once the server answers, undefined to ask again; throws to give up. */
  probe(port: number): Promise<R | undefined>;
  /** Stops a child that did not become ready (also its own records, such as a pid file). */
  stopOwn(child: ChildProcess): Promise<void>;
}

/** Polls `probe` until the server answers, failing as soon as the child failed to spawn, exited, or the time is up. */
async function waitUntilReady<R>(
  launch: ServiceLaunch<R>,
  child: ChildProcess,
  spawnError: () => Error | undefined,
  port: number,
): Promise<R> {
  const deadline = Date.now() + launch.timeoutMs;
  for (;;) {
    const failure = spawnError();
    if (failure) throw failure;
    if (child.exitCode !== null || child.signalCode !== null) {
      const tail = readLogTail(launch.logFile);
      if (launch.portConflict.test(tail)) throw new PortInUseError(launch.service, port);
      throw new ServiceStartError(launch.service, `exited during start (${child.exitCode ?? child.signalCode})`, launch.logFile, tail);
    }
    const ready = await launch.probe(port);
    if (ready !== undefined) return ready;
    if (Date.now() >= deadline) {
      throw new ServiceStartError(
        launch.service,
        `${launch.notReady} within ${launch.timeoutMs} ms`,
        launch.logFile,
        readLogTail(launch.logFile),
      );
    }
    await sleep(25);
  }
}

/** Starts the server on its port and waits until it answers; a failed start leaves no process behind. */
export async function launchService<R>(launch: ServiceLaunch<R>): Promise<{ child: ChildProcess; port: number; ready: R }> {
  const attempts = launch.port === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = launch.port ?? (await findFreePort());
    if (!(await waitForFreePort(port, launch.portReleaseMs))) {
      if (attempt < attempts) continue;
      throw new PortInUseError(launch.service, port);
    }
    const child = launch.spawn(port);
    const spawnError = watchSpawnError(child);
    try {
      return { child, port, ready: await waitUntilReady(launch, child, spawnError, port) };
    } catch (error) {
      await launch.stopOwn(child).catch(() => undefined);
      if (error instanceof PortInUseError && attempt < attempts) continue;
      if (error instanceof EmbeddedServiceError) throw error;
      throw new ServiceStartError(
        launch.service,
        `failed to start: ${(error as Error).message}`,
        launch.logFile,
        readLogTail(launch.logFile),
      );
    }
  }
}
