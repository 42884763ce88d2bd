/**
 * What an act mention points to: an act of the catalog (and which of its attachments), a norm outside it, or
 * nothing that can be told. An act is identified by its number with its date, or by its number with its
 * issuer; a look-alike (same kind, another number or date) is a reference, never a catalog act.
 * "осы"/"настоящий" resolve only through the context (the text is inside that act); "указанный"/"аталған"
 * resolve to the last act of the same kind named before.
 */
import type { ActMention, ActCluster } from './act-mentions';
import { ClauseIndex } from './catalog';
import { dateMatches } from './date-mentions';
import { shortNameKey } from './spans';
import { actKind, type ActKind } from '../domain/act-kinds';
import type { ExtractionContext, OutsideReference } from './types';

export type ActTarget =
  | {
      kind: 'catalog';
      actId: string;
      attachment?: number;
      /** the Rules of an act whose attachment is not in the catalog */
      actOnly?: boolean;
      /**
       * An act its name identifies (a code) is also the norm the references name ("civil-code"): what it cites is
       * given as that reference too, so readers of references find it as before, and articles the catalog lacks
       * stay references.
       */
      alsoReference?: OutsideReference;
    }
  | { kind: 'outside'; reference: OutsideReference; needsClause: boolean }
  | { kind: 'none' };

const NONE: ActTarget = { kind: 'none' };

/** The kind a mention names: by its type word first ("нормативного постановления"), else by its issuer; ANY when neither tells. */
type Category = ActKind | 'ANY';

function categoryOf(c: ActCluster): Category {
  if (c.type !== undefined && c.type !== 'RESOLUTION') return c.type;
  if (c.issuer !== undefined && c.issuer !== 'OTHER') return c.issuer;
  return 'ANY';
}

/** What a look-alike of the kind (same kind, another number or date) is referred to as. */
function lookalikeOf(kind: ActKind): string {
  const identity = actKind(kind).identity;
  return identity.by === 'ISSUER_DATE_NUMBER' ? identity.lookalike : identity.outsideTarget;
}

function identified(c: ActCluster, index: ClauseIndex): ActTarget {
  if (c.number === undefined) return NONE;
  const category = categoryOf(c);
  if (c.foreign || c.issuer === 'OTHER') {
    return { kind: 'outside', reference: withIdentity({ targetAct: 'other-act' }, c), needsClause: false };
  }
  // a number alone, or a number with a bare "нормативное постановление", does not say whose act it is
  if (c.date === undefined && c.issuer === undefined) return NONE;
  const kind = category === 'ANY' ? undefined : category;
  const candidates = index
    .actsNumbered(c.number)
    .filter((a) => (kind === undefined || a.kind === kind) && (c.date === undefined || dateMatches(c.date, a.adoptedOn)));
  if (candidates.length === 1) return { kind: 'catalog', actId: candidates[0].id };
  if (candidates.length > 1 || category === 'ANY') return NONE;
  return { kind: 'outside', reference: withIdentity({ targetAct: lookalikeOf(category) }, c), needsClause: false };
}

function withIdentity(reference: OutsideReference, c: ActCluster): OutsideReference {
  return { ...reference, number: c.number, ...(c.date !== undefined ? { adoptedOn: c.date } : {}) };
}

function selfAct(c: ActCluster, index: ClauseIndex, context: ExtractionContext): ActTarget {
  const act = context.selfActId === undefined ? undefined : index.act(context.selfActId);
  if (!act) return NONE;
  const category = categoryOf(c);
  // "this act" while its own text is read has no kind: it is whatever it calls itself
  if (category !== 'ANY' && act.kind !== null && category !== act.kind) return NONE;
  return { kind: 'catalog', actId: act.id };
}

function rulesOf(decree: ActTarget, index: ClauseIndex, attachment = 1): ActTarget {
  if (decree.kind === 'catalog') {
    const act = index.act(decree.actId)!;
    return act.attachments >= attachment
      ? { kind: 'catalog', actId: act.id, attachment }
      : { kind: 'catalog', actId: act.id, actOnly: true };
  }
  if (decree.kind === 'outside') return { ...decree, reference: { ...decree.reference, attachment } };
  return NONE;
}

/** The act a definition gave this short name to; a later definition of the same name replaces an earlier one. */
function definedAs(name: string, aliases: ReadonlyMap<string, ActTarget>): ActTarget | undefined {
  const key = shortNameKey(name);
  return key === '' ? undefined : aliases.get(key);
}

export interface MentionTargets {
  target: ActTarget;
  /** For "постановлением … № 1213 утверждены Правила": what a clause written before the mention cites (the decree). */
  targetBefore?: ActTarget;
}

/**
 * Resolves every mention in text order, so that "указанного постановления" can look back, and so that a
 * short name given by a definition ("(далее – Нормативное постановление)") means that act afterwards.
 */
export function resolveActMentions(
  text: string,
  mentions: readonly ActMention[],
  index: ClauseIndex,
  context: ExtractionContext,
): Map<ActMention, MentionTargets> {
  const aliases = new Map<string, ActTarget>();
  const recent: Partial<Record<Category | 'RULES', ActTarget>> = {};
  const remember = (c: ActCluster, target: ActTarget) => {
    if (target.kind === 'none') return;
    recent[categoryOf(c)] = target;
    recent.ANY = target;
  };
  const targets = new Map<ActMention, MentionTargets>();
  for (const mention of mentions) {
    const c = mention.cluster;
    const shortName =
      c.date === undefined && c.determiner === undefined && !mention.approvedBy
        ? definedAs(text.slice(c.start, c.end), aliases)
        : undefined;
    let target: ActTarget;
    let targetBefore: ActTarget | undefined;
    if (shortName) target = shortName;
    else if (c.rules) {
      if (mention.approvedBy) {
        const decree = identified(mention.approvedBy, index);
        remember(mention.approvedBy, decree);
        target = rulesOf(decree, index);
        if (mention.approvedBy.start === mention.start) targetBefore = decree;
      } else if (c.determiner === 'SELF') {
        target = rulesOf(selfAct(c, index, context), index, context.inAttachment ?? 1);
      } else if (c.determiner === 'ANAPHOR') {
        target = recent.RULES ?? NONE;
      } else target = NONE;
      if (target.kind !== 'none') recent.RULES = target;
    } else {
      if (c.number === undefined && c.date === undefined && c.determiner === 'SELF') target = selfAct(c, index, context);
      else if (c.number === undefined && c.date === undefined && c.determiner === 'ANAPHOR') target = recent[categoryOf(c)] ?? NONE;
      else target = identified(c, index);
      remember(c, target);
    }
    targets.set(mention, targetBefore ? { target, targetBefore } : { target });
    // the definition follows the last part of the mention: the Rules, or the decree that approved them
    const alias = mention.approvedBy && mention.approvedBy.start > c.start ? mention.approvedBy.alias : c.alias;
    if (alias !== undefined && target.kind !== 'none' && shortNameKey(alias) !== '') aliases.set(shortNameKey(alias), target);
  }
  return targets;
}
