/** Which known wording a court's quote comes from: word by word, case- and i/і-insensitive. */
import { foldLetters, matchQuote, MIN_QUOTE_WORDS } from '../../src/domain/quote-match';

// The wordings of SC resolution No. 9, point 12, as the corpus holds them (before and after 28.11.2024).
const BEFORE_2024 =
  'соттар өтелуге тиiс жерлеу шығындарына жерлеуге тiкелей қатысы бар қажеттi шығындар (табыт жасауға, өлген адам үшiн киiм, венок сатып алуға, зират қазуға, марқұмды жерлеу орнына жеткiзу және т.б. арналған';
const CURRENT =
  '12. Соттар өтелуге тиiс жерлеу шығыстарына жерлеуге тiкелей қатысы бар қажеттi шығыстар (табыт жасауға, қайтыс болған адам үшiн киім, гүл шоқтарын сатып алуға, қабір қазуға, марқұмды жерлеу орнына жеткiзуге арналған шығындар және т.б.) ғана жататынын ескеруi қажет.';
const RU =
  '12. Суды должны учитывать, что к расходам на погребение, подлежащим возмещению, относятся лишь необходимые расходы, непосредственно связанные с погребением.';

describe('matchQuote', () => {
  it.each<[string, string, string[], number[]]>([
    [
      "the quote of the old wording matches it, not today's",
      'соттар өтелуге тиiс жерлеу шығындарына жерлеуге тiкелей қатысы бар қажеттi шығындар (табыт жасауға, өлген адам үшiн киiм',
      [CURRENT, BEFORE_2024],
      [1],
    ],
    [
      'Kazakh і for the Latin i of the source, and another case, still match',
      'СОТТАР ӨТЕЛУГЕ ТИІС ЖЕРЛЕУ ШЫҒЫНДАРЫНА ЖЕРЛЕУГЕ ТІКЕЛЕЙ ҚАТЫСЫ БАР',
      [CURRENT, BEFORE_2024],
      [1],
    ],
    ['punctuation and spacing do not count', 'табыт жасауға,   өлген адам үшiн киiм — венок сатып алуға', [BEFORE_2024], [0]],
    ['three words are too few to tell', 'өтелуге тиiс жерлеу', [CURRENT, BEFORE_2024], []],
    [
      'one word in four differing ("жеткiзу" / "жеткiзуге") is enough to tell',
      'марқұмды жерлеу орнына жеткiзу',
      [CURRENT, BEFORE_2024],
      [1],
    ],
    ['the current wording', 'қайтыс болған адам үшiн киім, гүл шоқтарын сатып алуға, қабір қазуға', [CURRENT, BEFORE_2024], [0]],
    [
      'a Russian quote matches the Russian wording',
      'к расходам на погребение, подлежащим возмещению, относятся лишь необходимые расходы',
      [CURRENT, RU],
      [1],
    ],
    [
      'a quote found nowhere matches none',
      'расходы на поминальный обед возмещаются полностью и без ограничений',
      [CURRENT, BEFORE_2024, RU],
      [],
    ],
    ['words out of order do not match', 'шығындар қажеттi бар қатысы тiкелей жерлеуге шығындарына жерлеу', [BEFORE_2024], []],
  ])('%s', (_name, quote, wordings, expected) => {
    expect(matchQuote(quote, wordings).map((m) => m.index)).toEqual(expected);
  });

  it('a quote shared by two wordings matches both when it is long enough', () => {
    const shared = 'соттар өтелуге тиiс жерлеу';
    const matches = matchQuote(shared, [`12. ${shared} шығыстарына`, `${shared} шығындарына`]);
    expect(matches.map((m) => m.index)).toEqual([0, 1]);
    expect(matches.every((m) => m.share === 1)).toBe(true);
  });

  it(`a quote of fewer than ${MIN_QUOTE_WORDS} words tells nothing`, () => {
    expect(matchQuote('жерлеу шығындары', [BEFORE_2024])).toEqual([]);
  });

  it('folds the letters the sources write interchangeably', () => {
    expect(foldLetters('КЕЛТIРIЛГЕН Ёлка')).toBe('келтірілген елка');
  });
});
