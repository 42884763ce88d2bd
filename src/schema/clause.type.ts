import { Field, ID, ObjectType } from 'type-graphql';
import { ProvisionKindEnum } from './enums';
import { Node } from './node.interface';

/** Served from ClauseEntity. */
@ObjectType('Clause', { implements: Node })
export class Clause implements Node {
  @Field(() => ID) id: string;
  @Field() eId: string;
  @Field(() => ProvisionKindEnum) kind: ProvisionKindEnum;
  @Field(() => String, { nullable: true, description: 'as printed: "21-1", "2" for sub-point "2)"; null for the preamble' }) number:
    string | null;
}

/** Served from ReferenceEntity, or from a citation found in a text (resolveCitations). */
@ObjectType('Reference', {
  description: "An outgoing reference from a clause to another norm, e.g. 'АК-нің 938-бабы' → Civil Code art. 938.",
})
export class Reference {
  @Field({ description: 'as it appears in the repaired clause text' }) text: string;
  @Field({
    description: '"civil-code", "civil-procedure-code", "labour-code", "constitution", "law-national-security-bodies", or an act ID',
  })
  targetAct: string;
  @Field(() => String, { nullable: true }) article: string | null;
  @Field(() => String, { nullable: true }) point: string | null;
  @Field(() => String, { nullable: true, description: 'part (бөлік / часть) of the article' }) part: string | null;
  @Field(() => String, { nullable: true }) subpoint: string | null;
  @Field(() => String, { nullable: true, description: 'chapter (тарау / глава) of a code, when the reference names a chapter' }) chapter:
    string | null;
}
