/**
 * Effective windows: every rule × a known or unknown publication date × the evidence that bounds the last day,
 * then every date around each bound. Adoption dates are those of the real amending acts; publication dates and
 * later evidence are test inputs only (no publication date of these acts is recorded).
 */
import { addDays } from '../../src/domain/calendar-date';
import { effectiveReason, type ReasonSubject } from '../../src/domain/effective-reason';
import { EffectiveWindowError } from '../../src/errors';
import { effectiveWindow, phaseOf, type ActRef, type EffectiveWindow, type WindowInput } from '../../src/domain/effective-window';
import type { EffectiveRule } from '../../src/domain/types';

const FROM: EffectiveRule = 'FROM_FIRST_OFFICIAL_PUBLICATION';
const TEN: EffectiveRule = 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION';
const UNSTATED: EffectiveRule = 'UNSTATED';

const ADOPTED = '2023-12-20'; // Government decree No. 1154
const PUBLISHED = '2023-12-29';
const EDITION = '2026-11-21';
const later = (adoptedOn: string): ActRef => ({ kind: 'GOVERNMENT_DECREE', number: '99', adoptedOn });
const LATER = later('2024-03-01');

type Expect = Pick<EffectiveWindow, 'earliest' | 'latest' | 'exact' | 'earliestBasis' | 'latestBasis'>;
const w = (
  earliest: string,
  latest: string | null,
  earliestBasis: Expect['earliestBasis'],
  latestBasis: Expect['latestBasis'],
): Expect => ({
  earliest,
  latest,
  exact: latest === earliest,
  earliestBasis,
  latestBasis,
});

describe('effectiveWindow: every rule × publication known or not × evidence', () => {
  const none: Partial<WindowInput> = {};
  const edition: Partial<WindowInput> = { currentEditionBy: EDITION };
  const both: Partial<WindowInput> = { currentEditionBy: EDITION, laterAmendments: [LATER] };
  it.each<[string, EffectiveRule, string | null, Partial<WindowInput>, Expect]>([
    // from first official publication: not before adoption; a publication date fixes the day
    ['FROM, unknown publication, no evidence', FROM, null, none, w(ADOPTED, null, 'ADOPTION', null)],
    ['FROM, unknown publication, current edition', FROM, null, edition, w(ADOPTED, EDITION, 'ADOPTION', 'CURRENT_EDITION')],
    [
      'FROM, unknown publication, a later amendment before the edition',
      FROM,
      null,
      both,
      w(ADOPTED, '2024-03-01', 'ADOPTION', 'LATER_AMENDMENT'),
    ],
    ['FROM, known publication', FROM, PUBLISHED, both, w(PUBLISHED, PUBLISHED, 'PUBLICATION', 'PUBLICATION')],
    ['FROM, published on the adoption day', FROM, ADOPTED, none, w(ADOPTED, ADOPTED, 'PUBLICATION', 'PUBLICATION')],
    // ten calendar days after first official publication: adoption + 11 at the earliest
    ['TEN, unknown publication, no evidence', TEN, null, none, w('2023-12-31', null, 'ADOPTION', null)],
    ['TEN, unknown publication, current edition', TEN, null, edition, w('2023-12-31', EDITION, 'ADOPTION', 'CURRENT_EDITION')],
    ['TEN, unknown publication, a later amendment', TEN, null, both, w('2023-12-31', '2024-03-01', 'ADOPTION', 'LATER_AMENDMENT')],
    ['TEN, known publication', TEN, PUBLISHED, both, w('2024-01-09', '2024-01-09', 'PUBLICATION', 'PUBLICATION')],
    ['TEN, published on the adoption day', TEN, ADOPTED, none, w('2023-12-31', '2023-12-31', 'PUBLICATION', 'PUBLICATION')],
    // no rule stated: not before adoption; a publication date alone does not fix the day
    ['UNSTATED, unknown publication, no evidence', UNSTATED, null, none, w(ADOPTED, null, 'ADOPTION', null)],
    ['UNSTATED, unknown publication, current edition', UNSTATED, null, edition, w(ADOPTED, EDITION, 'ADOPTION', 'CURRENT_EDITION')],
    ['UNSTATED, unknown publication, a later amendment', UNSTATED, null, both, w(ADOPTED, '2024-03-01', 'ADOPTION', 'LATER_AMENDMENT')],
    ['UNSTATED, known publication, no evidence', UNSTATED, PUBLISHED, none, w(ADOPTED, null, 'ADOPTION', null)],
    ['UNSTATED, known publication, a later amendment', UNSTATED, PUBLISHED, both, w(ADOPTED, '2024-03-01', 'ADOPTION', 'LATER_AMENDMENT')],
  ])('%s', (_name, rule, publishedOn, extra, expected) => {
    expect(effectiveWindow({ rule, adoptedOn: ADOPTED, publishedOn, ...extra })).toMatchObject(expected);
  });

  it.each<[string, WindowInput, Expect]>([
    ['the ten days cross a month and a leap day', { rule: TEN, adoptedOn: '2024-02-20' }, w('2024-03-02', null, 'ADOPTION', null)],
    [
      'the ten days cross a year',
      { rule: TEN, adoptedOn: '2023-12-25', publishedOn: '2023-12-27' },
      w('2024-01-07', '2024-01-07', 'PUBLICATION', 'PUBLICATION'),
    ],
    [
      'a later amendment adopted before the earliest day proves nothing',
      { rule: TEN, adoptedOn: ADOPTED, laterAmendments: [later('2023-12-25')] },
      w('2023-12-31', null, 'ADOPTION', null),
    ],
    [
      'an edition retrieved before the earliest day proves nothing',
      { rule: TEN, adoptedOn: ADOPTED, currentEditionBy: '2023-12-28' },
      w('2023-12-31', null, 'ADOPTION', null),
    ],
    [
      'an amendment adopted the same day is not a later one',
      { rule: FROM, adoptedOn: ADOPTED, laterAmendments: [later(ADOPTED)] },
      w(ADOPTED, null, 'ADOPTION', null),
    ],
    [
      'the first later amendment counts',
      { rule: FROM, adoptedOn: ADOPTED, laterAmendments: [later('2025-01-01'), LATER], currentEditionBy: EDITION },
      w(ADOPTED, '2024-03-01', 'ADOPTION', 'LATER_AMENDMENT'),
    ],
    [
      'a later amendment on the earliest day makes the window exact',
      { rule: TEN, adoptedOn: ADOPTED, laterAmendments: [later('2023-12-31')] },
      w('2023-12-31', '2023-12-31', 'ADOPTION', 'LATER_AMENDMENT'),
    ],
    // decree No. 1213 itself: point 2, ten days; amended first by decree No. 666 of 10.08.2023
    [
      'decree No. 1213',
      { rule: TEN, adoptedOn: '2012-09-18', laterAmendments: [later('2023-08-10'), later('2023-12-20')], currentEditionBy: EDITION },
      w('2012-09-29', '2023-08-10', 'ADOPTION', 'LATER_AMENDMENT'),
    ],
  ])('%s', (_name, input, expected) => {
    expect(effectiveWindow(input)).toMatchObject(expected);
  });

  it('names the act whose adoption proves the last day', () => {
    expect(effectiveWindow({ rule: FROM, adoptedOn: ADOPTED, laterAmendments: [LATER] }).latestEvidence).toEqual(LATER);
    expect(effectiveWindow({ rule: FROM, adoptedOn: ADOPTED, currentEditionBy: EDITION }).latestEvidence).toBeNull();
  });

  it.each([FROM, TEN, UNSTATED])('%s: a publication before the adoption is refused', (rule) => {
    expect(() => effectiveWindow({ rule, adoptedOn: ADOPTED, publishedOn: '2023-12-19' })).toThrow(EffectiveWindowError);
  });
});

describe('phaseOf: the dates around each bound', () => {
  const cases: Array<[string, WindowInput]> = [];
  for (const rule of [FROM, TEN, UNSTATED]) {
    for (const publishedOn of [null, PUBLISHED]) {
      for (const evidence of [{}, { currentEditionBy: EDITION }, { currentEditionBy: EDITION, laterAmendments: [LATER] }]) {
        cases.push([
          `${rule}, publication ${publishedOn ?? 'unknown'}, ${Object.keys(evidence).join('+') || 'no evidence'}`,
          { rule, adoptedOn: ADOPTED, publishedOn, ...evidence },
        ]);
      }
    }
  }
  it.each(cases)('%s', (_name, input) => {
    const win = effectiveWindow(input);
    expect(phaseOf(win, addDays(ADOPTED, -1))).toBe('BEFORE');
    expect(win.earliest >= ADOPTED).toBe(true);
    expect(phaseOf(win, addDays(win.earliest, -1))).toBe('BEFORE');
    if (win.latest === null) {
      expect(phaseOf(win, win.earliest)).toBe('WITHIN');
      expect(phaseOf(win, '2099-12-31')).toBe('WITHIN');
    } else if (win.exact) {
      expect(phaseOf(win, win.earliest)).toBe('AFTER');
    } else {
      expect(phaseOf(win, win.earliest)).toBe('WITHIN');
      expect(phaseOf(win, addDays(win.latest, -1))).toBe('WITHIN');
      expect(phaseOf(win, win.latest)).toBe('AFTER');
      expect(phaseOf(win, addDays(win.latest, 1))).toBe('AFTER');
    }
  });

  it.each<[string, string | null, string, string]>([
    ['2023-12-31', '2026-11-21', '2023-12-30', 'BEFORE'],
    ['2023-12-31', '2026-11-21', '2023-12-31', 'WITHIN'],
    ['2023-12-31', '2026-11-21', '2026-11-20', 'WITHIN'],
    ['2023-12-31', '2026-11-21', '2026-11-21', 'AFTER'],
    ['2024-01-09', '2024-01-09', '2024-01-08', 'BEFORE'],
    ['2024-01-09', '2024-01-09', '2024-01-09', 'AFTER'],
    ['2023-12-31', null, '2030-01-01', 'WITHIN'],
  ])('[%s, %s] on %s is %s', (earliest, latest, asOf, expected) => {
    expect(phaseOf({ earliest, latest }, asOf)).toBe(expected);
  });
});

describe('effectiveReason: sentences that state the facts the window rests on', () => {
  const decree1154: ActRef = { kind: 'GOVERNMENT_DECREE', number: '1154', adoptedOn: ADOPTED };
  const change = (rule: EffectiveRule, publishedOn: string | null = null): ReasonSubject => ({
    kind: 'CHANGE',
    act: decree1154,
    rule,
    publishedOn,
    publicationSource: publishedOn ? 'САПП РК, 2023 ж., № 99' : null,
  });

  it.each<[string, WindowInput, ReasonSubject, { kk: string[]; ru: string[] }]>([
    [
      'ten days, unknown publication, proven by the current edition',
      { rule: TEN, adoptedOn: ADOPTED, currentEditionBy: EDITION },
      change(TEN),
      {
        kk: [
          '№ 1154 қаулысы',
          'күнтізбелік он күн',
          'анықталмаған',
          '30.12.2023',
          '31.12.2023',
          '21.11.2026',
          'adilet.zan.kz',
          '31.12.2023 – 20.11.2026',
        ],
        ru: [
          'от 20.12.2023 № 1154',
          'десяти календарных дней',
          'не установлена',
          '30.12.2023',
          '31.12.2023',
          'Не позднее 21.11.2026',
          'adilet.zan.kz',
          'С 31.12.2023 по 20.11.2026 включительно',
        ],
      },
    ],
    [
      'ten days, unknown publication, proven by a later amendment',
      { rule: TEN, adoptedOn: ADOPTED, laterAmendments: [LATER], currentEditionBy: EDITION },
      change(TEN),
      {
        kk: ['01.03.2024', '№ 99 қаулысы', 'кейін енгізілген өзгеріс'],
        ru: ['Не позднее 01.03.2024', 'от 01.03.2024 № 99', 'более позднее изменение того же акта'],
      },
    ],
    [
      'ten days, known publication: exact',
      { rule: TEN, adoptedOn: ADOPTED, publishedOn: PUBLISHED },
      change(TEN, PUBLISHED),
      {
        kk: ['29.12.2023', 'САПП РК', '08.01.2024', '09.01.2024 бастап'],
        ru: ['29.12.2023', 'САПП РК', '08.01.2024', 'применяется с 09.01.2024'],
      },
    ],
    [
      'no rule, known publication',
      { rule: UNSTATED, adoptedOn: ADOPTED, publishedOn: PUBLISHED },
      change(UNSTATED, PUBLISHED),
      {
        kk: ['көрсетілмеген', '20.12.2023', '29.12.2023', 'анықтамайды', 'әлі растамайды'],
        ru: ['не указано', '20.12.2023', '29.12.2023', 'не определяет', 'пока не подтверждают'],
      },
    ],
  ])('%s', (_name, input, subject, expected) => {
    const win = effectiveWindow(input);
    for (const lang of ['kk', 'ru'] as const) {
      const text = effectiveReason(win, subject, lang);
      for (const fact of expected[lang]) expect(text).toContain(fact);
    }
  });

  it('an exact window says nothing of uncertain days', () => {
    const win = effectiveWindow({ rule: FROM, adoptedOn: ADOPTED, publishedOn: PUBLISHED });
    expect(effectiveReason(win, change(FROM, PUBLISHED), 'ru')).not.toContain('неизвестно');
    expect(effectiveReason(win, change(FROM, PUBLISHED), 'kk')).not.toContain('белгісіз');
  });

  it("an act's own entry into force names the point that states its rule", () => {
    const subject: ReasonSubject = {
      kind: 'ACT',
      act: { kind: 'GOVERNMENT_DECREE', number: '1213', adoptedOn: '2012-09-18' },
      rule: TEN,
      ruleStatedInPoint: '2',
    };
    const win = effectiveWindow({ rule: TEN, adoptedOn: '2012-09-18', laterAmendments: [later('2023-08-10')] });
    expect(effectiveReason(win, subject, 'ru')).toContain('Согласно пункту 2 акт вводится в действие по истечении десяти календарных дней');
    expect(effectiveReason(win, subject, 'ru')).toContain('Не позднее 10.08.2023 акт уже действовал');
    expect(effectiveReason(win, subject, 'kk')).toContain('Актінің 2-тармағына сәйкес');
  });
});
