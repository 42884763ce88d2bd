/**
 * The act-kind registry: everything that differs from one kind of act to another, in one place. The corpus
 * schema (acts.yaml), the GraphQL enum ActKind and the database's list of kinds (table act_kind) are derived from
 * it; the amendment-note grammar, citation extraction and formatting, the Akoma Ntoso writer and the pages read
 * it. No other file names a kind. Adding a kind is adding an entry to BUILT_IN_KINDS (docs/adding-an-act.md).
 *
 * Pure data and lookups: no framework here.
 */
import { dottedDate } from './calendar-date';
import { writtenDate } from './written-dates';
import type { Lang } from './types';

/** A kind's code, as the corpus files, the database and the API spell it: one registered below. */
export type ActKind = string;

/** A word that names a kind in running text, as a regular expression source (Unicode, the `\p{L}` classes allowed). */
export interface MentionForm {
  pattern: string;
  /** Matched case-sensitively and as a whole token ("НП", "ВС"), so that the same letters in a word do not count. */
  abbreviation?: boolean;
  /** What every match contains, with the same case rules: a text without it is not searched (speed). */
  needs?: RegExp;
  /** Kazakh puts the type word last ("… № 9 нормативтік қаулысы"): nothing after it belongs to the same act. */
  closes?: boolean;
  /** A type word that names the issuer too ("ПП" — a resolution of the Government). */
  alsoIssuer?: boolean;
}

/**
 * How an act of the kind is identified and named in texts, for citation extraction (src/citations):
 * - ISSUER_DATE_NUMBER: acts identified by their number with their date or issuer, assembled from words that name
 *   the issuer ("Верховного Суда", "Үкіметінің", "ВС") or the type ("нормативного постановления", "НҚ"); id
 *   "<idPrefix>-<year>-<number>". A look-alike (same kind, not in the catalog) is a reference to `lookalike`.
 * - NAME: an act its name alone identifies (a code); id fixed in acts.yaml. Found as the codes are
 *   (src/citations/outside-acts.ts): the catalog's act of that kind when the catalog has one, otherwise a
 *   reference to `outsideTarget` (its name among the norms outside the knowledge base).
 */
export type Identity =
  | {
      by: 'ISSUER_DATE_NUMBER';
      idPrefix: string;
      issuerForms: readonly MentionForm[];
      typeForms: readonly MentionForm[];
      lookalike: string;
    }
  | { by: 'NAME'; outsideTarget: string; names: readonly string[]; nameWords: RegExp; abbreviations: readonly string[] };

/**
 * How an act of the kind is named, per language. Placeholders: `{date}` (its adoption date: written out in `full`
 * — "1999 жылғы 9 шілдедегі", "9 июля 1999 года" —, dotted elsewhere — "09.07.1999") and `{number}`.
 */
export interface NameForms {
  /** Citations (FULL): "of the act" and "by the act" (the Rules approved by it). */
  full: { genitive: string; instrumental: string };
  /** Citations (SHORT), lists and breadcrumbs: the abbreviations practitioners write. */
  short: { nominative: string; genitive: string; instrumental: string };
  /** In a sentence (why an effective window runs as it does, which wording a court had): the nominative. */
  prose: string;
}

/**
 * How the text of an act of the kind is built (src/corpus/parse-act.ts):
 * - POINTS: a title, a requisites line, a preamble, numbered points with sub-points, attachments approved by the
 *   act (resolutions, decrees);
 * - ARTICLES: chapters and articles, an article's text either its own paragraphs or numbered points with
 *   sub-points (codes). eIds "chp_47", "art_938", "art_938__para_2", "art_951__para_3__subpara_1".
 */
export type TextStructure = 'POINTS' | 'ARTICLES';

export interface ActKindSpec {
  code: ActKind;
  /** What the kind is, in English (the API's enum description). */
  description: string;
  /** What the kind is called, for readers (pages). */
  label: Record<Lang, string>;
  /** Who issues acts of this kind, as the act's metadata names it. */
  issuer: Record<Lang, string>;
  /**
   * Akoma Ntoso: the subtype in the work IRI ("/akn/kz/act/<subtype>/<date>/<number>"), the `name` of the `act`
   * element, and the author organisation's id.
   */
  akn: { subtype: string; name: string; author: string };
  /** How the text of an act of the kind is built: what the parser reads and the units it yields. */
  structure: TextStructure;
  /** How an amendment note names an act of this kind as the amending act; null: acts of this kind amend nothing here. */
  noteIssuer: RegExp | null;
  identity: Identity;
  names: Record<Lang, NameForms>;
}

const word = (pattern: string, needs?: RegExp, more: Partial<MentionForm> = {}): MentionForm => ({ pattern, needs, ...more });
const abbreviation = (pattern: string, needs: RegExp, more: Partial<MentionForm> = {}): MentionForm => ({
  pattern,
  needs,
  abbreviation: true,
  ...more,
});

export const BUILT_IN_KINDS: readonly ActKindSpec[] = [
  {
    code: 'GOVERNMENT_DECREE',
    description: 'a decree (resolution) of the Government of the Republic of Kazakhstan',
    label: { kk: 'Үкімет қаулысы', ru: 'Постановление Правительства' },
    issuer: { kk: 'Қазақстан Республикасының Үкіметі', ru: 'Правительство Республики Казахстан' },
    akn: { subtype: 'decree', name: 'decree', author: 'government' },
    structure: 'POINTS',
    noteIssuer: /үкімет|правительств/iu,
    identity: {
      by: 'ISSUER_DATE_NUMBER',
      idPrefix: 'gov',
      issuerForms: [word(String.raw`Правительств(?:о|а|у|ом|е)`, /правительств/iu), word(String.raw`Үкімет\p{L}*`, /үкімет/iu)],
      typeForms: [abbreviation('ПП', /ПП/u, { alsoIssuer: true })],
      lookalike: 'government-decree',
    },
    names: {
      kk: {
        full: {
          genitive: 'Қазақстан Республикасы Үкіметінің {date} № {number} қаулысының',
          instrumental: 'Қазақстан Республикасы Үкіметінің {date} № {number} қаулысымен',
        },
        short: {
          nominative: 'ҚР Үкіметінің {date} № {number} қаулысы',
          genitive: 'ҚР Үкіметінің {date} № {number} қаулысының',
          instrumental: 'ҚР Үкіметінің {date} № {number} қаулысымен',
        },
        prose: 'ҚР Үкіметінің {date} № {number} қаулысы',
      },
      ru: {
        full: {
          genitive: 'постановления Правительства Республики Казахстан от {date} № {number}',
          instrumental: 'постановлением Правительства Республики Казахстан от {date} № {number}',
        },
        short: {
          nominative: 'ПП РК от {date} № {number}',
          genitive: 'ПП РК от {date} № {number}',
          instrumental: 'ПП РК от {date} № {number}',
        },
        prose: 'постановление Правительства РК от {date} № {number}',
      },
    },
  },
  {
    code: 'SUPREME_COURT_NORMATIVE_RESOLUTION',
    description: 'a normative resolution of the Supreme Court of the Republic of Kazakhstan (plenary session)',
    label: { kk: 'Нормативтік қаулы', ru: 'Нормативное постановление' },
    issuer: { kk: 'Қазақстан Республикасының Жоғарғы Соты', ru: 'Верховный Суд Республики Казахстан' },
    akn: { subtype: 'normative-resolution', name: 'normativeResolution', author: 'supreme-court' },
    structure: 'POINTS',
    noteIssuer: /жоғарғы\s+сот|верховн\p{L}*\s+суд/iu,
    identity: {
      by: 'ISSUER_DATE_NUMBER',
      idPrefix: 'sc',
      issuerForms: [
        word(String.raw`Верховн(?:ый|ого|ому|ым|ом)\s+Суд(?:а|у|ом|е)?`, /верховн/iu),
        word(String.raw`Жоғарғы\s+Сот\p{L}*`, /жоғарғы/iu),
        word(String.raw`Пленум\p{L}*`, /пленум/iu),
        abbreviation(String.raw`ВС|ЖС(?:-\p{Ll}+)?`, /ВС|ЖС/u),
      ],
      typeForms: [
        word(String.raw`нормативн(?:ое|ого|ому|ым|ом|ые|ых|ыми)\s+постановлени(?:е|я|ю|ем|и|ями|ях)`, /постановлени/iu),
        word(String.raw`нормативтік\s+қаулы\p{L}*`, /қаулы/iu, { closes: true }),
        abbreviation('НП', /НП/u),
        abbreviation(String.raw`НҚ(?:-\p{Ll}+)?`, /НҚ/u, { closes: true }),
      ],
      lookalike: 'supreme-court-resolution',
    },
    names: {
      kk: {
        full: {
          genitive: 'Қазақстан Республикасы Жоғарғы Сотының {date} № {number} нормативтік қаулысының',
          instrumental: 'Қазақстан Республикасы Жоғарғы Сотының {date} № {number} нормативтік қаулысымен',
        },
        short: {
          nominative: 'ҚР ЖС {date} № {number} НҚ',
          genitive: 'ҚР ЖС {date} № {number} НҚ',
          instrumental: 'ҚР ЖС {date} № {number} НҚ-мен',
        },
        prose: 'ҚР Жоғарғы Сотының {date} № {number} нормативтік қаулысы',
      },
      ru: {
        full: {
          genitive: 'нормативного постановления Верховного Суда Республики Казахстан от {date} № {number}',
          instrumental: 'нормативным постановлением Верховного Суда Республики Казахстан от {date} № {number}',
        },
        short: {
          nominative: 'НП ВС РК от {date} № {number}',
          genitive: 'НП ВС РК от {date} № {number}',
          instrumental: 'НП ВС РК от {date} № {number}',
        },
        prose: 'нормативное постановление Верховного Суда РК от {date} № {number}',
      },
    },
  },
  {
    // Codes are laws adopted by Parliament. The names are the Civil Code's, the one code the texts interpret; a
    // second code in the catalog would need names of its own (docs/adding-an-act.md, "A kind whose acts differ").
    code: 'CODE',
    description: 'a code of the Republic of Kazakhstan (the Civil Code)',
    label: { kk: 'Кодекс', ru: 'Кодекс' },
    issuer: { kk: 'Қазақстан Республикасының Парламенті', ru: 'Парламент Республики Казахстан' },
    akn: { subtype: 'code', name: 'code', author: 'parliament' },
    structure: 'ARTICLES',
    noteIssuer: null,
    identity: {
      by: 'NAME',
      outsideTarget: 'civil-code',
      names: [String.raw`Гражданск\p{L}*\s+кодекс\p{L}*`, String.raw`Азаматтық\s+кодекс\p{L}*`],
      nameWords: /гражданск|азаматтық/iu,
      abbreviations: ['ГК', 'АК'],
    },
    names: {
      kk: {
        full: { genitive: 'Қазақстан Республикасы Азаматтық кодексінің', instrumental: 'Қазақстан Республикасы Азаматтық кодексімен' },
        short: { nominative: 'АК', genitive: 'АК-нің', instrumental: 'АК-мен' },
        prose: 'Қазақстан Республикасының Азаматтық кодексі',
      },
      ru: {
        full: { genitive: 'Гражданского кодекса Республики Казахстан', instrumental: 'Гражданским кодексом Республики Казахстан' },
        short: { nominative: 'ГК РК', genitive: 'ГК РК', instrumental: 'ГК РК' },
        prose: 'Гражданский кодекс РК',
      },
    },
  },
];

const registry = new Map<ActKind, ActKindSpec>(BUILT_IN_KINDS.map((k) => [k.code, k]));
let generation = 0;

/**
 * Adds a kind at run time. Production kinds are listed in BUILT_IN_KINDS; this is for tests that prove a new kind
 * goes through every piece that reads the registry. Whatever is derived from the registry is derived again.
 */
export function registerActKind(spec: ActKindSpec): void {
  if (registry.has(spec.code)) throw new RangeError(`act kind ${spec.code} is registered already`);
  registry.set(spec.code, spec);
  generation++;
}

/** Removes a kind registered at run time (tests clean up after themselves). */
export function unregisterActKind(code: ActKind): void {
  if (BUILT_IN_KINDS.some((k) => k.code === code)) throw new RangeError(`act kind ${code} is built in`);
  if (registry.delete(code)) generation++;
}

/** Moves whenever the registry changes: what is derived from it (patterns, schemas) is derived again. */
export function actKindsGeneration(): number {
  return generation;
}

export function actKinds(): readonly ActKindSpec[] {
  return [...registry.values()];
}

export function actKindCodes(): ActKind[] {
  return [...registry.keys()];
}

export function isActKind(code: string): boolean {
  return registry.has(code);
}

export function actKind(code: ActKind): ActKindSpec {
  const spec = registry.get(code);
  if (!spec) throw new RangeError(`unknown act kind ${JSON.stringify(code)}; known kinds: ${actKindCodes().join(', ')}`);
  return spec;
}

/** Derived once per registry generation (patterns compile once, and again only when a kind is registered). */
export function derivedFromKinds<T>(derive: (kinds: readonly ActKindSpec[]) => T): () => T {
  let at = -1;
  let value: T;
  return () => {
    if (at !== generation) {
      value = derive(actKinds());
      at = generation;
    }
    return value;
  };
}

/** The id an act identified by issuer, date and number has ("sc-2024-2"); null for a kind its name identifies. */
export function derivedActId(kind: ActKind, adoptedOn: string, number: string): string | null {
  const identity = actKind(kind).identity;
  return identity.by === 'ISSUER_DATE_NUMBER' ? `${identity.idPrefix}-${adoptedOn.slice(0, 4)}-${number}` : null;
}

/** What an act id of the kind looks like: "<idPrefix>-<year>-<number>", or a name ("civil-code"). */
export function actIdPattern(kind: ActKind): RegExp {
  const identity = actKind(kind).identity;
  return identity.by === 'ISSUER_DATE_NUMBER' ? new RegExp(`^${identity.idPrefix}-\\d{4}-\\d+$`) : /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
}

/** Ids of acts that can amend others (named in notes): "<idPrefix>-<year>-<number>" of a kind with a note issuer. */
export function amendingActIdPattern(): RegExp {
  const prefixes = actKinds().flatMap((k) => (k.noteIssuer && k.identity.by === 'ISSUER_DATE_NUMBER' ? [k.identity.idPrefix] : []));
  return new RegExp(`^(?:${prefixes.join('|')})-\\d{4}-\\d+$`);
}

export type NameForm = 'full.genitive' | 'full.instrumental' | 'short.nominative' | 'short.genitive' | 'short.instrumental' | 'prose';

/** An act named in one of its forms: "ҚР ЖС 09.07.1999 № 9 НҚ", "нормативного постановления … от 9 июля 1999 года № 9". */
export function actName(act: { kind: ActKind; number: string; adoptedOn: string }, lang: Lang, form: NameForm): string {
  const forms = actKind(act.kind).names[lang];
  const [group, grammaticalCase] = form.split('.') as ['full' | 'short' | 'prose', string | undefined];
  const template = group === 'prose' ? forms.prose : (forms[group] as Record<string, string>)[grammaticalCase!];
  const date = group === 'full' ? writtenDate(act.adoptedOn, lang) : dottedDate(act.adoptedOn);
  return template.replace('{date}', date).replace('{number}', act.number);
}
