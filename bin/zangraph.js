#!/usr/bin/env node
'use strict';
// The command line runs the compiled code (built by `npm install` / `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'src', 'cli.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('zangraph: not built yet; run `npm run build` first\n');
  process.exit(1);
}
require(entry);
