import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { CorpusError } from '../../src/errors';
import { decodeCorpusText, firstInvalidUtf8Byte } from '../../src/corpus/strict-text';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeCorpusText refuses what is not clean UTF-8 text, naming the line', () => {
  it.each<[string, Buffer, string]>([
    [
      'a byte that starts nothing (0xFF)',
      bytes('1. Бірінші.\n2. қа', [0xff], '(білеттілігінен\n'),
      'acts/x.txt:2: INVALID_UTF8: the bytes 0xFF 0x28 0xD0 0xB1 at column 6 are not UTF-8; save the file as UTF-8',
    ],
    ['a sequence cut short', bytes('a\nb\nc', [0xd2]), 'acts/x.txt:3: INVALID_UTF8: the bytes 0xD2 at column 2'],
    ['an overlong slash', bytes('ok ', [0xc0, 0xaf]), 'acts/x.txt:1: INVALID_UTF8: the bytes 0xC0 0xAF at column 4'],
    ['a UTF-16 surrogate', bytes([0xed, 0xa0, 0x80]), 'acts/x.txt:1: INVALID_UTF8: the bytes 0xED 0xA0 0x80 at column 1'],
    [
      'a code point past U+10FFFF',
      bytes('\n\n', [0xf4, 0x90, 0x80, 0x80]),
      'acts/x.txt:3: INVALID_UTF8: the bytes 0xF4 0x90 0x80 0x80 at column 1',
    ],
    ['a NUL', bytes('1. Мәтін\n2. мә\u0000тін'), 'acts/x.txt:2: CONTROL_CHARACTER: U+0000 (NUL) at column 6'],
    ['a bell', bytes('a\u0007'), 'acts/x.txt:1: CONTROL_CHARACTER: U+0007 (a control character) at column 2'],
    ['a C1 control (NEL)', bytes('x\n\u0085'), 'acts/x.txt:2: CONTROL_CHARACTER: U+0085 (a control character) at column 1'],
    ['a form feed', bytes('x\f'), 'acts/x.txt:1: CONTROL_CHARACTER: U+000C'],
    ['the replacement character', bytes('қа\uFFFD(бі'), 'acts/x.txt:1: REPLACEMENT_CHARACTER: U+FFFD (the replacement character'],
  ])('%s', (_name, input, message) => {
    let thrown: unknown;
    try {
      decodeCorpusText('acts/x.txt', input);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CorpusError);
    expect((thrown as Error).message.startsWith(message)).toBe(true);
  });

  it('keeps tabs and line breaks, drops a leading byte-order mark, and changes nothing else', () => {
    expect(decodeCorpusText('a', bytes([0xef, 0xbb, 0xbf], '1.\tМәтін\r\n2. 😀'))).toBe('1.\tМәтін\r\n2. 😀');
  });

  it('finds invalid UTF-8 exactly where a fatal TextDecoder does', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (raw) => {
        const at = firstInvalidUtf8Byte(raw);
        let decodes = true;
        try {
          fatal.decode(raw);
        } catch {
          decodes = false;
        }
        expect(at === -1).toBe(decodes);
        expect(at === -1).toBe(isUtf8(raw));
        // everything before the reported byte is valid on its own
        if (at >= 0) expect(isUtf8(raw.subarray(0, at))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes any clean text back to itself', () => {
    fc.assert(
      fc.property(fc.fullUnicodeString(), (s) => {
        const clean = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFEFF]/g, '');
        expect(decodeCorpusText('f', Buffer.from(clean, 'utf8'))).toBe(clean);
      }),
    );
  });
});
