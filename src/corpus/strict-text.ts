/**
 * The bytes of a corpus file as text, or a refusal that names the line: nothing undecodable becomes law. The
 * file must be UTF-8 (what a fatal TextDecoder accepts; a leading byte-order mark is dropped, as it does), and
 * hold no control character but tab and line breaks, nor U+FFFD — the mark an earlier decoding left where it
 * could not read, which would otherwise pass for official wording.
 */
import { isUtf8, transcode } from 'node:buffer';
import { CorpusError } from '../errors';

/** Index of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let cp = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

function describe(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp === 0) return 'U+0000 (NUL)';
  if (cp === 0xfffd) return 'U+FFFD (the replacement character: an earlier decoding could not read the text here)';
  return `U+${hex(cp, 4)} (a control character)`;
}

/** Decodes the file strictly, or throws CorpusError `file:line: CODE: message`. */
export function decodeCorpusText(file: string, bytes: Buffer): string {
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8Byte(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) [line, lineStart] = [line + 1, i + 1];
    const column = bytes.subarray(lineStart, at).toString('utf8').length + 1;
    const shown = [...bytes.subarray(at, Math.min(at + 4, bytes.length))].map((b) => `0x${hex(b, 2)}`).join(' ');
    throw new CorpusError(file, `INVALID_UTF8: the bytes ${shown} at column ${column} are not UTF-8; save the file as UTF-8`, line);
  }
  let text = decodeValidUtf8(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const before = text.slice(0, bad.index);
    const line = before.split('\n').length;
    const column = bad.index - before.lastIndexOf('\n');
    const code = bad[0] === '\uFFFD' ? 'REPLACEMENT_CHARACTER' : 'CONTROL_CHARACTER';
    throw new CorpusError(file, `${code}: ${describe(bad[0])} at column ${column}`, line);
  }
  return text;
}

/**
 * Valid UTF-8 as readFileSync(path, 'utf8') decodes it. Node's own decoder is slow on Cyrillic (a two-byte
 * string built code point by code point); the ICU converter yields the same string many times faster.
 */
function decodeValidUtf8(bytes: Buffer): string {
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    // a Node built without ICU
    return bytes.toString('utf8');
  }
}
