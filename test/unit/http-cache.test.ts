/** ETags, If-None-Match, content negotiation of encodings: the pure parts of HTTP caching. */
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { compress, ifNoneMatchHits, matchingTag, negotiateEncoding, strongEtag, variantEtag } from '../../src/http/http-cache';

describe('strongEtag', () => {
  test('quoted, not weak, stable, and different when any part differs', () => {
    const a = strongEtag(['build', '42', '2026-12-07', '/acts/sc-1999-9']);
    expect(a).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(strongEtag(['build', '42', '2026-12-07', '/acts/sc-1999-9'])).toBe(a);
    for (const parts of [
      ['build', '43', '2026-12-07', '/acts/sc-1999-9'],
      ['build', '42', '2026-12-08', '/acts/sc-1999-9'],
      ['build', '42', '2026-12-07', '/acts/gov-2012-1213'],
      ['other', '42', '2026-12-07', '/acts/sc-1999-9'],
    ]) {
      expect(strongEtag(parts)).not.toBe(a);
    }
    // parts are delimited: moving text between them changes the tag
    expect(strongEtag(['ab', 'c'])).not.toBe(strongEtag(['a', 'bc']));
  });
});

describe('If-None-Match', () => {
  const etag = '"abc_-DEF"';
  test.each([
    ['"abc_-DEF"', true],
    ['W/"abc_-DEF"', true],
    ['"abc_-DEF.br"', true],
    ['"abc_-DEF.c.gz"', true],
    ['"other", "abc_-DEF"', true],
    ['*', true],
    ['"abc_-DEG"', false],
    ['"abc_"', false],
    ['', false],
  ])('%s → %s', (header, hit) => expect(ifNoneMatchHits(header, etag)).toBe(hit));
  test('absent header never hits', () => expect(ifNoneMatchHits(undefined, etag)).toBe(false));
  test.each([
    ['"x", W/"abc_-DEF.br"', '"abc_-DEF.br"'],
    ['"abc_-DEF"', '"abc_-DEF"'],
    ['*', '"abc_-DEF"'],
    ['"x"', null],
  ])('the 304 repeats the tag the client holds: %s → %s', (header, tag) => expect(matchingTag(header, etag)).toBe(tag));
  test('variants differ from each other and from the base', () => {
    const tags = [etag, variantEtag(etag, 'br'), variantEtag(etag, 'gzip'), variantEtag(etag, null, 'c'), variantEtag(etag, 'br', 'c')];
    expect(new Set(tags).size).toBe(tags.length);
    for (const t of tags) expect(ifNoneMatchHits(t, etag)).toBe(true);
  });
});

describe('Accept-Encoding', () => {
  test.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['identity', null],
    ['*', 'br'],
    ['*;q=0, gzip;q=0.5', 'gzip'],
    ['', null],
  ])('%j → %s', (header, expected) => expect(negotiateEncoding(header)).toBe(expected));
  test('absent header: no encoding', () => expect(negotiateEncoding(undefined)).toBeNull());
});

test('compressed bodies decompress to the original', () => {
  const body = Buffer.from('Қазақстан Республикасы '.repeat(200), 'utf8');
  expect(brotliDecompressSync(compress(body, 'br')).equals(body)).toBe(true);
  expect(gunzipSync(compress(body, 'gzip')).equals(body)).toBe(true);
  expect(compress(body, 'br').length).toBeLessThan(body.length / 10);
});
