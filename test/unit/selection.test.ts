import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectsAnyOf } from '../../src/resolvers/selection';

/** The resolve info of the first root field of a document: its field nodes and the document's fragments. */
function infoOf(document: string) {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsAnyOf', () => {
  it.each<[string, string, boolean]>([
    ['asked directly', '{ search(query: "x") { totalCount } }', true],
    ['page info asked', '{ search(query: "x") { pageInfo { hasNextPage } } }', true],
    ['not asked', '{ search(query: "x") { edges { node { score } } } }', false],
    ['asked deeper only (another object)', '{ search(query: "x") { edges { node { clause { totalCount: id } } } } }', false],
    ['an alias of the field counts as the field', '{ search(query: "x") { n: totalCount } }', true],
    ['through an inline fragment', '{ search(query: "x") { ... on SearchConnection { totalCount } } }', true],
    ['through a fragment', 'query { search(query: "x") { ...F } } fragment F on SearchConnection { totalCount }', true],
    [
      'through a fragment of a fragment',
      'query { search(query: "x") { ...F } } fragment F on SearchConnection { ...G } fragment G on SearchConnection { pageInfo { endCursor } }',
      true,
    ],
    ['a fragment without it', 'query { search(query: "x") { ...F } } fragment F on SearchConnection { edges { cursor } }', false],
    ['a fragment spread twice', 'query { search(query: "x") { ...F ...F } } fragment F on SearchConnection { edges { cursor } }', false],
  ])('%s', (_name, document, expected) => {
    expect(selectsAnyOf(infoOf(document), ['totalCount', 'pageInfo'])).toBe(expected);
  });
});
