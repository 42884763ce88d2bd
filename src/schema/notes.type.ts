import { Field, ObjectType } from 'type-graphql';
import { LangEnum } from './enums';

@ObjectType('NoteText', {
  description: 'An amendment note in one language, saying whether it is the published note or an unofficial translation.',
})
export class NoteText {
  @Field(() => LangEnum) lang: LangEnum;
  @Field() text: string;
  @Field() official: boolean;
  @Field() source: string;
}
