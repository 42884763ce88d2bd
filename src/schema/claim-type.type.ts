import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ProvisionStatusEnum } from './enums';
import { Node } from './node.interface';

export enum GoverningRoleEnum {
  BASIS = 'BASIS',
  AMOUNT = 'AMOUNT',
  DEFENCE = 'DEFENCE',
  BARS_DEFENCE = 'BARS_DEFENCE',
  LIMITATION = 'LIMITATION',
  PROCEDURE = 'PROCEDURE',
  EVIDENCE = 'EVIDENCE',
}
registerEnumType(GoverningRoleEnum, {
  name: 'GoverningRole',
  description:
    'What a clause does for a claim type (docs/cases-and-claim-types.md). A clause that does two of these things for one claim type ' +
    'is listed once per role; DEFENCE and BARS_DEFENCE are never folded into another role.',
  valuesConfig: {
    BASIS: { description: 'the substantive ground of the claim: who may claim, against whom, on what ground' },
    AMOUNT: { description: 'what and how much is compensated, and how the amount is worked out' },
    DEFENCE: { description: 'exclusions, reductions, grounds to refuse: when the defendant is released, pays less or pays nothing' },
    BARS_DEFENCE: {
      description:
        "(added) a rule that takes such a ground away: the victim's fault is not taken into account, a reduction is not allowed, " +
        'an obligation does not end (e.g. sc-1999-9/para_18 for funeral expenses)',
    },
    LIMITATION: {
      description: 'time limits and periods: from when and for how long sums are due, how far back a late claim reaches, payment deadlines',
    },
    PROCEDURE: { description: 'how the claim is filed, decided, paid' },
    EVIDENCE: { description: 'documents and proof required' },
  },
});

@ObjectType('ClaimType', {
  implements: Node,
  description: "A kind of claim. Names, descriptions and rationales are the project's own unofficial wording.",
})
export class ClaimType implements Node {
  @Field(() => ID, { description: 'the code itself' }) id: string;
  @Field({ description: 'e.g. "FUNERAL_EXPENSES"' }) code: string;
}

/** Served from ClaimTypeService's GoverningLink: the link, its clause and its status on the date asked. */
@ObjectType('GoverningClause')
export class GoverningClause {
  @Field(() => GoverningRoleEnum) role: GoverningRoleEnum;
  @Field(() => ProvisionStatusEnum, {
    description:
      'status of the clause on the date asked: IN_FORCE, or UNCERTAIN when a change that affects it may or may not have applied (added)',
  })
  status: ProvisionStatusEnum;
}
