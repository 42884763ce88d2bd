import { extractCitations, type ExtractionContext, type FoundCitation, type OutsideReference } from '../../src/citations';
import { CATALOG } from './citation-catalog.fixture';

/** What a found citation is expected to be: its exact text and what it resolves to. */
interface Expected {
  span: string;
  clause?: string;
  act?: string;
  ref?: OutsideReference;
}

interface Row {
  name: string;
  text: string;
  context?: ExtractionContext;
  expected: Expected[];
}

const SC = 'sc-1999-9';
const GOV = 'gov-2012-1213';
const sc = (n: string) => `${SC}/para_${n}`;
const rules = (n: string) => `${GOV}/att_1__para_${n}`;

function shape(found: FoundCitation): Expected {
  return {
    span: found.text,
    ...(found.clauseId !== undefined ? { clause: found.clauseId } : {}),
    ...(found.clauseId === undefined && found.actId !== undefined ? { act: found.actId } : {}),
    ...(found.reference !== undefined ? { ref: found.reference } : {}),
  };
}

function check(row: Row): void {
  const found = extractCitations(row.text, CATALOG, row.context);
  for (const f of found) {
    expect(f.text).toBe(row.text.slice(f.start, f.end));
    if (f.clauseId !== undefined) expect(f.actId).toBe(f.clauseId.split('/')[0]);
  }
  expect(found.map(shape)).toEqual(row.expected);
}

const RUSSIAN_SUPREME_COURT: Row[] = [
  {
    name: 'full name, clause before the act',
    text: 'Согласно пункту 19 нормативного постановления Верховного Суда РК от 9 июля 1999 года № 9 моральный вред возмещен.',
    expected: [{ span: 'пункту 19 нормативного постановления Верховного Суда РК от 9 июля 1999 года № 9', clause: sc('19') }],
  },
  {
    name: 'a point typed without the dot',
    text: 'п 12 НП ВС РК № 9',
    expected: [{ span: 'п 12 НП ВС РК № 9', clause: sc('12') }],
  },
  {
    name: 'abbreviations, list "п.п. 10, 13": one citation per number',
    text: 'С учетом п.п. 10, 13 НП ВС РК № 9 от 09.07.1999 г. иск удовлетворен частично.',
    expected: [
      { span: '10', clause: sc('10') },
      { span: '13', clause: sc('13') },
    ],
  },
  {
    name: '"пунктами 10 и 13" with the full name of the Republic',
    text: 'пунктами 10 и 13 нормативного постановления Верховного Суда Республики Казахстан от 9 июля 1999 года № 9',
    expected: [
      { span: '10', clause: sc('10') },
      { span: '13', clause: sc('13') },
    ],
  },
  {
    name: 'compact "п.12", "№9", "09.07.1999г."',
    text: 'см. п.12 НП ВС РК №9 от 09.07.1999г.',
    expected: [{ span: 'п.12 НП ВС РК №9 от 09.07.1999г.', clause: sc('12') }],
  },
  {
    name: 'older name: постановление Пленума, "N 9", "г."',
    text: 'в силу пункта 16 постановления Пленума Верховного Суда Республики Казахстан от 9 июля 1999 г. N 9',
    expected: [{ span: 'пункта 16 постановления Пленума Верховного Суда Республики Казахстан от 9 июля 1999 г. N 9', clause: sc('16') }],
  },
  {
    name: 'an inserted point "21-1" is one point, not a range',
    text: 'в пункте 21-1 НП ВС РК № 9 от 09.07.1999',
    expected: [{ span: 'пункте 21-1 НП ВС РК № 9 от 09.07.1999', clause: sc('21-1') }],
  },
  {
    name: 'hyphenated range "5-9" expands to every point in it',
    text: 'пункты 5-9 нормативного постановления ВС РК от 09.07.1999 № 9',
    expected: ['5', '6', '7', '8', '9'].map((n) => ({ span: '5-9', clause: sc(n) })),
  },
  {
    name: 'dashed range "20–22" includes the inserted point 21-1',
    text: 'пунктов 20–22 НП ВС РК № 9 от 09.07.1999',
    expected: ['20', '21', '21-1', '22'].map((n) => ({ span: '20–22', clause: sc(n) })),
  },
  {
    name: 'a point the act does not have: the act only, no invented clause',
    text: 'пункт 40 НП ВС РК от 09.07.1999 № 9',
    expected: [{ span: 'пункт 40 НП ВС РК от 09.07.1999 № 9', act: SC }],
  },
  {
    name: 'preamble',
    text: 'преамбулы нормативного постановления Верховного Суда РК от 9 июля 1999 года № 9',
    expected: [{ span: 'преамбулы нормативного постановления Верховного Суда РК от 9 июля 1999 года № 9', clause: `${SC}/preamble` }],
  },
  {
    name: 'the act without a clause, date as YYYY.MM.DD',
    text: 'НП ВС РК от 1999.07.09 № 9 применено судом.',
    expected: [{ span: 'НП ВС РК от 1999.07.09 № 9', act: SC }],
  },
  {
    name: 'number with issuer and no date identifies the act',
    text: 'Суд сослался на НП ВС РК № 9.',
    expected: [{ span: 'НП ВС РК № 9', act: SC }],
  },
  {
    name: 'clause after the act',
    text: 'НП ВС РК № 9 от 09.07.1999 г., п. 12',
    expected: [{ span: 'НП ВС РК № 9 от 09.07.1999 г., п. 12', clause: sc('12') }],
  },
  {
    name: 'anaphora: "указанного нормативного постановления" looks back',
    text: 'Применено нормативное постановление ВС РК от 09.07.1999 № 9. По смыслу пункта 12 указанного нормативного постановления расходы возмещаются.',
    expected: [
      { span: 'нормативное постановление ВС РК от 09.07.1999 № 9', act: SC },
      { span: 'пункта 12 указанного нормативного постановления', clause: sc('12') },
    ],
  },
];

const KAZAKH_SUPREME_COURT: Row[] = [
  {
    name: 'requisites form, genitive chain',
    text: 'Жоғарғы Соттың 1999 жылғы 9 шілдедегі № 9 нормативтік қаулысының 12-тармағына сәйкес шығыстар өтелді.',
    expected: [{ span: 'Жоғарғы Соттың 1999 жылғы 9 шілдедегі № 9 нормативтік қаулысының 12-тармағына', clause: sc('12') }],
  },
  {
    name: 'list "20, 21-тармақтары"',
    text: 'ҚР Жоғарғы Сотының 09.07.1999 № 9 нормативтік қаулысының 20, 21-тармақтары',
    expected: [
      { span: '20', clause: sc('20') },
      { span: '21', clause: sc('21') },
    ],
  },
  {
    name: 'abbreviated ЖС … НҚ with a dashed range',
    text: 'ҚР ЖС 1999 жылғы 9 шілдедегі № 9 НҚ 5–9-тармақтары',
    expected: ['5', '6', '7', '8', '9'].map((n) => ({ span: '5–9', clause: sc(n) })),
  },
  {
    name: 'ЖС-ның with "ж." and a repealed point 2-1',
    text: 'ЖС-ның 09.07.1999 ж. № 9 НҚ 2-1-тармағы алып тасталған.',
    expected: [{ span: 'ЖС-ның 09.07.1999 ж. № 9 НҚ 2-1-тармағы', clause: sc('2-1') }],
  },
  {
    name: 'preamble (кіріспесі)',
    text: 'Қазақстан Республикасы Жоғарғы Сотының 1999 жылғы 9 шілдедегі № 9 нормативтік қаулысының кіріспесі',
    expected: [
      {
        span: 'Қазақстан Республикасы Жоғарғы Сотының 1999 жылғы 9 шілдедегі № 9 нормативтік қаулысының кіріспесі',
        clause: `${SC}/preamble`,
      },
    ],
  },
  {
    name: 'clause before the act in brackets',
    text: 'Сот 12-тармағы (ЖС 09.07.1999 № 9 НҚ) бойынша шешті.',
    expected: [{ span: '12-тармағы (ЖС 09.07.1999 № 9 НҚ)', clause: sc('12') }],
  },
  {
    name: 'date written without the attributive suffix, "N 9"',
    text: 'Қазақстан Республикасы Жоғарғы Сотының 1999 жылғы 9 шілде N 9 Нормативтік қаулысының 19-тармағы',
    expected: [
      { span: 'Қазақстан Республикасы Жоғарғы Сотының 1999 жылғы 9 шілде N 9 Нормативтік қаулысының 19-тармағы', clause: sc('19') },
    ],
  },
];

const GOVERNMENT_DECREE_AND_RULES: Row[] = [
  {
    name: 'point of the Rules approved by the decree (ru)',
    text: 'Выплата произведена в порядке, предусмотренном пунктом 5 Правил, утвержденных постановлением Правительства РК от 18 сентября 2012 года № 1213.',
    expected: [
      {
        span: 'пунктом 5 Правил, утвержденных постановлением Правительства РК от 18 сентября 2012 года № 1213',
        clause: rules('5'),
      },
    ],
  },
  {
    name: 'sub-point, with the Rules title between "Правил" and "утвержденных"',
    text: 'подпункт 1) пункта 9 Правил возмещения ущерба, причиненного здоровью и имуществу сотрудника, утвержденных постановлением Правительства Республики Казахстан от 18 сентября 2012 года № 1213',
    expected: [
      {
        span: 'подпункт 1) пункта 9 Правил возмещения ущерба, причиненного здоровью и имуществу сотрудника, утвержденных постановлением Правительства Республики Казахстан от 18 сентября 2012 года № 1213',
        clause: `${GOV}/att_1__para_9__subpara_1`,
      },
    ],
  },
  {
    name: '"пп. 2 п. 9" is a sub-point of point 9',
    text: 'согласно пп. 2 п. 9 Правил, утв. ПП РК от 18.09.2012 № 1213',
    expected: [{ span: 'пп. 2 п. 9 Правил, утв. ПП РК от 18.09.2012 № 1213', clause: `${GOV}/att_1__para_9__subpara_2` }],
  },
  {
    name: 'Kazakh: decree, "бекітілген", Rules title, genitive chain to a sub-point',
    text: 'ҚР Үкіметінің 2012 жылғы 18 қыркүйектегі № 1213 қаулысымен бекітілген Ұлттық қауіпсіздік органдары қызметкерінің денсаулығына келтірілген залалды өтеу қағидаларының 9-тармағының 1) тармақшасы',
    expected: [
      {
        span: 'ҚР Үкіметінің 2012 жылғы 18 қыркүйектегі № 1213 қаулысымен бекітілген Ұлттық қауіпсіздік органдары қызметкерінің денсаулығына келтірілген залалды өтеу қағидаларының 9-тармағының 1) тармақшасы',
        clause: `${GOV}/att_1__para_9__subpara_1`,
      },
    ],
  },
  {
    name: 'Kazakh list of sub-points "1), 2) тармақшалары"',
    text: 'Үкіметтің 18.09.2012 № 1213 қаулысымен бекітілген Қағидалардың 9-тармағының 1), 2) тармақшалары',
    expected: [
      { span: '1)', clause: `${GOV}/att_1__para_9__subpara_1` },
      { span: '2)', clause: `${GOV}/att_1__para_9__subpara_2` },
    ],
  },
  {
    name: 'the Rules as a whole',
    text: 'Правила, утвержденные постановлением Правительства РК от 18.09.2012 № 1213, не применены.',
    expected: [{ span: 'Правила, утвержденные постановлением Правительства РК от 18.09.2012 № 1213', clause: `${GOV}/att_1` }],
  },
  {
    name: "the decree's own point",
    text: 'пункт 2 постановления Правительства Республики Казахстан от 18 сентября 2012 года № 1213',
    expected: [
      { span: 'пункт 2 постановления Правительства Республики Казахстан от 18 сентября 2012 года № 1213', clause: `${GOV}/para_2` },
    ],
  },
  {
    name: 'the decree without a clause (kk)',
    text: 'Қазақстан Республикасы Үкіметінің 2012 жылғы 18 қыркүйектегі № 1213 қаулысы күшінде.',
    expected: [{ span: 'Қазақстан Республикасы Үкіметінің 2012 жылғы 18 қыркүйектегі № 1213 қаулысы', act: GOV }],
  },
  {
    name: 'a point the Rules do not have',
    text: 'пункт 12 Правил, утвержденных постановлением Правительства РК от 18.09.2012 № 1213',
    expected: [{ span: 'пункт 12 Правил, утвержденных постановлением Правительства РК от 18.09.2012 № 1213', act: GOV }],
  },
  {
    name: 'anaphora: "указанных Правил" is the Rules named before',
    text: 'пунктом 5 Правил, утвержденных постановлением Правительства РК от 18.09.2012 № 1213. Согласно пункту 7 указанных Правил приказ издан.',
    expected: [
      { span: 'пунктом 5 Правил, утвержденных постановлением Правительства РК от 18.09.2012 № 1213', clause: rules('5') },
      { span: 'пункту 7 указанных Правил', clause: rules('7') },
    ],
  },
  {
    name: 'anaphora in Kazakh: "аталған Қағидалардың"',
    text: 'ҚР Үкіметінің 18.09.2012 № 1213 қаулысымен бекітілген Қағидалар қолданылды. Аталған Қағидалардың 7-тармағы бұзылған.',
    expected: [
      { span: 'ҚР Үкіметінің 18.09.2012 № 1213 қаулысымен бекітілген Қағидалар', clause: `${GOV}/att_1` },
      { span: 'Аталған Қағидалардың 7-тармағы', clause: rules('7') },
    ],
  },
];

const INSIDE_AN_ACT: Row[] = [
  {
    name: '"осы Қағидалардың 4 және 5-тармақтарында" inside the Rules',
    text: 'Қызметкер осы Қағидалардың 4 және 5-тармақтарында көрсетілген құжаттарды ұсынған күннен бастап',
    context: { selfActId: GOV, inAttachment: 1 },
    expected: [
      { span: '4', clause: rules('4') },
      { span: '5', clause: rules('5') },
    ],
  },
  {
    name: '"в пунктах 4 и 5 настоящих Правил" inside the Rules',
    text: 'документов, указанных в пунктах 4 и 5 настоящих Правил',
    context: { selfActId: GOV, inAttachment: 1 },
    expected: [
      { span: '4', clause: rules('4') },
      { span: '5', clause: rules('5') },
    ],
  },
  {
    name: '"осы нормативтік қаулы" inside the resolution',
    text: 'Қазақстан Республикасы Конституциясының 4-бабына сәйкес осы нормативтік қаулы қолданыстағы құқық құрамына қосылады',
    context: { selfActId: SC },
    expected: [
      { span: 'Қазақстан Республикасы Конституциясының 4-бабына', ref: { targetAct: 'constitution', article: '4' } },
      { span: 'осы нормативтік қаулы', act: SC },
    ],
  },
  {
    name: 'without a context "осы Қағидалардың" cites nothing',
    text: 'Қызметкер осы Қағидалардың 4-тармағында көрсетілген құжаттарды ұсынады.',
    expected: [],
  },
  {
    name: '"осы нормативтік қаулы" does not resolve to the decree',
    text: 'осы нормативтік қаулының 2-тармағы',
    context: { selfActId: GOV },
    expected: [],
  },
];

const LOOK_ALIKES_AND_NEGATIVES: Row[] = [
  { name: 'a bare point', text: 'Согласно пункту 12 расходы возмещаются.', expected: [] },
  { name: 'a bare Kazakh sub-point', text: '9-тармақтың 2) тармақшасы бойынша', expected: [] },
  { name: 'a number without an issuer or a date', text: 'нормативное постановление № 9 применено', expected: [] },
  { name: 'a court order with the same number and date', text: 'постановлением суда № 9 от 09.07.1999 отказано', expected: [] },
  {
    name: 'another Supreme Court resolution № 9 of another date',
    text: 'пункт 12 НП ВС РК № 9 от 16.12.1988',
    expected: [
      {
        span: 'пункт 12 НП ВС РК № 9 от 16.12.1988',
        ref: { targetAct: 'supreme-court-resolution', number: '9', adoptedOn: '1988-12-16', point: '12' },
      },
    ],
  },
  {
    name: 'another Supreme Court resolution of the same date (№ 1)',
    text: 'пункт 3 НП ВС РК № 1 от 09.07.1999',
    expected: [
      {
        span: 'пункт 3 НП ВС РК № 1 от 09.07.1999',
        ref: { targetAct: 'supreme-court-resolution', number: '1', adoptedOn: '1999-07-09', point: '3' },
      },
    ],
  },
  {
    name: 'another decree (№ 1048 of 21.12.2022)',
    text: 'пункт 1 постановления Правительства РК от 21 декабря 2022 года № 1048',
    expected: [
      {
        span: 'пункт 1 постановления Правительства РК от 21 декабря 2022 года № 1048',
        ref: { targetAct: 'government-decree', number: '1048', adoptedOn: '2022-12-21', point: '1' },
      },
    ],
  },
  {
    name: 'decree № 1213 of another year (kk)',
    text: 'ҚР Үкіметінің 2013 жылғы 18 қыркүйектегі № 1213 қаулысының 1-тармағы',
    expected: [
      {
        span: 'ҚР Үкіметінің 2013 жылғы 18 қыркүйектегі № 1213 қаулысының 1-тармағы',
        ref: { targetAct: 'government-decree', number: '1213', adoptedOn: '2013-09-18', point: '1' },
      },
    ],
  },
  {
    name: 'a Government decree with the resolution’s number and date',
    text: 'постановление Правительства РК от 9 июля 1999 года № 9',
    expected: [
      {
        span: 'постановление Правительства РК от 9 июля 1999 года № 9',
        ref: { targetAct: 'government-decree', number: '9', adoptedOn: '1999-07-09' },
      },
    ],
  },
  {
    name: 'a Constitutional Court resolution with the same number and date',
    text: 'нормативное постановление Конституционного Суда РК от 9 июля 1999 года № 9',
    expected: [
      {
        span: 'нормативное постановление Конституционного Суда РК от 9 июля 1999 года № 9',
        ref: { targetAct: 'other-act', number: '9', adoptedOn: '1999-07-09' },
      },
    ],
  },
  {
    name: 'other Rules approved by another decree',
    text: 'пункт 9 Правил дорожного движения, утвержденных постановлением Правительства РК от 13 ноября 2014 года № 1196',
    expected: [
      {
        span: 'пункт 9 Правил дорожного движения, утвержденных постановлением Правительства РК от 13 ноября 2014 года № 1196',
        ref: { targetAct: 'government-decree', number: '1196', adoptedOn: '2014-11-13', attachment: 1, point: '9' },
      },
    ],
  },
  {
    name: 'the Kazakh SSR plenum resolution № 9 of 1988',
    text: '1988 жылғы 16 желтоқсандағы № 9 Қазақ КСР Жоғарғы Соты Пленумы қаулысының күші жойылды',
    expected: [
      {
        span: '1988 жылғы 16 желтоқсандағы № 9 Қазақ КСР Жоғарғы Соты Пленумы қаулысының',
        ref: { targetAct: 'other-act', number: '9', adoptedOn: '1988-12-16' },
      },
    ],
  },
  { name: 'Rules with no decree named', text: 'пункт 9 Правил дорожного движения', expected: [] },
];

const OUTSIDE_NORMS: Row[] = [
  {
    name: 'article of the Civil Code',
    text: 'Суд руководствовался статьей 938 ГК.',
    expected: [{ span: 'статьей 938 ГК', ref: { targetAct: 'civil-code', article: '938' } }],
  },
  {
    name: 'article then point',
    text: 'ст. 941 п. 1 ГК',
    expected: [{ span: 'ст. 941 п. 1 ГК', ref: { targetAct: 'civil-code', article: '941', point: '1' } }],
  },
  {
    name: 'abbreviations typed without their dots, the code first',
    text: 'ГК РК ст 931',
    expected: [{ span: 'ГК РК ст 931', ref: { targetAct: 'civil-code', article: '931' } }],
  },
  {
    name: 'abbreviations typed without their dots: part, article',
    text: 'ч 1 ст 937 ГК',
    expected: [{ span: 'ч 1 ст 937 ГК', ref: { targetAct: 'civil-code', article: '937', part: '1' } }],
  },
  {
    name: 'point then article, "ГК РК"',
    text: 'по п. 1 ст. 940 ГК РК',
    expected: [{ span: 'п. 1 ст. 940 ГК РК', ref: { targetAct: 'civil-code', point: '1', article: '940' } }],
  },
  {
    name: 'full Russian name',
    text: 'статьей 937 Гражданского кодекса Республики Казахстан',
    expected: [{ span: 'статьей 937 Гражданского кодекса Республики Казахстан', ref: { targetAct: 'civil-code', article: '937' } }],
  },
  {
    name: 'Kazakh article and point',
    text: 'АК-нің 940-бабының 1-тармағында көрсетілген',
    expected: [{ span: 'АК-нің 940-бабының 1-тармағында', ref: { targetAct: 'civil-code', article: '940', point: '1' } }],
  },
  {
    name: 'Kazakh sub-point of an article',
    text: 'АК-нің 187-бабы 3) тармақшасының ережелеріне',
    expected: [{ span: 'АК-нің 187-бабы 3) тармақшасының', ref: { targetAct: 'civil-code', article: '187', subpoint: '3' } }],
  },
  {
    name: 'Kazakh ordinal part and a sub-point range',
    text: 'АПК-нің 148-бабы екінші бөлігі 1) – 8) тармақшаларында',
    expected: [
      {
        span: 'АПК-нің 148-бабы екінші бөлігі 1) – 8) тармақшаларында',
        ref: { targetAct: 'civil-procedure-code', article: '148', part: '2', subpoint: '1-8' },
      },
    ],
  },
  {
    name: 'Russian part of an article',
    text: 'согласно части 4 статьи 15 ГПК РК',
    expected: [{ span: 'части 4 статьи 15 ГПК РК', ref: { targetAct: 'civil-procedure-code', part: '4', article: '15' } }],
  },
  {
    name: 'definition in brackets then a chapter',
    text: 'Қазақстан Республикасы Азаматтық кодексінің (бұдан әрі - АК) 47-тарауында көзделген',
    expected: [
      {
        span: 'Қазақстан Республикасы Азаматтық кодексінің (бұдан әрі - АК) 47-тарауында',
        ref: { targetAct: 'civil-code', chapter: '47' },
      },
    ],
  },
  {
    name: 'Labour Code, list glued by a comma',
    text: 'Қазақстан Республикасы Еңбек кодексінің 189,190-баптарында айқындалған',
    expected: [
      { span: '189', ref: { targetAct: 'labour-code', article: '189' } },
      { span: '190', ref: { targetAct: 'labour-code', article: '190' } },
    ],
  },
  {
    name: 'Labour Code in Russian',
    text: 'статьями 189, 190 Трудового кодекса РК',
    expected: [
      { span: '189', ref: { targetAct: 'labour-code', article: '189' } },
      { span: '190', ref: { targetAct: 'labour-code', article: '190' } },
    ],
  },
  {
    name: 'Constitution (ru)',
    text: 'в силу статьи 4 Конституции',
    expected: [{ span: 'статьи 4 Конституции', ref: { targetAct: 'constitution', article: '4' } }],
  },
  {
    name: 'law on the national security bodies (kk)',
    text: '"Қазақстан Республикасының ұлттық қауіпсіздік органдары туралы" Қазақстан Республикасы Заңының 18-бабына сәйкес',
    expected: [
      {
        span: '"Қазақстан Республикасының ұлттық қауіпсіздік органдары туралы" Қазақстан Республикасы Заңының 18-бабына',
        ref: { targetAct: 'law-national-security-bodies', article: '18' },
      },
    ],
  },
  {
    name: 'law on the national security bodies (ru)',
    text: 'статьей 18 Закона Республики Казахстан «Об органах национальной безопасности Республики Казахстан»',
    expected: [
      {
        span: 'статьей 18 Закона Республики Казахстан «Об органах национальной безопасности Республики Казахстан»',
        ref: { targetAct: 'law-national-security-bodies', article: '18' },
      },
    ],
  },
  {
    name: 'criminal code abbreviations count only with an article',
    text: 'по ст. 345 УК РК; ҚК-нің 345-бабы; УК отказал',
    expected: [
      { span: 'ст. 345 УК РК', ref: { targetAct: 'criminal-code', article: '345' } },
      { span: 'ҚК-нің 345-бабы', ref: { targetAct: 'criminal-code', article: '345' } },
    ],
  },
  {
    name: 'chapter of the Civil Code',
    text: 'главой 47 ГК',
    expected: [{ span: 'главой 47 ГК', ref: { targetAct: 'civil-code', chapter: '47' } }],
  },
  {
    name: 'Russian ordinal part, either order',
    text: 'части второй статьи 15 ГПК; во второй части статьи 149 ГПК',
    expected: [
      { span: 'части второй статьи 15 ГПК', ref: { targetAct: 'civil-procedure-code', part: '2', article: '15' } },
      { span: 'второй части статьи 149 ГПК', ref: { targetAct: 'civil-procedure-code', part: '2', article: '149' } },
    ],
  },
  { name: 'an article with no code', text: 'статья 938 применена', expected: [] },
  {
    name: 'Latin i inside a Kazakh word (export artifact) keeps its offsets',
    text: 'соттар АК-нiң 22-бабының 4-тармағына сәйкес',
    expected: [{ span: 'АК-нiң 22-бабының 4-тармағына', ref: { targetAct: 'civil-code', article: '22', point: '4' } }],
  },
];

const MIXED: Row[] = [
  {
    name: 'a code and the resolution in one sentence',
    text: 'На основании статьи 938 ГК и пункта 12 НП ВС РК № 9 от 09.07.1999 суд взыскал расходы.',
    expected: [
      { span: 'статьи 938 ГК', ref: { targetAct: 'civil-code', article: '938' } },
      { span: 'пункта 12 НП ВС РК № 9 от 09.07.1999', clause: sc('12') },
    ],
  },
  {
    name: 'both acts, Kazakh',
    text: 'АК-нің 938-бабына, ЖС 09.07.1999 № 9 НҚ 12-т. және ҚР Үкіметінің 18.09.2012 № 1213 қаулысымен бекітілген Қағидалардың 6-т. сәйкес',
    expected: [
      { span: 'АК-нің 938-бабына', ref: { targetAct: 'civil-code', article: '938' } },
      { span: 'ЖС 09.07.1999 № 9 НҚ 12-т.', clause: sc('12') },
      { span: 'ҚР Үкіметінің 18.09.2012 № 1213 қаулысымен бекітілген Қағидалардың 6-т.', clause: rules('6') },
    ],
  },
  {
    name: 'offsets are UTF-16 code units (an astral character before)',
    text: '😀 пункт 12 НП ВС РК № 9 от 09.07.1999',
    expected: [{ span: 'пункт 12 НП ВС РК № 9 от 09.07.1999', clause: sc('12') }],
  },
  {
    name: 'two groups of one chain share the act',
    text: 'подпункт 1) пункта 9 и пункт 10 Правил, утв. ПП РК от 18.09.2012 № 1213',
    expected: [
      { span: 'подпункт 1) пункта 9', clause: `${GOV}/att_1__para_9__subpara_1` },
      { span: 'пункт 10', clause: rules('10') },
    ],
  },
];

const OTHER_PHRASINGS: Row[] = [
  {
    name: 'a short name given by a definition means that act afterwards (ru)',
    text: 'Нормативное постановление Верховного Суда РК от 09 июля 1999 года №9 (далее – Нормативное постановление) применено. Согласно пункту 12 Нормативного постановления расходы возмещаются.',
    expected: [
      { span: 'Нормативное постановление Верховного Суда РК от 09 июля 1999 года №9 (далее – Нормативное постановление)', act: SC },
      { span: 'пункту 12 Нормативного постановления', clause: sc('12') },
    ],
  },
  {
    name: 'a short name for the Rules, defined after the decree',
    text: 'пункт 5 Правил, утвержденных постановлением Правительства РК от 18.09.2012 № 1213 (далее – Правила). В силу пункта 9 Правил выплата произведена.',
    expected: [
      { span: 'пункт 5 Правил, утвержденных постановлением Правительства РК от 18.09.2012 № 1213 (далее – Правила)', clause: rules('5') },
      { span: 'пункта 9 Правил', clause: rules('9') },
    ],
  },
  {
    name: 'a short name in Kazakh (бұдан әрі)',
    text: 'ҚР Жоғарғы Сотының 1999 жылғы 9 шілдедегі № 9 нормативтік қаулысы (бұдан әрі – Нормативтік қаулы) қолданылды. Нормативтік қаулының 12-тармағына сәйкес',
    expected: [
      { span: 'ҚР Жоғарғы Сотының 1999 жылғы 9 шілдедегі № 9 нормативтік қаулысы (бұдан әрі – Нормативтік қаулы)', act: SC },
      { span: 'Нормативтік қаулының 12-тармағына', clause: sc('12') },
    ],
  },
  { name: 'without a definition a bare type word is no act', text: 'Нормативтік қаулының 12-тармағы', expected: [] },
  {
    name: '"того же постановления" looks back',
    text: 'пунктом 12 НП ВС РК № 9 от 09.07.1999 г. и пунктом 19 того же постановления',
    expected: [
      { span: 'пунктом 12 НП ВС РК № 9 от 09.07.1999 г.', clause: sc('12') },
      { span: 'пунктом 19 того же постановления', clause: sc('19') },
    ],
  },
  {
    name: 'Russian range "с 10 по 13"',
    text: 'пункты с 10 по 13 НП ВС РК № 9 от 09.07.1999',
    expected: ['10', '11', '12', '13'].map((n) => ({ span: '10 по 13', clause: sc(n) })),
  },
  {
    name: '"ст.ст." is a list of articles',
    text: 'ст.ст. 937, 938 ГК РК',
    expected: [
      { span: '937', ref: { targetAct: 'civil-code', article: '937' } },
      { span: '938', ref: { targetAct: 'civil-code', article: '938' } },
    ],
  },
  {
    name: '"пп." beside a part are sub-points',
    text: 'пп. 1, 2 ч. 2 ст. 148 ГПК',
    expected: [
      { span: '1', ref: { targetAct: 'civil-procedure-code', subpoint: '1', part: '2', article: '148' } },
      { span: '2', ref: { targetAct: 'civil-procedure-code', subpoint: '2', part: '2', article: '148' } },
    ],
  },
  {
    name: 'line breaks inside a citation',
    text: 'Жоғарғы Соттың 1999 жылғы 9 шілдедегі\n№ 9 нормативтік қаулысының\n12-тармағы',
    expected: [{ span: 'Жоғарғы Соттың 1999 жылғы 9 шілдедегі\n№ 9 нормативтік қаулысының\n12-тармағы', clause: sc('12') }],
  },
  {
    name: 'a number glued to the type word, as the export writes it',
    text: '2-1. Алып тасталды - ҚР Жоғарғы сотының 2011.12.30 N 5нормативтік қаулысымен.',
    expected: [
      {
        span: 'ҚР Жоғарғы сотының 2011.12.30 N 5нормативтік қаулысымен',
        ref: { targetAct: 'supreme-court-resolution', number: '5', adoptedOn: '2011-12-30' },
      },
    ],
  },
  {
    name: 'an act in the instrumental case does not own the point after it',
    text: 'ҚР Жоғарғы Сотының 2024 жылғы 28 қарашадағы № 2 нормативтік қаулысымен 12-тармақ жаңа редакцияда жазылды.',
    expected: [
      {
        span: 'ҚР Жоғарғы Сотының 2024 жылғы 28 қарашадағы № 2 нормативтік қаулысымен',
        ref: { targetAct: 'supreme-court-resolution', number: '2', adoptedOn: '2024-11-28' },
      },
    ],
  },
  {
    name: 'clause in brackets after the act',
    text: 'в НП ВС РК № 9 от 09.07.1999 г. (п. 12) разъяснено',
    expected: [{ span: 'НП ВС РК № 9 от 09.07.1999 г. (п. 12)', clause: sc('12') }],
  },
  {
    name: 'a list in brackets after the act: ")" closes the bracket, it is no sub-point',
    text: 'НП ВС РК от 09.07.1999 № 9 (пункты 5, 7)',
    expected: [
      { span: '5', clause: sc('5') },
      { span: '7', clause: sc('7') },
    ],
  },
  {
    name: 'a law with no identifier here keeps its title',
    text: 'пункта 2 статьи 9 Закона РК «О нормативных правовых актах»',
    expected: [
      {
        span: 'пункта 2 статьи 9 Закона РК «О нормативных правовых актах»',
        ref: { targetAct: 'law', title: 'О нормативных правовых актах', point: '2', article: '9' },
      },
    ],
  },
  {
    name: 'the decree first, then "утвердило Правила"',
    text: 'Правительство постановлением от 18 сентября 2012 года № 1213 утвердило Правила',
    expected: [{ span: 'Правительство постановлением от 18 сентября 2012 года № 1213 утвердило Правила', clause: `${GOV}/att_1` }],
  },
  {
    name: 'a point written before "постановлением … утверждены Правила" is the decree’s',
    text: 'пунктом 1 постановления Правительства Республики Казахстан от 18 сентября 2012 года № 1213 утверждены Правила',
    expected: [
      {
        span: 'пунктом 1 постановления Правительства Республики Казахстан от 18 сентября 2012 года № 1213 утверждены Правила',
        clause: `${GOV}/para_1`,
      },
    ],
  },
  {
    name: 'a bracket opened in the citation is closed in its span; "1)" is no bracket',
    text: 'Согласно пп. 1) п. 9 Правил возмещения ущерба (утв. ПП РК № 1213 от 18.09.2012).',
    expected: [
      { span: 'пп. 1) п. 9 Правил возмещения ущерба (утв. ПП РК № 1213 от 18.09.2012)', clause: `${GOV}/att_1__para_9__subpara_1` },
    ],
  },
  {
    name: 'Rules approved by an order, not a decree',
    text: 'пункт 3 Правил, утвержденных приказом Министра от 1 января 2020 года № 12',
    expected: [],
  },
];

describe('extractCitations', () => {
  describe.each([
    ['Russian, Supreme Court resolution', RUSSIAN_SUPREME_COURT],
    ['Kazakh, Supreme Court resolution', KAZAKH_SUPREME_COURT],
    ['Government decree and its Rules', GOVERNMENT_DECREE_AND_RULES],
    ['inside an act ("осы", "настоящих")', INSIDE_AN_ACT],
    ['look-alikes and negatives', LOOK_ALIKES_AND_NEGATIVES],
    ['outside norms', OUTSIDE_NORMS],
    ['mixed', MIXED],
    ['short names, anaphora and other phrasings', OTHER_PHRASINGS],
  ])('%s', (_title, rows) => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => check(row));
  });

  it('reports the offset of a citation after an astral character in UTF-16 units', () => {
    const text = '😀 пункт 12 НП ВС РК № 9 от 09.07.1999';
    expect(extractCitations(text, CATALOG)[0].start).toBe(3);
  });
});
