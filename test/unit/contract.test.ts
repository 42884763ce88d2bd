/**
 * The served schema against the public contract, judged by graphql-js's own findBreakingChanges: every type,
 * field, argument and enum value of the contract is served with a compatible type. Contract additions that
 * other work items deliver are listed below by name; nothing here stubs them. The committed schema.graphql must
 * be exactly what the code serves (`npm run schema` writes it).
 */
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema, findBreakingChanges, printSchema, type GraphQLSchema } from 'graphql';
import { buildZangraphSchema } from '../../src/schema/build-schema';
import { SCHEMA_FILE } from '../../src/schema/print-schema';

const ROOT = resolve(__dirname, '..', '..');
const VENDORED = join(ROOT, 'test', 'contract', 'contract.graphql');

/** Contract "(added)" items that belong to work not merged yet; each entry names the coordinate the change is about. */
const KNOWN_GAPS: ReadonlyArray<{ name: string; owner: string }> = [];

/** The schema coordinate a breaking change is about, from graphql-js's description of it. */
export function coordinateOf(description: string): string {
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^(\w+) was removed\.$/, (m) => m[1]],
    [/^(\w+\.\w+) was removed\.$/, (m) => m[1]],
    [/^(\w+) was removed from enum type (\w+)\.$/, (m) => `${m[2]}.${m[1]}`],
    [/^(\w+\.\w+) arg (\w+) was removed\.$/, (m) => `${m[1]}(${m[2]})`],
    [/^(\w+\.\w+) arg (\w+) has changed type/, (m) => `${m[1]}(${m[2]})`],
    [/^(\w+\.\w+) changed type/, (m) => m[1]],
  ];
  for (const [re, name] of patterns) {
    const m = re.exec(description);
    if (m) return name(m);
  }
  return description;
}

let served: GraphQLSchema;
beforeAll(async () => {
  served = await buildZangraphSchema();
});

function sharedContract(): string | null {
  const candidates = [process.env.ZANGRAPH_SHARED_DIR, join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')].filter(
    (d): d is string => !!d,
  );
  for (const dir of candidates) {
    const file = join(dir, 'api', 'contract.graphql');
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return null;
}

test('the vendored contract is the shared one (when the shared folder is present)', () => {
  const shared = sharedContract();
  if (shared === null) {
    process.stderr.write('contract test: no shared/api/contract.graphql beside the repository; the vendored copy is used as is\n');
    return;
  }
  expect(readFileSync(VENDORED, 'utf8')).toBe(shared);
});

test('findBreakingChanges(contract, served): none, apart from the named additions of other work items', () => {
  const contract = buildSchema(readFileSync(VENDORED, 'utf8'));
  const breaking = findBreakingChanges(contract, served).map((c) => ({
    type: c.type,
    coordinate: coordinateOf(c.description),
    description: c.description,
  }));
  const gapNames = new Set(KNOWN_GAPS.map((g) => g.name));
  expect(breaking.filter((c) => !gapNames.has(c.coordinate))).toEqual([]);
  // a gap that is served now must leave the list, so the list never hides a regression
  const stillBreaking = new Set(breaking.map((c) => c.coordinate));
  expect(KNOWN_GAPS.filter((g) => !stillBreaking.has(g.name)).map((g) => `${g.name} is served now: remove it from KNOWN_GAPS`)).toEqual([]);
});

test('arguments with a default are nullable, as the contract declares them', () => {
  const contract = buildSchema(readFileSync(VENDORED, 'utf8'));
  const typeMap = contract.getTypeMap();
  const checked: string[] = [];
  for (const type of Object.values(typeMap)) {
    if (type.name.startsWith('__') || !('getFields' in type) || !('getInterfaces' in type)) continue;
    const servedType = served.getType(type.name) as typeof type | undefined;
    if (!servedType) continue;
    const servedFields = servedType.getFields();
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        if (arg.defaultValue === undefined) continue;
        const servedArg = servedFields[field.name]?.args.find((a) => a.name === arg.name);
        if (!servedArg) continue;
        checked.push(`${type.name}.${field.name}(${arg.name}: ${String(servedArg.type)})`);
        expect(`${type.name}.${field.name}(${arg.name}: ${String(servedArg.type)})`).not.toMatch(/!\)$/);
      }
    }
  }
  expect(checked.length).toBeGreaterThan(20);
});

test(`${SCHEMA_FILE} is what the code serves (run "npm run schema" after changing the schema)`, () => {
  const committed = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');
  expect(committed).toBe(`${printSchema(served)}\n`);
});

test.each([
  ['EffectiveWindow was removed.', 'EffectiveWindow'],
  ['Act.entryIntoForce was removed.', 'Act.entryIntoForce'],
  ['UNCERTAIN was removed from enum type ProvisionStatus.', 'ProvisionStatus.UNCERTAIN'],
  ['Mutation.upsertCase arg ifVersion was removed.', 'Mutation.upsertCase(ifVersion)'],
  ['Act.title arg lang has changed type from Lang to Lang!.', 'Act.title(lang)'],
  ['SearchFilter.includeRepealed changed type from Boolean to Boolean!.', 'SearchFilter.includeRepealed'],
])('coordinateOf(%j) = %s', (description, coordinate) => {
  expect(coordinateOf(description)).toBe(coordinate);
});
