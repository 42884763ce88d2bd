import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isCalendarDate } from '../domain/calendar-date';
import { UserInputError } from '../errors';
import { located } from './graphql-errors';

/** A real calendar date, "YYYY-MM-DD". Anything else is a validation error that says what is expected. */
export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw located(new UserInputError(`expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`));
  }
  if (!isCalendarDate(value)) {
    throw located(new UserInputError(`"${value}" is not a calendar date`));
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
    if (ast.kind !== Kind.STRING) throw new UserInputError('expected a date as a string "YYYY-MM-DD"');
    return parseIsoDate(ast.value);
  } catch (e) {
    const name = literalName(ast);
    const value = ast.kind === Kind.STRING ? ` ${JSON.stringify(ast.value)}` : '';
    const message = name ? `"${name}" has an invalid value${value}: ${(e as Error).message}` : (e as Error).message;
    throw located(new UserInputError(message, name ? { argumentName: name } : {}), ast);
  }
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'An ISO calendar date, "2024-11-28". As an `asOf` argument: the law as it stood at the end of that day.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseIsoDate,
  parseLiteral: parseDateLiteral,
});
