import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Act, ActVersion } from '../schema/act.type';
import { Amendment } from '../schema/amendment.type';
import { Clause } from '../schema/clause.type';
import { DateScalar } from '../schema/date.scalar';
import { LangEnum, ProvisionStatusEnum, toLang } from '../schema/enums';
import { LangArg, orDefault } from '../schema/args';
import { LocalizedText } from '../schema/localized-text.type';
import { amendmentWindow, toAct, toAmendment, toClause } from '../services/mappers';
import type { RequestContext } from './context';

@Resolver(() => Act)
export class ActResolver {
  @Query(() => [Act])
  async acts(@Ctx() { services }: RequestContext): Promise<Act[]> {
    return (await services.acts.acts()).map(toAct);
  }

  @Query(() => Act, { nullable: true })
  async act(@Arg('id', () => ID) id: string, @Ctx() { services }: RequestContext): Promise<Act | null> {
    const a = await services.acts.act(id);
    return a ? toAct(a) : null;
  }

  @FieldResolver(() => String)
  issuer(@Root() act: Act, @LangArg() lang: LangEnum | null): string {
    return lang === LangEnum.RU ? act.issuerRu : act.issuerKk;
  }

  @FieldResolver(() => LocalizedText)
  title(
    @Root() act: Act,
    @LangArg() lang: LangEnum | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ) {
    return services.pit.textAt(act.id, 'title', toLang(lang), services.pit.asOf(asOf));
  }

  @FieldResolver(() => LocalizedText, { description: 'the line "… № 9 нормативтік қаулысы"' })
  requisites(
    @Root() act: Act,
    @LangArg() lang: LangEnum | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ) {
    return services.pit.textAt(act.id, 'requisites', toLang(lang), services.pit.asOf(asOf));
  }

  @FieldResolver(() => ProvisionStatusEnum, { description: 'NOT_YET_IN_FORCE before its own entry into force can have happened, UNCERTAIN inside that window (see entryIntoForce)' })
  async status(@Root() act: Act, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null, @Ctx() { services }: RequestContext) {
    return services.pit.actStatus(act.id, services.pit.asOf(asOf));
  }

  @FieldResolver(() => [Clause], {
    description: 'Every clause of the act, flattened in document order: preamble, points, sub-points, attachments and their points (Clause.parent/children give the tree).',
  })
  async clauses(
    @Root() act: Act,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('includeRepealed', () => Boolean, { nullable: true, defaultValue: false }) includeRepealed: boolean | null,
    @Ctx() { services }: RequestContext,
  ): Promise<Clause[]> {
    return (await services.acts.clausesAt(act.id, services.pit.asOf(asOf), orDefault(includeRepealed, false))).map(toClause);
  }

  @FieldResolver(() => Clause, { nullable: true, description: "Look a clause up as a person cites it: number '21-1', sub-point '2', in the Rules (attachment 1) or not." })
  async clause(
    @Root() act: Act,
    @Arg('number') number: string,
    @Arg('subpoint', () => String, { nullable: true }) subpoint: string | null,
    @Arg('attachment', () => Int, { nullable: true }) attachment: number | null,
    @Ctx() { services }: RequestContext,
  ): Promise<Clause | null> {
    const c = await services.acts.clauseByNumber(act.id, number, subpoint, attachment);
    return c ? toClause(c) : null;
  }

  @FieldResolver(() => [Amendment], { description: 'chronological' })
  async amendments(@Root() act: Act, @Ctx() { services }: RequestContext): Promise<Amendment[]> {
    return (await services.amendments.filter({ actId: act.id })).map(toAmendment);
  }

  @FieldResolver(() => [ActVersion], { description: 'the versions of the act, oldest first: amendments that took effect together, dated by the first day they can have applied' })
  async versions(@Root() act: Act, @Ctx() { services }: RequestContext): Promise<ActVersion[]> {
    return (await services.amendments.versions(act.id)).map((v) => Object.assign(new ActVersion(), { date: v.date, effective: amendmentWindow(v.amendments[0]), amendmentIds: v.amendments.map((a) => a.id) }));
  }

  @FieldResolver(() => [String], { description: 'notes on the title and the requisites, exactly as published' })
  async notes(@Root() act: Act, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<string[]> {
    const lists = await Promise.all(['title', 'requisites'].map((t) => services.amendments.notesOfTarget(act.id, t, toLang(lang))));
    return [...new Set(lists.flat().sort((a, b) => a.position - b.position).map((n) => n.text))];
  }
}

@Resolver(() => ActVersion)
export class ActVersionResolver {
  @FieldResolver(() => [Amendment])
  async amendments(@Root() v: ActVersion & { actId?: string }, @Ctx() { services }: RequestContext): Promise<Amendment[]> {
    const actId = v.amendmentIds[0]?.split('/')[0];
    if (!actId) return [];
    const all = await services.amendments.ofAct(actId);
    return all.filter((a) => v.amendmentIds.includes(a.id)).map(toAmendment);
  }
}
