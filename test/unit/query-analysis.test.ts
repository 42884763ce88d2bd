import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeKeyboardFolded } from '../../src/search/analyzer';
import { loadGlossary } from '../../src/search/glossary';
import { analyzeQuery } from '../../src/search/query-analysis';

const glossary = loadGlossary(readFileSync(join(__dirname, '../../corpus/glossary.yaml'), 'utf8'));

describe('analyzeQuery', () => {
  it.each([
    ['жерлеу шығындары', 'kk', 'kk_folded'],
    ['жерлеу шыгындары', 'kk', 'kk_folded'],
    ['jerleu shygyndary', 'kk', 'kk_folded'],
    ['расходы на погребение', 'ru', 'ru_stems'],
    ['rasxody na pogrebenie', 'ru', 'ru_stems'],
  ])('%s is %s, searched in %s', (q, lang, field) => {
    const a = analyzeQuery(q, glossary);
    expect(a.lang).toBe(lang);
    expect(a.ownField).toBe(field);
  });

  it('Kazakh typed three ways has the same own stems', () => {
    const own = analyzeQuery('жерлеу шығындары', glossary).own;
    expect(analyzeQuery('жерлеу шыгындары', glossary).own).toEqual(own);
    expect(analyzeQuery('jerleu shygyndary', glossary).own).toEqual(own);
    expect(own).toEqual(analyzeKeyboardFolded('жерлеу шығындары'));
  });

  it('names each glossary concept once, and weighs its terms below the question’s own', () => {
    const a = analyzeQuery('кто платит моральный вред при аварии', glossary);
    const entry = (ru: string) => glossary.entries.findIndex((e) => e.ru.includes(ru));
    expect(a.concepts).toEqual(expect.arrayContaining([entry('моральный вред'), entry('авария')]));
    expect(a.concepts).not.toContain(entry('вред')); // it lies inside "моральный вред"
    expect(new Set(a.concepts).size).toBe(a.concepts.length);
    const weights = new Map(a.terms.map((t) => [`${t.field}:${t.term}`, t.weight]));
    expect(weights.get(`ru_stems:${analyze('моральный', 'ru')[0]}`)).toBe(1);
    expect(weights.get(`kk_folded:${analyzeKeyboardFolded('зиян')[0]}`)).toBeLessThan(1);
  });

  it.each([
    ['ru', 'индексация выплат', 'индексация', 'инфляция'],
    ['ru', 'стресс после аварии', 'стресс', 'моральный вред'],
    ['kk', 'төлемдерді индекстеу', 'индекстеу', 'инфляция'],
    ['kk', 'jerleu shygyndary', 'жерлеу', 'жерлеу шығыны'],
    // the future of "взыскать" alternates щ/ск, which no stemmer joins: the glossary lists it
    ['ru', 'сколько взыщут с виновника', 'взыщут', 'взыскание'],
  ] as const)('%s "%s": the words that say the same as "%s" include the terms of its concept ("%s")', (lang, question, word, synonym) => {
    const a = analyzeQuery(question, glossary, lang);
    const stems = (text: string) => (lang === 'kk' ? analyzeKeyboardFolded(text) : analyze(text, 'ru'));
    const i = a.own.indexOf(stems(word)[0]);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(a.ownAlternatives[i][0]).toBe(a.own[i]);
    expect(a.ownAlternatives[i]).toEqual(expect.arrayContaining(stems(synonym)));
  });

  it('lets a word no concept names say only itself', () => {
    const a = analyzeQuery('кто отвечает за разбитое стекло', glossary, 'ru');
    const glass = a.own.indexOf(analyze('стекло', 'ru')[0]);
    expect(a.ownAlternatives[glass]).toEqual([a.own[glass]]);
    expect(a.ownAlternatives).toHaveLength(a.own.length);
  });

  it('keeps the question as typed beside what was analyzed', () => {
    const a = analyzeQuery('ziyan otew', glossary);
    expect(a.source).toBe('ziyan otew');
    expect(a.text).toBe('зиян отеу');
    expect(a.transliterated).toBe(true);
  });
});
