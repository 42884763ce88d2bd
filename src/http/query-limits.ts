/**
 * Limits on what one GraphQL request may ask for, checked before anything is resolved: nesting depth, aliases,
 * and cost (every field costs 1, and a list multiplies what is under it by its page size). Each refusal names
 * the limit and the value measured, so a client knows what to change.
 */
import { GraphQLError, Kind, getNullableType, isListType, type ASTVisitor, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../schema/pagination';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Items a list without a `first` argument is assumed to hold (an act's clauses, a clause's history…). */
  assumedListSize: number;
  /** graphql-js stops parsing after this many tokens, so a huge document costs little to refuse. */
  maxTokens: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 50, maxCost: 100_000, assumedListSize: 10, maxTokens: 5_000 };

/** Beyond this the depth is not measured further (it is already far over any sensible limit). */
const DEPTH_SCAN_CAP = 200;

function limitError(message: string, limit: string, max: number, measured: number | string, node?: unknown) {
  return new GraphQLError(message, { nodes: node as never, extensions: { code: 'BAD_USER_INPUT', limit, max, measured } });
}

/** Depth as graphql-depth-limit measures it (introspection fields excluded), reported with the depth found. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let depths: Record<string, number> = {};
    let overCap = false;
    // The library reports its own, value-less error past the scan cap; that report is turned into ours below.
    const measuring = Object.create(context, { reportError: { value: () => void (overCap = true) } }) as ValidationContext;
    depthLimit(DEPTH_SCAN_CAP, {}, (d) => (depths = d))(measuring);
    for (const [name, depth] of Object.entries(depths)) {
      const measured = overCap || !Number.isFinite(depth) ? `over ${DEPTH_SCAN_CAP}` : depth;
      if (typeof measured === 'string' || measured > maxDepth) {
        const op = name ? `operation "${name}"` : 'the operation';
        context.reportError(limitError(`${op} is nested ${measured} levels deep; the limit is ${maxDepth}`, 'depth', maxDepth, measured));
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
          if (aliases > maxAliases) context.reportError(limitError(`the document uses ${aliases} aliases; the limit is ${maxAliases}`, 'aliases', maxAliases, aliases));
        },
      },
    };
  };
}

/**
 * Cost of one field: 1, plus what it selects times how many items it returns. A field with a `first` argument
 * (a connection) returns that many; its `edges` then count once. Other lists count `assumedListSize` items.
 * Introspection counts 1 whatever it selects: it is answered from the schema, not the database.
 */
export function costEstimator(assumedListSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 1;
    if (typeof args.first === 'number') return 1 + childComplexity * Math.max(1, Math.min(args.first, MAX_PAGE_SIZE));
    const returnsList = isListType(getNullableType(field.type));
    if (returnsList && field.name === 'edges' && type.name.endsWith('Connection')) return 1 + childComplexity;
    return 1 + childComplexity * (returnsList ? assumedListSize : 1);
  };
}

/** Costs computed before, per document (graphql-js parses a repeated query text to the same document). */
const costs = new WeakMap<DocumentNode, Map<string, number | null>>();

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
      if (type.name.value === 'Int' || type.name.value === 'Boolean') values.push(v.variable.name.value, variables?.[v.variable.name.value] ?? null);
    }
  }
  return JSON.stringify(values);
}

/** The cost of the operation that will run, or null when the request is malformed in a way execution reports. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined, limits: QueryLimits): number | null {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  const key = `${limits.assumedListSize}\u0001${costKey(document, variables, operationName)}`;
  if (known.has(key)) return known.get(key)!;
  let cost: number | null;
  try {
    cost = getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator(limits.assumedListSize)] });
  } catch {
    cost = null; // bad variables, unknown operation: graphql-js reports those with its own messages
  }
  if (known.size >= 100) known.clear();
  known.set(key, cost);
  return cost;
}

export function costError(cost: number, limits: QueryLimits): GraphQLError {
  return new GraphQLError(
    `the query costs ${cost}; the limit is ${limits.maxCost} (each field costs 1; a list multiplies its fields by "first", or by ${limits.assumedListSize} when it has none)`,
    { extensions: { code: 'BAD_USER_INPUT', limit: 'cost', max: limits.maxCost, measured: cost, http: { status: 400 } } },
  );
}

/** Batched requests (a JSON array) are not accepted: one operation per request keeps every limit per request. */
export function batchError(size: number): { message: string; extensions: Record<string, unknown> } {
  return { message: `batched requests are not accepted: send one operation per request (got ${size})`, extensions: { code: 'BAD_REQUEST', limit: 'batch', max: 1, measured: size } };
}
