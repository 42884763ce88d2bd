/** The translator's notes of a wording (kept apart from the wording's dates and text, which other resolvers serve). */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { translatorNoteText } from '../domain/translator-note';
import { toLang } from '../schema/enums';
import { LocalizedText } from '../schema/localized-text.type';
import { TranslatorNoteType } from '../schema/translator-note.type';

@Resolver(() => LocalizedText)
export class LocalizedTextResolver {
  @FieldResolver(() => [TranslatorNoteType], {
    description:
      "(added) translator's notes (\"прим. пер.\"): where this unofficial translation departs on purpose from the letter of the official text, " +
      'in document order; always empty for an official wording',
  })
  notes(@Root() t: LocalizedText): TranslatorNoteType[] {
    const lang = toLang(t.lang);
    return t.translatorNotes.map((n) => Object.assign(new TranslatorNoteType(), { ...n, lang: t.lang, official: false, text: translatorNoteText(n, lang) }));
  }
}
