import fc from 'fast-check';
import { extractAll, extractCitations, extractionSteps, measureWork, MAX_COMBINATIONS } from '../../src/citations';
import { CITATION_ATTACKS } from '../../bench/attacks/citation-texts';
import { CATALOG } from './citation-catalog.fixture';

/*
 * The extractor's work grows in proportion to its input: doubling a text must not quadruple the steps
 * (src/citations/work-meter.ts says what a step is). Counted, not timed, so the test says the same on a busy
 * machine; bench/citations-dos.ts prints the times.
 */

const steps = (text: string) => measureWork(() => extractCitations(text, CATALOG)).steps;

/** Loose: linear work gives 2, a square 4; allowance for what does not grow with the text. */
const MAX_GROWTH = 2.4;

describe('work per character stays the same as hostile texts double', () => {
  it.each(Object.keys(CITATION_ATTACKS))('%s', (family) => {
    const make = CITATION_ATTACKS[family];
    const small = steps(make(4_000));
    const large = steps(make(8_000));
    expect(small).toBeGreaterThan(4_000); // every character is read at least once
    expect(large / small).toBeLessThan(MAX_GROWTH);
  });
});

/** Pieces of the citation grammar, so random texts are full of near-citations. */
const PIECES = [
  'п. ',
  'пп. ',
  'пункты ',
  'тармағы ',
  '-т. ',
  'тармақшасы ',
  ' ',
  '  ',
  ', ',
  ' и ',
  ' – ',
  '1',
  '12',
  '21-1',
  '2)',
  '№ 9',
  'НП ВС РК',
  'ЖС',
  'НҚ',
  'от',
  '09.07.1999',
  '1999 жылғы 9 шілдедегі',
  'Правил',
  'утвержденных',
  'постановлением Правительства',
  '№ 1213',
  '(далее – Правила)',
  'ГК',
  'АК-нің',
  'статьи 938',
  '«',
  '»',
  'с 10 по 13',
  'аталған',
  'осы',
];

describe('random texts of the grammar', () => {
  it('twice the text costs at most about twice the steps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 50, maxLength: 400 }), (pieces) => {
        const text = pieces.join('');
        const once = steps(text);
        const twice = steps(`${text}\n${text}`);
        return twice <= MAX_GROWTH * once + 100;
      }),
      { numRuns: 60 },
    );
  });
});

describe('bounded answers', () => {
  it('stops at the citation limit and says the answer is incomplete', () => {
    const text = CITATION_ATTACKS.ranges(20_000);
    const limited = measureWork(() => extractAll(extractionSteps(text, CATALOG, {}, { maxCitations: 100 })));
    expect(limited.result.complete).toBe(false);
    expect(limited.result.found.length).toBeLessThanOrEqual(101 + 25);
    const whole = measureWork(() => extractAll(extractionSteps(text, CATALOG)));
    expect(whole.result.complete).toBe(true);
    expect(whole.result.found.length).toBeGreaterThan(1_000);
    // stopping early saves the making of targets, not the reading of the text
    expect(limited.steps).toBeLessThan(whole.steps);
  });

  it('an ordinary text within the limit is complete', () => {
    const r = extractAll(extractionSteps('пункты 5-9 НП ВС РК № 9 от 09.07.1999 г.', CATALOG, {}, { maxCitations: 100 }));
    expect(r.complete).toBe(true);
    expect(r.found.map((f) => f.clauseId)).toEqual([
      'sc-1999-9/para_5',
      'sc-1999-9/para_6',
      'sc-1999-9/para_7',
      'sc-1999-9/para_8',
      'sc-1999-9/para_9',
    ]);
  });

  it.each([
    [
      'sub-points of points, two short lists: every combination',
      'подпункты 1 и 2 пунктов 9 и 10 Правил, утвержденных постановлением Правительства РК № 1213 от 18.09.2012',
      4,
    ],
    [
      'two long lists: the act alone, not their product',
      `пп. ${Array.from({ length: 20 }, (_, i) => i + 1).join(', ')} п. ${Array.from({ length: 20 }, (_, i) => i + 1).join(', ')} НП ВС РК № 9 от 09.07.1999`,
      1,
    ],
    [
      'parts of articles of a code, two long lists: the code alone',
      `ч. ${Array.from({ length: 20 }, (_, i) => i + 1).join(', ')} ст. ${Array.from({ length: 20 }, (_, i) => i + 900).join(', ')} ГК РК`,
      1,
    ],
  ])('%s', (_name, text, count) => {
    expect(20 * 20).toBeGreaterThan(MAX_COMBINATIONS);
    expect(extractCitations(text, CATALOG)).toHaveLength(count);
  });
});
