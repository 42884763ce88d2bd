import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { RESOLVERS } from '../resolvers';
import { authChecker } from '../resolvers/auth-checker';
import { DateScalar } from './date.scalar';

export async function buildZangraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    scalarsMap: [],
    validate: false,
    orphanedTypes: [],
    emitSchemaFile: false,
  }).then((s) => {
    void DateScalar;
    return s;
  });
}
