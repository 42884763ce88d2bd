/**
 * Citation extraction: free text → the clauses and outside norms it cites, with exact spans.
 *
 * Find, then resolve (as eyecite does): finders read act mentions (act-elements, act-mentions, outside-acts)
 * and clause designator chains (designators) from a folded copy of the text; each act mention is resolved
 * against the catalog (resolve-act); each chain is attached to the act mention right before or after it and
 * turned into clause targets (clause-targets). An act mention with no chain cites the act itself.
 */
import { findActElements } from './act-elements';
import { buildActMentions, clusterElements } from './act-mentions';
import { ClauseIndex } from './catalog';
import { catalogTargets, outsideTargets, type ClauseTarget } from './clause-targets';
import { findChains, type Chain } from './designators';
import { findOutsideActs } from './outside-acts';
import { resolveActMentions, type ActTarget, type MentionTargets } from './resolve-act';
import { foldForMatching, union, type Span } from './spans';
import type { CitationCatalog, ExtractionContext, FoundCitation } from './types';

interface LinkedMention extends Span, MentionTargets {}

const indexes = new WeakMap<CitationCatalog, ClauseIndex>();

function indexFor(catalog: CitationCatalog): ClauseIndex {
  let index = indexes.get(catalog);
  if (!index) indexes.set(catalog, (index = new ClauseIndex(catalog)));
  return index;
}

function findMentions(text: string, index: ClauseIndex, context: ExtractionContext): LinkedMention[] {
  const outside = findOutsideActs(text);
  const actMentions = buildActMentions(text, clusterElements(text, findActElements(text, outside)));
  const targets = resolveActMentions(text, actMentions, index, context);
  return [
    ...actMentions.map((m) => ({ start: m.start, end: m.end, ...targets.get(m)! })),
    ...outside.map((o): LinkedMention => ({
      start: o.start,
      end: o.end,
      target: {
        kind: 'outside',
        reference: { targetAct: o.targetAct, ...(o.title !== undefined ? { title: o.title } : {}) },
        needsClause: o.needsClause,
      },
    })),
  ]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    // what a definition in brackets names ("(далее – Правила)") is the act before it, not a second mention
    .filter((m, i, all) => !all.some((o, j) => j < i && o.start <= m.start && m.end <= o.end));
}

/** Between a chain and its act only spaces, commas and brackets: "АК-нің 938-бабы", "пункт 12 НП ВС РК", "(АК-нің 924-бабы)". */
const CONNECTIVE = /^[\s,()]*$/;
const TIGHT = /^\s*$/;
/**
 * A Kazakh act owns the clause after it only in the genitive or uncased ("АК-нің 938-бабы", "НҚ 12-т."): in
 * "… № 2 нормативтік қаулысымен 12-тармақ жаңа редакцияда" the act is the instrument, the point is another's.
 */
const OTHER_KAZAKH_CASE = /\p{L}(?:мен|бен|пен|ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті)$/iu;

/**
 * The act a chain belongs to: the adjacent mention, the one with nothing but spaces between first; when both
 * sides are equally close, Kazakh (the act in the genitive before: "АК-нің 938-бабы") looks back and
 * Russian (the act in the genitive after: "пункт 12 НП ВС РК") looks ahead.
 */
function attach(text: string, chain: Chain, mentions: readonly LinkedMention[]): LinkedMention | undefined {
  let before = mentions.filter((m) => m.end <= chain.start).pop();
  if (before && chain.style === 'kk' && OTHER_KAZAKH_CASE.test(text.slice(before.start, before.end))) before = undefined;
  const after = mentions.find((m) => m.start >= chain.end);
  const options: Array<{ m: LinkedMention; rank: number }> = [];
  const consider = (m: LinkedMention | undefined, gap: string, preferred: boolean) => {
    if (m && CONNECTIVE.test(gap)) options.push({ m, rank: (TIGHT.test(gap) ? 0 : 2) + (preferred ? 0 : 1) });
  };
  consider(before, before ? text.slice(before.end, chain.start) : '', chain.style === 'kk');
  consider(after, after ? text.slice(chain.end, after.start) : '', chain.style === 'ru');
  return options.sort((a, b) => a.rank - b.rank)[0]?.m;
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

function chainTargets(chain: Chain, target: ActTarget, index: ClauseIndex): ClauseTarget[] {
  if (target.kind === 'none') return [];
  return chain.groups.flatMap((g) =>
    target.kind === 'catalog' ? catalogTargets(g, target, index) : outsideTargets(g, target),
  );
}

function bareTarget(text: string, m: LinkedMention, index: ClauseIndex): ClauseTarget | undefined {
  const { target } = m;
  const { start, end } = balanceBrackets(text, m);
  if (target.kind === 'catalog') {
    const clause = target.attachment === undefined ? undefined : index.attachment(target.actId, target.attachment);
    return { start, end, actId: target.actId, ...(clause ? { clauseId: clause.id } : {}) };
  }
  if (target.kind === 'outside' && !target.needsClause) return { start, end, reference: target.reference };
  return undefined;
}

export function extractCitations(
  text: string,
  catalog: CitationCatalog,
  context: ExtractionContext = {},
): FoundCitation[] {
  const folded = foldForMatching(text);
  const index = indexFor(catalog);
  const mentions = findMentions(folded, index, context);
  const attached = new Set<LinkedMention>();
  const found: ClauseTarget[] = [];

  for (const chain of findChains(folded, mentions)) {
    const mention = attach(folded, chain, mentions);
    if (!mention) continue;
    attached.add(mention);
    const target = chain.end <= mention.start && mention.targetBefore ? mention.targetBefore : mention.target;
    const targets = chainTargets(chain, target, index);
    // one thing cited: the whole citation, clause words and act name together, is its span
    if (targets.length === 1) Object.assign(targets[0], balanceBrackets(folded, union(chain, mention)));
    found.push(...targets);
  }
  for (const m of mentions) {
    const bare = attached.has(m) ? undefined : bareTarget(folded, m, index);
    if (bare) found.push(bare);
  }

  const seen = new Set<string>();
  return found
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
}
