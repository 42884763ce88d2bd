/**
 * The vendored OASIS schema is the shared one, and the validator really validates: a document with the error
 * the old writer made (status="repealed") fails, the same document with status="removed" passes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCatalog, validateAkn } from '../support/akn-schema';

const ROOT = resolve(__dirname, '..', '..');

// Compiling the OASIS schema in WebAssembly takes seconds on a busy machine: more than Jest's 5 s default.
jest.setTimeout(60_000);

test.each(['akomantoso30.xsd', 'xml.xsd'])('test/standards/akn/%s equals the shared copy (when present)', (file) => {
  const shared = [process.env.ZANGRAPH_SHARED_DIR, join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')]
    .filter((d): d is string => !!d)
    .map((d) => join(d, 'standards', 'akn', file))
    .find(existsSync);
  if (!shared) return;
  expect(readFileSync(join(ROOT, 'test', 'standards', 'akn', file), 'utf8')).toBe(readFileSync(shared, 'utf8'));
});

test('the catalog resolves the AKN namespace and the XML namespace schema to vendored files', () => {
  const c = readCatalog();
  expect(c.uri.get('http://docs.oasis-open.org/legaldocml/ns/akn/3.0')).toMatch(/test\/standards\/akn\/akomantoso30\.xsd$/);
  expect(c.system.get('http://www.w3.org/2001/xml.xsd')).toMatch(/test\/standards\/akn\/xml\.xsd$/);
});

const doc = (status: string) => `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="decree"><meta><identification source="#z">
<FRBRWork><FRBRthis value="/akn/kz/act/decree/2012-09-18/1213/!main"/><FRBRuri value="/akn/kz/act/decree/2012-09-18/1213"/><FRBRdate date="2012-09-18" name="adoption"/><FRBRauthor href="#g"/><FRBRcountry value="kz"/></FRBRWork>
<FRBRExpression><FRBRthis value="/akn/kz/act/decree/2012-09-18/1213/kaz@/!main"/><FRBRuri value="/akn/kz/act/decree/2012-09-18/1213/kaz@"/><FRBRdate date="2012-09-18" name="adoption"/><FRBRauthor href="#g"/><FRBRlanguage language="kaz"/></FRBRExpression>
<FRBRManifestation><FRBRthis value="/akn/kz/act/decree/2012-09-18/1213/kaz@/!main.xml"/><FRBRuri value="/akn/kz/act/decree/2012-09-18/1213/kaz@.xml"/><FRBRdate date="2024-01-01" name="transform"/><FRBRauthor href="#z"/></FRBRManifestation>
</identification></meta><body><paragraph eId="para_1" status="${status}"><num>1.</num><content><p>Text</p></content></paragraph></body></act></akomaNtoso>`;

test('xmllint rejects status="repealed" and accepts status="removed"', async () => {
  const bad = await validateAkn(doc('repealed'));
  expect(bad.valid).toBe(false);
  expect(bad.errors.join('\n')).toMatch(/attribute 'status'.*'repealed' is not an element of the set/);
  expect(await validateAkn(doc('removed'))).toEqual({ valid: true, errors: [] });
});
