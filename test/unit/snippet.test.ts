import { analyze } from '../../src/search/analyzer';
import { countMatches, makeSnippet, stemText } from '../../src/search/snippet';

const ruStem = (w: string) => analyze(w, 'ru')[0] ?? '';
const snippet = (text: string, question: string, maxWords?: number) =>
  makeSnippet(stemText(text, ruStem), new Set(analyze(question, 'ru')), maxWords);

describe('makeSnippet', () => {
  it.each([
    [
      'marks every form of a question word',
      'Возмещение вреда в полном объеме; вред подлежит возмещению',
      'возмещение',
      '<mark>Возмещение</mark> вреда в полном объеме; вред подлежит <mark>возмещению</mark>',
    ],
    [
      'escapes the text between and around the words',
      'расходы <b>& погребение</b>',
      'погребение',
      'расходы &lt;b&gt;&amp; <mark>погребение</mark>&lt;/b&gt;',
    ],
    ['escapes a text with nothing to mark', 'a < b & c > d', 'вред', 'a &lt; b &amp; c &gt; d'],
    ['keeps a text with no word as it is, escaped', '<>&', 'вред', '&lt;&gt;&amp;'],
    ['is empty for an empty text', '', 'вред', ''],
  ])('%s', (_, text, question, expected) => {
    expect(snippet(text, question)).toBe(expected);
  });

  it('cuts the window of the given number of words that holds the most matches, with an ellipsis on each cut side', () => {
    const text = 'один два три четыре пять вред шесть вред семь восемь девять десять';
    expect(snippet(text, 'вред', 4)).toBe('…пять <mark>вред</mark> шесть <mark>вред</mark>…');
    expect(snippet(text, 'один', 3)).toBe('<mark>один</mark> два три…');
    expect(snippet(text, 'десять', 3)).toBe('…восемь девять <mark>десять</mark>');
  });

  it('never lets markup of the text through, wherever the window falls', () => {
    const words = Array.from({ length: 80 }, (_, i) => (i % 7 === 0 ? 'вред' : `<i>слово${i}&</i>`)).join(' ');
    const out = snippet(words, 'вред', 10);
    expect(out.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(out).toContain('<mark>вред</mark>');
  });
});

describe('countMatches', () => {
  it('counts the stems of a text that are the question stems, with repeats', () => {
    expect(countMatches(['вред', 'возмещ', 'вред', 'объем'], new Set(['вред', 'погребен']))).toBe(2);
    expect(countMatches([], new Set(['вред']))).toBe(0);
  });
});
