#!/usr/bin/env node
'use strict';
// Makes `npx zangraph …` work inside a clone: npm links the bins of dependencies, not the project's own.
const fs = require('node:fs');
const path = require('node:path');
const binDir = path.join(__dirname, '..', 'node_modules', '.bin');
const link = path.join(binDir, 'zangraph');
fs.mkdirSync(binDir, { recursive: true });
try {
  fs.unlinkSync(link);
} catch {
  // not there yet
}
fs.symlinkSync(path.join('..', '..', 'bin', 'zangraph.js'), link);
