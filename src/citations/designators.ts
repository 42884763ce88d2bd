/**
 * Clause designators and the chains they form.
 *
 * A designator names one level of a norm with one or more numbers: Russian puts the word first ("пункт 12",
 * "п.п. 10, 13", "подпункт 1)", "ст. 941", "части второй"), Kazakh puts it last ("12-тармағы", "20,
 * 21-тармақтары", "2) тармақшасы", "екінші бөлігі", "12-т."). Designators separated only by spaces form one
 * group ("подпункт 1) пункта 9", "9-тармағының 1) тармақшасы", "148-бабы екінші бөлігі"); a comma or "и"/"және"
 * between them starts another group of the same chain, which shares the act the chain is attached to.
 */
import { SortedSpans, WORD_START, matchesOf, type Span } from './spans';
import { tally } from './work-meter';

export type Level = 'PREAMBLE' | 'CHAPTER' | 'ARTICLE' | 'PART' | 'POINT' | 'SUBPOINT' | 'PARAGRAPH';
/** "пп." and "п.п." are both "подпункт" and the plural "пункты"; the group decides (see resolveAmbiguous). */
type RawLevel = Level | 'POINT_OR_SUBPOINT';

export interface DesignatorValue extends Span {
  /** As printed, dashes normalised: "12", "21-1", "5-9" (a hyphenated pair is decided against the catalog). */
  value: string;
  /** The other end of an unmistakable range: "5–9", "5 - 9", "1) – 8)". */
  to?: string;
}

export interface Designator extends Span {
  level: Level;
  style: 'kk' | 'ru';
  values: DesignatorValue[];
}

export interface DesignatorGroup extends Span {
  designators: Designator[];
}

export interface Chain extends Span {
  style: 'kk' | 'ru';
  groups: DesignatorGroup[];
}

const NUM = String.raw`\d+(?:-\d+)?\)?`;
const RANGE_DASH = String.raw`\s*[–—]\s*|\s+-\s+|(?<=\))\s*-\s*`;
/** "5-9", "5–9", "1) – 8)", and the Russian "с 10 по 13". */
const ITEM = `(?:с[о]?\\s+${NUM}\\s+по\\s+${NUM}|${NUM}(?:(?:${RANGE_DASH})${NUM})?)`;
const LIST_SEPARATOR = String.raw`\s*[,;]\s*|\s+(?:и|және|мен|бен|пен|или|немесе|а\s+также)\s+`;
const LIST = `${ITEM}(?:(?:${LIST_SEPARATOR})${ITEM})*`;
const ITEM_PARTS = new RegExp(`(?<a>\\d+(?:-\\d+)?)\\)?(?:(?:${RANGE_DASH}|\\s+по\\s+)(?<b>\\d+(?:-\\d+)?)\\)?)?`, 'giu');

const RU_WORDS: Array<[RegExp, RawLevel]> = [
  [/^подпункт|^подп\./iu, 'SUBPOINT'],
  [/^п\.\s?п\.|^пп(?:\.|$)/iu, 'POINT_OR_SUBPOINT'],
  [/^пункт|^п(?:\.|$)/iu, 'POINT'],
  [/^стат|^ст(?:\.|$)/iu, 'ARTICLE'],
  [/^част|^ч(?:\.|$)/iu, 'PART'],
  [/^глав|^гл\./iu, 'CHAPTER'],
  [/^абзац/iu, 'PARAGRAPH'],
];
const RU_KEYWORD = String.raw`подпункт(?:ы|а|у|ом|е|ов|ам|ами|ах)?(?!\p{L})|подп\.|п\.\s?п\.|пп\.|пункт(?:ы|а|у|ом|е|ов|ам|ами|ах)?(?!\p{L})|п\.|стат(?:ья|ьи|ью|ьей|ье|ьям|ьями|ьях|ей)(?!\p{L})|ст\.\s?ст\.|ст\.|част(?:ь|и|ью|ей|ям|ями|ях)(?!\p{L})|ч\.|(?:пп|п|ст|ч)(?=\s+\d)|глав(?:а|ы|е|у|ой)(?!\p{L})|гл\.|абзац(?:а|у|ем|е|ы|ев|ах)?(?!\p{L})`;

const KK_WORDS: Array<[RegExp, RawLevel]> = [
  [/^тармақш/iu, 'SUBPOINT'],
  [/^тарма[қғ]|^тт?\./iu, 'POINT'],
  [/^ба[пб]|^б\./iu, 'ARTICLE'],
  [/^бөлі/iu, 'PART'],
  [/^тарау/iu, 'CHAPTER'],
  [/^абзац|^азат/iu, 'PARAGRAPH'],
];
const KK_KEYWORD = String.raw`тармақш\p{L}*|тарма[қғ]\p{L}*|ба[пб]\p{L}*|бөлі[гк]\p{L}*|тарау\p{L}*|абзац\p{L}*|азат\s+жол\p{L}*`;
/** Abbreviations only glued to their number: "12-т.", "938-б." ("т.б." alone is "etc."). */
const KK_GLUED_ABBREVIATION = String.raw`тт\.|т\.|б\.`;

const RU_ORDINALS = ['перв', 'втор', 'трет', 'четв[её]рт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят'];
const KK_ORDINALS = ['бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы', 'оныншы'];
const RU_ORDINAL = `(?:${RU_ORDINALS.join('|')})\\p{L}*`;
const KK_ORDINAL = `(?:${KK_ORDINALS.join('|')})`;

interface DesignatorForm {
  re: RegExp;
  style: 'kk' | 'ru';
  words: Array<[RegExp, RawLevel]>;
  /** What every match contains, with the same case rules: text without it is not searched. */
  needs: RegExp;
}

/** Every numbered list has a digit. */
const DIGIT = /\d/;

const RU_WORD_START = String.raw`(?<![\p{L}\p{N}.])`;
/**
 * Numbers after "№"/"N" or inside a date are never clause numbers. The look back over spaces runs only where a
 * list can start (a digit, or "с" of "с 10 по 13"): tried at every position of a long run of spaces, it would
 * read the run back each time.
 */
const LIST_START = String.raw`(?=[\dс])(?<!(?:№|N)\s*)(?<![\d.,])`;

const FORMS: DesignatorForm[] = [
  // "т.п." / "т.ч." end in a letter and a dot that are not "п." / "ч." designators
  {
    re: new RegExp(`${RU_WORD_START}(?<kw>${RU_KEYWORD})\\s*(?<list>${LIST})`, 'giu'),
    style: 'ru',
    words: RU_WORDS,
    needs: DIGIT,
  },
  {
    re: new RegExp(`${WORD_START}(?<kw>част\\p{L}*|абзац\\p{L}*)\\s+(?<ord>${RU_ORDINAL})`, 'giu'),
    style: 'ru',
    words: RU_WORDS,
    needs: /част|абзац/iu,
  },
  {
    re: new RegExp(`${WORD_START}(?<ord>${RU_ORDINAL})\\s+(?<kw>част\\p{L}*|абзац\\p{L}*)`, 'giu'),
    style: 'ru',
    words: RU_WORDS,
    needs: /част|абзац/iu,
  },
  {
    re: new RegExp(`${WORD_START}(?<ord>${KK_ORDINAL})\\s+(?<kw>бөлі[гк]\\p{L}*|абзац\\p{L}*|азат\\s+жол\\p{L}*)`, 'giu'),
    style: 'kk',
    words: KK_WORDS,
    needs: /бөлі|абзац|азат/iu,
  },
];

/**
 * Kazakh puts the word after its numbers ("20, 21-тармақтары", "12-т."). The text's number lists are read in
 * one pass, each once, and only then is the word after each list looked for: a pattern that starts with the
 * list and ends with the word is tried again from every number of a list that has no word after it, and a
 * long list ("1, 2, 3, …") then costs the square of its length.
 */
const NUMBER_LIST = new RegExp(`${LIST_START}(?<list>${LIST})`, 'giu');
const KK_WORD_AFTER: Array<{ re: RegExp; words: Array<[RegExp, RawLevel]> }> = [
  { re: new RegExp(`(?:\\s*[-–]\\s*|\\s+)?(?<kw>${KK_KEYWORD})`, 'iuy'), words: KK_WORDS },
  { re: new RegExp(`-(?<kw>${KK_GLUED_ABBREVIATION})`, 'uy'), words: KK_WORDS },
];

const PREAMBLE_FORMS: Array<{ re: RegExp; style: 'kk' | 'ru'; needs: RegExp }> = [
  { re: new RegExp(`${WORD_START}преамбул(?:а|ы|е|у|ой)(?!\\p{L})`, 'giu'), style: 'ru', needs: /преамбул/iu },
  { re: new RegExp(`${WORD_START}кіріспе\\p{L}*`, 'giu'), style: 'kk', needs: /кіріспе/iu },
];

interface RawDesignator extends Span {
  level: RawLevel;
  style: 'kk' | 'ru';
  values: DesignatorValue[];
}

function levelOf(keyword: string, words: Array<[RegExp, RawLevel]>): RawLevel | undefined {
  return words.find(([re]) => re.test(keyword))?.[1];
}

function ordinalValue(word: string, style: 'kk' | 'ru'): string | undefined {
  const lower = word.toLowerCase();
  const index = style === 'kk' ? KK_ORDINALS.indexOf(lower) : RU_ORDINALS.findIndex((stem) => new RegExp(`^${stem}`, 'u').test(lower));
  return index < 0 ? undefined : String(index + 1);
}

function listValues(list: string, offset: number): DesignatorValue[] {
  const values: DesignatorValue[] = [];
  for (const m of matchesOf(ITEM_PARTS, list)) {
    const start = offset + m.index;
    values.push({ start, end: start + m[0].length, value: m.groups!.a, to: m.groups!.b });
  }
  return values;
}

function withoutClosingBracket(v: DesignatorValue): DesignatorValue {
  return v.end - v.start > v.value.length && v.to === undefined ? { ...v, end: v.start + v.value.length } : v;
}

function designatorOf(
  start: number,
  end: number,
  keyword: string,
  form: { style: 'kk' | 'ru'; words: Array<[RegExp, RawLevel]> },
  numbers: { list: string; at: number } | { ordinal: string; at: number },
): RawDesignator | undefined {
  const level = levelOf(keyword, form.words);
  if (!level) return undefined;
  let values: DesignatorValue[];
  if ('ordinal' in numbers) {
    const value = ordinalValue(numbers.ordinal, form.style);
    if (!value) return undefined;
    values = [{ start: numbers.at, end: numbers.at + numbers.ordinal.length, value }];
  } else {
    values = listValues(numbers.list, numbers.at);
  }
  // "(пункты 5, 7)": after a number that is no sub-point, ")" closes a bracket
  if (level !== 'SUBPOINT' && level !== 'POINT_OR_SUBPOINT') values = values.map(withoutClosingBracket);
  const last = values[values.length - 1];
  // a Russian list ends the designator, so the bracket trimmed off its last number is outside it too
  const trimmedEnd = form.style === 'ru' && 'list' in numbers && last !== undefined ? last.end : end;
  return { start, end: trimmedEnd, level, style: form.style, values };
}

/** Number lists followed by a Kazakh designator word, each list read once (see NUMBER_LIST). */
function kazakhDesignators(text: string, found: RawDesignator[]): void {
  if (!DIGIT.test(text)) return;
  for (const m of matchesOf(NUMBER_LIST, text)) {
    const listEnd = m.index + m[0].length;
    for (const after of KK_WORD_AFTER) {
      after.re.lastIndex = listEnd;
      const w = after.re.exec(text);
      tally(1);
      if (!w) continue;
      const d = designatorOf(
        m.index,
        listEnd + w[0].length,
        w.groups!.kw,
        { style: 'kk', words: after.words },
        { list: m.groups!.list, at: m.index },
      );
      if (d) found.push(d);
      NUMBER_LIST.lastIndex = listEnd + w[0].length;
      break;
    }
  }
}

function findRawDesignators(text: string): RawDesignator[] {
  const found: RawDesignator[] = [];
  FORMS.forEach((form, i) => {
    // the Kazakh lists come second, as the most specific forms after the Russian lists
    if (i === 1) kazakhDesignators(text, found);
    if (!form.needs.test(text)) return;
    for (const m of matchesOf(form.re, text)) {
      const g = m.groups!;
      const numbers =
        g.ord !== undefined
          ? { ordinal: g.ord, at: m.index + m[0].indexOf(g.ord) }
          : { list: g.list, at: m.index + m[0].indexOf(g.list, g.kw.length) };
      const d = designatorOf(m.index, m.index + m[0].length, g.kw, form, numbers);
      if (d) found.push(d);
    }
  });
  for (const form of PREAMBLE_FORMS) {
    if (!form.needs.test(text)) continue;
    for (const m of matchesOf(form.re, text)) {
      found.push({ start: m.index, end: m.index + m[0].length, level: 'PREAMBLE', style: form.style, values: [] });
    }
  }
  // the first reading wins where two overlap (forms are listed from the most specific); in start order, a
  // reading overlaps one kept before it exactly when it starts before the furthest end kept so far
  const kept: RawDesignator[] = [];
  let keptEnd = -1;
  for (const d of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    tally(1);
    if (d.start < keptEnd) continue;
    kept.push(d);
    keptEnd = Math.max(keptEnd, d.end);
  }
  return kept;
}

const SAME_GROUP_GAP = /^\s*$/;
// the spaces after the separator belong to it, so a long run of spaces is read one way only
const NEXT_GROUP_GAP = /^\s*(?:(?:[,;]|и|және|мен|бен|пен|или|немесе|а\s+также)\s*)?$/u;

/**
 * "пп. 2 п. 9" is a sub-point of point 9 and "пп. 1, 2 ч. 2 ст. 148" sub-points of a part (parts of a code
 * article hold sub-points, not points); "п.п. 10, 13" with no point or part beside it are points 10 and 13.
 */
function resolveAmbiguous(group: RawDesignator[]): Designator[] {
  const hasPoint = group.some((d) => d.level === 'POINT' || d.level === 'PART');
  return group.map((d) => ({ ...d, level: d.level === 'POINT_OR_SUBPOINT' ? (hasPoint ? 'SUBPOINT' : 'POINT') : d.level }));
}

function makeGroup(designators: RawDesignator[]): DesignatorGroup {
  return { start: designators[0].start, end: designators[designators.length - 1].end, designators: resolveAmbiguous(designators) };
}

/** Designators not inside any of the given spans (act mentions), grouped into chains. */
export function findChains(text: string, exclude: SortedSpans<Span>): Chain[] {
  const designators = findRawDesignators(text).filter((d) => !exclude.overlapsAny(d));
  const chains: Chain[] = [];
  let groups: RawDesignator[][] = [];
  const flush = () => {
    if (groups.length === 0) return;
    const built = groups.map(makeGroup);
    chains.push({ start: built[0].start, end: built[built.length - 1].end, style: groups[0][0].style, groups: built });
    groups = [];
  };
  let previous: RawDesignator | undefined;
  for (const d of designators) {
    const gap = previous ? text.slice(previous.end, d.start) : undefined;
    const current = groups[groups.length - 1];
    if (gap !== undefined && SAME_GROUP_GAP.test(gap) && !current.some((x) => x.level === d.level)) current.push(d);
    else if (gap !== undefined && NEXT_GROUP_GAP.test(gap)) groups.push([d]);
    else {
      flush();
      groups.push([d]);
    }
    previous = d;
  }
  flush();
  return chains;
}
