import { parse } from 'yaml';
import { z } from 'zod';
import { parseCorpusYaml, readYamlDocument } from '../../src/corpus/corpus-yaml';
import { YamlSyntaxError } from '../../src/errors';
import { CorpusError } from '../../src/errors';

const read = (text: string) => parseCorpusYaml('f.yaml', text, z.any());

/** Documents the corpus may hold: read to what the `yaml` package (YAML 1.2, core schema) reads them to. */
const READ: Array<[string, string]> = [
  ['a translation file', 'act: sc-1\nlang: ru\ntexts:\n  title: "Заголовок"\n  para_1:\n    - "Один"\n    - "Два: «три»"\nnotes: {}\n'],
  ['escapes in double quotes', 'a: "кавычки \\" и \\\\ и \\n перевод"\n'],
  ['single quotes with a doubled quote', "a: 'it''s'\n"],
  ['comments before and between entries', '# comment\n\n# more\nacts:\n  - id: a\n# between\nissuers:\n  x: 1\n'],
  ['a sequence at the start of the line under its key', 'acts:\n- id: a\n- id: b\nother: 1\n'],
  ['a block scalar', 'a: |\n  line one\n  line two\nb: >\n  folded\n  text\n'],
  ['an alias of an anchor in another entry', 'a: &x 1\nb: *x\n'],
  ['a document marker', '---\na: 1\n'],
  ['a key that is not a string in YAML', 'true: 1\n2: b\n'],
  ['a plain scalar continued on an indented line', 'a: x\n  y\nb: z\n'],
  ['CRLF line ends', 'a: 1\r\nb:\r\n  - 2\r\n'],
  ['a byte order mark', '\uFEFFa: 1\n'],
  ['no trailing newline', 'a: 1\nb: 2'],
  ['a top-level sequence', '- a\n- b\n'],
  ['a complex key', '? a\n: 1\nb: 2\n'],
  ['YAML 1.1 words that 1.2 reads as strings', 'a: yes\nb: off\nc: ~\nd: 0x1F\ne: 1.5e3\n'],
];

/** What the corpus must never hold: refused, with the line where the reader saw the problem. */
const REFUSED: Array<[string, string, RegExp, number | undefined]> = [
  ['a repeated key', 'a: 1\na: 2\n', /duplicated mapping key/, 2],
  ['a tab in indentation', 'a:\n\t- 1\n', /tab/, 2],
  ['an unknown tag', 'a: !foo 1\n', /unknown .*tag/, 1],
  ['a code-running tag', 'a: !!js/function "function () {}"\n', /unknown .*tag/, 1],
  ['an alias without its anchor', 'a: *x\n', /alias/, 1],
  ['two documents', 'a: 1\n---\nb: 2\n', /single document/, undefined],
  ['a flow collection left open', 'a: [1,\nb: 2\n', /./, 2],
  ['a colon-less line between entries', 'a: 1\nthis is no entry\nb: 2\n', /./, 3],
  ['an empty file', '', /empty/, undefined],
];

describe('readYamlDocument', () => {
  it.each(READ)('reads %s as YAML 1.2 core schema does', (_name, text) => {
    expect(readYamlDocument(text)).toEqual(parse(text));
  });

  it('keeps a date the way it is written, as a string', () => {
    expect(readYamlDocument('adopted: 2012-09-18\n')).toEqual({ adopted: '2012-09-18' });
  });

  it.each(REFUSED)('refuses %s, naming the line', (_name, text, reason, line) => {
    let error: unknown;
    try {
      readYamlDocument(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(YamlSyntaxError);
    expect((error as YamlSyntaxError).message).toMatch(reason);
    if (line !== undefined) expect((error as YamlSyntaxError).line).toBe(line);
  });
});

describe('parseCorpusYaml', () => {
  it('names the file and line of a YAML error', () => {
    expect(() => read('a: 1\na: 2\n')).toThrow(CorpusError);
    expect(() => read('a: 1\na: 2\n')).toThrow(/^f\.yaml:2: not valid YAML: duplicated mapping key$/);
  });

  it('names the field the schema refuses', () => {
    expect(() => parseCorpusYaml('f.yaml', 'a:\n  b: x\n', z.object({ a: z.object({ b: z.number() }) }))).toThrow(/^f\.yaml: a\.b: /);
  });

  it('gives every caller its own data: changing one result leaves the next alone', () => {
    const text = 'act: sc-1\ntexts:\n  para_1:\n    - "Один"\n';
    const first = read(text) as { texts: { para_1: string[] } };
    first.texts.para_1.push('changed');
    expect(read(text)).toEqual({ act: 'sc-1', texts: { para_1: ['Один'] } });
  });
});
