import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from './date.scalar';
import { ActKindEnum } from './enums';
import { Node } from './node.interface';

@ObjectType('Act', { implements: Node })
export class Act implements Node {
  readonly __typename = 'Act';
  @Field(() => ID) id: string;
  @Field(() => ActKindEnum) kind: ActKindEnum;
  @Field() number: string;
  @Field(() => DateScalar) adoptedOn: string;
  @Field({ description: 'Akoma Ntoso work IRI, e.g. "/akn/kz/act/decree/2012-09-18/1213"' }) uri: string;
  issuerKk: string;
  issuerRu: string;
}

@ObjectType('ActVersion')
export class ActVersion {
  @Field(() => DateScalar) date: string;
  amendmentIds: string[];
}
