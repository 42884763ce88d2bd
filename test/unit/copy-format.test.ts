import { copyData, copyField, encodeUtf8 } from '../../src/ingest/copy';

/**
 * COPY's text format for ingest's rows. Each field must hold what jsonb_populate_recordset made of the same
 * value as JSON (how rows were written before COPY): the database content must not change with the way in.
 */
describe('copyField', () => {
  it.each([
    ['null', null, false, '\\N'],
    ['undefined', undefined, false, '\\N'],
    ['a string', 'Қағидалар', false, 'Қағидалар'],
    ['backslash, tab, newline, carriage return', 'a\\b\tc\nd\re', false, 'a\\\\b\\tc\\nd\\re'],
    ['a string that looks like NULL', '\\N', false, '\\\\N'],
    ['an empty string', '', false, ''],
    ['an integer', 42, false, '42'],
    ['a fraction', 0.1, false, '0.1'],
    ['a large number', 1e21, false, '1e+21'],
    ['minus zero', -0, false, '0'],
    ['a number that is not finite', Number.NaN, false, '\\N'],
    ['true', true, false, 'true'],
    ['false', false, false, 'false'],
    ['a date', new Date('2024-01-02T03:04:05.000Z'), false, '2024-01-02T03:04:05.000Z'],
    ['paragraphs as jsonb', ['a "b"', 'c\\d', 'e\nf'], true, '["a \\\\"b\\\\"","c\\\\\\\\d","e\\\\nf"]'],
    ['an empty list as jsonb', [], true, '[]'],
    ['a string as jsonb', 'x', true, '"x"'],
  ])('%s', (_name, value, jsonb, expected) => {
    expect(copyField(value, jsonb)).toBe(expected);
  });
});

describe('copyData', () => {
  it('writes one line per row, fields in column order, in pieces that end with whole lines', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ id: `r${i}`, n: i, list: [`p${i}`], none: null }));
    const pieces = [
      ...copyData(rows, [
        { property: 'id', jsonb: false },
        { property: 'n', jsonb: false },
        { property: 'list', jsonb: true },
        { property: 'none', jsonb: false },
      ]),
    ];
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p[p.length - 1]).toBe(0x0a);
    const lines = Buffer.concat(pieces).toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2500);
    expect(lines[7]).toBe('r7\t7\t["p7"]\t\\N');
  });
});

describe('encodeUtf8', () => {
  it.each([
    ['ASCII', 'abc'],
    ['Cyrillic', 'Қазақстан Республикасының'],
    ['outside the BMP', 'a 😀 b'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone low surrogate', 'a\uDC00b'],
    ['empty', ''],
  ])('%s: the bytes of Buffer.from(text, "utf8")', (_name, text) => {
    expect(encodeUtf8(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });
});
