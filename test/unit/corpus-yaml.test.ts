import { parse } from 'yaml';
import { z } from 'zod';
import { parseCorpusYaml } from '../../src/corpus/corpus-yaml';
import { CorpusError } from '../../src/corpus/corpus-error';

/** parseCorpusYaml returns what the YAML parser returns, and refuses what it refuses, as a CorpusError. */
const read = (text: string) => parseCorpusYaml('f.yaml', text, z.any());

function whole(text: string): unknown {
  try {
    return parse(text);
  } catch (e) {
    return `error: ${(e as Error).message.split('\n')[0]}`;
  }
}

function cached(text: string): unknown {
  try {
    return read(text);
  } catch (e) {
    expect(e).toBeInstanceOf(CorpusError);
    return `error: ${(e as Error).message.replace(/^f\.yaml(?::\d+)?: not valid YAML: /, '')}`;
  }
}

const DOCUMENTS: Array<[string, string]> = [
  ['a translation file', 'act: sc-1\nlang: ru\ntexts:\n  title: "Заголовок"\n  para_1:\n    - "Один"\n    - "Два: «три»"\nnotes: {}\n'],
  ['comments before and between entries', '# comment\n\n# more\nacts:\n  - id: a\n# between\nissuers:\n  x: 1\n'],
  ['a sequence at the start of the line under its key', 'acts:\n- id: a\n- id: b\nother: 1\n'],
  ['a block scalar whose text would start at the first column', 'a: |\nb: y\n'],
  ['a block scalar', 'a: |\n  line one\n  line two\nb: >\n  folded\n  text\n'],
  ['a quoted string left open across an entry', 'a: "x\nb: y"\n'],
  ['a single-quoted string left open across an entry', "a: 'x\nb: y'\n"],
  ['a flow collection left open across an entry', 'a: [1,\nb: 2]\n'],
  ['an alias of an anchor in another entry', 'a: &x 1\nb: *x\n'],
  ['an alias without its anchor', 'a: *x\n'],
  ['a repeated key', 'a: 1\na: 2\n'],
  ['a document marker', '---\na: 1\n'],
  ['two documents', 'a: 1\n---\nb: 2\n'],
  ['an unknown tag', 'a: !foo 1\n'],
  ['keys that are not strings in YAML', 'true: 1\nnull: 2\n'],
  ['a colon without a space', 'a:1\nb: 2\n'],
  ['a plain scalar continued on an indented line', 'a: x\n  y\nb: z\n'],
  ['CRLF line ends', 'a: 1\r\nb:\r\n  - 2\r\n'],
  ['a tab', 'a:\n\t- 1\n'],
  ['a byte order mark', '\uFEFFa: 1\n'],
  ['no trailing newline', 'a: 1\nb: 2'],
  ['only comments', '# nothing\n'],
  ['empty', ''],
  ['a top-level sequence', '- a\n- b\n'],
  ['a complex key', '? a\n: 1\nb: 2\n'],
];

describe('parseCorpusYaml', () => {
  it.each(DOCUMENTS)('reads %s as the whole document reads (first time and from the cache)', (_name, text) => {
    const expected = whole(text);
    expect(cached(text)).toEqual(expected);
    expect(cached(text)).toEqual(expected);
  });

  it('gives every caller its own data: changing one result leaves the next alone', () => {
    const text = 'act: sc-1\ntexts:\n  para_1:\n    - "Один"\n';
    const first = read(text) as { texts: { para_1: string[] } };
    first.texts.para_1.push('changed');
    expect(read(text)).toEqual({ act: 'sc-1', texts: { para_1: ['Один'] } });
  });

  it('reads entries shared between documents in the context of each', () => {
    const texts = '\ntexts:\n  title: "T"\n';
    expect(read(`act: a${texts}`)).toEqual({ act: 'a', texts: { title: 'T' } });
    expect(read(`act: b${texts}`)).toEqual({ act: 'b', texts: { title: 'T' } });
    expect(read(`act: b${texts}extra: 1\n`)).toEqual({ act: 'b', texts: { title: 'T' }, extra: 1 });
  });
});
