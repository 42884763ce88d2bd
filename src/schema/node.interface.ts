import { Field, ID, InterfaceType } from 'type-graphql';
import { ActEntity, AmendingActEntity, AmendmentEntity, CaseEntity, ClaimTypeEntity, ClauseEntity } from '../entities';

/** The GraphQL type of each record a node is served from. */
const TYPE_OF: ReadonlyArray<[abstract new (...args: never[]) => object, string]> = [
  [ActEntity, 'Act'],
  [AmendingActEntity, 'AmendingAct'],
  [ClauseEntity, 'Clause'],
  [AmendmentEntity, 'Amendment'],
  [ClaimTypeEntity, 'ClaimType'],
  [CaseEntity, 'Case'],
];

@InterfaceType('Node', {
  resolveType: (value: object) => TYPE_OF.find(([entity]) => value instanceof entity)?.[1],
})
export abstract class Node {
  @Field(() => ID) id: string;
}
