/**
 * Limits on what one GraphQL request may ask for, checked before anything is resolved: nesting depth, aliases,
 * and cost (every field costs 1, and a list multiplies what is under it by its page size). Each refusal names
 * the limit and the value measured, so a client knows what to change.
 */
import {
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { LimitExceededError } from '../errors';
import { LRUCache } from 'lru-cache';
import { located } from '../schema/graphql-errors';
import { MAX_PAGE_SIZE } from '../schema/pagination';
import type { ListSizeSource } from '../services/list-sizes';
import { operationCost as computeCost, type CostModel } from './query-cost';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Items a list is assumed to hold when the server knows no size for it. */
  defaultListSize: number;
  /** graphql-js stops parsing after this many tokens, so a huge document costs little to refuse. */
  maxTokens: number;
  /** Characters of values (strings, numbers) one answer may hold; past it the answer is refused whole. */
  maxAnswerChars: number;
}

/**
 * maxCost: one unit is about 20 µs of the server's CPU on the development machine (bench/worst-request.ts), so
 * the dearest allowed request stays under a second.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 50,
  maxCost: 40_000,
  defaultListSize: 10,
  maxTokens: 5_000,
  maxAnswerChars: 8_000_000,
};

function limitError(message: string, limit: string, max: number, measured: number | string) {
  return new LimitExceededError(message, limit, max, measured);
}

/**
 * How deep each operation nests, as graphql-depth-limit measures it (a field with a selection is one level;
 * introspection fields are not counted). Each fragment is measured once, and a fragment met again while it is
 * being measured (a cycle, which NoFragmentCyclesRule reports) counts nothing, so no document makes this
 * recurse without end or take longer than its size.
 */
export function operationDepths(document: DocumentNode): Map<string, number> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const known = new Map<string, number>();
  const open = new Set<string>();
  const fragmentDepth = (name: string): number => {
    const k = known.get(name);
    if (k !== undefined) return k;
    const fragment = fragments.get(name);
    if (!fragment || open.has(name)) return 0;
    open.add(name);
    const d = depth(fragment.selectionSet);
    open.delete(name);
    known.set(name, d);
    return d;
  };
  const depth = (set: SelectionSetNode): number => {
    let deepest = 0;
    for (const s of set.selections) {
      let d = 0;
      if (s.kind === Kind.FIELD) d = s.selectionSet && !s.name.value.startsWith('__') ? 1 + depth(s.selectionSet) : 0;
      else if (s.kind === Kind.INLINE_FRAGMENT) d = depth(s.selectionSet);
      else d = fragmentDepth(s.name.value);
      if (d > deepest) deepest = d;
    }
    return deepest;
  };
  const out = new Map<string, number>();
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) out.set(d.name?.value ?? '', depth(d.selectionSet));
  return out;
}

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    for (const [name, measured] of operationDepths(context.getDocument())) {
      if (measured > maxDepth) {
        const op = name ? `operation "${name}"` : 'the operation';
        context.reportError(
          located(limitError(`${op} is nested ${measured} levels deep; the limit is ${maxDepth}`, 'depth', maxDepth, measured)),
        );
      }
    }
    return {};
  };
}

/** Aliases let one request repeat an expensive field many times; they are counted over the whole document. */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases++;
      },
      Document: {
        leave() {
          if (aliases > maxAliases)
            context.reportError(
              located(limitError(`the document uses ${aliases} aliases; the limit is ${maxAliases}`, 'aliases', maxAliases, aliases)),
            );
        },
      },
    };
  };
}

/** Costs computed before, per document (graphql-js parses a repeated query text to the same document). */
const costs = new WeakMap<DocumentNode, LRUCache<string, { cost: number | null }>>();

/**
 * What the cost can depend on besides the document: the operation, and the Int (page sizes) and Boolean
 * (@include/@skip) variables. Dates, ids and query strings do not change it, so requests that differ only in
 * those share one computation.
 */
function costKey(document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): string {
  const values: unknown[] = [operationName ?? null];
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION || (operationName && def.name?.value !== operationName)) continue;
    for (const v of def.variableDefinitions ?? []) {
      let type = v.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      if (type.name.value === 'Int' || type.name.value === 'Boolean')
        values.push(v.variable.name.value, variables?.[v.variable.name.value] ?? null);
    }
  }
  return JSON.stringify(values);
}

/** The cost of the operation that will run, or null when the request is malformed in a way execution reports. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: QueryLimits,
  sizes?: ListSizeSource,
): number | null {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new LRUCache({ max: 100 })));
  const key = `${limits.defaultListSize}\u0001${sizes?.generation ?? 0}\u0001${costKey(document, variables, operationName)}`;
  const remembered = known.get(key);
  if (remembered) return remembered.cost;
  const model: CostModel = {
    listSize: sizes?.sizeOf ?? (() => undefined),
    defaultListSize: limits.defaultListSize,
    maxPageSize: MAX_PAGE_SIZE,
    weights: FIELD_WEIGHTS,
  };
  const cost = computeCost(schema, document, variables, operationName, model);
  known.set(key, { cost });
  return cost;
}

/**
 * Fields that do more than look a value up: a wording or citation is worked out for its date, a search ranks
 * candidates, `changes` diffs every clause of an act, the cases of a clause are gathered through its claim types,
 * resolveCitations reads its whole text. Their weight is about what they cost beside a plain field, as
 * bench/worst-request.ts measures it (its first table).
 */
const WORDING = 3;
export const FIELD_WEIGHTS: Readonly<Record<string, number | ((args: Record<string, unknown>) => number)>> = {
  'Act.title': WORDING,
  'Act.requisites': WORDING,
  'Clause.text': WORDING,
  'Clause.paragraphs': WORDING,
  'Clause.versions': WORDING,
  'Clause.notes': WORDING,
  'Clause.noteTexts': WORDING,
  'Clause.citation': WORDING,
  'Clause.citingCases': 25,
  'ClaimType.cases': 25,
  'CaseCitation.wordingAtDecision': WORDING,
  'Query.cases': 25,
  'Query.search': 1_000,
  'Query.changes': 500,
  // about 2–4 ms of extraction per 1,000 characters (bench/citations-dos.ts), whatever the text holds
  'Query.resolveCitations': (args) => 1 + Math.ceil((typeof args.text === 'string' ? args.text.length : 0) / 5),
};

export function costError(cost: number, limits: QueryLimits): LimitExceededError {
  return limitError(
    `the query costs ${cost}; the limit is ${limits.maxCost} (each field costs 1 or its weight; a list multiplies its fields by "first", or by the number of items it can hold)`,
    'cost',
    limits.maxCost,
    cost,
  );
}

/** Batched requests (a JSON array) are not accepted: one operation per request keeps every limit per request. */
export function batchError(size: number): { message: string; extensions: Record<string, unknown> } {
  return {
    message: `batched requests are not accepted: send one operation per request (got ${size})`,
    extensions: { code: 'BAD_REQUEST', limit: 'batch', max: 1, measured: size },
  };
}
