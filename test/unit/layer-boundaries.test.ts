/**
 * The import boundaries of docs/architecture.md as the linter enforces them (eslint.config.mjs): each line below is
 * an import placed in a file of some layer, linted as if it were there, and what the rule must say about it.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Lints each probe with the project's configuration in one process (the config is an ES module jest cannot load). */
const LINT_PROBES = `
const { ESLint } = require('eslint');
(async () => {
  const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const p of probes) {
    const [result] = await eslint.lintText(p.code, { filePath: p.file });
    out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

/** The import-boundary messages for each probe, linted as the file it names (relative to the repository root). */
function crossings(probes: Array<{ file: string; code: string }>): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', LINT_PROBES], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`eslint failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as string[][]);
    });
    child.stdin!.end(JSON.stringify(probes));
  });
}

const CASES: Array<[file: string, importLine: string, refused: boolean]> = [
  ['src/corpus/probe.ts', "import { DataSource } from 'typeorm';", true],
  ['src/corpus/probe.ts', "import { GraphQLError } from 'graphql';", true],
  ['src/corpus/probe.ts', "import { readFileSync } from 'node:fs';", true],
  ['src/corpus/probe.ts', "import { ClauseEntity } from '../entities';", true],
  ['src/corpus/probe.ts', "import { isCalendarDate } from '../domain/calendar-date';", false],
  ['src/domain/probe.ts', "import { Field } from 'type-graphql';", true],
  ['src/domain/probe.ts', "import { parseAct } from '../corpus/parse-act';", true],
  ['src/domain/probe.ts', "import { ParseError } from '../errors';", false],
  ['src/services/probe.ts', "import { Clause } from '../schema/clause.type';", true],
  ['src/services/probe.ts', "import { located } from '../http/query-limits';", true],
  ['src/services/probe.ts', "import { ClauseEntity } from '../entities';", false],
  ['src/entities/probe.ts', "import type { ClauseRow } from '../ingest/rows';", true],
  ['src/entities/probe.ts', "import type { AmendmentEvent } from '../domain/types';", false],
  ['src/resolvers/probe.ts', "import { Clause } from '../schema/clause.type';", false],
];

describe('layer boundaries (lint)', () => {
  let found: string[][];
  beforeAll(async () => {
    found = await crossings(
      CASES.map(([file, importLine]) => ({ file, code: `${importLine}\nexport const used = [${/\{ (\w+) \}/.exec(importLine)![1]}];\n` })),
    );
  }, 120_000);

  it.each(CASES.map((c, i) => [...c, i] as const))('%s: %s → refused %s', (_file, _importLine, refused, i) => {
    expect(found[i].length > 0).toBe(refused);
    if (refused) expect(found[i].join(' ')).toMatch(/layer boundary|no framework/);
  });
});
