import fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Alive means "can still hold a port or a data directory". A zombie (exited, not yet reaped by whoever
 * inherited it) counts as dead, since some container init processes never reap. But a multi-threaded
 * process (Meilisearch) shows a zombie leader while its other threads are still exiting and still hold
 * its sockets, so a zombie counts as dead only once it has no other thread left.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return processState(pid) !== 'Z' || threadCount(pid) > 1;
}

function threadCount(pid: number): number {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).length;
  } catch {
    return 0;
  }
}

function processState(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may itself contain spaces or parentheses: the state follows the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}

/** argv of a running process, or undefined when it is gone or unreadable. */
export function processCommandLine(pid: number): string[] | undefined {
  try {
    const raw = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter((part) => part.length > 0);
  } catch {
    return undefined;
  }
}

/** Executable name as the kernel reports it (first 15 characters). */
export function processName(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function processWorkingDirectory(pid: number): string | undefined {
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

export async function waitUntilDead(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(25);
  }
  return true;
}

export interface SignalStep {
  signal: NodeJS.Signals;
  /** How long to wait for the process to exit before the next step. */
  waitMs: number;
}

/**
 * Sends each signal in turn until the process is gone. Works for processes that are not our children
 * (a server left behind by a killed run), which is why it polls /proc instead of waiting for 'exit'.
 */
export async function stopProcess(pid: number, steps: readonly SignalStep[]): Promise<void> {
  for (const { signal, waitMs } of steps) {
    if (!isProcessAlive(pid)) return;
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
      throw error;
    }
    if (await waitUntilDead(pid, waitMs)) return;
  }
  if (isProcessAlive(pid)) throw new Error(`process ${pid} did not exit after ${steps.map((s) => s.signal).join(', ')}`);
}

/** Resolves when our own child has exited (immediately if it already has). */
export function childExited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Keeps the previous run's log as `<file>.1` so a crash can still be read after a restart. */
export function openFreshLog(logPath: string): number {
  try {
    fs.renameSync(logPath, `${logPath}.1`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return fs.openSync(logPath, 'a', 0o640);
}

export function readLogTail(logPath: string, maxBytes = 4000): string {
  try {
    const fd = fs.openSync(logPath, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const length = Math.min(size, maxBytes);
      const buffer = Buffer.alloc(length);
      fs.readSync(fd, buffer, 0, length, size - length);
      const text = buffer.toString('utf8');
      // Drop a partial first line when the tail starts mid-line.
      return (length < size ? text.slice(text.indexOf('\n') + 1) : text).trimEnd();
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** Pids of live processes (other than this one) whose argv satisfies the predicate; Linux /proc only. */
export function findProcesses(matches: (argv: string[], pid: number) => boolean): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    const argv = processCommandLine(pid);
    if (argv && argv.length > 0 && matches(argv, pid) && isProcessAlive(pid)) found.push(pid);
  }
  return found;
}

/** Records a spawn failure (ENOENT, EACCES...), which Node reports as an 'error' event rather than an exit. */
export function watchSpawnError(child: ChildProcess): () => Error | undefined {
  let failure: Error | undefined;
  child.once('error', (error) => {
    failure ??= error;
  });
  return () => failure;
}

export function parentPid(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state, ppid, ...
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Node process that launched a server, if it is still running: a server whose launcher was killed is
 * re-parented to init (or a container's reaper), which is not a Node process. Tells a server left behind
 * by a killed run (safe to stop) from one that a live instance of the app is using (must not be touched).
 */
export function liveNodeLauncherOf(serverPid: number): number | undefined {
  const ppid = parentPid(serverPid);
  if (ppid === process.pid) return ppid;
  if (ppid === undefined || ppid <= 1) return undefined;
  let launcherExecutable: string;
  try {
    launcherExecutable = fs.readlinkSync(`/proc/${ppid}/exe`);
  } catch {
    return undefined;
  }
  const ourExecutable = fs.realpathSync(process.execPath);
  const name = launcherExecutable.split('/').pop() ?? '';
  return launcherExecutable === ourExecutable || name.startsWith('node') ? ppid : undefined;
}
