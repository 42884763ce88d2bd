import fc from 'fast-check';
import { analyze, analyzeKeyboardFolded, distinctTerms } from '../../src/search/analyzer';
import { tokenize, tokenTexts, wordAndNumberRuns, type Token } from '../../src/search/tokenize';

/** The runs as the regular expression the scanner reads them by finds them. */
function runsByRegExp(text: string): Token[] {
  return [...text.matchAll(/([\p{L}\p{M}]+)|(\p{Nd}+(?:[-./]\p{Nd}+)*)/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    kind: m[1] !== undefined ? 'word' : 'number',
  }));
}

/** Characters the scanner must classify as the regular expression does: letters of several scripts, marks, digits of
 * several systems, separators, hyphens, symbols, characters outside the BMP and lone surrogates. */
const CHARACTERS = [
  ...'азқөүұіәғңһёЁЖЯAzäğıöşÿßЀӿ҂҃҉ԀԯΩω',
  ...'0189٣٠३３',
  ...'-./,;:()«»"\' \n\t\u00a0',
  ...['\u2010', '\u2011', '\u2013', '\u2014', '\u0301', '\u0483', '№', '§', '€', '½', '²'],
  '𝐀',
  '😀',
  '𝟘',
  '\ud800',
  '\udc00',
];

describe('wordAndNumberRuns', () => {
  it('finds exactly the runs the regular expression finds, on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 60 }), (characters) => {
        const text = characters.join('');
        expect(wordAndNumberRuns(text)).toEqual(runsByRegExp(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds them on any string at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(wordAndNumberRuns(text)).toEqual(runsByRegExp(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  it.each([
    ['21-1 тармақпен толықтырылды', ['21-1', 'тармақпен', 'толықтырылды']],
    ['АК-нің 938-бабына сәйкес', ['АК', '938', 'бабына', 'сәйкес']],
    ['ак-нин 938-бабы', ['ак', '938', 'бабы']],
    ['2011.12.30 N 5нормативтік', ['2011.12.30', 'N', '5', 'нормативтік']],
    ['осындай өтеу3) тармақшасының', ['осындай', 'өтеу', '3', 'тармақшасының']],
    ['сондай-ақ тергеп-тексеру', ['сондай', 'ақ', 'тергеп', 'тексеру']],
    ['(АК-нің 924-бабы).', ['АК', '924', 'бабы']],
    ['10.08.2023  (№ 666', ['10.08.2023', '666']],
    ['iPhone үшiн', ['iPhone', 'үшiн']],
    ['«Заңның» 18-бабына', ['Заңның', '18', 'бабына']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(tokenTexts(text)).toEqual(expected);
  });

  it('reports offsets into the input', () => {
    const text = 'АК-нің 938-бабына';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokenize(text).map((t) => [t.text, t.start, t.kind])).toEqual([
      ['АК', 0, 'word'],
      ['938', 7, 'number'],
      ['бабына', 11, 'word'],
    ]);
  });
});

describe('analyze (kk)', () => {
  it.each([
    ['Жоғары қауіптілік көзінің иесі кім', ['жоғар', 'қауіптілік', 'көз', 'ие']],
    ['жерлеу шығындары', ['жерле', 'шығын']],
    ['келтiрiлген зиянды өтеу', ['келтір', 'зиян', 'өте']],
    ['АК-нің 938-бабына сәйкес', ['ак', '938', 'бап']],
    ['осы қаулы және немесе', ['қаулы']],
  ])('%s → %j', (text, expected) => {
    expect(analyze(text, 'kk')).toEqual(expected);
  });

  it('drops stop words only, never content words', () => {
    expect(analyze('және немесе үшін туралы осы', 'kk')).toEqual([]);
    expect(analyze('зиян залал өтемақы', 'kk')).toHaveLength(3);
  });
});

describe('analyze (ru)', () => {
  it.each([
    ['Возмещение расходов на погребение', ['возмещ', 'расход', 'погреб']],
    ['кто платит моральный вред при аварии', ['плат', 'моральн', 'вред', 'авар']],
    ['статья 938 ГК', ['стат', '938', 'гк']],
    ['осуждённый', ['осужд']],
  ])('%s → %j', (text, expected) => {
    expect(analyze(text, 'ru')).toEqual(expected);
  });

  it('drops Russian stop words but keeps "вред" and numerals such as "три"', () => {
    expect(analyze('и в на по о для', 'ru')).toEqual([]);
    expect(analyze('вред три года', 'ru')).toEqual(['вред', 'три', 'год']);
  });
});

/** A query and a clause wording that a user expects it to find: they must share these stems. */
const QUERY_MEETS_TEXT: readonly (readonly [string, string, readonly string[]])[] = [
  ['моральдық зиянды өтеу', 'моральдық зиян да өтелуге жататыны', ['моральдық', 'зиян', 'өте']],
  ['жерлеу шығыстары', 'Соттар өтелуге тиiс жерлеу шығыстарына жерлеуге тiкелей', ['жерле', 'шығыс']],
  ['асыраушы', 'асыраушының қайтыс болуына', ['асыраушы']],
  ['келтірілген зиян', 'жоғары қауiптiлiк көзi арқылы келтiрілген зиянды', ['келтір', 'зиян']],
  ['сақтандыру сомасы', 'сақтандыру сомасы жеткіліксіз болған жағдайда', ['сақтандыр', 'сома']],
  ['қызметкер отбасы', 'қызметкердің отбасы мүшесінің', ['қызметкер', 'отбасы']],
];

describe('queries and clause text meet on stems', () => {
  it.each(QUERY_MEETS_TEXT)('"%s" meets "%s"', (query, text, shared) => {
    const textStems = new Set(analyze(text, 'kk'));
    for (const stem of shared) {
      expect(analyze(query, 'kk')).toContain(stem);
      expect(textStems).toContain(stem);
    }
  });

  it.each([
    ['жумыс беруши кинали болмаса', 'жұмыс берушi-жеке тұлғаның кiнәсi'],
    ['моральдык зиянды ким отейди', 'моральдық зиян да өтелуге жататыны'],
    ['асыраушысынан айырылган', 'асыраушысынан айырылған адамдар'],
  ])('keyboard-typed "%s" meets the folded text "%s"', (query, text) => {
    const textStems = new Set(analyzeKeyboardFolded(text));
    const queryStems = analyzeKeyboardFolded(query);
    const shared = queryStems.filter((stem) => textStems.has(stem));
    expect(shared.length).toBeGreaterThanOrEqual(Math.min(2, queryStems.length));
  });
});

describe("a Kazakh question's verb before its particle", () => {
  it.each([
    ['шегеріле ме', ['шегер']],
    ['өтеле ме?', ['өте']],
    ['жауап бере ме', ['жауап', 'бер']],
    ['бала ма', ['бала']],
    // without the particle the word is no question's verb
    ['шегеріле', ['шегеріле']],
  ])('%s → %j', (text, stems) => {
    expect(analyze(text, 'kk')).toEqual(stems);
  });

  it('reads it so on a Russian keyboard too', () => {
    expect(analyzeKeyboardFolded('шегериле ме')).toEqual(['шегер']);
    expect(analyzeKeyboardFolded('мүгедектік жәрдемақы шегеріле ме')).toEqual(analyzeKeyboardFolded('мүгедектік жәрдемақы шегеріледі'));
  });
});

describe('determinism and helpers', () => {
  it('gives the same stems for the same text every time', () => {
    const text = 'Жоғары қауіптілік көздерінің өзара іс-қимылы салдарынан';
    expect(analyze(text, 'kk')).toEqual(analyze(text, 'kk'));
    expect(analyzeKeyboardFolded(text)).toEqual(analyzeKeyboardFolded(text));
  });

  it('distinctTerms keeps the first occurrence order', () => {
    expect(distinctTerms(['зиян', 'өте', 'зиян', 'залал'])).toEqual(['зиян', 'өте', 'залал']);
  });
});
