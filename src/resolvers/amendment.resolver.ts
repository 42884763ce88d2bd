import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RecordedWindow } from '../domain/types';
import type { ActEntity, AmendingActEntity, AmendmentEntity, ClauseEntity, NoteEntity } from '../entities';
import { UserInputError } from '../errors';
import { Act } from '../schema/act.type';
import { AmendingAct, Amendment, AmendmentFilter, ClauseChange } from '../schema/amendment.type';
import { Clause } from '../schema/clause.type';
import { DateScalar } from '../schema/date.scalar';
import { fromLang, LangEnum, toLang } from '../schema/enums';
import { LangArg } from '../schema/args';
import { NoteText } from '../schema/notes.type';
import type { ClauseChange as ClauseChangeOf } from '../services/changes.service';
import { changeWindow } from '../services/recorded-windows';
import type { RequestContext } from './context';

@Resolver(() => Amendment)
export class AmendmentResolver {
  @Query(() => [Amendment])
  amendments(
    @Arg('filter', () => AmendmentFilter, { nullable: true }) filter: AmendmentFilter | null,
    @Ctx() { services }: RequestContext,
  ): Promise<AmendmentEntity[]> {
    if (filter?.from && filter.to && filter.from > filter.to)
      throw new UserInputError(`filter.from (${filter.from}) is after filter.to (${filter.to})`, { argumentName: 'filter' });
    return services.amendments.filter({ ...filter });
  }

  @Query(() => [ClauseChange])
  async changes(
    @Arg('actId', () => ID) actId: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @LangArg() lang: LangEnum | null,
    @Ctx() { services }: RequestContext,
  ): Promise<ClauseChangeOf[]> {
    if (from > to) throw new UserInputError(`"from" (${from}) is after "to" (${to})`, { argumentName: 'from' });
    if (!(await services.acts.act(actId))) return [];
    return services.changes.between(actId, from, to, toLang(lang));
  }

  @FieldResolver()
  effective(@Root() a: AmendmentEntity): RecordedWindow {
    return changeWindow(a);
  }

  @FieldResolver(() => Act, { description: 'the act that was amended' })
  async act(@Root() a: AmendmentEntity, @Ctx() { services }: RequestContext): Promise<ActEntity> {
    return (await services.acts.act(a.actId))!;
  }

  @FieldResolver(() => Clause, { nullable: true, description: 'when the target is a clause' })
  async clause(@Root() a: AmendmentEntity, @Ctx() { services }: RequestContext): Promise<ClauseEntity | null> {
    return a.clauseId ? services.acts.clause(a.clauseId) : null;
  }

  @FieldResolver(() => AmendingAct)
  async amendingAct(@Root() a: AmendmentEntity, @Ctx() { services }: RequestContext): Promise<AmendingActEntity> {
    return (await services.amendments.amendingAct(a.amendingActId))!;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'the note the event was parsed from, verbatim (Russian: the official Russian note, when known)',
  })
  async note(@Root() a: AmendmentEntity, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<string | null> {
    return (await services.amendments.note(a, toLang(lang)))?.text ?? null;
  }

  @FieldResolver(() => NoteText, {
    nullable: true,
    description: 'the note with its status: published, or an unofficial translation where no official one exists',
  })
  noteText(@Root() a: AmendmentEntity, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<NoteEntity | null> {
    return services.amendments.note(a, toLang(lang), true);
  }
}

@Resolver(() => AmendingAct)
export class AmendingActResolver {
  @Query(() => [AmendingAct])
  amendingActs(@Ctx() { services }: RequestContext): Promise<readonly AmendingActEntity[]> {
    return services.amendments.amendingActs();
  }

  @FieldResolver(() => String)
  issuer(@Root() a: AmendingActEntity, @LangArg() lang: LangEnum | null): string {
    return lang === LangEnum.RU ? a.issuerRu : a.issuerKk;
  }

  @FieldResolver(() => [Amendment])
  amendments(@Root() a: AmendingActEntity, @Ctx() { services }: RequestContext): Promise<readonly AmendmentEntity[]> {
    return services.amendments.ofAmendingAct(a.id);
  }
}

@Resolver(() => ClauseChange)
export class ClauseChangeResolver {
  @FieldResolver(() => Clause)
  clause(@Root() ch: ClauseChangeOf): ClauseEntity {
    return ch.clause;
  }

  @FieldResolver(() => [Amendment])
  amendments(@Root() ch: ClauseChangeOf): AmendmentEntity[] {
    return ch.amendments;
  }
}

@Resolver(() => NoteText)
export class NoteTextResolver {
  @FieldResolver()
  lang(@Root() n: NoteEntity): LangEnum {
    return fromLang(n.lang);
  }
}
