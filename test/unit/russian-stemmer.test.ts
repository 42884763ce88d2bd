import fc from 'fast-check';
import { foldRussianDerivation, stemRussian, stemRussianForSearch } from '../../src/search/russian-stemmer';

/** Forms of one word that Russian Snowball stemming brings together. */
const SAME_STEM_GROUPS: readonly (readonly string[])[] = [
  ['вред', 'вреда', 'вреду', 'вредом'],
  ['возмещение', 'возмещения', 'возмещении', 'возмещением'],
  ['погребение', 'погребения', 'погребении'],
  ['расходы', 'расходов', 'расходами', 'расход'],
  ['кормильца', 'кормильцу', 'кормильцем'],
  ['работодатель', 'работодателя', 'работодателем'],
  ['потерпевший', 'потерпевшего', 'потерпевшему'],
  ['источник', 'источника', 'источником'],
  ['здоровье', 'здоровья', 'здоровью'],
  ['моральный', 'морального', 'моральным'],
  ['компенсация', 'компенсации', 'компенсацию'],
  ['сотрудник', 'сотрудника', 'сотруднику'],
  ['страховая', 'страховой', 'страховую'],
];

const EXPECTED_STEMS: readonly (readonly [string, string])[] = [
  ['возмещение', 'возмещен'],
  ['вреда', 'вред'],
  ['расходов', 'расход'],
  ['погребение', 'погребен'],
  ['владельца', 'владельц'],
  ['опасности', 'опасн'],
  ['повышенной', 'повышен'],
  ['ответственность', 'ответствен'],
  ['несовершеннолетний', 'несовершеннолетн'],
  ['ЗДОРОВЬЮ', 'здоров'],
  ['Ёлка', 'елк'],
];

describe('stemRussian', () => {
  it.each(EXPECTED_STEMS)('%s → %s', (word, stem) => {
    expect(stemRussian(word)).toBe(stem);
  });

  it.each(SAME_STEM_GROUPS.map((group) => [group.join(', '), group] as const))('one stem for %s', (_label, group) => {
    expect(new Set(group.map(stemRussian)).size).toBe(1);
  });

  it.each([
    ['вред', 'ущерб'],
    ['работа', 'работодатель'],
    ['пенсия', 'пособие'],
  ])('%s and %s keep different stems', (a, b) => {
    expect(stemRussian(a)).not.toBe(stemRussian(b));
  });

  it('treats ё as е and ignores case', () => {
    expect(stemRussian('осуждённый')).toBe(stemRussian('ОСУЖДЕННЫЙ'));
  });

  it('returns an empty string for an empty word', () => {
    expect(stemRussian('')).toBe('');
  });

  it('never throws and never returns an empty stem for a non-empty word', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (word) => {
        expect(stemRussian(word).length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('stemRussianForSearch: a deverbal noun, its participle and its verb meet', () => {
  it.each([
    ['возмещение', 'возмещен', 'возмещенный'],
    ['повреждение', 'поврежден', 'поврежденный'],
    ['причинение', 'причинен', 'причинить'],
    ['назначение', 'назначен', 'назначить'],
    ['установление', 'установлен', 'установленный'],
    ['признание', 'признан', 'признать'],
    ['государственный', 'государство', 'государства'],
    ['имущественный', 'имущество', 'имуществом'],
    ['индексировать', 'индексируют', 'индексирует'],
    ['компенсировать', 'компенсирует', 'компенсируют'],
    ['требовать', 'требует', 'требования'],
  ])('%s, %s, %s', (...words) => {
    expect(new Set(words.map(stemRussianForSearch)).size).toBe(1);
  });

  it.each([
    ['вред', 'ущерб'],
    ['возмещение', 'взыскание'],
    ['работник', 'работодатель'],
    ['член', 'честь'],
  ])('%s and %s stay apart', (a, b) => {
    expect(stemRussianForSearch(a)).not.toBe(stemRussianForSearch(b));
  });

  it.each([
    ['возмещен', 'возмещ'],
    ['государствен', 'государств'],
    ['страхован', 'страх'],
    ['индексирова', 'индексир'],
    ['основа', 'основа'],
    ['член', 'член'],
    ['решен', 'решен'],
    ['лишен', 'лишен'],
    ['орган', 'орган'],
    ['вред', 'вред'],
  ])('folds the stem %s to %s (short stems keep their tail)', (stem, folded) => {
    expect(foldRussianDerivation(stem)).toBe(folded);
  });
});

describe('stemRussianForSearch: a suppletive form meets its root', () => {
  it.each([
    ['лет', 'год'],
    ['лет', 'года'],
    ['лет', 'годы'],
  ])('%s and %s meet', (a, b) => {
    expect(stemRussianForSearch(a)).toBe(stemRussianForSearch(b));
  });

  it.each([['летний'], ['совершеннолетний'], ['полет'], ['летать']])('%s keeps its own stem', (word) => {
    expect(stemRussianForSearch(word)).not.toBe(stemRussianForSearch('год'));
  });
});
