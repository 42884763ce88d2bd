import fc from 'fast-check';
import { extractCitations, formatCitation, type FoundCitation } from '../../src/citations';
import { CATALOG } from './citation-catalog.fixture';

const CLAUSE_IDS = new Set(CATALOG.clauses.map((c) => c.id));
const ACT_IDS = new Set(CATALOG.acts.map((a) => a.id));

/** Seeds: every formatted citation, and sentences with codes, look-alikes, lists and ranges. */
const SEEDS: string[] = [
  ...CATALOG.clauses.flatMap((c) => {
    const act = CATALOG.acts.find((a) => a.id === c.actId)!;
    return (['kk', 'ru'] as const).flatMap((lang) => (['FULL', 'SHORT'] as const).map((style) => formatCitation(c, act, lang, style)));
  }),
  'С учетом п.п. 10, 13 НП ВС РК № 9 от 09.07.1999 г. иск удовлетворен частично.',
  'АПК-нің 148-бабы екінші бөлігі 1) – 8) тармақшаларында, АК-нің 940-бабының 1-тармағы',
  'пункты 5-9, 20–22 и 21-1 НП ВС РК № 9 от 16.12.1988; статьей 938 ГК; «Об органах национальной безопасности» Закона',
  'ЖС 1999 жылғы 9 шілдедегі № 9 НҚ 20, 21-тармақтары (бұдан әрі – НҚ) аталған Қағидалардың 9-т. 2) тармақшасы',
];

/** Characters the finders care about, so mutations hit the grammar rather than only noise. */
const GRAMMAR_CHARS = [
  ...'0123456789№N.,;-–—() «»"\n',
  'п.',
  'пп.',
  'тармағы',
  'бабы',
  'НП',
  'ВС',
  'ЖС',
  'НҚ',
  'ҚР',
  'РК',
  'от',
  'жылғы',
  'Правил',
  'Қағидалар',
  'утв.',
  'бекітілген',
  'i',
  '😀',
];

type Mutation = { kind: 'delete' | 'insert' | 'duplicate'; at: number; length: number; piece: string };

const mutation = fc.record<Mutation>({
  kind: fc.constantFrom('delete', 'insert', 'duplicate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 12 }),
  piece: fc.oneof(fc.constantFrom(...GRAMMAR_CHARS), fc.string({ maxLength: 4 })),
});

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'insert') out = out.slice(0, at) + m.piece + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + m.length) + out.slice(at);
  }
  return out;
}

function assertWellFormed(input: string, found: FoundCitation[]): void {
  for (const f of found) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(input.length);
    expect(f.text).toBe(input.slice(f.start, f.end));
    // a clause or act that the catalog lacks is never made up
    if (f.clauseId !== undefined) expect(CLAUSE_IDS.has(f.clauseId)).toBe(true);
    if (f.actId !== undefined) expect(ACT_IDS.has(f.actId)).toBe(true);
    expect(f.actId !== undefined || f.reference !== undefined).toBe(true);
  }
}

describe('extractCitations properties', () => {
  it('never throws on random strings, and every result lies inside the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.fullUnicodeString({ maxLength: 200 })), (input) => {
        assertWellFormed(input, extractCitations(input, CATALOG));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated citations, and every result lies inside the input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (seed, mutations, inAttachment) => {
          const input = mutate(seed, mutations);
          const context = inAttachment ? { selfActId: 'gov-2012-1213', inAttachment: 1 } : {};
          assertWellFormed(input, extractCitations(input, CATALOG, context));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('stays fast on long inputs made of citation parts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...GRAMMAR_CHARS, ...SEEDS.slice(-4)), { minLength: 200, maxLength: 600 }), (parts) => {
        const input = parts.join(' ');
        const started = Date.now();
        assertWellFormed(input, extractCitations(input, CATALOG));
        expect(Date.now() - started).toBeLessThan(2000);
      }),
      { numRuns: 20 },
    );
  });
});
