/**
 * What a question cites, read by the citation extractor (src/citations) and turned into search hints: the points
 * it cites ("п. 12 НП ВС № 9" → sc-1999-9/para_12), the outside norms ("ст. 940 ГК" → civil-code:940), the
 * amending acts it names ("постановление № 1154" → the decree that amended the Rules), and point numbers named
 * without an act the extractor can resolve ("пункт 12", "Қағидалардың 8-тармағы"), and the changes of a year it asks
 * about ("изменения 2024 года" → the acts that amended in 2024). Pure: the caller looks up only the acts and amending
 * acts whose numbers the question gives (act numbers come after "№"), and the amending acts of those years.
 */
import {
  SortedSpans,
  buildCatalog,
  extractCitations,
  findChains,
  foldForMatching,
  type ActInventory,
  type CitableClause,
} from '../citations';
import { referenceKey } from './search-document';
import type { SearchHints } from './search-plan';

export interface AmendingActRow {
  id: string;
  kind: string;
  number: string;
  /** ISO date */
  adoptedOn: string;
}

/** The acts the hints may name: the knowledge base's and the amending acts whose numbers the question gives. */
export interface HintCatalog {
  acts: readonly ActInventory[];
  amendingActs: readonly AmendingActRow[];
}

const ACT_NUMBER = /(?:№|\bN|\bNo\.?)\s*(\d+)/giu;
/** The word for a decree or resolution, Kazakh (also keyboard-folded) and Russian, as its forms begin. */
const ACT_WORD = String.raw`қаулы|каулы|постановлени`;
/** A number written right before the word for an act: "1213 қаулы", "9 нормативтік қаулы", "1154 постановлением". */
const NUMBER_BEFORE_ACT = new RegExp(String.raw`(\d+)\s+(?:нормативтік\s+)?(?:${ACT_WORD}|нормативн)`, 'giu');

/**
 * Words for a change of the law: Russian, Kazakh and keyboard-folded Kazakh nouns, passives and "what changed"
 * ("изменения", "внесены", "в редакции", "өзгерістер", "толықтырылды", "не өзгерді"). Not a person's act of changing
 * something ("работодатель изменил условия", "жұмыс беруші өзгертті"): a judge's account of the facts has dates
 * and such verbs, and they do not ask about amendments.
 */
const AMENDMENT_WORD =
  /^(?:изменени|изменен|изменён|изменилось|поправк|внесен|внесён|внесли|дополнен|редакци|исключен|исключён|өзгеріс|озгерис|өзгерді|озгерди|өзгертілд|озгертилд|өзгертілген|озгертилген|өзгертулер|озгертулер|толықтырылд|толыктырылд|толықтырылған|толыктырылган|тасталд|тасталған|тасталган)/u;
const YEAR = /^(?:19[89]\d|20\d\d)$/u;
/** How many words may stand between a word for a change and its year ("что изменилось в пункте 4 Правил в 2023 году"). */
const AMENDMENT_YEAR_DISTANCE = 6;

/**
 * The years a question asks about the changes of ("изменения 2024 года", "2017 жылғы өзгерістер", "что изменилось в
 * 2024 году"): a year (1980–2099, alone or closing a date) within a few words of a word for a change. The changes
 * of those years are the amending acts adopted in them.
 */
export function amendmentYearsIn(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{M}]+|\d+/gu) ?? [];
  const years = new Set<number>();
  words.forEach((w, i) => {
    if (!YEAR.test(w)) return;
    const near = words.slice(Math.max(0, i - AMENDMENT_YEAR_DISTANCE - 1), i + AMENDMENT_YEAR_DISTANCE + 2);
    if (near.some((n) => AMENDMENT_WORD.test(n))) years.add(Number(w));
  });
  return [...years].sort((a, b) => a - b);
}

/**
 * A number written right after the word for an act, or after its issuer: "постановлением 1154", "постановления
 * Правительства 1213", "қаулысы 1154"; not a year ("постановление 2012 года", "2012 жылғы") nor a date.
 */
const NUMBER_AFTER_ACT = new RegExp(
  String.raw`(?:${ACT_WORD})[\p{L}]*(?:\s+(?:правительства|үкіметінің|укиметинин|верховного\s+суда|жоғарғы\s+сотының|жогаргы\s+сотынын))?\s+(\d+)(?!\d|[./-]\d|\s*(?:г(?!\p{L})|год|жыл|ж\.))`,
  'giu',
);

/** Act numbers the question gives; nothing to look up when it gives none. */
export function actNumbersIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(ACT_NUMBER)) out.add(m[1]);
  for (const m of text.matchAll(NUMBER_BEFORE_ACT)) out.add(m[1]);
  for (const m of text.matchAll(NUMBER_AFTER_ACT)) out.add(m[1]);
  return [...out];
}

const REFERENCE_OF_KIND: Readonly<Record<string, string>> = {
  'government-decree': 'GOVERNMENT_DECREE',
  'supreme-court-resolution': 'SUPREME_COURT_NORMATIVE_RESOLUTION',
};

/** A sub-point cited is found as its point: "att_1__para_9__subpara_2" → "att_1__para_9". */
const pointOf = (clauseId: string) => clauseId.replace(/__subpara_[^/]+$/, '');

/**
 * The search documents a cited clause stands for: a point (a sub-point is found as its point), an article's points
 * (an article without points is a document itself); none for an attachment or a chapter, too wide to be a hint.
 */
function searchedUnitsOf(clause: CitableClause, clauses: readonly CitableClause[]): string[] {
  if (clause.kind === 'ATTACHMENT' || clause.kind === 'CHAPTER') return [];
  if (clause.kind !== 'ARTICLE') return [pointOf(clause.id)];
  const points = clauses.filter((x) => x.kind === 'POINT' && x.id.startsWith(`${clause.id}__`));
  return points.length > 0 ? points.map((x) => x.id) : [clause.id];
}

/** `years`: the years whose changes it asks about, when read from another form of the text (its transliteration). */
export function queryHints(text: string, catalog: HintCatalog, years: readonly number[] = amendmentYearsIn(text)): SearchHints {
  const citable = buildCatalog(catalog.acts);
  const found = extractCitations(text, citable);
  const clauseIds = new Set<string>();
  const references = new Set<string>();
  const amendingActs = new Set<string>();
  for (const c of found) {
    const r = c.reference;
    if (c.clauseId) {
      const clause = citable.clauses.find((x) => x.id === c.clauseId);
      if (clause) for (const id of searchedUnitsOf(clause, citable.clauses)) clauseIds.add(id);
      // a norm of a code the base holds is still what the acts cite as an outside norm: the points citing it are hints too
      const key = r ? referenceKey(r.targetAct, r.article, r.chapter) : null;
      if (key) references.add(key);
      continue;
    }
    if (!r) continue;
    const key = referenceKey(r.targetAct, r.article, r.chapter);
    if (key && !REFERENCE_OF_KIND[r.targetAct]) references.add(key);
    const kind = REFERENCE_OF_KIND[r.targetAct];
    if (kind && r.number) {
      for (const a of catalog.amendingActs) {
        if (a.kind === kind && a.number === r.number && (!r.adoptedOn || a.adoptedOn.startsWith(r.adoptedOn))) amendingActs.add(a.id);
      }
    }
  }
  // point numbers outside what the extractor read: it needs an act it can identify, a question often names only
  // the point ("пункт 12") or the act loosely ("№ 9 нормативтік қаулының 21-1-тармағы"); a point of another act
  // it did read (a Soviet resolution, a code) is not a hint
  const numbers = new Set<string>();
  const folded = foldForMatching(text);
  for (const chain of findChains(folded, new SortedSpans([...found].sort((a, b) => a.start - b.start)))) {
    for (const group of chain.groups) {
      for (const d of group.designators) if (d.level === 'POINT') for (const v of d.values) if (!v.to) numbers.add(v.value);
    }
  }
  // an act number the question gives that is an amending act's ("1154 қаулысы қандай өзгерістер енгізді"): the
  // question is about what that act changed, whether or not the extractor could identify it
  const named = new Set(actNumbersIn(text));
  for (const a of catalog.amendingActs) if (named.has(a.number)) amendingActs.add(a.id);
  // the changes of a year it asks about ("изменения 2024 года"): the amending acts adopted that year, unless it names
  // the act ("2023 жылғы 20 желтоқсандағы № 1154 қаулымен өзгертілген": not the other act of 2023)
  if (amendingActs.size === 0)
    for (const a of catalog.amendingActs) if (years.includes(Number(a.adoptedOn.slice(0, 4)))) amendingActs.add(a.id);
  const numberActs = catalog.acts.filter((a) => named.has(a.number)).map((a) => a.id);
  return { clauseIds: [...clauseIds], references: [...references], amendingActs: [...amendingActs], numbers: [...numbers], numberActs };
}
