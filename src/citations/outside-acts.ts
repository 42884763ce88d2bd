/**
 * Norms outside the catalog that the texts cite: the codes, the Constitution and laws named by their title
 * ("Гражданского кодекса", "ГК РК", "АК-нің", "Еңбек кодексінің", "Конституциясының", "«Об органах
 * национальной безопасности …» Закон", "\"… ұлттық қауіпсіздік органдары туралы\" … Заңының").
 */
import { derivedFromKinds, type ActKind } from '../domain/act-kinds';
import { WORD_END, WORD_START, definitionEnd, keepLongestNonOverlapping, matchesOf, type Span } from './spans';

export interface OutsideActMention extends Span {
  targetAct: string;
  /** The act kind whose name this is (a kind its name identifies, src/domain/act-kinds.ts): the catalog's act of it, when there is one. */
  kind?: ActKind;
  title?: string;
  /** A bare abbreviation such as "ТК" or "УК" is too ambiguous to stand alone: it counts only with an article. */
  needsClause: boolean;
}

interface CodeEntry {
  targetAct: string;
  kind?: ActKind;
  names: string[];
  /** A word each of the names contains, with their case rules: text without one is not searched for them. */
  nameWords: RegExp;
  abbreviations: string[];
  ambiguousAbbreviations?: string[];
}

/**
 * Longer names win over shorter ones where both match ("Гражданского процессуального кодекса" over "Гражданского … кодекса").
 * The codes that are act kinds of the registry (the Civil Code) come from it, after these.
 */
const CODES: CodeEntry[] = [
  {
    targetAct: 'civil-procedure-code',
    names: [String.raw`Гражданск\p{L}*\s+процессуальн\p{L}*\s+кодекс\p{L}*`, String.raw`Азаматтық\s+процест(?:ік|ык)\s+кодекс\p{L}*`],
    nameWords: /процессуальн|процест/iu,
    abbreviations: ['ГПК', 'АПК'],
  },
  {
    targetAct: 'labour-code',
    names: [String.raw`Трудов\p{L}*\s+кодекс\p{L}*`, String.raw`Еңбек\s+кодекс\p{L}*`],
    nameWords: /трудов|еңбек/iu,
    abbreviations: [],
    ambiguousAbbreviations: ['ТК', 'ЕК'],
  },
  {
    targetAct: 'criminal-procedure-code',
    names: [String.raw`Уголовно-процессуальн\p{L}*\s+кодекс\p{L}*`, String.raw`Қылмыстық\s+процест(?:ік|ык)\s+кодекс\p{L}*`],
    nameWords: /уголовно-процессуальн|қылмыстық/iu,
    abbreviations: ['УПК', 'ҚПК'],
  },
  {
    targetAct: 'criminal-code',
    names: [String.raw`Уголовн\p{L}*\s+кодекс\p{L}*`, String.raw`Қылмыстық\s+кодекс\p{L}*`],
    nameWords: /уголовн|қылмыстық/iu,
    abbreviations: [],
    ambiguousAbbreviations: ['УК', 'ҚК'],
  },
  {
    targetAct: 'administrative-offences-code',
    names: [
      String.raw`Кодекс\p{L}*\s+(?:Республики\s+Казахстан\s+)?об\s+административных\s+правонарушениях`,
      String.raw`Әкімшілік\s+құқық\s+бұзушылық\s+туралы\s+(?:Қазақстан\s+Республикасының\s+)?кодекс\p{L}*`,
    ],
    nameWords: /административных|әкімшілік/iu,
    abbreviations: ['КоАП', 'ӘҚБтК'],
  },
  {
    targetAct: 'tax-code',
    names: [String.raw`Налогов\p{L}*\s+кодекс\p{L}*`, String.raw`Салық\s+кодекс\p{L}*`],
    nameWords: /налогов|салық/iu,
    abbreviations: [],
    ambiguousAbbreviations: ['НК'],
  },
  {
    targetAct: 'constitution',
    // not "Конституционного Суда" nor "Конституциялық Сот": those are courts
    names: [String.raw`Конституци(?:я|и|ю|ей)`, String.raw`Конституция(?:сы(?:ның|на|нда|мен)?|ның|ға|да|мен)?`],
    nameWords: /конституци/iu,
    abbreviations: [],
  },
];

const KK_STATE = String.raw`(?:(?:Қазақстан\s+Республикасы(?:ның)?|ҚР)\s+)?`;
const RU_STATE = String.raw`(?:\s+(?:Республики\s+Казахстан|РК))?`;
/** "АК-нің", "АПК-нің", "ГК-ге": Kazakh case endings hang on the abbreviation with a hyphen. */
const ABBREVIATION_ENDING = String.raw`(?:-\p{Ll}+)?`;

/** Law titles that have an identifier here; any other quoted law title is a reference to "law". */
const LAW_TITLES: Array<{ targetAct: string; title: RegExp }> = [
  { targetAct: 'law-national-security-bodies', title: /органах\s+национальной\s+безопасности|ұлттық\s+қауіпсіздік\s+органдары/iu },
  { targetAct: 'law-national-security', title: /национальной\s+безопасности|ұлттық\s+қауіпсіздігі/iu },
];

const QUOTED = String.raw`[«"“„](?<title>[^«»"“”„]{3,250})[»"”“]`;
const LAW_RU = new RegExp(`${WORD_START}Закон(?:а|у|ом|е|ы)?${RU_STATE}(?:\\s+от\\s+[^«"“„;]{4,40}?)?\\s*${QUOTED}`, 'giu');
const LAW_KK = new RegExp(`${QUOTED}\\s+${KK_STATE}Заң(?:ы|ын|ына|ының|ында|ымен|да|ға|ның)?${WORD_END}`, 'giu');

type Make = (m: RegExpExecArray) => Omit<OutsideActMention, 'start' | 'end'>;

/**
 * Every finder in the order its matches are collected (the order breaks ties between equal candidates), with
 * what each match contains: most paragraphs cite no code or law, so most finders never run (nor compile).
 */
const finders = derivedFromKinds((kinds) => {
  const named = kinds.flatMap((k): CodeEntry[] =>
    k.identity.by === 'NAME'
      ? [
          {
            targetAct: k.identity.outsideTarget,
            kind: k.code,
            names: [...k.identity.names],
            nameWords: k.identity.nameWords,
            abbreviations: [...k.identity.abbreviations],
          },
        ]
      : [],
  );
  const out: Array<{ re: RegExp; make: Make; needs: RegExp }> = [];
  for (const code of [...CODES, ...named]) {
    const of = { targetAct: code.targetAct, ...(code.kind !== undefined ? { kind: code.kind } : {}) };
    for (const name of code.names) {
      out.push({
        re: new RegExp(`${WORD_START}${KK_STATE}${name}${RU_STATE}${WORD_END}`, 'giu'),
        make: () => ({ ...of, needsClause: false }),
        needs: code.nameWords,
      });
    }
    const abbreviations = (list: readonly string[], needsClause: boolean) => {
      if (list.length === 0) return;
      const re = new RegExp(`${WORD_START}(?:ҚР\\s+)?(?:${list.join('|')})${ABBREVIATION_ENDING}(?:\\s+РК)?${WORD_END}`, 'gu');
      out.push({ re, make: () => ({ ...of, needsClause }), needs: new RegExp(list.join('|'), 'u') });
    };
    abbreviations(code.abbreviations, false);
    abbreviations(code.ambiguousAbbreviations ?? [], true);
  }
  for (const [re, needs] of [
    [LAW_RU, /закон/iu],
    [LAW_KK, /заң/iu],
  ]) {
    out.push({
      re,
      needs,
      make: (m) => {
        const title = m.groups!.title.trim();
        const known = LAW_TITLES.find((t) => t.title.test(title));
        return known ? { targetAct: known.targetAct, needsClause: false } : { targetAct: 'law', title, needsClause: false };
      },
    });
  }
  return out;
});

export function findOutsideActs(text: string): OutsideActMention[] {
  const found: OutsideActMention[] = [];
  for (const { re, make, needs } of finders()) {
    if (!needs.test(text)) continue;
    for (const m of matchesOf(re, text)) found.push({ start: m.index, end: m.index + m[0].length, ...make(m) });
  }
  // "Азаматтық кодексінің (бұдан әрі – АК)" is one mention: the abbreviation it defines is not another
  return keepLongestNonOverlapping(found.map((m) => ({ ...m, end: definitionEnd(text, m.end) })));
}
