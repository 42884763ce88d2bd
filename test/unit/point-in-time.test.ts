import type { Span } from '../../src/domain/effective-window';
import {
  addDays,
  clauseTimeline,
  covers,
  existence,
  gapAround,
  mayApplyPeriod,
  onOrBefore,
  provisionStatus,
  todayInKazakhstan,
  uncertaintyOn,
  wordingOn,
} from '../../src/domain/point-in-time';
import type { ClauseTimeline, Period, TimedEvent, WordingSpan } from '../../src/domain/point-in-time';
import type { ProvisionStatus } from '../../src/domain/types';

// Adoption dates are those of the real amending acts; the windows are those the corpus gives without publication dates.

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

// Windows as the corpus gives them without publication dates: [earliest, latest].
const span = (earliest: string, latest: string | null, ref?: string): Span => ({ earliest, latest, ref });
const ENTRY_1999 = span('1999-07-09', '2004-06-18', 'entry');
const ENTRY_2012 = span('2012-09-29', '2023-08-10', 'entry');
const SC_2004 = span('2004-06-18', '2011-12-30');
const SC_2011 = span('2011-12-30', '2017-03-31');
const SC_2017 = span('2017-03-31', '2024-11-28');
const SC_2024 = span('2024-11-28', '2026-11-21');
const GOV_666 = span('2023-08-21', '2023-12-20');
const GOV_1154 = span('2023-12-31', '2026-11-21');

describe('clauseTimeline', () => {
  const ev = (kind: TimedEvent['kind'], target: string, s: Span): TimedEvent => ({ kind, target, span: s });
  const decree: TimedEvent[] = [
    ev('RESTATED', 'title', GOV_666),
    ev('RESTATED', 'preamble', GOV_666),
    ev('RESTATED', 'att_1', GOV_666),
    ev('RESTATED', 'att_1__para_9', GOV_1154),
  ];
  it('a part changes with what contains it; a unit changes with its parts', () => {
    const subpoint = clauseTimeline(
      { eId: 'att_1__para_9__subpara_2', number: '2', lineage: ['att_1__para_9__subpara_2', 'att_1__para_9', 'att_1'] },
      decree,
      ENTRY_2012,
    );
    expect(subpoint.changes).toEqual([GOV_666, GOV_1154]);
    const rules = clauseTimeline({ eId: 'att_1', number: '1', lineage: ['att_1'] }, decree, ENTRY_2012);
    expect(rules.changes).toEqual([GOV_666, GOV_1154]);
    expect(rules.evidencedFrom).toBeNull();
    const preamble = clauseTimeline({ eId: 'preamble', number: null, lineage: ['preamble'] }, decree, ENTRY_2012);
    expect(preamble.changes).toEqual([GOV_666]);
  });

  it('no evidence of a point of a unit restated as a whole before the (last) restatement', () => {
    const point = clauseTimeline({ eId: 'att_1__para_5', number: '5', lineage: ['att_1__para_5', 'att_1'] }, decree, ENTRY_2012);
    expect(point.evidencedFrom).toBe(GOV_666);
    const twice = clauseTimeline(
      { eId: 'att_1__para_5', number: '5', lineage: ['att_1__para_5', 'att_1'] },
      [...decree, ev('RESTATED', 'att_1', span('2025-01-11', '2026-11-21'))],
      ENTRY_2012,
    );
    expect(twice.evidencedFrom?.earliest).toBe('2025-01-11');
  });

  it('a point numbered as inserted, with no insertion recorded, is evidenced from its first recorded change', () => {
    expect(
      clauseTimeline({ eId: 'para_2-1', number: '2-1', lineage: ['para_2-1'] }, [ev('REPEALED', 'para_2-1', SC_2011)], ENTRY_1999)
        .evidencedFrom,
    ).toBe(SC_2011);
    expect(
      clauseTimeline({ eId: 'para_21-1', number: '21-1', lineage: ['para_21-1'] }, [ev('INSERTED', 'para_21-1', SC_2011)], ENTRY_1999)
        .evidencedFrom,
    ).toBeNull();
    expect(
      clauseTimeline({ eId: 'para_23', number: '23', lineage: ['para_23'] }, [ev('REPEALED', 'para_23', SC_2011)], ENTRY_1999)
        .evidencedFrom,
    ).toBeNull();
  });
});

describe('provisionStatus: dates around every bound', () => {
  const t = (over: Partial<ClauseTimeline>): ClauseTimeline => ({
    entry: ENTRY_1999,
    insertions: [],
    repeals: [],
    changes: [],
    evidencedFrom: null,
    ...over,
  });
  const para12 = t({ changes: [SC_2024] });
  const para21_1 = t({ insertions: [SC_2011], changes: [SC_2011] });
  const para25 = t({ insertions: [SC_2017], changes: [SC_2017, SC_2024] });
  const para23 = t({ repeals: [SC_2011], changes: [SC_2011] });
  const para2_1 = t({ repeals: [SC_2011], changes: [SC_2011], evidencedFrom: SC_2011 });
  const title = t({ changes: [SC_2004, SC_2017] });
  const rulesPoint5 = t({ entry: ENTRY_2012, changes: [GOV_666, GOV_1154], evidencedFrom: GOV_666 });
  const exact = t({ changes: [span('2024-12-05', '2024-12-05')] });

  it.each<[string, ClauseTimeline, string, ProvisionStatus]>([
    // the act's own entry into force
    ['original point, the day before adoption', para12, '1999-07-08', 'NOT_YET_IN_FORCE'],
    ['original point, adoption day (entry window)', para12, '1999-07-09', 'UNCERTAIN'],
    ['original point, the day before the entry is proven', para12, '2004-06-17', 'UNCERTAIN'],
    ['original point, the entry proven', para12, '2004-06-18', 'IN_FORCE'],
    // a restatement
    ['restated point, the day before its earliest', para12, '2024-11-27', 'IN_FORCE'],
    ['restated point, its earliest', para12, '2024-11-28', 'UNCERTAIN'],
    ['restated point, the day before its latest', para12, '2026-11-20', 'UNCERTAIN'],
    ['restated point, its latest', para12, '2026-11-21', 'IN_FORCE'],
    ['an exact change: the day before', exact, '2024-12-04', 'IN_FORCE'],
    ['an exact change: its day', exact, '2024-12-05', 'IN_FORCE'],
    // an insertion
    ['inserted point, the day before its earliest', para21_1, '2011-12-29', 'NOT_YET_IN_FORCE'],
    ['inserted point, its earliest', para21_1, '2011-12-30', 'UNCERTAIN'],
    ['inserted point, the day before its latest', para21_1, '2017-03-30', 'UNCERTAIN'],
    ['inserted point, its latest', para21_1, '2017-03-31', 'IN_FORCE'],
    ['inserted then restated: between', para25, '2016-12-31', 'NOT_YET_IN_FORCE'],
    ['inserted then restated: the restatement begins the day the insertion is proven', para25, '2024-11-28', 'UNCERTAIN'],
    ['inserted then restated: both proven', para25, '2026-11-21', 'IN_FORCE'],
    // a repeal
    ['repealed point, the day before its earliest', para23, '2011-12-29', 'IN_FORCE'],
    ['repealed point, its earliest', para23, '2011-12-30', 'UNCERTAIN'],
    ['repealed point, the day before its latest', para23, '2017-03-30', 'UNCERTAIN'],
    ['repealed point, its latest', para23, '2017-03-31', 'REPEALED'],
    // a point with no evidence before its first recorded change
    ['a point numbered as inserted, before anything shows it', para2_1, '2005-01-01', 'UNKNOWN'],
    ['a point numbered as inserted, before the act applies', para2_1, '1999-01-01', 'NOT_YET_IN_FORCE'],
    ['a point numbered as inserted, in its repeal window', para2_1, '2012-01-01', 'UNCERTAIN'],
    ['a point numbered as inserted, repealed', para2_1, '2017-03-31', 'REPEALED'],
    // a title changed twice
    ['title, in the 2004 window', title, '2010-01-01', 'UNCERTAIN'],
    ['title, between the windows', title, '2012-01-01', 'IN_FORCE'],
    // a point of the restated Rules
    ['Rules point, before the decree applies', rulesPoint5, '2012-09-18', 'NOT_YET_IN_FORCE'],
    ['Rules point, before the Rules were restated', rulesPoint5, '2015-06-01', 'UNKNOWN'],
    ['Rules point, the day before the restatement can apply', rulesPoint5, '2023-08-20', 'UNKNOWN'],
    ['Rules point, the restatement window', rulesPoint5, '2023-08-21', 'UNCERTAIN'],
    ['Rules point, between the two decrees', rulesPoint5, '2023-12-25', 'IN_FORCE'],
    ['Rules point, the 1154 window', rulesPoint5, '2024-01-01', 'UNCERTAIN'],
    ['Rules point, today', rulesPoint5, '2026-12-07', 'IN_FORCE'],
  ])('%s (%s)', (_name, timeline, asOf, expected) => {
    expect(provisionStatus(timeline, asOf)).toBe(expected);
  });

  it('names the window that makes a date uncertain: the one that opened last', () => {
    expect(uncertaintyOn(para25, '2024-11-28')).toBe(SC_2024);
    expect(uncertaintyOn(rulesPoint5, '2023-09-01')).toBe(GOV_666);
    expect(uncertaintyOn(para12, '2000-01-01')).toBe(ENTRY_1999);
    expect(uncertaintyOn(para12, '2010-01-01')).toBeNull();
  });

  it.each<[string, ClauseTimeline, { from: string; repealedFrom: string | null }]>([
    ['an original point exists from the act', para12, { from: '1999-07-09', repealedFrom: null }],
    ['an inserted point from its insertion', para21_1, { from: '2011-12-30', repealedFrom: null }],
    ['a repealed point until the repeal is proven', para23, { from: '1999-07-09', repealedFrom: '2017-03-31' }],
    ['a Rules point from the restatement', rulesPoint5, { from: '2023-08-21', repealedFrom: null }],
  ])('existence: %s', (_name, timeline, expected) => {
    expect(existence(timeline)).toEqual(expected);
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

describe('wordingOn', () => {
  type W = WordingSpan & { label: string };
  const w = (label: string, start: Span | null, end: Span | null, official = true): W => ({ label, start, end, official });
  const old = w('old', null, SC_2024);
  const current = w('current', SC_2024, null);
  const translation = w('translation', SC_2024, null, false);

  it.each<[string, W[], string, string | null, boolean, Span | null]>([
    ['before the act can apply: nothing', [old, current], '1999-07-08', null, true, null],
    ['in the act entry window: the original, uncertain', [old, current], '2000-01-01', 'old', false, ENTRY_1999],
    ['the original, certain', [old, current], '2024-11-27', 'old', true, null],
    ['the change window opens: the new wording, uncertain', [old, current], '2024-11-28', 'current', false, SC_2024],
    ['the change proven: the new wording, certain', [old, current], '2026-11-21', 'current', true, null],
    ['never a wording before it can apply', [current], '2024-11-27', null, true, null],
    [
      'official before unofficial inside the window: the old official, uncertain by its end',
      [old, translation],
      '2025-01-01',
      'old',
      false,
      SC_2024,
    ],
    ['an unofficial wording once the official one has certainly ended', [old, translation], '2026-11-21', 'translation', true, null],
    [
      'an old wording whose end is not proven may apply for ever',
      [w('old', null, span('2024-11-28', null))],
      '2030-01-01',
      'old',
      false,
      span('2024-11-28', null),
    ],
  ])('%s', (_name, wordings, asOf, label, certain, uncertainty) => {
    const choice = wordingOn(wordings, ENTRY_1999, asOf);
    expect(choice?.wording.label ?? null).toBe(label);
    if (choice) {
      expect(choice.certain).toBe(certain);
      expect(choice.uncertainty).toEqual(uncertainty);
    }
  });

  it.each<[Span | null, Span | null, Period]>([
    [null, null, { validFrom: null, validTo: null }],
    [null, SC_2024, { validFrom: null, validTo: '2026-11-20' }],
    [SC_2024, null, { validFrom: '2024-11-28', validTo: null }],
    [SC_2017, span('2024-11-28', null), { validFrom: '2017-03-31', validTo: null }],
  ])('mayApplyPeriod %j → %j', (start, end, expected) => {
    expect(mayApplyPeriod({ start, end })).toEqual(expected);
  });
});

describe('gapAround', () => {
  const p = (validFrom: string | null, validTo: string | null): Period => ({ validFrom, validTo });

  it.each<[string, Period[], string, Period]>([
    ['between two known wordings', [p(null, '2004-06-17'), p('2011-12-30', null)], '2008-01-01', p('2004-06-18', '2011-12-29')],
    ['no wordings at all', [], '2008-01-01', p(null, null)],
    ['only an earlier wording', [p('1999-07-09', '2004-06-17')], '2008-01-01', p('2004-06-18', null)],
    ['only a later wording', [p('2011-12-30', null)], '2008-01-01', p(null, '2011-12-29')],
    [
      'the nearest on each side',
      [p(null, '2000-12-31'), p('2001-01-01', '2004-06-17'), p('2017-03-31', null), p('2011-12-30', '2017-03-30')],
      '2008-01-01',
      p('2004-06-18', '2011-12-29'),
    ],
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
