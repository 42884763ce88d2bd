import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

/**
 * PostgreSQL refuses to run as root. When we are root, its files and processes belong to an unprivileged
 * OS user instead; these functions find (or create) that user and make sure it can reach what it needs.
 */
export interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

export const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

export function lookUpOsUser(name: string): OsUser | undefined {
  try {
    const run = (flag: string) =>
      Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const uid = run('-u');
    const gid = run('-g');
    return Number.isInteger(uid) && Number.isInteger(gid) ? { name, uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/** A system account with no home and no login shell, only there to own the database files. */
export function createSystemUser(name: string): OsUser {
  execFileSync(
    'useradd',
    ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', name],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const user = lookUpOsUser(name);
  if (!user) throw new Error(`useradd reported success but user "${name}" cannot be looked up`);
  return user;
}

function hasPermission(stat: fs.Stats, user: OsUser, ownerBit: number): boolean {
  // Supplementary groups are ignored: at worst we add an "others" bit that was not strictly needed.
  if (stat.uid === user.uid) return (stat.mode & ownerBit) !== 0;
  if (stat.gid === user.gid) return (stat.mode & (ownerBit >> 3)) !== 0;
  return (stat.mode & (ownerBit >> 6)) !== 0;
}

/**
 * Adds the "others may traverse" bit (x, never r or w) to every directory from / down to `target`
 * that `user` could not otherwise pass through, e.g. /root (0700) when the project lives there.
 * Returns the directories that were changed so the caller can say so.
 */
export function grantTraversal(target: string, user: OsUser): string[] {
  const changed: string[] = [];
  const absolute = path.resolve(target);
  const chain: string[] = [];
  for (let dir = absolute; ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    const stat = fs.statSync(dir);
    if (!stat.isDirectory() || hasPermission(stat, user, 0o100)) continue;
    fs.chmodSync(dir, (stat.mode & 0o7777) | 0o001);
    changed.push(dir);
  }
  return changed;
}

/** chown -R without following symlinks. */
export function chownRecursive(target: string, user: OsUser): void {
  fs.lchownSync(target, user.uid, user.gid);
  if (!fs.lstatSync(target).isDirectory()) return;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) chownRecursive(child, user);
    else fs.lchownSync(child, user.uid, user.gid);
  }
}
