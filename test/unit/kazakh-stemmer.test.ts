import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  analyzeKazakhWord,
  stemKazakh,
  stemKazakhBeforeParticle,
  stemKazakhKeyboardFolded,
  stemKazakhKeyboardFoldedBeforeParticle,
} from '../../src/search/kazakh-stemmer';
import { foldKazakhKeyboard, normalizeForSearch } from '../../src/search/text-folding';
import { tokenize } from '../../src/search/tokenize';

/** Word forms from the two acts and the stem a search user expects them to share with related forms. */
const CORPUS_STEMS: readonly (readonly [string, string])[] = [
  // nouns: case, possessive, plural
  ['қызметкердің', 'қызметкер'],
  ['қызметкерге', 'қызметкер'],
  ['қызметкерінің', 'қызметкер'],
  ['денсаулығына', 'денсаулық'],
  ['денсаулыққа', 'денсаулық'],
  ['денсаулықтың', 'денсаулық'],
  ['мүлкіне', 'мүлік'],
  ['мүлкі', 'мүлік'],
  ['залалды', 'залал'],
  ['залалдың', 'залал'],
  ['зиянның', 'зиян'],
  ['зиянды', 'зиян'],
  ['шығыстарды', 'шығыс'],
  ['шығыстарына', 'шығыс'],
  ['шығыстары', 'шығыс'],
  ['асыраушының', 'асыраушы'],
  ['асыраушылары', 'асыраушы'],
  ['иесінің', 'ие'],
  ['иелері', 'ие'],
  ['иесімен', 'ие'],
  ['иелерінің', 'ие'],
  ['баланың', 'бала'],
  ['балаға', 'бала'],
  ['баласы', 'бала'],
  ['органдары', 'орган'],
  ['органының', 'орган'],
  ['органы', 'орган'],
  ['тұлғаның', 'тұлға'],
  ['тұлғалардың', 'тұлға'],
  ['кінәсі', 'кінә'],
  ['кінәсінен', 'кінә'],
  ['табысы', 'табыс'],
  ['табысынан', 'табыс'],
  ['кірісінен', 'кіріс'],
  ['жалақысының', 'жалақы'],
  ['мүшелерінің', 'мүше'],
  ['мүшесіне', 'мүше'],
  ['туыстарының', 'туыс'],
  ['туысына', 'туыс'],
  ['қаулысымен', 'қаулы'],
  ['қаулыларымен', 'қаулы'],
  ['тармағында', 'тармақ'],
  ['тармақтарында', 'тармақ'],
  ['бабының', 'бап'],
  ['баптарының', 'бап'],
  ['талаптарының', 'талап'],
  ['тәртібімен', 'тәртіп'],
  ['тәртіппен', 'тәртіп'],
  ['құқығына', 'құқық'],
  ['құқығымен', 'құқық'],
  ['адамдардың', 'адам'],
  ['адамнан', 'адам'],
  ['соттарының', 'сот'],
  ['сотының', 'сот'],
  ['істің', 'іс'],
  ['істерді', 'іс'],
  ['атына', 'ат'],
  ['көздерінің', 'көз'],
  ['көзінің', 'көз'],
  ['мекемесінде', 'мекеме'],
  ['өтініші', 'өтініш'],
  ['жұмысшының', 'жұмысшы'],
  ['қамқоршыларының', 'қамқоршы'],
  ['жәбірленушінің', 'жәбірленуші'],
  ['орнына', 'орын'],
  ['орындарында', 'орын'],
  ['әрекетінде', 'әрекет'],
  ['әрекеттерінің', 'әрекет'],
  ['мақсатында', 'мақсат'],
  ['кәмелетке', 'кәмелет'],
  ['жасқа', 'жас'],
  ['жастан', 'жас'],
  ['төртке', 'төрт'],
  ['мерзімге', 'мерзім'],
  ['шешімінің', 'шешім'],
  ['оқиғаны', 'оқиға'],
  ['қағидаларын', 'қағида'],
  ['актісінің', 'акті'],
  ['бұйрығы', 'бұйрық'],
  // attributive -дағы / -ғы
  ['жылғы', 'жыл'],
  ['жоғарғы', 'жоғар'],
  ['маусымдағы', 'маусым'],
  ['қыркүйектегі', 'қыркүйек'],
  ['шілдедегі', 'шілде'],
  ['желтоқсандағы', 'желтоқсан'],
  ['айналасындағылар', 'айнала'],
  ['жөніндегі', 'жөн'],
  ['қолданыстағы', 'қолданыс'],
  // verbs: participles, verbal nouns, finite forms, negation, passive
  ['өтеуге', 'өте'],
  ['өтелуге', 'өте'],
  ['өтейді', 'өте'],
  ['өтелетін', 'өте'],
  ['өтелген', 'өте'],
  ['өтелмейтінін', 'өте'],
  ['жерлеуге', 'жерле'],
  ['сақтандыру', 'сақтандыр'],
  ['сақтандырған', 'сақтандыр'],
  ['келтірілген', 'келтір'],
  ['келтірген', 'келтір'],
  ['келтіру', 'келтір'],
  ['болмаса', 'бол'],
  ['болмайтынын', 'бол'],
  ['болады', 'бол'],
  ['жатпайды', 'жат'],
  ['жатады', 'жат'],
  ['танылады', 'тан'],
  ['табылады', 'тап'],
  ['беріледі', 'бер'],
  ['берілген', 'бер'],
  ['айырылған', 'айыр'],
  ['айырылу', 'айыр'],
  ['өткен', 'өт'],
  ['алынып', 'ал'],
  ['алған', 'ал'],
  // "өс" (grow): prices grow, and the sums with them
  ['өскенде', 'өс'],
  ['өседі', 'өс'],
  ['өсуі', 'өс'],
  ['зақымдануына', 'зақымда'],
  ['тергеп', 'терге'],
  ['тексеру', 'тексер'],
  ['бекітілсін', 'бекіт'],
  ['толмаған', 'тол'],
  ['жетпеген', 'жет'],
  // the official text's Latin i (U+0069) in place of і
  ['келтiрiлген', 'келтір'],
  ['мiндеттерiн', 'міндет'],
  ['кiнәсi', 'кінә'],
  ['үшiн', 'үшін'],
];

describe('stemKazakh on the vocabulary of the two acts', () => {
  it.each(CORPUS_STEMS)('%s → %s', (word, stem) => {
    expect(stemKazakh(word)).toBe(stem);
  });

  it('has a table of at least 80 corpus words', () => {
    expect(CORPUS_STEMS.length).toBeGreaterThanOrEqual(80);
  });
});

/** Forms a search user expects to meet: every form of a group must give one stem. */
const SAME_STEM_GROUPS: readonly (readonly string[])[] = [
  ['зиян', 'зиянды', 'зиянның', 'зиянын', 'зиянға'],
  ['өтеу', 'өтеуге', 'өтелуге', 'өтейді', 'өтелетін', 'өтелген', 'өтемейді'],
  ['жерлеу', 'жерлеуге', 'жерлеудің'],
  ['шығыс', 'шығыстар', 'шығыстарын', 'шығыстарды', 'шығыстарына'],
  ['асыраушы', 'асыраушысынан', 'асыраушының', 'асыраушылары'],
  ['қызметкер', 'қызметкердің', 'қызметкерге', 'қызметкерлер', 'қызметкерінің'],
  ['бала', 'баланың', 'балаға', 'балалар', 'баласы'],
  ['сақтандыру', 'сақтандыруға', 'сақтандырған'],
  ['ие', 'иесі', 'иесінің', 'иелері', 'иесіне'],
  ['кінә', 'кінәсі', 'кінәлі', 'кінәсінен'],
  ['денсаулық', 'денсаулығына', 'денсаулыққа', 'денсаулығы'],
  ['мүлік', 'мүлкі', 'мүлкіне'],
  ['залал', 'залалды', 'залалдың', 'залалы'],
  ['орган', 'органы', 'органдары', 'органының'],
  ['талап', 'талабы', 'талаптар', 'талаптарының'],
  ['тәртіп', 'тәртібі', 'тәртіппен', 'тәртібімен'],
  ['қаулы', 'қаулысы', 'қаулысымен', 'қаулының'],
  ['жалақы', 'жалақысы', 'жалақысының'],
  ['отбасы', 'отбасының', 'отбасылары'],
  ['табыс', 'табысы', 'табысынан', 'табысты'],
  ['қою', 'қоюға', 'қоюды'],
  ['акт', 'акті', 'актісі', 'актіге'],
];

/** Pairs that must stay apart: different words that a careless stripper would merge. */
const DIFFERENT_STEM_PAIRS: readonly (readonly [string, string])[] = [
  ['ие', 'иек'], // owner / chin
  ['жақын', 'жақ'], // close (relative) / side
  ['тұлға', 'тұл'], // person / widowed
  ['асыраушы', 'асырау'], // breadwinner / maintenance
  ['сот', 'сотталған'], // court / convicted
  ['шығыс', 'шығын'], // expense / loss
  ['тармақ', 'тармақша'], // point / sub-point
  ['табыс', 'тап'], // income / find
  ['орган', 'орга'],
  ['жауап', 'жауа'],
  ['пайда', 'пай'], // benefit / share
  ['күн', 'кү'],
  ['бөлімше', 'бөлім'], // division / section
  ['ақша', 'ақ'], // money / white
  ['қызмет', 'қызметкер'], // service / employee
];

describe('word forms that meet and words that stay apart', () => {
  it.each(SAME_STEM_GROUPS.map((group) => [group.join(', '), group] as const))('one stem for %s', (_label, group) => {
    const stems = new Set(group.map(stemKazakh));
    expect([...stems]).toHaveLength(1);
  });

  it.each(DIFFERENT_STEM_PAIRS)('%s and %s keep different stems', (a, b) => {
    expect(stemKazakh(a)).not.toBe(stemKazakh(b));
  });

  it('accepts that the adjective "зиянды" (harmful) meets "зиян" (harm): it is also the accusative of "зиян"', () => {
    expect(stemKazakh('зиянды')).toBe(stemKazakh('зиян'));
  });
});

describe('"my": the 1st person possessive of the nouns a person says it of', () => {
  it.each([
    ['балам', 'бала'],
    ['баламды', 'бала'],
    ['күйеуім', 'күйеу'],
    ['күйеуімнің', 'күйеу'],
    ['әкем', 'әке'],
    ['қолым', 'қол'],
    ['аяғым', 'аяқ'],
    ['жүрегім', 'жүрек'],
    ['денсаулығым', 'денсаулық'],
    ['жалақымды', 'жалақы'],
    ['мүлкім', 'мүлік'],
    ['көлігім', 'көлік'],
    ['отбасымыз', 'отбасы'],
  ])('%s → %s', (word, stem) => {
    expect(stemKazakh(word)).toBe(stem);
    expect(stemKazakhKeyboardFolded(word)).toBe(stemKazakhKeyboardFolded(stem));
  });

  // words whose -ым/-ім/-м is their own: the law's text says them, and never "my"
  it.each(['шешім', 'мерзім', 'ұйым', 'басым', 'өлім', 'білім', 'алым'])('%s keeps its -ым/-ім', (word) => {
    expect(stemKazakh(word)).toBe(word);
  });

  it('keeps "ұйым" (organization) whole on a Russian keyboard too, where "үй" (home) would fold into it', () => {
    expect(stemKazakhKeyboardFolded('ұйымның')).toBe(stemKazakhKeyboardFolded('ұйым'));
    expect(stemKazakhKeyboardFolded('ұйым')).not.toBe(stemKazakhKeyboardFolded('үй'));
  });
});

describe('verb roots and details', () => {
  it.each([
    ['өтеуге', true],
    ['болмайтынын', true],
    ['қызметкерлерге', false],
    ['иесінің', false],
  ] as const)('%s is a verb root: %s', (word, verbRoot) => {
    expect(analyzeKazakhWord(word).verbRoot).toBe(verbRoot);
  });

  it('lists the suffixes it took off, outermost first', () => {
    expect(analyzeKazakhWord('шығыстарын').suffixes).toEqual(['н', 'ы', 'тар']);
  });

  it.each(['21-1', '938', 'n5', 'iPhone'])('leaves a non-Kazakh token %s as it is (lowercased)', (token) => {
    expect(stemKazakh(token)).toBe(token.toLowerCase());
  });

  it('is case-insensitive', () => {
    expect(stemKazakh('ҚЫЗМЕТКЕРДІҢ')).toBe(stemKazakh('қызметкердің'));
  });
});

describe('stemKazakhKeyboardFolded (Kazakh typed on a Russian keyboard)', () => {
  it.each([
    ['жумысшынын', 'жумысшы'],
    ['кызметкердин', 'кызметкер'],
    ['отейди', 'оте'],
    ['кинали', 'кина'],
    ['асыраушысынан', 'асыраушы'],
    ['денсаулыгына', 'денсаулык'],
    ['тулганын', 'тулга'],
  ])('%s → %s', (word, stem) => {
    expect(stemKazakhKeyboardFolded(word)).toBe(stem);
  });

  it.each(CORPUS_STEMS)('agrees with the standard stemmer on %s', (word, stem) => {
    expect(stemKazakhKeyboardFolded(foldKazakhKeyboard(word))).toBe(foldKazakhKeyboard(stem));
  });

  it('agrees with the standard stemmer on at least 98% of the distinct words of both acts', () => {
    const words = new Set<string>();
    for (const act of ['gov-2012-1213', 'sc-1999-9']) {
      const text = readFileSync(join(__dirname, '../../corpus/acts', `${act}.kk.txt`), 'utf8');
      for (const token of tokenize(normalizeForSearch(text))) if (token.kind === 'word') words.add(token.text);
    }
    let agree = 0;
    for (const word of words) {
      if (stemKazakhKeyboardFolded(word) === foldKazakhKeyboard(stemKazakh(word))) agree++;
    }
    expect(words.size).toBeGreaterThan(500);
    expect(agree / words.size).toBeGreaterThanOrEqual(0.98);
  });
});

const KAZAKH_LETTERS = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const kazakhWord = fc.array(fc.constantFrom(...KAZAKH_LETTERS), { minLength: 1, maxLength: 14 }).map((letters) => letters.join(''));

describe('properties', () => {
  it('never throws and never returns an empty stem for a non-empty word', () => {
    fc.assert(
      fc.property(fc.oneof(kazakhWord, fc.string({ minLength: 1 })), (word) => {
        expect(stemKazakh(word).length).toBeGreaterThan(0);
        expect(stemKazakhKeyboardFolded(word).length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never makes a word longer than it was, but for a restored elided syllable (құқ → құқық: two letters)', () => {
    fc.assert(
      fc.property(kazakhWord, (word) => {
        expect(stemKazakh(word).length).toBeLessThanOrEqual(word.length + 2);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on noun stems (a verb root such as "туында" may look inflected on its own)', () => {
    fc.assert(
      fc.property(kazakhWord, (word) => {
        const analysis = analyzeKazakhWord(word);
        if (analysis.verbRoot) return;
        expect(stemKazakh(analysis.stem)).toBe(analysis.stem);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent on the noun stems of the corpus table', () => {
    for (const [word] of CORPUS_STEMS) {
      const analysis = analyzeKazakhWord(word);
      if (!analysis.verbRoot) expect(stemKazakh(analysis.stem)).toBe(analysis.stem);
    }
  });
});

describe('a word before the question particle (stemKazakhBeforeParticle)', () => {
  it.each([
    // the bare present -а/-е of a question meets the forms of the law's text
    ['шегеріле', 'шегер', 'шегеріледі'],
    ['өтеле', 'өте', 'өтеледі'],
    ['бере', 'бер', 'береді'],
    ['тағайындала', 'тағайында', 'тағайындалады'],
    ['есептеле', 'есепте', 'есептеледі'],
    ['қосыла', 'қос', 'қосылады'],
    ['жата', 'жат', 'жатады'],
    ['ала', 'ал', 'алады'],
  ])('%s → %s, as %s', (word, stem, textForm) => {
    expect(stemKazakhBeforeParticle(word)).toBe(stem);
    expect(stemKazakh(textForm)).toBe(stem);
  });

  it.each([
    // nouns stay nouns, and what the stemmer already takes apart is taken apart as anywhere
    ['бала', 'бала'],
    ['ақша', 'ақша'],
    ['машина', 'машина'],
    ['сома', 'сома'],
    ['алына', 'ал'],
    ['төлей', 'төле'],
    ['керек', 'керек'],
  ])('%s → %s', (word, stem) => {
    expect(stemKazakhBeforeParticle(word)).toBe(stem);
  });

  it('is the ordinary stem anywhere else: "шегеріле" alone is not taken apart', () => {
    expect(stemKazakh('шегеріле')).toBe('шегеріле');
  });

  it('does the same on a Russian keyboard', () => {
    expect(stemKazakhKeyboardFoldedBeforeParticle('шегериле')).toBe('шегер');
    expect(stemKazakhKeyboardFoldedBeforeParticle('отеле')).toBe(stemKazakhKeyboardFolded('өтеледі'));
    expect(stemKazakhKeyboardFoldedBeforeParticle('бала')).toBe('бала');
  });
});

describe('properties of the reading before a particle', () => {
  it('never throws, never returns an empty stem, never grows past a restored elision; only consonant + а/е reads otherwise', () => {
    fc.assert(
      fc.property(fc.oneof(kazakhWord, fc.string({ minLength: 1 })), (word) => {
        const stem = stemKazakhBeforeParticle(word);
        expect(stem.length).toBeGreaterThan(0);
        expect(stem.length).toBeLessThanOrEqual(word.length + 2);
        expect(stemKazakhKeyboardFoldedBeforeParticle(word).length).toBeGreaterThan(0);
        if (!/[^аәеиоөұүыіэюяёу][ае]$/u.test(word.toLowerCase())) expect(stem).toBe(stemKazakh(word));
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for the elided stems the random words rarely reach', () => {
    for (const word of ['құқ', 'мүлк', 'орн', 'ауз', 'құқа']) {
      expect(stemKazakhBeforeParticle(word).length).toBeLessThanOrEqual(word.length + 2);
      expect(stemKazakh(word).length).toBeLessThanOrEqual(word.length + 2);
    }
  });
});
