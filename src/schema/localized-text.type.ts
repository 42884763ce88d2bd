import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from './date.scalar';
import { EffectiveWindow } from './effective-window.type';
import { LangEnum } from './enums';

/** Served from the domain's WordingText (src/resolvers/localized-text.resolver.ts adds lang and the notes). */
@ObjectType('LocalizedText')
export class LocalizedText {
  @Field(() => LangEnum) lang: LangEnum;
  @Field(() => String, { nullable: true, description: 'null when the wording valid at that date is not in the corpus' }) text:
    string | null;
  @Field({ description: "false for the project's unofficial translations" }) official: boolean;
  @Field({ description: 'false for fragments (e.g. an old wording known only in part)' }) complete: boolean;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'first day this wording can have applied (the earliest day of the change that began it, see validFromWindow); null = since the act itself took effect / unknown',
  })
  validFrom: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'last day this wording can still have applied (the day before the change that ended it certainly applied, see validToWindow); null = still current',
  })
  validTo: string | null;
  @Field(() => String, { nullable: true, description: 'where the wording comes from (corpus file, URL of a quoted fragment)' }) source:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'the heading of a chapter or article of a code in this wording, without its number (added); null for other units',
  })
  heading: string | null;
  @Field({
    description:
      'whether the wording was read from the official system itself (added): false for unofficial translations and for an official text known only from a copy not checked against the official page (source says which)',
  })
  verified: boolean;
  // ---- time as evidence (added)
  @Field({
    description:
      'for a text asked on a date: false when that date falls inside a window in which this wording (or, when text is null, the wording not held) may or may not have applied (see uncertainty). Always true in versions, which are not answers for a date.',
  })
  certain: boolean;
  @Field(() => EffectiveWindow, {
    nullable: true,
    description:
      'when certain is false: the window of the change (or of the act itself) that makes it uncertain, e.g. the one that began or ended this wording',
  })
  uncertainty: EffectiveWindow | null;
  @Field(() => EffectiveWindow, {
    nullable: true,
    description:
      "the window of the change that began this wording (the act's own entry into force for an original wording); null when not known",
  })
  validFromWindow: EffectiveWindow | null;
  @Field(() => EffectiveWindow, { nullable: true, description: 'the window of the change that ended this wording; null = still current' })
  validToWindow: EffectiveWindow | null;
}
