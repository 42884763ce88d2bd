/**
 * The words an act citation is made of, each found on its own: who issued it ("Верховного Суда", "Үкіметінің",
 * "ЖС"), what it is ("нормативного постановления", "қаулысы", "НП", "НҚ"), "Правила"/"Қағидалар", "осы"/
 * "указанного", its number and date, and filler ("Республики Казахстан", "от", a quoted title).
 * act-mentions.ts assembles runs of them into act mentions, in whatever order the language puts them.
 */
import { derivedFromKinds, type ActKind, type MentionForm } from '../domain/act-kinds';
import { findDates } from './date-mentions';
import { SortedSpans, WORD_END, WORD_START, keepLongestNonOverlapping, matchesOf, type Span } from './spans';

/** Whose act: the kind whose issuer the words name (src/domain/act-kinds.ts), or another body. */
export type Issuer = ActKind | 'OTHER';
/** What act: the kind the words name, or a resolution of whoever issued it ("постановление", "қаулы"). */
export type ActType = ActKind | 'RESOLUTION';
export type Determiner = 'SELF' | 'ANAPHOR';

export interface ActElement extends Span {
  issuer?: Issuer;
  /** A Soviet or Kazakh SSR body: whatever it issued is not one of today's acts. */
  foreign?: boolean;
  type?: ActType;
  /** Kazakh puts the type word last ("… № 9 нормативтік қаулысы"): nothing after it belongs to the same act. */
  closes?: boolean;
  rules?: boolean;
  determiner?: Determiner;
  number?: string;
  date?: string;
  filler?: boolean;
}

type ElementProps = Omit<ActElement, 'start' | 'end'>;

interface ElementPattern {
  re: RegExp;
  props: ElementProps | ((m: RegExpExecArray) => ElementProps);
  /**
   * What every match contains, read with the same case rules: text without it is not searched. Most
   * paragraphs name no act, and these patterns are costly to run and, the first time, to compile.
   */
  needs?: RegExp;
}

/**
 * Words: case-insensitive, whole words; a digit may stand glued before one ("N 5нормативтік қаулысымен" in
 * the export). Abbreviations: case-sensitive, so "вс" or "нп" in running text stay words.
 */
const word = (source: string, props: ElementPattern['props'], needs?: RegExp): ElementPattern => ({
  re: new RegExp(`(?<!\\p{L})(?:${source})${WORD_END}`, 'giu'),
  props,
  needs,
});
const abbreviation = (source: string, props: ElementPattern['props'], needs?: RegExp): ElementPattern => ({
  re: new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'gu'),
  props,
  needs,
});

/** A word of the act-kind registry as a pattern: the issuer or the type it names is the kind's. */
function fromForm(form: MentionForm, props: ElementProps): ElementPattern {
  const withForm: ElementProps = { ...props, ...(form.closes ? { closes: true } : {}) };
  return form.abbreviation ? abbreviation(form.pattern, withForm, form.needs) : word(form.pattern, withForm, form.needs);
}

/** The patterns, issuers first and types after, each kind's as the registry lists them; built again when a kind is added. */
const patterns = derivedFromKinds((kinds): ElementPattern[] => {
  const dated = kinds.flatMap((k) => (k.identity.by === 'ISSUER_DATE_NUMBER' ? [{ code: k.code, identity: k.identity }] : []));
  return [
    ...dated.flatMap(({ code, identity }) => identity.issuerForms.map((f) => fromForm(f, { issuer: code }))),
    word(String.raw`Конституционн\p{L}*\s+(?:Суд|Совет)\p{L}*|Конституциялық\s+(?:Сот|Кеңес)\p{L}*`, { issuer: 'OTHER' }, /конституци/iu),
    word(String.raw`Казахск(?:ой|ая)\s+ССР|Қазақ\s+КСР\p{L}*|Союза\s+ССР`, { foreign: true }, /ССР|КСР/iu),
    abbreviation(String.raw`СССР|КСРО\p{L}*|КазССР`, { foreign: true }, /ССР|КСРО/u),

    ...dated.flatMap(({ code, identity }) =>
      identity.typeForms.map((f) => fromForm(f, { type: code, ...(f.alsoIssuer ? { issuer: code } : {}) })),
    ),
    word(String.raw`постановлени(?:е|я|ю|ем|и|ями|ях)`, { type: 'RESOLUTION' }, /постановлени/iu),
    word(String.raw`қаулы\p{L}*`, { type: 'RESOLUTION', closes: true }, /қаулы/iu),

    word(String.raw`Правил(?:а|ам|ами|ах)?|Қағида\p{L}*`, { rules: true }, /правил|қағида/iu),

    word(String.raw`осы|настоящ\p{L}*`, { determiner: 'SELF' }, /осы|настоящ/iu),
    word(
      String.raw`указанн\p{L}*|вышеуказанн\p{L}*|названн\p{L}*|упомянут\p{L}*|данн(?:ое|ого|ому|ым|ом|ые|ых|ыми)|того\s+же|тех\s+же|этого|этих|аталған|жоғарыда\s+аталған|жоғарыда\s+көрсетілген|сол`,
      { determiner: 'ANAPHOR' },
    ),

    word(String.raw`Республики\s+Казахстан|Қазақстан\s+Республикасы(?:ның)?|от`, { filler: true }),
    abbreviation('РК|ҚР', { filler: true }, /РК|ҚР/u),
    { re: /[«"“„][^«»"“”„]{3,300}[»"”“]/gu, props: { filler: true } },
    {
      re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:№|N)\s*(\d+(?:-\d+)?)(?!\d)`, 'gu'),
      props: (m) => ({ number: m[1].replace(/^0+(?=\d)/, '') }),
      needs: /(?:№|N)\s*\d/u,
    },
  ];
});

/** Every act element of the text, except inside the given spans (already read as something else, in text order). */
export function findActElements(text: string, taken: readonly Span[]): ActElement[] {
  const found: ActElement[] = [];
  for (const pattern of patterns()) {
    if (pattern.needs && !pattern.needs.test(text)) continue;
    for (const m of matchesOf(pattern.re, text)) {
      const props = typeof pattern.props === 'function' ? pattern.props(m) : pattern.props;
      found.push({ start: m.index, end: m.index + m[0].length, ...props });
    }
  }
  for (const d of findDates(text)) found.push({ start: d.start, end: d.end, date: d.value });
  const elsewhere = new SortedSpans(taken);
  return keepLongestNonOverlapping(found.filter((e) => !elsewhere.overlapsAny(e)));
}
