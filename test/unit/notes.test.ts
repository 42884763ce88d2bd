import { isNote, parseNote, REPEALED_POINT } from '../../src/corpus/notes';
import { NoteGrammarError } from '../../src/errors';
import type { NoteContext } from '../../src/corpus/notes';
import type { AmendingActRef, AmendmentEvent, AmendmentKind, EffectiveRule } from '../../src/domain/types';

/*
 * Kazakh rows are the notes of the two official texts (artifacts already repaired) plus variants of their
 * spelling (dashes, Latin i, date forms). Russian rows follow the official Russian style of the same system.
 * Rows that are not in the texts are grammar samples only: they name the real amending acts of the two texts,
 * but they do not record those acts' history.
 */

const SC = 'SUPREME_COURT_NORMATIVE_RESOLUTION' as const;
const GOV = 'GOVERNMENT_DECREE' as const;
const act = (id: string, kind: AmendingActRef['kind'], number: string, adoptedOn: string): AmendingActRef => ({
  id,
  kind,
  number,
  adoptedOn,
});
const SC_2004_12 = act('sc-2004-12', SC, '12', '2004-06-18');
const SC_2011_5 = act('sc-2011-5', SC, '5', '2011-12-30');
const SC_2017_2 = act('sc-2017-2', SC, '2', '2017-03-31');
const SC_2024_2 = act('sc-2024-2', SC, '2', '2024-11-28');
const GOV_2023_666 = act('gov-2023-666', GOV, '666', '2023-08-10');
const GOV_2023_1154 = act('gov-2023-1154', GOV, '1154', '2023-12-20');

const FROM_PUB: EffectiveRule = 'FROM_FIRST_OFFICIAL_PUBLICATION';
const TEN_DAYS: EffectiveRule = 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION';
const UNSTATED: EffectiveRule = 'UNSTATED';

const ev = (kind: AmendmentKind, target: string, amendingAct: AmendingActRef, effectiveRule: EffectiveRule): AmendmentEvent => ({
  kind,
  target,
  amendingAct,
  effectiveRule,
});

const KK_TEN_DAYS = '(алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі)';
const KK_FROM_PUB = '(алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі)';
const RU_TEN_DAYS = '(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)';
const RU_FROM_PUB = '(вводится в действие со дня первого официального опубликования)';

const RULES: NoteContext = { attachment: 'att_1' };

type Row = [string, string, NoteContext, AmendmentEvent[]];

describe('parseNote — Kazakh notes of the official texts', () => {
  it.each<Row>([
    [
      'decree title, ten days after publication',
      `Ескерту. Қаулының тақырыбы жаңа редакцияда - ҚР Үкіметінің 10.08.2023 № 666 ${KK_TEN_DAYS} қаулысымен.`,
      {},
      [ev('RESTATED', 'title', GOV_2023_666, TEN_DAYS)],
    ],
    [
      'decree preamble',
      `Ескерту. Кіріспе жаңа редакцияда - ҚР Үкіметінің 10.08.2023 № 666 ${KK_TEN_DAYS} қаулысымен.`,
      {},
      [ev('RESTATED', 'preamble', GOV_2023_666, TEN_DAYS)],
    ],
    [
      'decree point 1',
      `Ескерту. 1-тармақ жаңа редакцияда - ҚР Үкіметінің 10.08.2023 № 666 ${KK_TEN_DAYS} қаулысымен.`,
      {},
      [ev('RESTATED', 'para_1', GOV_2023_666, TEN_DAYS)],
    ],
    [
      'the whole Rules, printed under their title',
      `Ескерту. Қағидалар жаңа редакцияда - ҚР Үкіметінің 10.08.2023 № 666 ${KK_TEN_DAYS} қаулысымен.`,
      RULES,
      [ev('RESTATED', 'att_1', GOV_2023_666, TEN_DAYS)],
    ],
    [
      'the whole Rules, no context',
      `Ескерту. Қағидалар жаңа редакцияда - ҚР Үкіметінің 10.08.2023 № 666 ${KK_TEN_DAYS} қаулысымен.`,
      {},
      [ev('RESTATED', 'att_1', GOV_2023_666, TEN_DAYS)],
    ],
    [
      'a note inside the Rules names a point of the Rules',
      `Ескерту. 4-тармақ жаңа редакцияда - ҚР Үкіметінің 20.12.2023 № 1154 ${KK_TEN_DAYS} қаулысымен.`,
      RULES,
      [ev('RESTATED', 'att_1__para_4', GOV_2023_1154, TEN_DAYS)],
    ],
    [
      'the same note outside the Rules names a point of the decree',
      `Ескерту. 4-тармақ жаңа редакцияда - ҚР Үкіметінің 20.12.2023 № 1154 ${KK_TEN_DAYS} қаулысымен.`,
      {},
      [ev('RESTATED', 'para_4', GOV_2023_1154, TEN_DAYS)],
    ],
    [
      'resolution title, from publication, en dash',
      `Ескерту. Нормативтік қаулының тақырыбы жаңа редакцияда – ҚР Жоғарғы Сотының 31.03.2017 № 2 ${KK_FROM_PUB} Нормативтік қаулысымен.`,
      {},
      [ev('RESTATED', 'title', SC_2017_2, FROM_PUB)],
    ],
    [
      'resolution requisites',
      `Ескерту. Нормативтік қаулының деректемелері жаңа редакцияда – ҚР Жоғарғы Сотының 28.11.2024 № 2 ${KK_FROM_PUB} Нормативтік қаулысымен.`,
      {},
      [ev('RESTATED', 'requisites', SC_2024_2, FROM_PUB)],
    ],
    [
      'MODIFIED with two targets, "2004 жылғы 18 маусымдағы", no effective rule',
      'Ескерту. Атауы мен кіріспеге өзгеріс енгізілді - ҚР Жоғарғы сотының 2004 жылғы 18 маусымдағы N 12 нормативтік қаулысымен.',
      {},
      [ev('MODIFIED', 'title', SC_2004_12, UNSTATED), ev('MODIFIED', 'preamble', SC_2004_12, UNSTATED)],
    ],
    [
      'resolution point 1, the rule split by a page break and joined',
      `Ескерту. 1-тармақ жаңа редакцияда – ҚР Жоғарғы Сотының 28.11.2024 № 2 (алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі) Нормативтік қаулысымен.`,
      {},
      [ev('RESTATED', 'para_1', SC_2024_2, FROM_PUB)],
    ],
    [
      'INSERTED "21-1 тармақпен толықтырылды-", YYYY.MM.DD',
      'Ескерту. 21-1 тармақпен толықтырылды- ҚР Жоғарғы сотының 2011.12.30 N 5 нормативтік қаулысымен.',
      {},
      [ev('INSERTED', 'para_21-1', SC_2011_5, UNSTATED)],
    ],
    [
      'two events in one note (point 25)',
      `Ескерту. 25-тармақпен толықтырылды – ҚР Жоғарғы Сотының 31.03.2017 № 2 ${KK_FROM_PUB}; жаңа редакцияда – ҚР Жоғарғы Сотының 28.11.2024 № 2 ${KK_FROM_PUB} Нормативтік қаулыларымен.`,
      {},
      [ev('INSERTED', 'para_25', SC_2017_2, FROM_PUB), ev('RESTATED', 'para_25', SC_2024_2, FROM_PUB)],
    ],
  ])('%s', (_name, text, ctx, expected) => {
    expect(parseNote(text, ctx)).toEqual(expected);
  });
});

describe('parseNote — a repealed point is its own note (selfTarget)', () => {
  it.each<Row>([
    [
      '"2-1. Алып тасталды", glued "N 5нормативтік"',
      '2-1. Алып тасталды - ҚР Жоғарғы сотының 2011.12.30 N 5нормативтік қаулысымен.',
      { selfTarget: 'para_2-1' },
      [ev('REPEALED', 'para_2-1', SC_2011_5, UNSTATED)],
    ],
    [
      '"11. Алып тасталды", Kazakh month date',
      '11. Алып тасталды - ҚР Жоғарғы сотының 2004 жылғы 18 маусымдағы N 12 нормативтік қаулысымен.',
      { selfTarget: 'para_11' },
      [ev('REPEALED', 'para_11', SC_2004_12, UNSTATED)],
    ],
    [
      '"22. Алынып тасталды"',
      '22. Алынып тасталды - ҚР Жоғарғы сотының 2004 жылғы 18 маусымдағы N 12 нормативтік қаулысымен.',
      { selfTarget: 'para_22' },
      [ev('REPEALED', 'para_22', SC_2004_12, UNSTATED)],
    ],
    [
      '"23. Алынып тасталды", glued number',
      '23. Алынып тасталды - ҚР Жоғарғы сотының 2011.12.30 N 5нормативтік қаулысымен.',
      { selfTarget: 'para_23' },
      [ev('REPEALED', 'para_23', SC_2011_5, UNSTATED)],
    ],
    [
      'a repealed point of the Rules',
      '3. Алып тасталды - ҚР Үкіметінің 2023 жылғы 20 желтоқсандағы № 1154 қаулысымен.',
      { attachment: 'att_1', selfTarget: 'att_1__para_3' },
      [ev('REPEALED', 'att_1__para_3', GOV_2023_1154, UNSTATED)],
    ],
    [
      'Russian "Исключен"',
      '2-1. Исключен нормативным постановлением Верховного Суда РК от 30.12.2011 N 5.',
      { selfTarget: 'para_2-1' },
      [ev('REPEALED', 'para_2-1', SC_2011_5, UNSTATED)],
    ],
    [
      'Russian "Утратил силу"',
      '11. Утратил силу нормативным постановлением Верховного Суда РК от 18.06.2004 N 12.',
      { selfTarget: 'para_11' },
      [ev('REPEALED', 'para_11', SC_2004_12, UNSTATED)],
    ],
  ])('%s', (_name, text, ctx, expected) => {
    expect(parseNote(text, ctx)).toEqual(expected);
  });
});

describe('parseNote — spelling variants of the Kazakh notes', () => {
  it.each<Row>([
    [
      'Latin i inside Kazakh words (kind, issuer, rule)',
      'Ескерту. 5-тармаққа өзгерiс енгiзiлдi - ҚР Үкiметiнiң 20.12.2023 № 1154 (алғашқы ресми жарияланған күнiнен кейiн күнтiзбелiк он күн өткен соң қолданысқа енгiзiледi) қаулысымен.',
      {},
      [ev('MODIFIED', 'para_5', GOV_2023_1154, TEN_DAYS)],
    ],
    [
      'Latin i inside a target word',
      'Ескерту. Атауы мен кiрiспеге өзгерiс енгiзiлдi - ҚР Жоғарғы сотының 2004 жылғы 18 маусымдағы N 12 нормативтiк қаулысымен.',
      {},
      [ev('MODIFIED', 'title', SC_2004_12, UNSTATED), ev('MODIFIED', 'preamble', SC_2004_12, UNSTATED)],
    ],
    [
      'Latin i in the publication rule',
      'Ескерту. 3-тармақ жаңа редакцияда – ҚР Жоғарғы Сотының 28.11.2024 № 2 (алғашқы ресми жарияланған күнiнен бастап қолданысқа енгiзiледi) Нормативтiк қаулысымен.',
      {},
      [ev('RESTATED', 'para_3', SC_2024_2, FROM_PUB)],
    ],
    [
      'dash glued on both sides, YYYY.MM.DD, "№666"',
      'Ескерту. 1-тармақ жаңа редакцияда–ҚР Үкіметінің 2023.08.10 №666 қаулысымен.',
      {},
      [ev('RESTATED', 'para_1', GOV_2023_666, UNSTATED)],
    ],
    [
      'hyphen glued to the kind',
      'Ескерту. 21-1 тармақпен толықтырылды-ҚР Жоғарғы сотының 30.12.2011 N 5 нормативтік қаулысымен.',
      {},
      [ev('INSERTED', 'para_21-1', SC_2011_5, UNSTATED)],
    ],
    [
      '"3-1-тармақпен", "2017 жылғы 31 наурыздағы"',
      'Ескерту. 3-1-тармақпен толықтырылды - ҚР Жоғарғы Сотының 2017 жылғы 31 наурыздағы № 2 нормативтік қаулысымен.',
      {},
      [ev('INSERTED', 'para_3-1', SC_2017_2, UNSTATED)],
    ],
    [
      '"2011 жылғы 30 желтоқсандағы"',
      'Ескерту. 23-тармақ алынып тасталды - ҚР Жоғарғы сотының 2011 жылғы 30 желтоқсандағы N 5 нормативтік қаулысымен.',
      {},
      [ev('REPEALED', 'para_23', SC_2011_5, UNSTATED)],
    ],
    [
      '"2023 жылғы 10 тамыздағы", Rules in context',
      `Ескерту. 7-тармақ жаңа редакцияда - ҚР Үкіметінің 2023 жылғы 10 тамыздағы № 666 ${KK_TEN_DAYS} қаулысымен.`,
      RULES,
      [ev('RESTATED', 'att_1__para_7', GOV_2023_666, TEN_DAYS)],
    ],
    [
      '"2024 жылғы 28 қарашадағы"',
      `Ескерту. 24-тармақ жаңа редакцияда – ҚР Жоғарғы Сотының 2024 жылғы 28 қарашадағы № 2 ${KK_FROM_PUB} Нормативтік қаулысымен.`,
      {},
      [ev('RESTATED', 'para_24', SC_2024_2, FROM_PUB)],
    ],
    [
      'a sub-point of the Rules: "9-тармақтың 2) тармақшасы"',
      `Ескерту. 9-тармақтың 2) тармақшасы жаңа редакцияда - ҚР Үкіметінің 20.12.2023 № 1154 ${KK_TEN_DAYS} қаулысымен.`,
      RULES,
      [ev('RESTATED', 'att_1__para_9__subpara_2', GOV_2023_1154, TEN_DAYS)],
    ],
    [
      '"күші жойылды"',
      'Ескерту. 6-тармақтың күші жойылды - ҚР Үкіметінің 20.12.2023 № 1154 қаулысымен.',
      RULES,
      [ev('REPEALED', 'att_1__para_6', GOV_2023_1154, UNSTATED)],
    ],
    [
      'whitespace and line breaks inside the note are one space',
      'Ескерту.  4-тармақ жаңа\nредакцияда -  ҚР Үкіметінің\t20.12.2023 № 1154 қаулысымен.',
      {},
      [ev('RESTATED', 'para_4', GOV_2023_1154, UNSTATED)],
    ],
  ])('%s', (_name, text, ctx, expected) => {
    expect(parseNote(text, ctx)).toEqual(expected);
  });
});

describe('parseNote — Russian notes in the official style', () => {
  it.each<Row>([
    [
      'point restated, from publication',
      `Сноска. Пункт 5 в редакции нормативного постановления Верховного Суда РК от 28.11.2024 № 2 ${RU_FROM_PUB}.`,
      {},
      [ev('RESTATED', 'para_5', SC_2024_2, FROM_PUB)],
    ],
    [
      'point repealed, no "Сноска." prefix',
      'Пункт 11 исключен нормативным постановлением Верховного Суда РК от 18.06.2004 N 12.',
      {},
      [ev('REPEALED', 'para_11', SC_2004_12, UNSTATED)],
    ],
    [
      'point inserted',
      'Нормативное постановление дополнено пунктом 21-1 в соответствии с нормативным постановлением Верховного Суда РК от 30.12.2011 N 5.',
      {},
      [ev('INSERTED', 'para_21-1', SC_2011_5, UNSTATED)],
    ],
    [
      'point inserted, "30 декабря 2011 года"',
      'Нормативное постановление дополнено пунктом 21-1 в соответствии с нормативным постановлением Верховного Суда РК от 30 декабря 2011 года N 5.',
      {},
      [ev('INSERTED', 'para_21-1', SC_2011_5, UNSTATED)],
    ],
    [
      'title and preamble modified, "18 июня 2004 г."',
      'В наименование и преамбулу внесены изменения - Нормативным постановлением Верховного Суда РК от 18 июня 2004 г. N 12 .',
      {},
      [ev('MODIFIED', 'title', SC_2004_12, UNSTATED), ev('MODIFIED', 'preamble', SC_2004_12, UNSTATED)],
    ],
    [
      'Government decree, ten calendar days',
      `Сноска. Пункт 4 в редакции постановления Правительства РК от 20.12.2023 № 1154 ${RU_TEN_DAYS}.`,
      RULES,
      [ev('RESTATED', 'att_1__para_4', GOV_2023_1154, TEN_DAYS)],
    ],
    [
      'sub-point of a point',
      `Сноска. Подпункт 2) пункта 9 в редакции постановления Правительства РК от 20.12.2023 № 1154 ${RU_TEN_DAYS}.`,
      RULES,
      [ev('RESTATED', 'att_1__para_9__subpara_2', GOV_2023_1154, TEN_DAYS)],
    ],
    [
      'sub-point of a point, no context',
      `Сноска. Подпункт 2) пункта 9 в редакции постановления Правительства РК от 20.12.2023 № 1154 ${RU_TEN_DAYS}.`,
      {},
      [ev('RESTATED', 'para_9__subpara_2', GOV_2023_1154, TEN_DAYS)],
    ],
    [
      'two events in one note (point 25)',
      `Сноска. Нормативное постановление дополнено пунктом 25 в соответствии с нормативным постановлением Верховного Суда РК от 31.03.2017 № 2 ${RU_FROM_PUB}; в редакции нормативного постановления Верховного Суда РК от 28.11.2024 № 2 ${RU_FROM_PUB}.`,
      {},
      [ev('INSERTED', 'para_25', SC_2017_2, FROM_PUB), ev('RESTATED', 'para_25', SC_2024_2, FROM_PUB)],
    ],
    [
      'decree title ("Заголовок")',
      `Сноска. Заголовок в редакции постановления Правительства РК от 10.08.2023 № 666 ${RU_TEN_DAYS}.`,
      {},
      [ev('RESTATED', 'title', GOV_2023_666, TEN_DAYS)],
    ],
    [
      'resolution title ("Наименование")',
      `Сноска. Наименование в редакции нормативного постановления Верховного Суда РК от 31.03.2017 № 2 ${RU_FROM_PUB}.`,
      {},
      [ev('RESTATED', 'title', SC_2017_2, FROM_PUB)],
    ],
    [
      'requisites',
      `Сноска. Реквизиты в редакции нормативного постановления Верховного Суда РК от 28.11.2024 № 2 ${RU_FROM_PUB}.`,
      {},
      [ev('RESTATED', 'requisites', SC_2024_2, FROM_PUB)],
    ],
    [
      'preamble',
      `Сноска. Преамбула в редакции постановления Правительства РК от 10.08.2023 № 666 ${RU_TEN_DAYS}.`,
      {},
      [ev('RESTATED', 'preamble', GOV_2023_666, TEN_DAYS)],
    ],
    [
      'the Rules',
      `Сноска. Правила в редакции постановления Правительства РК от 10.08.2023 № 666 ${RU_TEN_DAYS}.`,
      RULES,
      [ev('RESTATED', 'att_1', GOV_2023_666, TEN_DAYS)],
    ],
    [
      '"изложен в новой редакции"',
      'Сноска. Пункт 2 изложен в новой редакции постановлением Правительства РК от 10.08.2023 № 666.',
      {},
      [ev('RESTATED', 'para_2', GOV_2023_666, UNSTATED)],
    ],
    [
      '"утратил силу"',
      `Сноска. Пункт 11 утратил силу постановлением Правительства РК от 20.12.2023 № 1154 ${RU_TEN_DAYS}.`,
      RULES,
      [ev('REPEALED', 'att_1__para_11', GOV_2023_1154, TEN_DAYS)],
    ],
  ])('%s', (_name, text, ctx, expected) => {
    expect(parseNote(text, ctx)).toEqual(expected);
  });
});

describe('parseNote — forms the grammar does not read yet', () => {
  // Wrong today: "подпунктом 3)" is also read as "пунктом 3", so the note yields two INSERTED events,
  // para_9 and para_3. Right: one INSERTED event for the new sub-point, para_9__subpara_3 (reading it as
  // para_9 would make point 9 "not yet in force" before the insertion).
  it('Russian "Пункт 9 дополнен подпунктом 3)" inserts the sub-point only', () => {
    const text = `Сноска. Пункт 9 дополнен подпунктом 3) в соответствии с постановлением Правительства РК от 20.12.2023 № 1154 ${RU_TEN_DAYS}.`;
    expect(parseNote(text)).toEqual([ev('INSERTED', 'para_9__subpara_3', GOV_2023_1154, TEN_DAYS)]);
  });

  // Wrong today: the target is read as para_9 (the sub-point in "3) тармақшамен" is not recognised).
  // Right: one INSERTED event for para_9__subpara_3.
  it('Kazakh "9-тармақ 3) тармақшамен толықтырылды" inserts the sub-point only', () => {
    const text = 'Ескерту. 9-тармақ 3) тармақшамен толықтырылды - ҚР Үкіметінің 20.12.2023 № 1154 қаулысымен.';
    expect(parseNote(text)).toEqual([ev('INSERTED', 'para_9__subpara_3', GOV_2023_1154, UNSTATED)]);
  });

  // Wrong today: NoteGrammarError ("no kind of change") — the common official Russian form
  // "с изменениями, внесенными" is not among the MODIFIED patterns (only "внесены изменения" /
  // "изменения внесены"). Right: one MODIFIED event for para_5.
  it('Russian "Пункт 5 с изменениями, внесенными постановлением …" is a MODIFIED note', () => {
    const text = `Сноска. Пункт 5 с изменениями, внесенными постановлением Правительства РК от 20.12.2023 № 1154 ${RU_TEN_DAYS}.`;
    expect(parseNote(text)).toEqual([ev('MODIFIED', 'para_5', GOV_2023_1154, TEN_DAYS)]);
  });

  // Wrong today: an empty note returns [] (no segment, so nothing is checked), and the parser would keep
  // a note without events. Right: NoteGrammarError, as for any note that names no kind of change.
  it.each(['Ескерту.', 'Сноска. '])('an empty note %j is an error', (text) => {
    expect(() => parseNote(text)).toThrow(NoteGrammarError);
  });
});

describe('parseNote — notes that cannot be read throw NoteGrammarError', () => {
  it.each([
    ['no date', 'Ескерту. 4-тармақ жаңа редакцияда - ҚР Үкіметінің № 1154 қаулысымен.', /date/],
    ['impossible date', 'Ескерту. 4-тармақ жаңа редакцияда - ҚР Үкіметінің 31.02.2023 № 1154 қаулысымен.', /date/],
    ['no number', 'Ескерту. 4-тармақ жаңа редакцияда - ҚР Үкіметінің 20.12.2023 қаулысымен.', /number/],
    ['no kind', 'Ескерту. 4-тармақ - ҚР Үкіметінің 20.12.2023 № 1154 қаулысымен.', /kind/],
    ['no issuer', 'Ескерту. 4-тармақ жаңа редакцияда - 20.12.2023 № 1154 қаулысымен.', /issuer/],
    ['no target', 'Ескерту. Жаңа редакцияда - ҚР Үкіметінің 20.12.2023 № 1154 қаулысымен.', /target/],
    [
      'second event without a date',
      `Ескерту. 25-тармақпен толықтырылды – ҚР Жоғарғы Сотының 31.03.2017 № 2 ${KK_FROM_PUB}; жаңа редакцияда – ҚР Жоғарғы Сотының № 2 Нормативтік қаулыларымен.`,
      /date/,
    ],
    ['Russian, no date', 'Сноска. Пункт 5 в редакции нормативного постановления Верховного Суда РК № 2.', /date/],
    ['Russian, no number', 'Пункт 11 исключен нормативным постановлением Верховного Суда РК от 18.06.2004.', /number/],
    ['Russian, no kind', 'Сноска. Пункт 5 — нормативное постановление Верховного Суда РК от 28.11.2024 № 2.', /kind/],
    ['Russian, no target', `Сноска. В редакции нормативного постановления Верховного Суда РК от 28.11.2024 № 2 ${RU_FROM_PUB}.`, /target/],
  ])('%s', (_name, text, message) => {
    expect(() => parseNote(text)).toThrow(NoteGrammarError);
    expect(() => parseNote(text)).toThrow(message);
  });
});

describe('isNote', () => {
  it.each([
    ['Ескерту. 4-тармақ жаңа редакцияда', true],
    ['      Ескерту. Кіріспе жаңа редакцияда', true],
    ['Ескерту . Кіріспе', true],
    ['Сноска. Пункт 5 в редакции', true],
    ['4. Ескерту. бұл сөз тармақтың ішінде', false],
    ['Ескертусіз мәтін', false],
    ['Пункт 11 исключен', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isNote(text)).toBe(expected);
  });
});

describe('REPEALED_POINT', () => {
  it.each([
    ['2-1. Алып тасталды - ҚР Жоғарғы сотының 2011.12.30 N 5нормативтік қаулысымен.', '2-1'],
    ['      22. Алынып тасталды - ҚР Жоғарғы сотының', '22'],
    ['6. Күші жойылды - ҚР Үкіметінің', '6'],
    ['11. Исключен нормативным постановлением', '11'],
    ['11. Утратил силу постановлением', '11'],
    ['24. Осы қаулының қабылдануына байланысты ... қаулысының күші жойылды', null],
    ['Алып тасталды - ҚР Жоғарғы сотының', null],
  ])('%j → %s', (text, number) => {
    expect(REPEALED_POINT.exec(text)?.[1] ?? null).toBe(number);
  });
});
