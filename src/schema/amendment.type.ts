import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from './date.scalar';
import { ActKindEnum, AmendmentKindEnum, DiffOpEnum, EffectiveRuleEnum } from './enums';
import { EffectiveWindow } from './effective-window.type';
import { LocalizedText } from './localized-text.type';
import { Node } from './node.interface';
import type { ActKind } from '../domain/act-kinds';

/** Served from AmendingActEntity. */
@ObjectType('AmendingAct', { implements: Node })
export class AmendingAct implements Node {
  @Field(() => ID) id: string;
  @Field(() => ActKindEnum) kind: ActKind;
  @Field() number: string;
  @Field(() => DateScalar) adoptedOn: string;
  @Field(() => DateScalar, { nullable: true, description: 'first official publication, when a source records it' }) publishedOn:
    string | null;
  @Field(() => String, { nullable: true, description: "where that date comes from (a URL or the official gazette's reference)" })
  publicationSource: string | null;
}

/** Served from AmendmentEntity. */
@ObjectType('Amendment', { implements: Node })
export class Amendment implements Node {
  @Field(() => ID) id: string;
  @Field(() => AmendmentKindEnum) kind: AmendmentKindEnum;
  @Field({ description: '"title", "requisites", "preamble", or a clause eId ("para_12", "att_1", "att_1__para_9")' }) target: string;
  @Field(() => EffectiveRuleEnum) effectiveRule: EffectiveRuleEnum;
  @Field(() => DateScalar, { description: 'the first day it can have applied (= effective.earliest); see effectiveFromExact' })
  effectiveFrom: string;
  @Field({ description: 'false when the sources do not fix the day (e.g. the publication date is unknown): see effective' })
  effectiveFromExact: boolean;
  @Field(() => EffectiveWindow, { description: 'the first day it can have applied, the day by which it certainly applied, and why' })
  effective: EffectiveWindow;
}

@InputType('AmendmentFilter')
export class AmendmentFilter {
  @Field(() => ID, { nullable: true }) actId?: string;
  @Field(() => ID, { nullable: true }) amendingActId?: string;
  @Field(() => AmendmentKindEnum, { nullable: true }) kind?: AmendmentKindEnum;
  @Field(() => DateScalar, { nullable: true, description: 'effectiveFrom ≥ from' }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: 'effectiveFrom ≤ to' }) to?: string;
  @Field({ nullable: true, description: 'eId prefix, e.g. "att_1" for everything in the Rules' }) target?: string;
}

@ObjectType('DiffSpan')
export class DiffSpan {
  @Field(() => DiffOpEnum) op: DiffOpEnum;
  @Field() text: string;
}

@ObjectType('ClauseChange', {
  description: 'What changed in an act between two dates, clause by clause, with a word-level diff where both wordings are known.',
})
export class ClauseChange {
  @Field(() => LocalizedText) before: LocalizedText;
  @Field(() => LocalizedText) after: LocalizedText;
  @Field(() => [DiffSpan], { nullable: true, description: 'null when either wording is unknown or only a fragment' }) diff:
    DiffSpan[] | null;
  @Field({
    description:
      'true when every listed amendment certainly took effect within the period (its whole window lies after "from" and on or before "to"); false when one may have taken effect before or after it (see before/after.certain)',
  })
  certain: boolean;
}
