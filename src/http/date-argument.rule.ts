/**
 * A validation rule that names the argument when a literal date is malformed:
 * `Argument "asOf" has an invalid value "2020-13-45": "2020-13-45" is not a calendar date`.
 * (The generic rule of graphql-js reports the value but not where it was given.)
 */
import { GraphQLError, getNamedType, Kind, type ASTVisitor, type GraphQLType, type ValidationContext } from 'graphql';
import { parseIsoDate } from '../schema/date.scalar';

export function DateArgumentRule(context: ValidationContext): ASTVisitor {
  const check = (kind: 'Argument' | 'Input field', name: string, type: GraphQLType | null | undefined, node: { value: { kind: string; value?: unknown } } & object) => {
    if (!type || getNamedType(type).name !== 'Date' || node.value.kind !== Kind.STRING) return;
    try {
      parseIsoDate(node.value.value);
    } catch (e) {
      context.reportError(
        new GraphQLError(`${kind} "${name}" has an invalid value ${JSON.stringify(node.value.value)}: ${(e as Error).message}`, {
          nodes: [node as never],
          extensions: { code: 'BAD_USER_INPUT', argumentName: name },
        }),
      );
    }
  };
  return {
    Argument(node) {
      check('Argument', node.name.value, context.getArgument()?.type, node as never);
    },
    ObjectField(node) {
      check('Input field', node.name.value, context.getInputType(), node as never);
    },
  };
}
