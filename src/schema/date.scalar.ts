import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
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

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'An ISO calendar date, "2024-11-28". As an `asOf` argument: the law as it stood at the end of that day.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('expected a date as a string "YYYY-MM-DD"', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseIsoDate(ast.value);
  },
});
