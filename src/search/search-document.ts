/**
 * What the search index holds for one point: the analyzed forms of its current wording in Kazakh and Russian
 * (official Russian where known, else the project's translation) and the glossary concepts it names; the analyzed
 * forms of what is said about it —
 * how it is cited, the amendment notes that concern it and the acts that amended it; when it existed, what it
 * governs, what amended it and when, and the outside norms it cites. Derived only from PostgreSQL rows; a hit is a point (the text of a point includes
 * its sub-points). Pure.
 */
import { analyze, analyzeKeyboardFolded } from './analyzer';
import { conceptsIn, conceptToken, type Glossary } from './glossary';

/** One change that concerns a point: to the point, to a part of it, or to what contains it (restated Rules). */
export interface SearchAmendment {
  /** Amending act id ("gov-2023-1154"). */
  by: string;
  kind: 'RESTATED' | 'INSERTED' | 'MODIFIED' | 'REPEALED' | string;
  /** ISO date the change took effect. */
  effectiveFrom: string;
  /** The amending act as the notes name it. */
  act: { kind: string; number: string; adoptedOn: string; issuerKk: string; issuerRu: string };
}

export interface SearchSource {
  clauseId: string;
  actId: string;
  eId: string;
  /** The point's number as printed ("12", "21-1"); null for a preamble. */
  number: string | null;
  kkText: string;
  ruText: string;
  ruOfficial: boolean;
  /** ISO date from which the point existed. */
  existsFrom: string;
  /** ISO date of its repeal, if it was repealed. */
  repealedOn: string | null;
  claimTypes: string[];
  /** The amendment notes that concern the point, as published (Kazakh) and in Russian. */
  notesKk: string[];
  notesRu: string[];
  amendments: SearchAmendment[];
  /** Outside norms the point cites, as reference keys (see referenceKey). */
  references: string[];
  /** The units the point refers to, resolved: its own act's points, the Code's units it cites (search documents' ids). */
  refersTo: string[];
  /** How the point is cited, in Kazakh and Russian, in full and short ("п. 12 НП ВС РК от 09.07.1999 № 9"). */
  citationsKk: string[];
  citationsRu: string[];
}

export interface SearchDocument {
  id: string;
  clauseId: string;
  actId: string;
  eId: string;
  number: string | null;
  kk_text: string;
  ru_text: string;
  ru_official: boolean;
  /** Keyboard-folded Kazakh stems of the text (ә→а, қ→к, і→и …). */
  kk_folded: string;
  /** Russian stems of the text. */
  ru_stems: string;
  /** The glossary concepts the text names, one token each (conceptToken), whatever the language and term. */
  concepts: string[];
  /** The same analyses of what is said about the point: how it is cited, its amendment notes, the amending acts. */
  about_kk_folded: string;
  about_ru_stems: string;
  /** yyyymmdd of the first day the point existed. */
  existsFrom: number;
  /** yyyymmdd of the day it stopped existing (repealed); 99991231 when it never did. */
  existsTo: number;
  claimTypes: string[];
  /** Amending acts that changed the point (or a part of it, or what contains it). */
  amendedBy: string[];
  /** yyyymmdd of each change's effect. */
  amendedOn: number[];
  /** "<amending act>@<yyyymmdd>" of each change: the act and date of one change together. */
  amendments: string[];
  references: string[];
  /** The search documents' points the point refers to (clause ids); PostgreSQL only, for the re-rank. */
  refersTo: string[];
  /** Where each paragraph's stems begin in `kk_folded` and `ru_stems`; PostgreSQL only, for the re-rank. */
  kk_passages: number[];
  ru_passages: number[];
}

/**
 * The fields Meilisearch holds (the texts stay in PostgreSQL, which shows them), and the build the document belongs
 * to (reindex): the search keys what it reads of PostgreSQL for its hits by it (build-reads.ts).
 */
export type IndexedDocument = Omit<SearchDocument, 'kk_text' | 'ru_text' | 'ru_official' | 'refersTo' | 'kk_passages' | 'ru_passages'> & {
  build: string;
};

/**
 * A text analyzed paragraph by paragraph: the stems of the whole, and where each paragraph's stems begin (empty
 * paragraphs hold none and start nothing). The re-rank scores a point's paragraphs besides the whole point.
 */
export function analyzeParagraphs(text: string, analyzeOne: (paragraph: string) => string[]): { stems: string[]; starts: number[] } {
  const stems: string[] = [];
  const starts: number[] = [];
  for (const paragraph of text.split('\n')) {
    const own = analyzeOne(paragraph);
    if (own.length === 0) continue;
    starts.push(stems.length);
    for (const stem of own) stems.push(stem);
  }
  return { stems, starts };
}

export const NEVER = 99991231;
export const dateNumber = (iso: string) => Number(iso.replace(/-/g, ''));

/** Meilisearch ids allow only [A-Za-z0-9_-]: "sc-1999-9/para_21-1" → "sc-1999-9--para_21-1". */
export const documentId = (clauseId: string) => clauseId.replace('/', '--');

/** "civil-code:940", "civil-code:ch47": an outside norm as a filter value. */
export function referenceKey(targetAct: string, article: string | null | undefined, chapter?: string | null): string | null {
  if (article) return `${targetAct}:${article}`;
  if (chapter) return `${targetAct}:ch${chapter}`;
  return null;
}

export const amendmentKey = (by: string, on: number) => `${by}@${on}`;

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

const CHANGE_WORDS: Readonly<Record<string, { kk: string; ru: string }>> = {
  RESTATED: { kk: 'жаңа редакцияда өзгертілді', ru: 'изложен в новой редакции изменен' },
  MODIFIED: { kk: 'өзгеріс енгізілді өзгертілді', ru: 'внесены изменения изменен' },
  INSERTED: { kk: 'толықтырылды қосылды', ru: 'дополнен добавлен' },
  REPEALED: { kk: 'алып тасталды', ru: 'исключен утратил силу' },
};

const ACT_KIND_WORDS: Readonly<Record<string, { kk: string; ru: string }>> = {
  GOVERNMENT_DECREE: { kk: 'қаулысы', ru: 'постановление' },
  SUPREME_COURT_NORMATIVE_RESOLUTION: { kk: 'нормативтік қаулысы', ru: 'нормативное постановление' },
};

/**
 * A line per change naming the amending act, its number, dates and year, and what it did, in each language: the
 * notes write dates as "20.12.2023" and never the year alone, nor the kind of act in Russian the way people ask
 * ("изменения 2024 года", "постановление № 1154"). Search only: never shown.
 */
export function amendmentLines(amendments: readonly SearchAmendment[]): { kk: string; ru: string } {
  const kk: string[] = [];
  const ru: string[] = [];
  for (const a of amendments) {
    const words = CHANGE_WORDS[a.kind] ?? { kk: '', ru: '' };
    const kind = ACT_KIND_WORDS[a.act.kind] ?? { kk: 'қаулысы', ru: 'акт' };
    const year = a.effectiveFrom.slice(0, 4);
    kk.push(
      `${a.act.issuerKk} ${a.act.adoptedOn.slice(0, 4)} ${dmy(a.act.adoptedOn)} № ${a.act.number} ${kind.kk} ${words.kk} ${year} ${dmy(a.effectiveFrom)}`,
    );
    ru.push(
      `${kind.ru} ${a.act.issuerRu} от ${dmy(a.act.adoptedOn)} ${a.act.adoptedOn.slice(0, 4)} года № ${a.act.number} ${words.ru} ${year} ${dmy(a.effectiveFrom)}`,
    );
  }
  return { kk: kk.join('\n'), ru: ru.join('\n') };
}

/** A text's stems cut where its paragraphs begin (analyzeParagraphs); the whole, not a copy, without two starts. */
export function paragraphsOf(stems: string[], starts: readonly number[]): string[][] {
  if (starts.length < 2) return [stems];
  return starts.map((start, i) => stems.slice(start, starts[i + 1] ?? stems.length));
}

export function buildSearchDocument(s: SearchSource, glossary: Glossary): SearchDocument {
  const lines = amendmentLines(s.amendments);
  const aboutKk = [...s.citationsKk, ...s.notesKk, lines.kk].join('\n');
  const aboutRu = [...s.citationsRu, ...s.notesRu, lines.ru].join('\n');
  const amendedOn = s.amendments.map((a) => dateNumber(a.effectiveFrom));
  const kk = analyzeParagraphs(s.kkText, analyzeKeyboardFolded);
  const ru = analyzeParagraphs(s.ruText, (paragraph) => analyze(paragraph, 'ru'));
  const kkFolded = kk.stems;
  return {
    id: documentId(s.clauseId),
    clauseId: s.clauseId,
    actId: s.actId,
    eId: s.eId,
    number: s.number,
    kk_text: s.kkText,
    ru_text: s.ruText,
    ru_official: s.ruOfficial,
    kk_folded: kkFolded.join(' '),
    ru_stems: ru.stems.join(' '),
    concepts: conceptsIn(glossary, kkFolded, ru.stems).map(conceptToken),
    about_kk_folded: analyzeKeyboardFolded(aboutKk).join(' '),
    about_ru_stems: analyze(aboutRu, 'ru').join(' '),
    existsFrom: dateNumber(s.existsFrom),
    existsTo: s.repealedOn ? dateNumber(s.repealedOn) : NEVER,
    claimTypes: s.claimTypes,
    amendedBy: [...new Set(s.amendments.map((a) => a.by))].sort(),
    amendedOn: [...new Set(amendedOn)].sort((a, b) => a - b),
    amendments: [...new Set(s.amendments.map((a, i) => amendmentKey(a.by, amendedOn[i])))].sort(),
    references: [...new Set(s.references)].sort(),
    refersTo: [...new Set(s.refersTo)].sort(),
    kk_passages: kk.starts,
    ru_passages: ru.starts,
  };
}

export function indexedDocument(d: SearchDocument, build: string): IndexedDocument {
  // (what a point refers to and where its paragraphs begin are read by the re-rank from PostgreSQL, never searched or
  // filtered on)
  const {
    kk_text: _kk,
    ru_text: _ru,
    ru_official: _official,
    refersTo: _refersTo,
    kk_passages: _kkPassages,
    ru_passages: _ruPassages,
    ...indexed
  } = d;
  return { ...indexed, build };
}
