import {
  extractCitations,
  formatCitation,
  type CitableAct,
  type CitableClause,
  type CitationLang,
  type CitationStyleName,
} from '../../src/citations';
import { CATALOG } from './citation-catalog.fixture';

const LANGS: CitationLang[] = ['kk', 'ru'];
const STYLES: CitationStyleName[] = ['FULL', 'SHORT'];

function clause(id: string): CitableClause {
  const found = CATALOG.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`no clause ${id} in the fixture`);
  return found;
}

function actOf(c: CitableClause): CitableAct {
  return CATALOG.acts.find((a) => a.id === c.actId)!;
}

const format = (id: string, lang: CitationLang, style: CitationStyleName) => formatCitation(clause(id), actOf(clause(id)), lang, style);

describe('formatCitation: the forms', () => {
  it.each([
    [
      'sc-1999-9/para_12',
      'kk',
      'FULL',
      'Қазақстан Республикасы Жоғарғы Сотының 1999 жылғы 9 шілдедегі № 9 нормативтік қаулысының 12-тармағы',
    ],
    ['sc-1999-9/para_12', 'ru', 'FULL', 'пункт 12 нормативного постановления Верховного Суда Республики Казахстан от 9 июля 1999 года № 9'],
    ['sc-1999-9/para_12', 'ru', 'SHORT', 'п. 12 НП ВС РК от 09.07.1999 № 9'],
    ['sc-1999-9/para_12', 'kk', 'SHORT', 'ҚР ЖС 09.07.1999 № 9 НҚ 12-т.'],
    [
      'sc-1999-9/para_21-1',
      'kk',
      'FULL',
      'Қазақстан Республикасы Жоғарғы Сотының 1999 жылғы 9 шілдедегі № 9 нормативтік қаулысының 21-1-тармағы',
    ],
    [
      'sc-1999-9/preamble',
      'ru',
      'FULL',
      'преамбула нормативного постановления Верховного Суда Республики Казахстан от 9 июля 1999 года № 9',
    ],
    ['sc-1999-9/preamble', 'kk', 'SHORT', 'ҚР ЖС 09.07.1999 № 9 НҚ кіріспесі'],
    [
      'gov-2012-1213/att_1__para_9__subpara_2',
      'ru',
      'FULL',
      'подпункт 2) пункта 9 Правил, утвержденных постановлением Правительства Республики Казахстан от 18 сентября 2012 года № 1213',
    ],
    ['gov-2012-1213/att_1__para_9__subpara_2', 'ru', 'SHORT', 'пп. 2) п. 9 Правил, утв. ПП РК от 18.09.2012 № 1213'],
    [
      'gov-2012-1213/att_1__para_9__subpara_2',
      'kk',
      'FULL',
      'Қазақстан Республикасы Үкіметінің 2012 жылғы 18 қыркүйектегі № 1213 қаулысымен бекітілген Қағидалардың 9-тармағының 2) тармақшасы',
    ],
    [
      'gov-2012-1213/att_1',
      'ru',
      'FULL',
      'Правила, утвержденные постановлением Правительства Республики Казахстан от 18 сентября 2012 года № 1213',
    ],
    ['gov-2012-1213/att_1', 'kk', 'SHORT', 'ҚР Үкіметінің 18.09.2012 № 1213 қаулысымен бекітілген Қағидалар'],
    ['gov-2012-1213/para_2', 'kk', 'FULL', 'Қазақстан Республикасы Үкіметінің 2012 жылғы 18 қыркүйектегі № 1213 қаулысының 2-тармағы'],
    ['gov-2012-1213/para_1', 'ru', 'SHORT', 'п. 1 ПП РК от 18.09.2012 № 1213'],
    ['gov-2012-1213/preamble', 'kk', 'FULL', 'Қазақстан Республикасы Үкіметінің 2012 жылғы 18 қыркүйектегі № 1213 қаулысының кіріспесі'],
  ] as Array<[string, CitationLang, CitationStyleName, string]>)('%s %s %s', (id, lang, style, expected) => {
    expect(format(id, lang, style)).toBe(expected);
  });

  it('refuses a clause of another act', () => {
    expect(() => formatCitation(clause('sc-1999-9/para_1'), actOf(clause('gov-2012-1213/para_1')), 'kk', 'FULL')).toThrow(RangeError);
  });
});

describe('formatCitation → extractCitations round trip', () => {
  const cases = CATALOG.clauses.flatMap((c) =>
    LANGS.flatMap((lang) => STYLES.map((style) => [c.id, lang, style] as [string, CitationLang, CitationStyleName])),
  );

  it('covers every clause of both acts in both languages and both styles', () => {
    expect(CATALOG.clauses).toHaveLength(28 + 17);
    expect(cases).toHaveLength(45 * 4);
  });

  it.each(cases)('%s %s %s', (id, lang, style) => {
    const citation = format(id, lang, style);
    const found = extractCitations(citation, CATALOG);
    expect(found).toEqual([{ text: citation, start: 0, end: citation.length, actId: clause(id).actId, clauseId: id }]);
  });

  it.each(cases)('%s %s %s inside a sentence', (id, lang, style) => {
    const citation = format(id, lang, style);
    const prefix = lang === 'kk' ? 'Сот ' : 'Суд применил ';
    const text = `${prefix}${citation} және т.б.`;
    const found = extractCitations(text, CATALOG);
    expect(found.map((f) => [f.clauseId, f.start, f.end])).toEqual([[id, prefix.length, prefix.length + citation.length]]);
  });
});
