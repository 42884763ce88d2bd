import fc from 'fast-check';
import { extractCitations, formatCitation } from '../../src/citations';
import { CATALOG } from './citation-catalog.fixture';

/*
 * A citation means the same wherever it stands: put into a sentence of ordinary words, every formatted citation
 * of every clause is still found, still resolves to its clause, and its span moves exactly with the text before
 * it. (citation-properties.test.ts covers robustness; this covers meaning under context.)
 */

const FORMS = CATALOG.clauses.flatMap((c) => {
  const act = CATALOG.acts.find((a) => a.id === c.actId)!;
  return (['kk', 'ru'] as const).flatMap((lang) =>
    (['FULL', 'SHORT'] as const).map((style) => ({ id: c.id, lang, text: formatCitation(c, act, lang, style) })),
  );
});

/** Words that carry no citation grammar of their own (no numbers, no act or unit words). */
const NEUTRAL = {
  kk: ['Сот', 'талап', 'қою', 'туралы', 'істі', 'қарап,', 'мынаны', 'атап', 'өтті:', 'бұл', 'жағдайда'],
  ru: ['Суд,', 'рассмотрев', 'дело,', 'отметил,', 'что', 'в', 'итоге', 'истец', 'прав', 'полностью'],
};

describe('a formatted citation inside a sentence', () => {
  it('is found, resolves to its clause, and its span shifts with the prefix', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMS), fc.boolean(), fc.boolean(), (form, withPrefix, withSuffix) => {
        const alone = extractCitations(form.text, CATALOG);
        const standalone = alone.find((f) => f.clauseId === form.id);
        if (!standalone) throw new Error(`not found on its own: ${form.text}`);
        const prefix = withPrefix ? `${NEUTRAL[form.lang].slice(0, 4).join(' ')} ` : '';
        const suffix = withSuffix ? `; ${NEUTRAL[form.lang].slice(4).join(' ')}.` : '';
        const input = `${prefix}${form.text}${suffix}`;
        const found = extractCitations(input, CATALOG).find((f) => f.clauseId === form.id);
        expect(found).toBeDefined();
        expect(found!.start).toBe(standalone.start + prefix.length);
        expect(found!.text).toBe(standalone.text);
      }),
      { numRuns: 400 },
    );
  });

  it('random neutral sentences around it change nothing but the offsets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORMS),
        fc.constantFrom<'kk' | 'ru'>('kk', 'ru'),
        fc.integer({ min: 0, max: 8 }),
        (form, lang, words) => {
          const prefix = words ? `${NEUTRAL[lang].slice(0, words).join(' ')} ` : '';
          const found = extractCitations(`${prefix}${form.text}`, CATALOG);
          const alone = extractCitations(form.text, CATALOG);
          expect(found.map((f) => ({ ...f, start: f.start - prefix.length, end: f.end - prefix.length }))).toEqual(alone);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is extracted the same way every time (no state carried between calls)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FORMS), { minLength: 1, maxLength: 5 }), (forms) => {
        const text = forms.map((f) => f.text).join('. ');
        expect(extractCitations(text, CATALOG)).toEqual(extractCitations(text, CATALOG));
      }),
      { numRuns: 100 },
    );
  });
});
