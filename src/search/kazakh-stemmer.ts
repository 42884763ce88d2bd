/**
 * A Kazakh suffix-stripping stemmer for search (no maintained one exists on npm).
 *
 * Kazakh stacks suffixes in a fixed order: root + (voice) + (negation) + (verb form) + (plural) +
 * (possessive) + (case). The stemmer reads that order backwards, one optional slot at a time, and at each
 * slot tries every suffix whose spelling and left context fit (consonant assimilation, vowel harmony,
 * minimum stem length). Among all analyses it prefers one that ends on a known stem, then the one that
 * strips the most letters (ties: fewer suffixes). Noun stems are stripped again until nothing more comes
 * off, so the stem of an inflected form equals the stem of its bare form. The rules, their order, the
 * guards and the known limits are written up in docs/kazakh-stemmer.md.
 *
 * Two alphabets share the same rules:
 * - standard Kazakh (stemKazakh): the word is lowercased and Latin i inside it becomes і first;
 * - Russian-keyboard Kazakh (stemKazakhKeyboardFolded): every rule string, letter class and known stem is
 *   passed through foldKazakhKeyboard (ә→а, қ→к, і→и …), and so is the word.
 */

import { KAZAKH_MONTHS } from '../domain/written-dates';
import { foldIi, foldKazakhKeyboard } from './text-folding';

type SlotName =
  'case' | 'possessive' | 'plural' | 'attributive' | 'innerPossessive' | 'innerPlural' | 'adjective' | 'verbal' | 'negation' | 'voice';

/** Letter classes of the left context, in the standard alphabet. ю and у end in a [w]/[u] sound. */
const VOWELS = 'аәеиоөұүыіэюяёу';
const VOICED_CONSONANTS = 'лрмнңзжйую';
const VOICELESS_CONSONANTS = 'пткқсшфхцчщһбвгдғ';
const POSSESSIVE_VOWELS = 'ыі';
const VOICED_ENDS = VOWELS + VOICED_CONSONANTS;

type Condition =
  /** -сы/-сі: see possessiveSyAllowed. */
  | 'possessiveSy'
  /** -ы/-і: not the -шы/-ші of an agent noun (асыраушы, жұмысшы). */
  | 'possessiveY'
  /** 1st/2nd person possessive: only right after a plural, where it cannot be part of the stem. */
  | 'afterPlural'
  /** The rule may only produce a known stem (derivational suffixes). */
  | 'knownStem'
  /** 1st person possessive outside a plural: only on the nouns a person says "my" of (PERSONAL_STEMS). */
  | 'personalStem';

interface RuleSpec {
  readonly forms: readonly string[];
  /** Letters the remaining stem may end with (absent = any). */
  readonly after?: string;
  /** Letters the remaining stem must not end with. */
  readonly notAfter?: string;
  /** Minimum length of the remaining stem (two-letter verb roots in SHORT_ROOTS pass verb rules). */
  readonly minStem?: number;
  readonly condition?: Condition;
  /** The suffix has one form for front and back stems (instrumental -мен), so harmony is not checked. */
  readonly invariant?: boolean;
  /** A finite verb form or converb: nothing nominal follows it, so it must be the word's last suffix. */
  readonly wordFinal?: boolean;
}

interface SlotSpec {
  readonly name: SlotName;
  readonly rules: readonly RuleSpec[];
}

/** The slots, from the end of the word inwards. */
const SLOT_SPECS: readonly SlotSpec[] = [
  {
    name: 'case',
    rules: [
      // genitive
      { forms: ['ның', 'нің'], after: VOWELS + 'мнң' },
      { forms: ['дың', 'дің'], after: 'лрзжйую' },
      { forms: ['тың', 'тің'], after: VOICELESS_CONSONANTS },
      // accusative
      { forms: ['ны', 'ні'], after: VOWELS },
      { forms: ['ды', 'ді'], after: VOICED_CONSONANTS },
      { forms: ['ты', 'ті'], after: VOICELESS_CONSONANTS },
      { forms: ['н'], after: POSSESSIVE_VOWELS, minStem: 3 },
      // dative
      { forms: ['ға', 'ге'], after: VOICED_ENDS },
      { forms: ['қа', 'ке'], after: VOICELESS_CONSONANTS },
      { forms: ['на', 'не'], after: POSSESSIVE_VOWELS, minStem: 3 },
      // locative
      { forms: ['да', 'де'], after: VOICED_ENDS },
      { forms: ['та', 'те'], after: VOICELESS_CONSONANTS },
      { forms: ['нда', 'нде'], after: POSSESSIVE_VOWELS, minStem: 3 },
      // ablative
      { forms: ['дан', 'ден'], after: VOWELS + 'лрзжйую' },
      { forms: ['тан', 'тен'], after: VOICELESS_CONSONANTS },
      { forms: ['нан', 'нен'], after: 'мнң' + POSSESSIVE_VOWELS, minStem: 3 },
      { forms: ['ндан', 'нден'], after: POSSESSIVE_VOWELS, minStem: 3 },
      // instrumental
      { forms: ['мен', 'менен'], after: VOWELS + 'лрмнңйю', invariant: true },
      { forms: ['бен', 'бенен'], after: 'зж', invariant: true },
      { forms: ['пен', 'пенен'], after: VOICELESS_CONSONANTS, invariant: true },
    ],
  },
  {
    name: 'possessive',
    rules: [
      { forms: ['сы', 'сі'], condition: 'possessiveSy' },
      { forms: ['ы', 'і'], after: VOICELESS_CONSONANTS + 'лрмнңзжйую', condition: 'possessiveY' },
      { forms: ['ымыз', 'іміз', 'ыңыз', 'іңіз', 'ым', 'ім', 'ың', 'ің'], condition: 'afterPlural' },
      // "балам", "күйеуім", "жалақымды": a question says "my"; the law's text never does
      { forms: ['ымыз', 'іміз', 'ым', 'ім'], condition: 'personalStem' },
      { forms: ['мыз', 'міз', 'м'], after: VOWELS, condition: 'personalStem' },
    ],
  },
  {
    name: 'plural',
    rules: [
      { forms: ['лар', 'лер'], after: VOWELS + 'руйю' },
      { forms: ['дар', 'дер'], after: 'лмнңзж' },
      { forms: ['тар', 'тер'], after: VOICELESS_CONSONANTS },
    ],
  },
  {
    // "-дағы" (the one in/at), "-ғы" (of that time/place); a possessive and a plural may stand inside it
    // and a plural outside it: айнала-сы-ндағы-лар.
    name: 'attributive',
    rules: [
      { forms: ['дағы', 'дегі'], after: VOICED_ENDS },
      { forms: ['тағы', 'тегі'], after: VOICELESS_CONSONANTS },
      { forms: ['ндағы', 'ндегі'], after: POSSESSIVE_VOWELS, minStem: 3 },
      { forms: ['ғы', 'гі'], after: 'лрмнңзжй', minStem: 3 },
      { forms: ['қы', 'кі'], after: VOICELESS_CONSONANTS, minStem: 3 },
    ],
  },
  {
    name: 'innerPossessive',
    rules: [
      { forms: ['сы', 'сі'], condition: 'possessiveSy' },
      { forms: ['ы', 'і'], after: VOICELESS_CONSONANTS + 'лрмнңзжйую', condition: 'possessiveY' },
    ],
  },
  {
    name: 'innerPlural',
    rules: [
      { forms: ['лар', 'лер'], after: VOWELS + 'руйю' },
      { forms: ['дар', 'дер'], after: 'лмнңзж' },
      { forms: ['тар', 'тер'], after: VOICELESS_CONSONANTS },
    ],
  },
  {
    // "-лы/-лі" (having X): кінәлі → кінә. Derivational and easily confused with a stem in -л plus the
    // possessive (құрал-ы, залал-ы), so it is only taken off when a known stem remains.
    name: 'adjective',
    rules: [{ forms: ['лы', 'лі'], after: VOWELS, condition: 'knownStem' }],
  },
  {
    name: 'verbal',
    rules: [
      // participles
      { forms: ['ған', 'ген'], after: VOICED_ENDS, minStem: 3 },
      { forms: ['қан', 'кен'], after: VOICELESS_CONSONANTS, minStem: 3 },
      { forms: ['атын', 'етін'], notAfter: VOWELS, minStem: 3 },
      { forms: ['йтын', 'йтін'], after: VOWELS, minStem: 3 },
      // present/future 3rd person: болады, береді, өтейді; жатпайды = жат-па-йды
      { forms: ['ады', 'еді'], notAfter: VOWELS, minStem: 3, wordFinal: true },
      { forms: ['йды', 'йді'], after: VOWELS, minStem: 3, wordFinal: true },
      // verbal noun -у (өтеу, беру; it declines like a noun: өтеу-ге)
      { forms: ['у'], minStem: 3 },
      // conditional -са/-се, gerunds -ып/-іп/-п and -й (төлей), imperative "бекітілсін"
      { forms: ['са', 'се'], minStem: 3, wordFinal: true },
      { forms: ['ып', 'іп'], notAfter: VOWELS, minStem: 3, wordFinal: true },
      { forms: ['п'], after: VOWELS, minStem: 3, wordFinal: true },
      { forms: ['й'], after: VOWELS, minStem: 3, wordFinal: true },
      { forms: ['сын', 'сін'], minStem: 3, wordFinal: true },
    ],
  },
  {
    name: 'negation',
    rules: [
      { forms: ['ма', 'ме'], after: VOWELS + 'лрйу', minStem: 3 },
      { forms: ['ба', 'бе'], after: 'мнңзж', minStem: 3 },
      { forms: ['па', 'пе'], after: VOICELESS_CONSONANTS, minStem: 3 },
    ],
  },
  {
    // passive voice: өтел-у, табыл-ады, алын-ып, белгілен-еді
    name: 'voice',
    rules: [
      { forms: ['ыл', 'іл'], notAfter: VOWELS, minStem: 3 },
      { forms: ['ын', 'ін'], after: 'л', minStem: 3 },
      { forms: ['л', 'н'], after: VOWELS, minStem: 3 },
    ],
  },
];

const VERBAL_SLOTS: ReadonlySet<SlotName> = new Set(['verbal', 'negation', 'voice']);

/** Participles that take a case ending only through a possessive or plural (болатын-ы-н, not *болатын-да). */
const PARTICIPLES_NEEDING_POSSESSIVE_BEFORE_CASE = ['атын', 'етін', 'йтын', 'йтін'];

/** Noun inflections may leave two letters (іс-тің, ат-ы-на, ие-сі). */
const DEFAULT_MIN_STEM = 2;

/** Two-letter verb roots that verb rules (minimum 3) let through: алған → ал, өткен → өт, етеді → ет. */
const SHORT_ROOTS = ['ал', 'ет', 'өт', 'ат', 'ас', 'ақ', 'ек', 'ес', 'ұр', 'ұс', 'іл', 'іш', 'оқ', 'ой', 'ұқ', 'ұт', 'өс'];

/**
 * The nouns a person asking says "my" of: family, body, home and income ("балам", "күйеуім", "қолым", "жалақым").
 * The 1st person possessive -ым/-ім/-м is stripped from these only: elsewhere it also ends a stem (шешім, мерзім,
 * ұйым, басым), and the law's text, which never says "my", would lose them. A stem here must not be, keyboard-folded,
 * the start of a word of the text ending in -ым/-ім.
 */
const PERSONAL_STEMS = [
  // family
  'бала',
  'әке',
  'ана',
  'шеше',
  'күйеу',
  'әйел',
  'жұбай',
  'ұл',
  'қыз',
  'іні',
  'аға',
  'апа',
  'әпке',
  'сіңлі',
  'қарындас',
  'бауыр',
  'ата',
  'әже',
  'немере',
  'туыс',
  'отбасы',
  // body and health
  'қол',
  'аяқ',
  'көз',
  'бел',
  'жүрек',
  'арқа',
  'тіс',
  'иық',
  'саусақ',
  'денсаулық',
  // home, belongings, work and income ("үй" is not among them: folded, it is the "ұй" of ұйым)
  'пәтер',
  'көлік',
  'машина',
  'мүлік',
  'ақша',
  'жұмыс',
  'табыс',
  'жалақы',
  'зейнетақы',
  'жәрдемақы',
  'өтемақы',
  'төлем',
];

/** Two-letter noun stems that take -сы/-сі (иесі, суы). */
const SHORT_VOWEL_STEMS = ['ие', 'су'];

/**
 * Stems the stemmer knows. Stripping stops when one remains, and an analysis that ends on one wins over
 * analyses that strip more. Each entry is a word of the legal domain or of everyday queries that ends in
 * a suffix-like string and would otherwise be cut wrongly (тұлға is not тұл + -ға, органы is орган + -ы,
 * not орга + -ны).
 */
const KNOWN_STEMS = [
  // ending like -ға/-да/-де/-те/-се/-на (case endings, conditional)
  'тұлға',
  'пайда',
  'сауда',
  'кесте',
  'басқа',
  'кеңсе',
  'машина',
  'медицина',
  'оқиға',
  'қағида',
  'баға',
  'бөгде',
  // ending like -ша/-ше
  'ақша',
  'тармақша',
  'бөлімше',
  'қосымша',
  'ерекше',
  // ending like the gerund -п/-ып/-іп
  'жауап',
  'талап',
  'кітап',
  'зардап',
  'себеп',
  'мектеп',
  'тәртіп',
  'кәсіп',
  'қалып',
  'әдеп',
  'шарап',
  'топ',
  'бап',
  'тип',
  'тарап',
  'тақырып',
  'есеп',
  // ending like the present gerund -й
  'жағдай',
  'сарай',
  'құдай',
  'оңай',
  'деңгей',
  // ending like the possessive -ы/-і, the attributive -ғы/-гі or -лы/-лі
  'екі',
  'алты',
  'жеті',
  'белгі',
  'дәрі',
  'тері',
  'сары',
  'ірі',
  'үшін',
  'қаулы',
  'отбасы',
  'үзінді',
  'қорытынды',
  'туынды',
  'кәсіпорын',
  // stems in -н whose possessive (органы, күні) looks like an accusative -ны
  'орган',
  'күн',
  'мазмұн',
  'нысан',
  'зиян',
  'құн',
  'сан',
  'заман',
  'аудан',
  'жан',
  'мекен',
  'шығын',
  'тегін',
  'бұрын',
  'қиын',
  'жиын',
  'бүгін',
  'мүмкін',
  'жақын',
  // stems in -ет whose locative (әрекетінде) looks like a participle -етін + -де
  'әрекет',
  'қызмет',
  'міндет',
  'мемлекет',
  'кәмелет',
  'үкімет',
  // stems that look like a plural
  'салдар',
  // derivational bases the adjective rule may reach (кінәлі → кінә)
  'кінә',
  'сапа',
  'мән',
  // ending like the verbal noun -у
  'ауру',
  'тарау',
  'күйеу',
  // months (шілдедегі, маусымдағы, қыркүйектегі): the dates' own list
  ...KAZAKH_MONTHS,
];

/** Stems ending in these strings are lexemes, not possessives: жалақы, өтемақы, жәрдемақы, зейнетақы. */
const KNOWN_ENDINGS = ['ақы'];

/** Nouns whose second vowel drops before a vowel suffix (мүлік → мүлкі): dropped form → stem. */
const ELIDED_STEMS: Readonly<Record<string, string>> = {
  мүлк: 'мүлік',
  орн: 'орын',
  халқ: 'халық',
  ауз: 'ауыз',
  ерн: 'ерін',
  мұрн: 'мұрын',
  қарн: 'қарын',
  құқ: 'құқық',
  ойн: 'ойын',
  көңл: 'көңіл',
  // loanwords written with a linking і before a suffix (акт → актісі): one stem for both spellings
  акт: 'акті',
  объект: 'объекті',
  факт: 'факті',
  субъект: 'субъекті',
};

/** Before a vowel suffix Kazakh voices a final қ/к/п to ғ/г/б (денсаулық → денсаулығы): undo it. */
const FINAL_DEVOICING: Readonly<Record<string, string>> = { ғ: 'қ', г: 'к', б: 'п' };

interface Rule {
  readonly form: string;
  readonly after: ReadonlySet<string> | null;
  readonly notAfter: ReadonlySet<string>;
  readonly minStem: number;
  readonly condition: Condition | undefined;
  readonly invariant: boolean;
  readonly wordFinal: boolean;
}

interface Slot {
  readonly name: SlotName;
  readonly rules: readonly Rule[];
}

/** The rules compiled for one alphabet (standard or keyboard-folded). */
interface Alphabet {
  readonly slots: readonly Slot[];
  readonly vowels: ReadonlySet<string>;
  readonly possessiveVowels: ReadonlySet<string>;
  readonly agentiveEndings: readonly string[];
  readonly pluralEndings: readonly string[];
  readonly participles: readonly string[];
  readonly shortRoots: ReadonlySet<string>;
  readonly shortVowelStems: ReadonlySet<string>;
  readonly knownStems: ReadonlySet<string>;
  readonly personalStems: ReadonlySet<string>;
  readonly knownEndings: readonly string[];
  readonly elided: ReadonlyMap<string, string>;
  readonly devoicing: ReadonlyMap<string, string>;
  readonly backOnlyVowels: ReadonlySet<string>;
  readonly frontOnlyVowels: ReadonlySet<string>;
  readonly sh: string;
  readonly u: string;
}

function charSet(letters: string, fold: (text: string) => string): ReadonlySet<string> {
  return new Set([...letters].map(fold));
}

function compileAlphabet(fold: (text: string) => string, checkHarmony: boolean): Alphabet {
  const slots = SLOT_SPECS.map((spec) => {
    const rules = spec.rules.flatMap((ruleSpec) =>
      ruleSpec.forms.map((form) => ({
        form: fold(form),
        after: ruleSpec.after === undefined ? null : charSet(ruleSpec.after, fold),
        notAfter: charSet(ruleSpec.notAfter ?? '', fold),
        minStem: ruleSpec.minStem ?? DEFAULT_MIN_STEM,
        condition: ruleSpec.condition,
        invariant: ruleSpec.invariant ?? false,
        wordFinal: ruleSpec.wordFinal ?? false,
      })),
    );
    // Longest suffix first keeps the search order, and so tie-breaking, stable.
    rules.sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
    return { name: spec.name, rules };
  });
  const devoicing = new Map<string, string>();
  for (const [voiced, voiceless] of Object.entries(FINAL_DEVOICING)) devoicing.set(fold(voiced), fold(voiceless));
  return {
    slots,
    vowels: charSet(VOWELS, fold),
    possessiveVowels: charSet(POSSESSIVE_VOWELS, fold),
    agentiveEndings: ['шы', 'ші'].map(fold),
    pluralEndings: ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'].map(fold),
    participles: PARTICIPLES_NEEDING_POSSESSIVE_BEFORE_CASE.map(fold),
    shortRoots: new Set(SHORT_ROOTS.map(fold)),
    shortVowelStems: new Set(SHORT_VOWEL_STEMS.map(fold)),
    // The restored form of an elided stem is a dictionary stem too.
    knownStems: new Set([...KNOWN_STEMS, ...Object.values(ELIDED_STEMS)].map(fold)),
    personalStems: new Set(PERSONAL_STEMS.map(fold)),
    knownEndings: KNOWN_ENDINGS.map(fold),
    elided: new Map(Object.entries(ELIDED_STEMS).map(([from, to]) => [fold(from), fold(to)])),
    devoicing,
    // Harmony is checked only against vowels that are unambiguously back or front. Folding merges ә/а,
    // ө/о, ү/ұ/у and і/и, so the folded alphabet does not check it at all.
    backOnlyVowels: checkHarmony ? new Set(['ұ', 'ы']) : new Set(),
    frontOnlyVowels: checkHarmony ? new Set(['ә', 'ө', 'ү', 'і']) : new Set(),
    sh: fold('ш'),
    u: fold('у'),
  };
}

const STANDARD = compileAlphabet((text) => text, true);
const KEYBOARD_FOLDED = compileAlphabet(foldKazakhKeyboard, false);

const LETTER = /[\p{L}\p{M}]/u;
const BACK_SUFFIX_VOWELS = 'аоұы';
const FRONT_SUFFIX_VOWELS = 'әеөүі';

function lastChar(text: string): string {
  return text.charAt(text.length - 1);
}

function hasVowel(text: string, alphabet: Alphabet): boolean {
  for (const ch of text) if (alphabet.vowels.has(ch)) return true;
  return false;
}

function lastVowel(text: string, alphabet: Alphabet): string | undefined {
  for (let i = text.length - 1; i >= 0; i--) if (alphabet.vowels.has(text.charAt(i))) return text.charAt(i);
  return undefined;
}

/** Undoes final voicing and vowel elision: the dictionary spelling of a stem. */
function canonicalStem(stem: string, alphabet: Alphabet): string {
  let out = stem;
  const devoiced = alphabet.devoicing.get(lastChar(out));
  if (devoiced !== undefined && out.length > 1) out = out.slice(0, -1) + devoiced;
  return alphabet.elided.get(out) ?? out;
}

/** Whether a list holds the stem as it stands or in its dictionary spelling (жүрег → жүрек, мүлк → мүлік). */
function listed(stems: ReadonlySet<string>, stem: string, alphabet: Alphabet): boolean {
  return stems.has(stem) || stems.has(canonicalStem(stem, alphabet));
}

function isKnown(stem: string, alphabet: Alphabet): boolean {
  if (listed(alphabet.knownStems, stem, alphabet)) return true;
  // The ending must follow a stem of its own (жал-ақы, өтем-ақы), not be most of a short word (жақы-н).
  return alphabet.knownEndings.some((ending) => stem.endsWith(ending) && stem.length >= ending.length + 3);
}

function harmonyAllows(rest: string, suffix: string, alphabet: Alphabet): boolean {
  const stemVowel = lastVowel(rest, alphabet);
  const suffixVowel = lastVowel(suffix, alphabet);
  if (stemVowel === undefined || suffixVowel === undefined) return true;
  if (alphabet.backOnlyVowels.has(stemVowel)) return !FRONT_SUFFIX_VOWELS.includes(suffixVowel);
  if (alphabet.frontOnlyVowels.has(stemVowel)) return !BACK_SUFFIX_VOWELS.includes(suffixVowel);
  return true;
}

/** Agent nouns end in -ушы/-уші or consonant + -шы/-ші (асыраушы, жұмысшы); their ы/і is not a possessive. */
function endsLikeAgentStem(rest: string, alphabet: Alphabet): boolean {
  if (lastChar(rest) !== alphabet.sh) return false;
  const before = rest.charAt(rest.length - 2);
  return before === alphabet.u || (before !== '' && !alphabet.vowels.has(before));
}

/**
 * -сы/-сі attaches to a vowel. A stem ending in -ы/-і is ambiguous with a stem in -с plus the possessive
 * -ы/-і (табыс-ы, кіріс-і, шығыс-ы), which is far more common; only agent nouns (асырауш-ы-сы) and known
 * lexemes (жалақы-сы) take -сы there. A stem in -у takes -ы (болу-ы), never -сы.
 */
function possessiveSyAllowed(rest: string, alphabet: Alphabet): boolean {
  const end = lastChar(rest);
  if (!alphabet.vowels.has(end) || end === alphabet.u) return false;
  if (rest.length < 3 && !alphabet.shortVowelStems.has(rest)) return false;
  if (!alphabet.possessiveVowels.has(end)) return true;
  return alphabet.agentiveEndings.some((ending) => rest.endsWith(ending)) || isKnown(rest, alphabet);
}

function conditionHolds(condition: Condition | undefined, rest: string, alphabet: Alphabet): boolean {
  switch (condition) {
    case undefined:
      return true;
    case 'possessiveSy':
      return possessiveSyAllowed(rest, alphabet);
    case 'possessiveY':
      return !endsLikeAgentStem(rest, alphabet);
    case 'afterPlural':
      return alphabet.pluralEndings.some((plural) => rest.endsWith(plural) && rest.length > plural.length + 1);
    case 'knownStem':
      return isKnown(rest, alphabet);
    case 'personalStem':
      return listed(alphabet.personalStems, rest, alphabet);
  }
}

function ruleApplies(word: string, rule: Rule, slot: SlotName, alphabet: Alphabet): string | null {
  if (!word.endsWith(rule.form)) return null;
  const rest = word.slice(0, word.length - rule.form.length);
  if (rest.length < DEFAULT_MIN_STEM || !hasVowel(rest, alphabet)) return null;
  const shortRootAllowed = VERBAL_SLOTS.has(slot) && alphabet.shortRoots.has(rest);
  if (rest.length < rule.minStem && !shortRootAllowed) return null;
  const end = lastChar(rest);
  if (rule.after !== null && !rule.after.has(end)) return null;
  if (rule.notAfter.has(end)) return null;
  if (!conditionHolds(rule.condition, rest, alphabet)) return null;
  if (!rule.invariant && !harmonyAllows(rest, rule.form, alphabet)) return null;
  return rest;
}

interface Analysis {
  readonly stem: string;
  readonly stripped: number;
  readonly suffixes: readonly { readonly slot: SlotName; readonly form: string }[];
  /** The analysis ended on a known stem. */
  readonly known: boolean;
}

function better(a: Analysis, b: Analysis): Analysis {
  if (a.known !== b.known) return a.known ? a : b;
  if (a.stripped !== b.stripped) return a.stripped > b.stripped ? a : b;
  if (a.suffixes.length !== b.suffixes.length) return a.suffixes.length < b.suffixes.length ? a : b;
  return a.stem <= b.stem ? a : b;
}

function hasSlot(analysis: Analysis, slot: SlotName): boolean {
  return analysis.suffixes.some((suffix) => suffix.slot === slot);
}

function slotAllowed(slot: SlotName, analysis: Analysis): boolean {
  switch (slot) {
    case 'innerPossessive':
    case 'innerPlural':
      return hasSlot(analysis, 'attributive');
    case 'negation':
    case 'voice':
      return hasSlot(analysis, 'verbal');
    case 'verbal':
      return !hasSlot(analysis, 'adjective');
    default:
      return true;
  }
}

function ruleAllowedHere(rule: Rule, slot: SlotName, analysis: Analysis, alphabet: Alphabet): boolean {
  if (rule.wordFinal && analysis.suffixes.length > 0) return false;
  if (slot !== 'verbal' || !alphabet.participles.includes(rule.form)) return true;
  if (!hasSlot(analysis, 'case')) return true;
  return hasSlot(analysis, 'possessive') || hasSlot(analysis, 'plural');
}

/** Explores every analysis of the slots from `slotIndex` inwards and returns the preferred one. */
function search(word: string, slotIndex: number, analysis: Analysis, alphabet: Alphabet): Analysis {
  if (analysis.suffixes.length > 0 && isKnown(word, alphabet)) return { ...analysis, known: true };
  if (slotIndex >= alphabet.slots.length) return analysis;
  const slot = alphabet.slots[slotIndex];
  let best = search(word, slotIndex + 1, analysis, alphabet);
  if (!slotAllowed(slot.name, analysis)) return best;
  for (const rule of slot.rules) {
    if (!ruleAllowedHere(rule, slot.name, analysis, alphabet)) continue;
    const rest = ruleApplies(word, rule, slot.name, alphabet);
    if (rest === null) continue;
    const next: Analysis = {
      stem: rest,
      stripped: analysis.stripped + rule.form.length,
      suffixes: [...analysis.suffixes, { slot: slot.name, form: rule.form }],
      known: false,
    };
    best = better(best, search(rest, slotIndex + 1, next, alphabet));
  }
  return best;
}

/** The stem of a word, and whether a verb ending was taken off to reach it (then it is a verb root). */
export interface KazakhStemAnalysis {
  readonly stem: string;
  readonly verbRoot: boolean;
  /** The suffixes taken off, outermost first, for debugging and documentation. */
  readonly suffixes: readonly string[];
}

function analyzeWith(word: string, alphabet: Alphabet): KazakhStemAnalysis {
  const unchanged: KazakhStemAnalysis = { stem: word, verbRoot: false, suffixes: [] };
  if (word.length === 0) return unchanged;
  // Only words made of letters are stemmed; numbers and mixed tokens ("21-1", "n5") pass through.
  for (const ch of word) if (!LETTER.test(ch)) return unchanged;
  let current = word;
  const suffixes: string[] = [];
  // A noun stem is stripped again until nothing more comes off, so "кеңсесі" and "кеңсе" share a stem.
  // A verb root is final: roots such as "туында", "анықта" end in case-like syllables that another pass
  // would take for case endings. Each pass removes at least one letter, so the loop ends.
  for (;;) {
    if (isKnown(current, alphabet)) return { stem: canonicalStem(current, alphabet), verbRoot: false, suffixes };
    const start: Analysis = { stem: current, stripped: 0, suffixes: [], known: false };
    const best = search(current, 0, start, alphabet);
    const stem = canonicalStem(best.stem, alphabet);
    if (stem === current) return { stem: current, verbRoot: false, suffixes };
    suffixes.push(...best.suffixes.map((suffix) => suffix.form));
    if (best.suffixes.some((suffix) => VERBAL_SLOTS.has(suffix.slot))) return { stem, verbRoot: true, suffixes };
    current = stem;
  }
}

/** Nouns in consonant + -а/-е that stand before a question particle too ("бала ма?"): never read as verbs. */
const NOUNS_LIKE_BARE_PRESENT = ['бала', 'ана', 'әке', 'қала', 'дала', 'сома', 'жаза', 'ереже', 'шара', 'мөлшере'];
/** The bare present's vowels, the same letters in both alphabets. */
const BARE_PRESENT_VOWELS: ReadonlySet<string> = new Set(['а', 'е']);
const NOUNS_LIKE_BARE_PRESENT_OF = new Map([
  [STANDARD, new Set(NOUNS_LIKE_BARE_PRESENT)],
  [KEYBOARD_FOLDED, new Set(NOUNS_LIKE_BARE_PRESENT.map(foldKazakhKeyboard))],
]);
const VERBAL_SLOT_INDEX = SLOT_SPECS.findIndex((spec) => spec.name === 'verbal');

/**
 * A word right before the question particle ма/ме/ба/бе/па/пе is a verb in its bare present, -а/-е after a
 * consonant ("шегеріле ме" = шегер-іл-е, "өтеле ме", "бере ме", "тағайындала ма"): the form a question takes
 * and the law's text never does. The vowel is taken off as the verb form and the rest stemmed inward (voice,
 * negation), so the question meets "шегеріледі", "өтеледі", "береді". Other words are stemmed as anywhere.
 */
function analyzeBeforeParticle(word: string, alphabet: Alphabet): KazakhStemAnalysis {
  const plain = analyzeWith(word, alphabet);
  const vowel = lastChar(word);
  const rest = word.slice(0, -1);
  if (!BARE_PRESENT_VOWELS.has(vowel) || rest.length < 2 || alphabet.vowels.has(lastChar(rest))) return plain;
  if (isKnown(word, alphabet) || NOUNS_LIKE_BARE_PRESENT_OF.get(alphabet)!.has(word) || plain.suffixes.length > 0) return plain;
  if (rest.length < 3 && !alphabet.shortRoots.has(rest)) return plain;
  const start: Analysis = { stem: rest, stripped: 1, suffixes: [{ slot: 'verbal', form: vowel }], known: false };
  const best = search(rest, VERBAL_SLOT_INDEX + 1, start, alphabet);
  return { stem: canonicalStem(best.stem, alphabet), verbRoot: true, suffixes: best.suffixes.map((suffix) => suffix.form) };
}

/** stemKazakh for a word the question particle follows (see analyzeBeforeParticle). */
export function stemKazakhBeforeParticle(word: string): string {
  return analyzeBeforeParticle(foldIi(word).toLowerCase(), STANDARD).stem;
}

/** stemKazakhKeyboardFolded for a word the question particle follows. */
export function stemKazakhKeyboardFoldedBeforeParticle(word: string): string {
  return analyzeBeforeParticle(foldKazakhKeyboard(foldIi(word).toLowerCase()), KEYBOARD_FOLDED).stem;
}

/** The question particles (and their keyboard-folded forms, the same letters). */
export const QUESTION_PARTICLES: ReadonlySet<string> = new Set(['ма', 'ме', 'ба', 'бе', 'па', 'пе']);

/** stemKazakh, with the suffixes taken off and whether the stem is a verb root. */
export function analyzeKazakhWord(word: string): KazakhStemAnalysis {
  return analyzeWith(foldIi(word).toLowerCase(), STANDARD);
}

/** Stems one Kazakh word. Lowercases it and folds Latin i inside it to і first ("үшiн" = "үшін"). */
export function stemKazakh(word: string): string {
  return analyzeKazakhWord(word).stem;
}

/**
 * Stems one Kazakh word as typed on a Russian keyboard. The word is lowercased, i-folded and
 * keyboard-folded first, so "жұмысшының" and "жумысшынын" both give "жумысшы"; the stem is in the
 * folded alphabet. Use it on both sides: on text folded with foldKazakhKeyboard, and on the query.
 */
export function stemKazakhKeyboardFolded(word: string): string {
  return analyzeWith(foldKazakhKeyboard(foldIi(word).toLowerCase()), KEYBOARD_FOLDED).stem;
}
