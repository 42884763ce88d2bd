import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isCalendarDate } from '../domain/calendar-date';

/** A real calendar date, "YYYY-MM-DD". Anything else is a validation error that says what is expected. */
export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new GraphQLError(`expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (!isCalendarDate(value)) {
    throw new GraphQLError(`"${value}" is not a calendar date`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/**
 * The name a literal is given to in the query (`asOf: "2020-13-45"` → "asOf"), read from the tokens before it;
 * null when the document carries no token locations.
 */
export function literalName(ast: ValueNode): string | null {
  const colon = ast.loc?.startToken.prev;
  return colon?.kind === ':' && colon.prev?.kind === 'Name' ? String(colon.prev.value) : null;
}

/**
 * A malformed literal is reported once, by graphql-js's own validation (ValuesOfCorrectTypeRule reports the
 * error the scalar throws), with its location and the name of the argument or input field it was given to.
 */
function parseDateLiteral(ast: ValueNode): string {
  try {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('expected a date as a string "YYYY-MM-DD"');
    return parseIsoDate(ast.value);
  } catch (e) {
    const name = literalName(ast);
    const value = ast.kind === Kind.STRING ? ` ${JSON.stringify(ast.value)}` : '';
    const message = name ? `"${name}" has an invalid value${value}: ${(e as Error).message}` : (e as Error).message;
    throw new GraphQLError(message, { nodes: ast, extensions: { code: 'BAD_USER_INPUT', ...(name ? { argumentName: name } : {}) } });
  }
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'An ISO calendar date, "2024-11-28". As an `asOf` argument: the law as it stood at the end of that day.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseIsoDate,
  parseLiteral: parseDateLiteral,
});
