import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from './date.scalar';
import { EffectiveWindow } from './effective-window.type';
import { ActKindEnum, LangEnum } from './enums';
import { Node } from './node.interface';
import type { ActKind } from '../domain/act-kinds';

/** Served from ActEntity (src/resolvers/act.resolver.ts adds the computed fields). */
@ObjectType('Act', { implements: Node })
export class Act implements Node {
  @Field(() => ID) id: string;
  @Field(() => ActKindEnum) kind: ActKind;
  @Field() number: string;
  @Field(() => DateScalar) adoptedOn: string;
  @Field({ description: 'Akoma Ntoso work IRI, e.g. "/akn/kz/act/decree/2012-09-18/1213"' }) uri: string;
  @Field(() => EffectiveWindow, { description: 'from its own entry-into-force rule and the evidence: when the act itself took effect' })
  entryIntoForce: EffectiveWindow;
  @Field(() => DateScalar, { nullable: true, description: 'its first official publication, when a source records it' }) publishedOn:
    string | null;
  @Field(() => String, { nullable: true, description: "where that date comes from (a URL or the official gazette's reference)" })
  publicationSource: string | null;
  @Field(() => LangEnum, {
    description: 'the language of the text the corpus holds as its wording (added): KK for the exports, RU for the Civil Code',
  })
  lang: LangEnum;
  @Field({
    description: 'whether its text was read from the official system itself (added); false: a copy not checked against the official page',
  })
  verified: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'where the adoption date and number come from when the text does not state them (added)',
  })
  adoptionSource: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'when the corpus holds only a current wording of an unknown date (added): the first day for which it holds evidence of any wording; earlier wordings are unknown, not assumed (see wordingsKnownReason)',
  })
  wordingsKnownFrom: string | null;
}

/** Served from AmendmentService.versions: the amendments that took effect together. */
@ObjectType('ActVersion')
export class ActVersion {
  @Field(() => DateScalar, { description: 'the first day this version can have applied (effective.earliest)' }) date: string;
  @Field(() => EffectiveWindow, { description: 'when this version took effect: the window its amendments share' })
  effective: EffectiveWindow;
}
