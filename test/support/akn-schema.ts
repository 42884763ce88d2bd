/**
 * Validation of Akoma Ntoso documents against the official OASIS 3.0 schema with libxml2's xmllint (the
 * xmllint-wasm package: no network, no native install). The schema files are found through the vendored OASIS
 * catalog (test/standards/akn/catalog.xml): the AKN namespace names the main schema, and every import it makes
 * is resolved by the catalog's system entries.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const CATALOG = resolve(__dirname, '..', 'standards', 'akn', 'catalog.xml');

interface Catalog {
  /** name (namespace URI) → file */
  uri: Map<string, string>;
  /** system identifier → file */
  system: Map<string, string>;
}

export function readCatalog(file = CATALOG): Catalog {
  const text = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const base = dirname(file);
  const entries = (tag: string, key: string) =>
    new Map([...text.matchAll(new RegExp(`<${tag}\\s+${key}="([^"]+)"\\s+uri="([^"]+)"\\s*/>`, 'g'))].map((m) => [m[1], join(base, m[2])]));
  return { uri: entries('uri', 'name'), system: entries('system', 'systemId') };
}

interface SchemaFiles {
  main: { fileName: string; contents: string };
  imports: Array<{ fileName: string; contents: string }>;
}

let cached: SchemaFiles | null = null;

/** The main schema of the namespace and, transitively, every schemaLocation it imports, all via the catalog. */
export function schemaFiles(namespace = AKN_NAMESPACE): SchemaFiles {
  if (cached) return cached;
  const catalog = readCatalog();
  const mainFile = catalog.uri.get(namespace);
  if (!mainFile) throw new Error(`the catalog has no schema for ${namespace}`);
  const imports = new Map<string, string>();
  const visit = (contents: string) => {
    for (const m of contents.matchAll(/<xsd?:(?:import|include)\b[^>]*schemaLocation="([^"]+)"/g)) {
      const location = m[1];
      if (imports.has(location)) continue;
      const file = catalog.system.get(location);
      if (!file) throw new Error(`the catalog does not resolve the schema location ${location}`);
      const text = readFileSync(file, 'utf8');
      imports.set(location, text);
      visit(text);
    }
  };
  const main = readFileSync(mainFile, 'utf8');
  visit(main);
  // xmllint resolves a relative schemaLocation against the importing file: preload each under that name
  cached = {
    main: { fileName: 'akomantoso30.xsd', contents: main },
    imports: [...imports].map(([location, contents]) => ({ fileName: location.replace(/^\.\//, ''), contents })),
  };
  return cached;
}

export interface XsdResult {
  valid: boolean;
  errors: string[];
}

/** Validates one document; each error is xmllint's line, without the file name. */
export async function validateAkn(xml: string, name = 'document.xml'): Promise<XsdResult> {
  const files = schemaFiles();
  const result = await validateXML({
    xml: [{ fileName: name, contents: xml }],
    schema: [files.main],
    preload: files.imports,
    modifyArguments: (args) => ['--nonet', ...args],
    maxMemoryPages: 1024,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage.replace(`${name}:`, 'line ')) };
}

/** Validates many documents in one xmllint run (the schema is compiled once); errors per document name. */
export async function validateAknMany(docs: ReadonlyArray<{ name: string; xml: string }>): Promise<Map<string, string[]>> {
  const files = schemaFiles();
  const result = await validateXML({
    xml: docs.map((d) => ({ fileName: d.name, contents: d.xml })),
    schema: [files.main],
    preload: files.imports,
    modifyArguments: (args) => ['--nonet', ...args],
    maxMemoryPages: 4096,
  });
  const out = new Map<string, string[]>(docs.map((d) => [d.name, []]));
  for (const e of result.errors) {
    const name = e.loc?.fileName;
    if (name && out.has(name)) out.get(name)!.push(`line ${e.loc!.lineNumber}: ${e.message}`);
    else if (!/validates$|fails to validate$/.test(e.rawMessage.trim())) throw new Error(`xmllint: ${e.rawMessage}`);
  }
  return out;
}
