/**
 * Citation extraction: free text → the clauses and outside norms it cites, with exact spans.
 *
 * Find, then resolve (as eyecite does): finders read act mentions (act-elements, act-mentions, outside-acts)
 * and clause designator chains (designators) from a folded copy of the text; each act mention is resolved
 * against the catalog (resolve-act); each chain is attached to the act mention right before or after it and
 * turned into clause targets (clause-targets). An act mention with no chain cites the act itself.
 */
import { findActElements } from './act-elements';
import { buildActMentions, clusterElements, type ActMention } from './act-mentions';
import { ClauseIndex } from './catalog';
import { catalogTargets, outsideTargets, type ClauseTarget } from './clause-targets';
import { findChains, type Chain } from './designators';
import { findOutsideActs, type OutsideActMention } from './outside-acts';
import { resolveActMentions, type ActTarget, type MentionTargets } from './resolve-act';
import { SortedSpans, foldForMatching, holdsOnly, union, type Span } from './spans';
import type { CitationCatalog, ExtractionContext, FoundCitation } from './types';
import { tally } from './work-meter';

interface LinkedMention extends Span, MentionTargets {}

const indexes = new WeakMap<CitationCatalog, ClauseIndex>();

function indexFor(catalog: CitationCatalog): ClauseIndex {
  let index = indexes.get(catalog);
  if (!index) indexes.set(catalog, (index = new ClauseIndex(catalog)));
  return index;
}

/** A norm named outside the catalog's acts, unless the name is that of an act kind the catalog holds an act of (a code). */
function outsideTarget(o: OutsideActMention, index: ClauseIndex): ActTarget {
  const act = o.kind === undefined ? undefined : index.onlyActOfKind(o.kind);
  if (act) return { kind: 'catalog', actId: act.id, alsoReference: { targetAct: o.targetAct } };
  return {
    kind: 'outside',
    reference: { targetAct: o.targetAct, ...(o.title !== undefined ? { title: o.title } : {}) },
    needsClause: o.needsClause,
  };
}

/** Act mentions and outside norms together, in text order, each with what it points to. */
function linkMentions(
  text: string,
  actMentions: readonly ActMention[],
  outside: readonly OutsideActMention[],
  index: ClauseIndex,
  context: ExtractionContext,
): LinkedMention[] {
  const targets = resolveActMentions(text, actMentions, index, context);
  return (
    [
      ...actMentions.map((m) => ({ start: m.start, end: m.end, ...targets.get(m)! })),
      ...outside.map((o): LinkedMention => ({ start: o.start, end: o.end, target: outsideTarget(o, index) })),
    ]
      .sort((a, b) => a.start - b.start || b.end - a.end)
      // what a definition in brackets names ("(далее – Правила)") is the act before it, not a second mention; in
      // start order a mention lies inside an earlier one exactly when an earlier one reaches as far as it does
      .filter(
        ((reach) => (m: LinkedMention) => {
          const inside = m.end <= reach;
          reach = Math.max(reach, m.end);
          return !inside;
        })(-1),
      )
  );
}

/** Between a chain and its act only spaces, commas and brackets: "АК-нің 938-бабы", "пункт 12 НП ВС РК", "(АК-нің 924-бабы)". */
const CONNECTIVE = /[\s,()]*/y;
const TIGHT = /\s*/y;
/**
 * A Kazakh act owns the clause after it only in the genitive or uncased ("АК-нің 938-бабы", "НҚ 12-т."): in
 * "… № 2 нормативтік қаулысымен 12-тармақ жаңа редакцияда" the act is the instrument, the point is another's.
 */
const OTHER_KAZAKH_CASE = /\p{L}(?:мен|бен|пен|ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті)$/iu;
/** The longest ending above with its letter: only that much of a mention's end is looked at. */
const CASE_ENDING_SPAN = 5; // an astral letter is two code units

/**
 * The act a chain belongs to: the adjacent mention, the one with nothing but spaces between first; when both
 * sides are equally close, Kazakh (the act in the genitive before: "АК-нің 938-бабы") looks back and
 * Russian (the act in the genitive after: "пункт 12 НП ВС РК") looks ahead.
 */
function attach(text: string, chain: Chain, mentions: MentionIndex): LinkedMention | undefined {
  let before = mentions.lastEndingBy(chain.start);
  if (
    before &&
    chain.style === 'kk' &&
    OTHER_KAZAKH_CASE.test(text.slice(Math.max(before.start, before.end - CASE_ENDING_SPAN), before.end))
  )
    before = undefined;
  const after = mentions.spans.firstFrom(chain.end);
  const options: Array<{ m: LinkedMention; rank: number }> = [];
  const consider = (m: LinkedMention | undefined, from: number, to: number, preferred: boolean) => {
    if (m && holdsOnly(CONNECTIVE, text, from, to))
      options.push({ m, rank: (holdsOnly(TIGHT, text, from, to) ? 0 : 2) + (preferred ? 0 : 1) });
  };
  if (before) consider(before, before.end, chain.start, chain.style === 'kk');
  if (after) consider(after, chain.end, after.start, chain.style === 'ru');
  return options.sort((a, b) => a.rank - b.rank)[0]?.m;
}

/**
 * The mentions in text order, asked for each chain (in text order too) which one comes right before it and
 * which right after: the chains are walked once beside the mentions, not each against all of them.
 */
class MentionIndex {
  readonly spans: SortedSpans<LinkedMention>;
  /** Mentions by end; those ending by the current chain's start have been passed. */
  private readonly byEnd: Array<{ m: LinkedMention; order: number }>;
  private passed = 0;
  private latest: { m: LinkedMention; order: number } | undefined;
  private lastAsked = -Infinity;

  constructor(mentions: readonly LinkedMention[]) {
    this.spans = new SortedSpans(mentions);
    this.byEnd = mentions.map((m, order) => ({ m, order })).sort((a, b) => a.m.end - b.m.end);
  }

  /** Of the mentions that end by `position`, the last in text order. Positions must be asked in rising order. */
  lastEndingBy(position: number): LinkedMention | undefined {
    if (position < this.lastAsked) throw new RangeError('lastEndingBy: positions must rise');
    this.lastAsked = position;
    while (this.passed < this.byEnd.length && this.byEnd[this.passed].m.end <= position) {
      const e = this.byEnd[this.passed++];
      if (!this.latest || e.order > this.latest.order) this.latest = e;
      tally(1);
    }
    return this.latest?.m;
  }
}

/**
 * "22-тармақ (ЖС 09.07.1999 № 9 НҚ)": a span that leaves a bracket open takes its closing bracket too. A ")"
 * with nothing open is a sub-point mark ("1)"), not a bracket.
 */
function balanceBrackets(text: string, span: Span): Span {
  let open = 0;
  for (let i = span.start; i < span.end; i++) {
    if (text[i] === '(') open++;
    else if (text[i] === ')' && open > 0) open--;
  }
  return open > 0 && text[span.end] === ')' ? { start: span.start, end: span.end + 1 } : span;
}

/** The chain's targets; past `limit` of them the rest are not made (the extraction stops there). */
function chainTargets(chain: Chain, target: ActTarget, index: ClauseIndex, limit: number): ClauseTarget[] {
  if (target.kind === 'none') return [];
  const out: ClauseTarget[] = [];
  for (const g of chain.groups) {
    if (out.length > limit) break;
    for (const t of target.kind === 'catalog' ? catalogTargets(g, target, index, limit - out.length) : outsideTargets(g, target))
      out.push(t);
  }
  return out;
}

function bareTarget(text: string, m: LinkedMention, index: ClauseIndex): ClauseTarget | undefined {
  const { target } = m;
  const { start, end } = balanceBrackets(text, m);
  if (target.kind === 'catalog') {
    const clause = target.attachment === undefined ? undefined : index.attachment(target.actId, target.attachment);
    return {
      start,
      end,
      actId: target.actId,
      ...(clause ? { clauseId: clause.id } : {}),
      ...(target.alsoReference ? { reference: { ...target.alsoReference } } : {}),
    };
  }
  if (target.kind === 'outside' && !target.needsClause) return { start, end, reference: target.reference };
  return undefined;
}

export interface ExtractionLimits {
  /** Stop once this many citations are found (before duplicates are dropped): the answer is then incomplete. */
  maxCitations?: number;
}

export interface Extraction {
  found: FoundCitation[];
  /** false when extraction stopped at `maxCitations`. */
  complete: boolean;
}

/**
 * Extraction in steps: the generator pauses between its passes over the text (each linear in it), so a caller
 * serving other requests can let them run between passes of a long text. Pure: nothing here waits.
 */
export function* extractionSteps(
  text: string,
  catalog: CitationCatalog,
  context: ExtractionContext = {},
  limits: ExtractionLimits = {},
): Generator<void, Extraction, void> {
  const max = limits.maxCitations ?? Infinity;
  const folded = foldForMatching(text);
  const index = indexFor(catalog);
  yield;
  const outside = findOutsideActs(folded);
  yield;
  const elements = findActElements(folded, outside);
  yield;
  const mentions = linkMentions(folded, buildActMentions(folded, clusterElements(folded, elements)), outside, index, context);
  const mentionIndex = new MentionIndex(mentions);
  yield;
  const chains = findChains(folded, mentionIndex.spans);
  yield;
  const attached = new Set<LinkedMention>();
  const found: ClauseTarget[] = [];
  let complete = true;
  for (const chain of chains) {
    const mention = attach(folded, chain, mentionIndex);
    if (!mention) continue;
    attached.add(mention);
    const target = chain.end <= mention.start && mention.targetBefore ? mention.targetBefore : mention.target;
    const targets = chainTargets(chain, target, index, max - found.length);
    // one thing cited: the whole citation, clause words and act name together, is its span
    if (targets.length === 1) Object.assign(targets[0], balanceBrackets(folded, union(chain, mention)));
    for (const t of targets) found.push(t);
    tally(targets.length);
    if (found.length > max) {
      complete = false;
      break;
    }
  }
  for (const m of complete ? mentions : []) {
    const bare = attached.has(m) ? undefined : bareTarget(folded, m, index);
    if (bare) found.push(bare);
    if (found.length > max) {
      complete = false;
      break;
    }
  }
  yield;

  const seen = new Set<string>();
  const citations = found
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((t) => {
      const key = `${t.start}:${t.end}:${t.clauseId ?? ''}:${t.actId ?? ''}:${JSON.stringify(t.reference ?? null)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((t) => ({
      text: text.slice(t.start, t.end),
      start: t.start,
      end: t.end,
      ...(t.actId !== undefined ? { actId: t.actId } : {}),
      ...(t.clauseId !== undefined ? { clauseId: t.clauseId } : {}),
      ...(t.reference !== undefined ? { reference: t.reference } : {}),
    }));
  tally(found.length);
  return { found: citations, complete };
}

/** Runs the steps of an extraction to the end at once. */
export function extractAll(steps: Generator<void, Extraction, void>): Extraction {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export function extractCitations(text: string, catalog: CitationCatalog, context: ExtractionContext = {}): FoundCitation[] {
  return extractAll(extractionSteps(text, catalog, context)).found;
}
