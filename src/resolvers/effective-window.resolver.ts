import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { RecordedWindow } from '../domain/types';
import { LangArg } from '../schema/args';
import { EffectiveWindow } from '../schema/effective-window.type';
import { LangEnum } from '../schema/enums';

@Resolver(() => EffectiveWindow)
export class EffectiveWindowResolver {
  @FieldResolver(() => String, {
    description: "why the window runs from its first to its last day, in sentences a judge reads (the project's own words)",
  })
  reason(@Root() w: RecordedWindow, @LangArg() lang: LangEnum | null): string {
    return lang === LangEnum.RU ? w.reasonRu : w.reasonKk;
  }
}
