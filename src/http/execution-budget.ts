/**
 * What one request's execution may use once it runs: how large an answer it may build, and how long it may hold
 * the event loop before other requests (and /healthz) get a turn. The cost limit refuses what is expensive by
 * its shape; this catches what is large by its data (long texts, many of them), and keeps a large answer from
 * starving everybody else while it is built.
 *
 * Every field of the schema is wrapped once (`guardExecution`): the wrapper counts the characters of the values
 * it returns and, after a few milliseconds of work, lets one turn of the event loop pass before the next field.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { LimitExceededError } from '../errors';

/** Work between two turns of the event loop, at most (checked every few fields). */
const SLICE_MS = 8;
const CHECK_EVERY = 32;

export class ExecutionBudget {
  /** Characters of the answer so far: names, punctuation and values, about as JSON spells them. */
  chars = 0;
  /** Set once the answer is over the limit: every field from then on fails at once, and the answer is refused. */
  exceeded: LimitExceededError | null = null;
  private fields = 0;
  private sliceStart = performance.now();

  constructor(readonly maxChars: number) {}

  /** Before a field: throws once over the limit; true when the field should wait for the next turn. */
  enter(): boolean {
    if (this.exceeded) throw this.exceeded;
    if (++this.fields % CHECK_EVERY !== 0) return false;
    return performance.now() - this.sliceStart > SLICE_MS;
  }

  /** A new slice of work starts (after a pause). */
  resumed(): void {
    this.sliceStart = performance.now();
  }

  /** Counts what a field returned. */
  count(name: string, value: unknown): void {
    this.chars += name.length + 4 + sizeOf(value);
    if (this.chars > this.maxChars && !this.exceeded) {
      this.exceeded = new LimitExceededError(
        `the answer would hold more than ${this.maxChars} characters; the limit is ${this.maxChars}: ask for fewer fields, items or languages at a time`,
        'answerSize',
        this.maxChars,
        `over ${this.maxChars}`,
      );
    }
  }
}

/** About how many characters a value adds to the JSON answer; objects count by their own fields, counted when they resolve. */
function sizeOf(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
      return 8;
    case 'boolean':
      return 5;
    case 'object':
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let n = 2;
        for (const item of value) n += typeof item === 'object' && item !== null ? 3 : sizeOf(item) + 1;
        return n;
      }
      return 2;
    default:
      return 4;
  }
}

const guarded = new WeakSet<object>();

/**
 * Wraps every field of the schema's object types (not introspection's, which the cost limit bounds) so that it
 * reports to the request's budget; a request without a budget (a test calling the schema directly) runs as
 * before.
 */
export function guardExecution(schema: GraphQLSchema, budgetOf: (context: unknown) => ExecutionBudget | undefined): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (guarded.has(field)) continue;
      guarded.add(field);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const name = field.name;
      field.resolve = (source, args, context, info) => {
        const budget = budgetOf(context);
        if (!budget) return resolve(source, args, context, info);
        const settle = (value: unknown): unknown => {
          if (value instanceof Promise) return value.then((v) => (budget.count(name, v), v));
          budget.count(name, value);
          return value;
        };
        if (!budget.enter()) return settle(resolve(source, args, context, info));
        return nextTurn().then(() => {
          budget.resumed();
          if (budget.exceeded) throw budget.exceeded;
          return settle(resolve(source, args, context, info));
        });
      };
    }
  }
}
