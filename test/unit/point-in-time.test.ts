import {
  addDays,
  clauseStatus,
  covers,
  effectiveFrom,
  gapAround,
  onOrBefore,
  pickWording,
  todayInKazakhstan,
} from '../../src/domain/point-in-time';
import type { DatedChange, Period } from '../../src/domain/point-in-time';
import type { EffectiveRule, ProvisionStatus } from '../../src/domain/types';

// Adoption dates are those of the real amending acts; publication dates are test inputs only.

describe('addDays', () => {
  it.each([
    ['2024-11-28', 0, '2024-11-28'],
    ['2024-11-28', 11, '2024-12-09'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('%s %+i → %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });
});

describe('onOrBefore', () => {
  it.each([
    ['2004-06-18', '2004-06-18', true],
    ['2004-06-17', '2004-06-18', true],
    ['2004-06-19', '2004-06-18', false],
    ['1999-12-31', '2000-01-01', true],
  ])('%s ≤ %s is %s', (a, b, expected) => {
    expect(onOrBefore(a, b)).toBe(expected);
  });
});

describe('effectiveFrom', () => {
  const FROM: EffectiveRule = 'FROM_FIRST_OFFICIAL_PUBLICATION';
  const TEN: EffectiveRule = 'TEN_DAYS_AFTER_FIRST_OFFICIAL_PUBLICATION';
  const UNSTATED: EffectiveRule = 'UNSTATED';

  it.each<[EffectiveRule, string, string | null | undefined, { date: string; exact: boolean }]>([
    // with a publication date
    [FROM, '2024-11-28', '2024-12-05', { date: '2024-12-05', exact: true }],
    [TEN, '2023-12-20', '2023-12-29', { date: '2024-01-09', exact: true }],
    [TEN, '2023-08-10', '2023-08-21', { date: '2023-09-01', exact: true }],
    [TEN, '2024-02-10', '2024-02-20', { date: '2024-03-02', exact: true }],
    [UNSTATED, '2004-06-18', '2004-07-01', { date: '2004-06-18', exact: false }],
    // without one, the adoption date stands in and is flagged inexact
    [FROM, '2024-11-28', undefined, { date: '2024-11-28', exact: false }],
    [FROM, '2024-11-28', null, { date: '2024-11-28', exact: false }],
    [FROM, '2024-11-28', '', { date: '2024-11-28', exact: false }],
    [TEN, '2023-08-10', undefined, { date: '2023-08-10', exact: false }],
    [TEN, '2023-08-10', null, { date: '2023-08-10', exact: false }],
    [UNSTATED, '2011-12-30', undefined, { date: '2011-12-30', exact: false }],
    [UNSTATED, '2011-12-30', null, { date: '2011-12-30', exact: false }],
  ])('%s, adopted %s, published %s → %j', (rule, adoptedOn, publishedOn, expected) => {
    expect(effectiveFrom(rule, adoptedOn, publishedOn)).toEqual(expected);
  });
});

describe('clauseStatus', () => {
  const ACT_ADOPTED = '1999-07-09';
  const inserted = (d: string): DatedChange => ({ kind: 'INSERTED', effectiveFrom: d });
  const repealed = (d: string): DatedChange => ({ kind: 'REPEALED', effectiveFrom: d });
  const restated = (d: string): DatedChange => ({ kind: 'RESTATED', effectiveFrom: d });
  const modified = (d: string): DatedChange => ({ kind: 'MODIFIED', effectiveFrom: d });

  it.each<[string, DatedChange[], string, ProvisionStatus]>([
    ['original clause, before adoption', [], '1999-07-08', 'NOT_YET_IN_FORCE'],
    ['original clause, on adoption day', [], '1999-07-09', 'IN_FORCE'],
    ['original clause, today', [], '2025-06-01', 'IN_FORCE'],
    ['restated and modified only', [modified('2004-06-18'), restated('2024-11-28')], '2025-06-01', 'IN_FORCE'],
    ['restated, before adoption', [restated('2024-11-28')], '1999-01-01', 'NOT_YET_IN_FORCE'],
    ['inserted, the day before', [inserted('2011-12-30')], '2011-12-29', 'NOT_YET_IN_FORCE'],
    ['inserted, on the day', [inserted('2011-12-30')], '2011-12-30', 'IN_FORCE'],
    ['inserted, later', [inserted('2011-12-30')], '2020-01-01', 'IN_FORCE'],
    ['inserted then restated, before insertion', [inserted('2017-03-31'), restated('2024-11-28')], '2017-03-30', 'NOT_YET_IN_FORCE'],
    ['inserted then restated, between', [inserted('2017-03-31'), restated('2024-11-28')], '2020-01-01', 'IN_FORCE'],
    ['inserted then restated, after', [inserted('2017-03-31'), restated('2024-11-28')], '2024-11-28', 'IN_FORCE'],
    ['two insertions: the earliest counts', [inserted('2024-11-28'), inserted('2017-03-31')], '2018-01-01', 'IN_FORCE'],
    ['repealed, the day before', [repealed('2004-06-18')], '2004-06-17', 'IN_FORCE'],
    ['repealed, on the day', [repealed('2004-06-18')], '2004-06-18', 'REPEALED'],
    ['repealed, later', [repealed('2004-06-18')], '2025-06-01', 'REPEALED'],
    ['repealed, before adoption', [repealed('2004-06-18')], '1999-07-01', 'NOT_YET_IN_FORCE'],
    ['inserted then repealed, before insertion', [inserted('2004-06-18'), repealed('2011-12-30')], '2004-01-01', 'NOT_YET_IN_FORCE'],
    ['inserted then repealed, between', [inserted('2004-06-18'), repealed('2011-12-30')], '2008-01-01', 'IN_FORCE'],
    ['inserted then repealed, after repeal', [inserted('2004-06-18'), repealed('2011-12-30')], '2011-12-30', 'REPEALED'],
  ])('%s (asOf %#) → %s', (_name, changes, asOf, expected) => {
    expect(clauseStatus(ACT_ADOPTED, changes, asOf)).toBe(expected);
  });
});

describe('covers', () => {
  it.each<[Period, string, boolean]>([
    [{ validFrom: null, validTo: null }, '1999-07-09', true],
    [{ validFrom: '2004-06-18', validTo: null }, '2004-06-17', false],
    [{ validFrom: '2004-06-18', validTo: null }, '2004-06-18', true],
    [{ validFrom: null, validTo: '2011-12-29' }, '2011-12-29', true],
    [{ validFrom: null, validTo: '2011-12-29' }, '2011-12-30', false],
    [{ validFrom: '2004-06-18', validTo: '2011-12-29' }, '2008-01-01', true],
    [{ validFrom: '2004-06-18', validTo: '2011-12-29' }, '2012-01-01', false],
    [{ validFrom: '2024-11-28', validTo: '2024-11-28' }, '2024-11-28', true],
  ])('%j covers %s: %s', (period, asOf, expected) => {
    expect(covers(period, asOf)).toBe(expected);
  });
});

describe('pickWording', () => {
  type W = Period & { official: boolean; label: string };
  const w = (label: string, validFrom: string | null, validTo: string | null, official = true): W => ({ label, validFrom, validTo, official });

  it.each<[string, W[], string, string | null]>([
    ['the original before the restatement', [w('original', null, '2024-11-27'), w('restated', '2024-11-28', null)], '2024-11-27', 'original'],
    ['the restatement from its day', [w('original', null, '2024-11-27'), w('restated', '2024-11-28', null)], '2024-11-28', 'restated'],
    ['official beats an unofficial wording that started later', [w('official', null, null), w('unofficial', '2020-01-01', null, false)], '2021-01-01', 'official'],
    ['official beats unofficial, order of the list does not matter', [w('unofficial', '2020-01-01', null, false), w('official', '2004-06-18', null)], '2021-01-01', 'official'],
    ['an unofficial wording when it alone covers the date', [w('official', '2024-11-28', null), w('unofficial', '2004-06-18', '2024-11-27', false)], '2010-01-01', 'unofficial'],
    ['among official wordings the latest start wins', [w('2004', '2004-06-18', null), w('2017', '2017-03-31', null)], '2018-01-01', '2017'],
    ['the latest start wins only among those that cover the date', [w('2004', '2004-06-18', null), w('2017', '2017-03-31', null)], '2010-01-01', '2004'],
    ['a dated start beats an open start', [w('open', null, null), w('dated', '2011-12-30', null)], '2012-01-01', 'dated'],
    ['nothing covers the date', [w('a', null, '2004-06-17'), w('b', '2011-12-30', null)], '2008-01-01', null],
    ['no wordings', [], '2008-01-01', null],
  ])('%s', (_name, wordings, asOf, expected) => {
    expect(pickWording(wordings, asOf)?.label ?? null).toBe(expected);
  });
});

describe('gapAround', () => {
  const p = (validFrom: string | null, validTo: string | null): Period => ({ validFrom, validTo });

  it.each<[string, Period[], string, Period]>([
    ['between two known wordings', [p(null, '2004-06-17'), p('2011-12-30', null)], '2008-01-01', p('2004-06-18', '2011-12-29')],
    ['no wordings at all', [], '2008-01-01', p(null, null)],
    ['only an earlier wording', [p('1999-07-09', '2004-06-17')], '2008-01-01', p('2004-06-18', null)],
    ['only a later wording', [p('2011-12-30', null)], '2008-01-01', p(null, '2011-12-29')],
    ['the nearest on each side', [p(null, '2000-12-31'), p('2001-01-01', '2004-06-17'), p('2017-03-31', null), p('2011-12-30', '2017-03-30')], '2008-01-01', p('2004-06-18', '2011-12-29')],
    ['a wording that covers the date does not bound the gap', [p('2004-06-18', '2011-12-29')], '2008-01-01', p(null, null)],
    ['a wording ending the day before', [p(null, '2007-12-31')], '2008-01-01', p('2008-01-01', null)],
  ])('%s', (_name, wordings, asOf, expected) => {
    expect(gapAround(wordings, asOf)).toEqual(expected);
  });
});

describe('todayInKazakhstan', () => {
  // Kazakhstan kept UTC+6 until 1 March 2024 and UTC+5 since.
  it.each([
    ['2023-06-30T17:59:59Z', '2023-06-30'],
    ['2023-06-30T18:00:00Z', '2023-07-01'],
    ['2024-12-31T18:59:59Z', '2024-12-31'],
    ['2024-12-31T19:00:00Z', '2025-01-01'],
    ['2025-03-01T00:30:00Z', '2025-03-01'],
    ['2025-03-01T23:30:00Z', '2025-03-02'],
    ['2025-06-15T12:00:00Z', '2025-06-15'],
  ])('%s is %s in Kazakhstan', (instant, expected) => {
    expect(todayInKazakhstan(new Date(instant))).toBe(expected);
  });

  describe('without an argument it reads the clock', () => {
    afterEach(() => jest.useRealTimers());
    it.each([
      ['2024-12-31T19:30:00Z', '2025-01-01'],
      ['2025-07-09T03:00:00Z', '2025-07-09'],
    ])('at %s it is %s', (instant, expected) => {
      jest.useFakeTimers({ now: new Date(instant) });
      expect(todayInKazakhstan()).toBe(expected);
    });
  });
});
