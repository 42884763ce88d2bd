import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from './node.interface';

export enum GoverningRoleEnum {
  BASIS = 'BASIS',
  AMOUNT = 'AMOUNT',
  DEFENCE = 'DEFENCE',
  LIMITATION = 'LIMITATION',
  PROCEDURE = 'PROCEDURE',
  EVIDENCE = 'EVIDENCE',
}
registerEnumType(GoverningRoleEnum, {
  name: 'GoverningRole',
  valuesConfig: {
    BASIS: { description: 'the substantive ground of the claim' },
    AMOUNT: { description: 'what and how much is compensated' },
    DEFENCE: { description: 'exclusions, reductions, grounds to refuse' },
    LIMITATION: { description: 'time limits and periods' },
    PROCEDURE: { description: 'how the claim is filed, decided, paid' },
    EVIDENCE: { description: 'documents and proof required' },
  },
});

@ObjectType('ClaimType', { implements: Node, description: "A kind of claim. Names, descriptions and rationales are the project's own unofficial wording." })
export class ClaimType implements Node {
  readonly __typename = 'ClaimType';
  @Field(() => ID, { description: 'the code itself' }) id: string;
  @Field({ description: 'e.g. "FUNERAL_EXPENSES"' }) code: string;
  nameKk: string;
  nameRu: string;
  descriptionKk: string | null;
  descriptionRu: string | null;
}

@ObjectType('GoverningClause')
export class GoverningClause {
  @Field(() => GoverningRoleEnum) role: GoverningRoleEnum;
  clauseId: string;
  rationaleKk: string;
  rationaleRu: string;
}
