import { UserInputError } from '../../src/errors';
/** The widget's batch request: each card parsed on its own, errors worded in the card's language, a bounded batch. */
import { MAX_CARDS, parseCardRequests } from '../../src/web/widget-batch';

test.each([
  ['sc-1999-9/para_12;ru;2020-01-01', { clause: 'sc-1999-9/para_12', lang: 'ru', asOf: '2020-01-01', error: null }],
  ['sc-1999-9/para_12;kk;', { clause: 'sc-1999-9/para_12', lang: 'kk', asOf: null, error: null }],
  ['sc-1999-9/para_12', { clause: 'sc-1999-9/para_12', lang: 'kk', asOf: null, error: null }],
  ['gov-2012-1213/att_1__para_9;;2023-12-25', { clause: 'gov-2012-1213/att_1__para_9', lang: 'kk', asOf: '2023-12-25', error: null }],
])('%s', (raw, expected) => expect(parseCardRequests([raw])[0]).toEqual({ raw, ...expected }));

test.each([
  ['sc-1999-9/para_12;ru;2020-02-30', 'ru', 'несуществующая дата'],
  ['sc-1999-9/para_12;kk;2020-02-30', 'kk', 'күнтізбеде жоқ күн'],
  ['sc-1999-9/para_12;kk;yesterday', 'kk', 'ЖЖЖЖ-АА-КК'],
  ['sc-1999-9/para_12;en;', 'kk', '«lang»'],
])('%s is a card error in %s', (raw, lang, message) => {
  const [card] = parseCardRequests([raw]);
  expect(card.lang).toBe(lang);
  expect(card.error).toBeInstanceOf(UserInputError);
  expect(card.error!.in(card.lang)).toContain(message);
  // the API's English wording stays available
  expect(card.error!.in('en')).toMatch(/"(as-of|lang)"/);
});

test('one bad card does not fail the others', () => {
  const cards = parseCardRequests(['a/b;ru;2020-02-30', 'sc-1999-9/para_1;ru;2020-01-01']);
  expect(cards.map((c) => c.error === null)).toEqual([false, true]);
});

test.each([[[] as string[]], [Array.from({ length: MAX_CARDS + 1 }, () => 'sc-1999-9/para_1')]])(
  'a batch of %# is refused as a whole',
  (values) => {
    expect(() => parseCardRequests(values)).toThrow(UserInputError);
  },
);
