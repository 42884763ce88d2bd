import { Field, ObjectType } from 'type-graphql';
import type { TranslatorNote } from '../domain/types';
import { DateScalar } from './date.scalar';
import { LangEnum } from './enums';

@ObjectType('LocalizedText')
export class LocalizedText {
  @Field(() => LangEnum) lang: LangEnum;
  @Field(() => String, { nullable: true, description: 'null when the wording valid at that date is not in the corpus' }) text: string | null;
  @Field({ description: "false for the project's unofficial translations" }) official: boolean;
  @Field({ description: 'false for fragments (e.g. an old wording known only in part)' }) complete: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'first day this wording applies; null = since adoption / unknown' }) validFrom: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'last day this wording applies; null = still current' }) validTo: string | null;
  @Field(() => String, { nullable: true, description: 'where the wording comes from (corpus file, URL of a quoted fragment)' }) source: string | null;
  /** Served as `notes` by LocalizedTextResolver. */
  translatorNotes: readonly TranslatorNote[] = [];
}
