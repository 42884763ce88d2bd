import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ActEntity, AmendmentEntity, ClauseEntity } from '../entities';
import type { RecordedWindow, WordingText } from '../domain/types';
import { Act, ActVersion } from '../schema/act.type';
import { Amendment } from '../schema/amendment.type';
import { Clause } from '../schema/clause.type';
import { DateScalar } from '../schema/date.scalar';
import { fromLang, LangEnum, ProvisionStatusEnum, toLang } from '../schema/enums';
import { LangArg, orDefault } from '../schema/args';
import { LocalizedText } from '../schema/localized-text.type';
import type { ActVersionOf } from '../services/amendment.service';
import { changeWindow, entryWindow } from '../services/recorded-windows';
import type { RequestContext } from './context';

@Resolver(() => Act)
export class ActResolver {
  @Query(() => [Act])
  acts(@Ctx() { services }: RequestContext): Promise<readonly ActEntity[]> {
    return services.acts.acts();
  }

  @Query(() => Act, { nullable: true })
  act(@Arg('id', () => ID) id: string, @Ctx() { services }: RequestContext): Promise<ActEntity | null> {
    return services.acts.act(id);
  }

  @FieldResolver(() => String)
  issuer(@Root() act: ActEntity, @LangArg() lang: LangEnum | null): string {
    return lang === LangEnum.RU ? act.issuerRu : act.issuerKk;
  }

  @FieldResolver()
  entryIntoForce(@Root() act: ActEntity): RecordedWindow {
    return entryWindow(act);
  }

  @FieldResolver()
  lang(@Root() act: ActEntity): LangEnum {
    return fromLang(act.lang);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'why the corpus holds no evidence of the wording before wordingsKnownFrom (added); null when the history is recorded',
  })
  wordingsKnownReason(@Root() act: ActEntity, @LangArg() lang: LangEnum | null): string | null {
    return lang === LangEnum.RU ? act.wordingsKnownReasonRu : act.wordingsKnownReasonKk;
  }

  @FieldResolver(() => LocalizedText)
  title(
    @Root() act: ActEntity,
    @LangArg() lang: LangEnum | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<WordingText> {
    return services.pit.textAt(act.id, 'title', toLang(lang), services.pit.asOf(asOf));
  }

  @FieldResolver(() => LocalizedText, { description: 'the line "… № 9 нормативтік қаулысы"' })
  requisites(
    @Root() act: ActEntity,
    @LangArg() lang: LangEnum | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<WordingText> {
    return services.pit.textAt(act.id, 'requisites', toLang(lang), services.pit.asOf(asOf));
  }

  @FieldResolver(() => ProvisionStatusEnum, {
    description: 'NOT_YET_IN_FORCE before its own entry into force can have happened, UNCERTAIN inside that window (see entryIntoForce)',
  })
  status(
    @Root() act: ActEntity,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ) {
    return services.pit.actStatus(act.id, services.pit.asOf(asOf));
  }

  @FieldResolver(() => [Clause], {
    description:
      'Every clause of the act, flattened in document order: preamble, points, sub-points, attachments and their points (Clause.parent/children give the tree).',
  })
  clauses(
    @Root() act: ActEntity,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('includeRepealed', () => Boolean, { nullable: true, defaultValue: false }) includeRepealed: boolean | null,
    @Ctx() { services }: RequestContext,
  ): Promise<ClauseEntity[]> {
    return services.acts.clausesAt(act.id, services.pit.asOf(asOf), orDefault(includeRepealed, false));
  }

  @FieldResolver(() => Clause, {
    nullable: true,
    description: "Look a clause up as a person cites it: number '21-1', sub-point '2', in the Rules (attachment 1) or not.",
  })
  clause(
    @Root() act: ActEntity,
    @Arg('number') number: string,
    @Arg('subpoint', () => String, { nullable: true }) subpoint: string | null,
    @Arg('attachment', () => Int, { nullable: true }) attachment: number | null,
    @Ctx() { services }: RequestContext,
  ): Promise<ClauseEntity | null> {
    return services.acts.clauseByNumber(act.id, number, subpoint, attachment);
  }

  @FieldResolver(() => [Amendment], { description: 'chronological' })
  amendments(@Root() act: ActEntity, @Ctx() { services }: RequestContext): Promise<AmendmentEntity[]> {
    return services.amendments.filter({ actId: act.id });
  }

  @FieldResolver(() => [ActVersion], {
    description:
      'the versions of the act, oldest first: amendments that took effect together, dated by the first day they can have applied',
  })
  versions(@Root() act: ActEntity, @Ctx() { services }: RequestContext): Promise<ActVersionOf[]> {
    return services.amendments.versions(act.id);
  }

  @FieldResolver(() => [String], { description: 'notes on the title and the requisites, exactly as published' })
  async notes(@Root() act: ActEntity, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<string[]> {
    const lists = await Promise.all(['title', 'requisites'].map((t) => services.amendments.notesOfTarget(act.id, t, toLang(lang))));
    return [
      ...new Set(
        lists
          .flat()
          .sort((a, b) => a.position - b.position)
          .map((n) => n.text),
      ),
    ];
  }
}

@Resolver(() => ActVersion)
export class ActVersionResolver {
  @FieldResolver()
  effective(@Root() v: ActVersionOf): RecordedWindow {
    return changeWindow(v.amendments[0]);
  }

  @FieldResolver(() => [Amendment])
  amendments(@Root() v: ActVersionOf): AmendmentEntity[] {
    return v.amendments;
  }
}
