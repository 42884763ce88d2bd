import { Field, Int, ObjectType } from 'type-graphql';
import { LangEnum } from './enums';

@ObjectType('TranslatorNote', {
  description:
    '(added) A translator\'s note ("прим. пер."): where the project\'s unofficial translation departs on purpose from the letter of the ' +
    'official text (an evident slip in it, a term with no literal equivalent). Written by the project, in the language of the translation; never official.',
})
export class TranslatorNoteType {
  @Field(() => LangEnum, { description: 'the language of the note: that of the translation' }) lang: LangEnum;
  @Field({ description: 'always false: the note is the project’s own' }) official: boolean;
  @Field({
    description: 'the whole note as pages show it: "Прим. пер.: в официальном тексте … — «…», буквально «…»; в переводе — «…». Why."',
  })
  text: string;
  @Field({ description: 'the unit whose paragraph holds the words: "title", "preamble", "para_2", "att_1__para_3"' }) target: string;
  @Field(() => Int, { description: '1-based paragraph of this wording that the note explains' }) paragraph: number;
  @Field({ description: 'the words of the official text, as published' }) original: string;
  @Field({ description: 'what the official words say literally' }) literal: string;
  @Field({ description: 'the words the translation uses instead' }) rendering: string;
  @Field({ description: 'why the translation departs from the letter' }) reason: string;
}
