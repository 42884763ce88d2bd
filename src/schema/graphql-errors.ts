/**
 * A client error as graphql-js wants it where it accepts nothing but a GraphQLError (a scalar's parsing, a
 * validation rule): the same message and extensions, located at the nodes given. Resolvers throw the errors of
 * src/errors.ts as they are.
 */
import { GraphQLError, type ASTNode } from 'graphql';
import type { ClientError } from '../errors';

export function located(error: ClientError, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(error.message, { nodes, extensions: error.extensions });
}
