/**
 * CPU time of a process tree, by program (the server, PostgreSQL's processes, Meilisearch), from /proc: what a
 * phase of a benchmark cost each of them, whatever else the machine was doing meanwhile (latency under a shared
 * load moves from run to run; the CPU a request costs does not).
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface Stat {
  pid: number;
  ppid: number;
  comm: string;
  cpuMs: number;
}

function stat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command is in parentheses and may hold spaces
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const fields = text.slice(close + 2).split(' ');
    // fields[0] is the state; utime and stime are the 14th and 15th fields of the line (11th and 12th here)
    return { pid, ppid: Number(fields[1]), comm, cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** CPU milliseconds used so far by `root` and its descendants, summed by program name. */
export function treeCpu(root: number): Map<string, number> {
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => stat(Number(d)))
    .filter((s): s is Stat => s !== null);
  const children = new Map<number, Stat[]>();
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const out = new Map<string, number>();
  const visit = (s: Stat, name: string) => {
    out.set(name, (out.get(name) ?? 0) + s.cpuMs);
    for (const c of children.get(s.pid) ?? []) visit(c, c.comm.startsWith('postgres') ? 'postgres' : c.comm);
  };
  const top = all.find((s) => s.pid === root);
  if (top) visit(top, 'server');
  return out;
}

/** What each program spent between two readings. */
export function cpuSpent(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  return new Map([...after].map(([name, ms]) => [name, ms - (before.get(name) ?? 0)]));
}
