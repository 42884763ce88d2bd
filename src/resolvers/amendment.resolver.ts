import { UserInputError } from '../errors';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Act } from '../schema/act.type';
import { AmendingAct, Amendment, AmendmentFilter, ClauseChange } from '../schema/amendment.type';
import { Clause } from '../schema/clause.type';
import { DateScalar } from '../schema/date.scalar';
import { LangEnum, toLang } from '../schema/enums';
import { LangArg } from '../schema/args';
import { NoteText } from '../schema/notes.type';
import { fromLang } from '../schema/enums';
import { toAct, toAmendingAct, toAmendment, toClause } from '../services/mappers';
import type { AmendmentEntity } from '../entities';
import type { RequestContext } from './context';

@Resolver(() => Amendment)
export class AmendmentResolver {
  @Query(() => [Amendment])
  async amendments(@Arg('filter', () => AmendmentFilter, { nullable: true }) filter: AmendmentFilter | null, @Ctx() { services }: RequestContext): Promise<Amendment[]> {
    if (filter?.from && filter.to && filter.from > filter.to) {
      throw new UserInputError(`filter.from (${filter.from}) is after filter.to (${filter.to})`, { argumentName: 'filter' });
    }
    return (await services.amendments.filter({ ...filter })).map(toAmendment);
  }

  @Query(() => [ClauseChange])
  async changes(
    @Arg('actId', () => ID) actId: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @LangArg() lang: LangEnum | null,
    @Ctx() { services }: RequestContext,
  ): Promise<ClauseChange[]> {
    if (from > to) throw new UserInputError(`"from" (${from}) is after "to" (${to})`, { argumentName: 'from' });
    if (!(await services.acts.act(actId))) return [];
    return services.changes.between(actId, from, to, toLang(lang));
  }

  @FieldResolver(() => Act, { description: 'the act that was amended' })
  async act(@Root() a: Amendment, @Ctx() { services }: RequestContext): Promise<Act> {
    return toAct((await services.acts.act(a.actId))!);
  }

  @FieldResolver(() => Clause, { nullable: true, description: 'when the target is a clause' })
  async clause(@Root() a: Amendment, @Ctx() { services }: RequestContext): Promise<Clause | null> {
    if (!a.clauseId) return null;
    const c = await services.acts.clause(a.clauseId);
    return c ? toClause(c) : null;
  }

  @FieldResolver(() => AmendingAct)
  async amendingAct(@Root() a: Amendment, @Ctx() { services }: RequestContext): Promise<AmendingAct> {
    return toAmendingAct((await services.loaders.amendingActById.load(a.amendingActId))!);
  }

  @FieldResolver(() => String, { nullable: true, description: 'the note the event was parsed from, verbatim (Russian: the official Russian note, when known)' })
  async note(@Root() a: Amendment, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<string | null> {
    return (await services.amendments.note(a as unknown as AmendmentEntity, toLang(lang)))?.text ?? null;
  }

  @FieldResolver(() => NoteText, { nullable: true, description: 'the note with its status: published, or an unofficial translation where no official one exists' })
  async noteText(@Root() a: Amendment, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<NoteText | null> {
    const n = await services.amendments.note(a as unknown as AmendmentEntity, toLang(lang), true);
    return n ? Object.assign(new NoteText(), { lang: fromLang(n.lang), text: n.text, official: n.official, source: n.source }) : null;
  }
}

@Resolver(() => AmendingAct)
export class AmendingActResolver {
  @Query(() => [AmendingAct])
  async amendingActs(@Ctx() { services }: RequestContext): Promise<AmendingAct[]> {
    return (await services.loaders.allAmendingActs.load('all')).map(toAmendingAct);
  }

  @FieldResolver(() => String)
  issuer(@Root() a: AmendingAct, @LangArg() lang: LangEnum | null): string {
    return lang === LangEnum.RU ? a.issuerRu : a.issuerKk;
  }

  @FieldResolver(() => [Amendment])
  async amendments(@Root() a: AmendingAct, @Ctx() { services }: RequestContext): Promise<Amendment[]> {
    return (await services.amendments.ofAmendingAct(a.id)).map(toAmendment);
  }
}

@Resolver(() => ClauseChange)
export class ClauseChangeResolver {
  @FieldResolver(() => Clause)
  async clause(@Root() ch: ClauseChange, @Ctx() { services }: RequestContext): Promise<Clause> {
    return toClause((await services.acts.clause(ch.clauseId))!);
  }

  @FieldResolver(() => [Amendment])
  async amendments(@Root() ch: ClauseChange, @Ctx() { services }: RequestContext): Promise<Amendment[]> {
    const all = await services.amendments.ofAct(ch.clauseId.split('/')[0]);
    return all.filter((a) => ch.amendmentIds.includes(a.id)).map(toAmendment);
  }
}
