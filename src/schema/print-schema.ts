/**
 * `npm run schema`: writes the served GraphQL schema (printSchema of what the server builds) to schema.graphql
 * at the repository root, so a client can read the API without running the server. The tests fail when the
 * committed file and the code drift apart.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { buildZangraphSchema } from './build-schema';

export const SCHEMA_FILE = 'schema.graphql';

export async function servedSchemaText(): Promise<string> {
  return `${printSchema(await buildZangraphSchema())}\n`;
}

if (require.main === module) {
  // dist/src/schema → the repository root
  const root = join(__dirname, '..', '..', '..');
  servedSchemaText()
    .then((text) => {
      writeFileSync(join(root, SCHEMA_FILE), text);
      process.stdout.write(`${SCHEMA_FILE} written (${text.length} characters)\n`);
    })
    .catch((e) => {
      process.stderr.write(`${(e as Error).stack ?? e}\n`);
      process.exit(1);
    });
}
