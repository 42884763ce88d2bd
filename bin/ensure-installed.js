#!/usr/bin/env node
'use strict';
// Runs before `npm start` and `npm test`: on a fresh clone (or after the lockfile changed) it installs the
// exact dependency tree of package-lock.json, so each of the two commands works on its own.
const { createHash } = require('node:crypto');
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const lock = fs.readFileSync(path.join(root, 'package-lock.json'));
const want = createHash('sha256').update(lock).digest('hex');
const stamp = path.join(root, 'node_modules', '.zangraph-installed');
const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
if (have !== want) {
  process.stderr.write('zangraph: installing dependencies (npm ci)…\n');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(stamp, want + '\n');
}
