/** What a wording answer adds to the domain's WordingText: its language as the API spells it, the translator's notes. */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { WordingText } from '../domain/types';
import { translatorNoteText } from '../domain/translator-note';
import { fromLang, type LangEnum } from '../schema/enums';
import { LocalizedText } from '../schema/localized-text.type';
import { TranslatorNoteType } from '../schema/translator-note.type';

@Resolver(() => LocalizedText)
export class LocalizedTextResolver {
  @FieldResolver()
  lang(@Root() t: WordingText): LangEnum {
    return fromLang(t.lang);
  }

  @FieldResolver(() => [TranslatorNoteType], {
    description:
      '(added) translator\'s notes ("прим. пер."): where this unofficial translation departs on purpose from the letter of the official text, ' +
      'in document order; always empty for an official wording',
  })
  notes(@Root() t: WordingText) {
    return t.translatorNotes.map((n) => ({ ...n, lang: fromLang(t.lang), official: false, text: translatorNoteText(n, t.lang) }));
  }
}
