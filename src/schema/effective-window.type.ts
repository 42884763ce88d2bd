import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from './date.scalar';

/** Served from the domain's RecordedWindow. */
@ObjectType('EffectiveWindow', { description: 'When a change or an act took effect, as far as the sources prove it.' })
export class EffectiveWindow {
  @Field(() => DateScalar, {
    description: 'the first day on which it can have applied (from the rule and the adoption or publication date)',
  })
  earliest: string;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'the day by which it certainly applied (a recorded publication date, or later evidence such as an official text that already contains it); null when nothing proves it yet',
  })
  latest: string | null;
  @Field({ description: 'earliest == latest' }) exact: boolean;
}
