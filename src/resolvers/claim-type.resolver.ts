import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CaseConnection } from '../schema/case.type';
import { ClaimType, GoverningClause } from '../schema/claim-type.type';
import { Clause } from '../schema/clause.type';
import { DateScalar } from '../schema/date.scalar';
import { LangEnum } from '../schema/enums';
import { FirstArg, LangArg, orDefault } from '../schema/args';
import { page, type Page } from '../schema/pagination';
import type { CaseEntity, ClaimTypeEntity, ClauseEntity } from '../entities';
import type { GoverningLink } from '../services/claim-type.service';
import type { RequestContext } from './context';

const pick = (lang: LangEnum | null, kk: string, ru: string) => (lang === LangEnum.RU ? ru : kk);

@Resolver(() => ClaimType)
export class ClaimTypeResolver {
  @Query(() => [ClaimType])
  claimTypes(@Ctx() { services }: RequestContext): Promise<readonly ClaimTypeEntity[]> {
    return services.claimTypes.all();
  }

  @Query(() => ClaimType, { nullable: true })
  claimType(@Arg('code') code: string, @Ctx() { services }: RequestContext): Promise<ClaimTypeEntity | null> {
    return services.claimTypes.byCode(code);
  }

  @FieldResolver()
  code(@Root() t: ClaimTypeEntity): string {
    return t.id;
  }

  @FieldResolver(() => String)
  name(@Root() t: ClaimTypeEntity, @LangArg() lang: LangEnum | null): string {
    return pick(lang, t.nameKk, t.nameRu);
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() t: ClaimTypeEntity, @LangArg() lang: LangEnum | null): string | null {
    return lang === LangEnum.RU ? t.descriptionRu : t.descriptionKk;
  }

  @FieldResolver(() => [GoverningClause], {
    description:
      'only clauses whose status on that date (default today) is evidenced as in force, or as possibly in force (UNCERTAIN, see GoverningClause.status): not yet inserted, repealed and unknown ones are left out (see governingLawKnown)',
  })
  governingClauses(
    @Root() t: ClaimTypeEntity,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<GoverningLink[]> {
    return services.claimTypes.governing(t.id, services.pit.asOf(asOf));
  }

  @FieldResolver(() => Boolean, {
    description:
      'false when the corpus holds no evidence of some clause that governs this claim type on that date (see unknownGoverningClauses): the law of that date is not known in full (added)',
  })
  async governingLawKnown(
    @Root() t: ClaimTypeEntity,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<boolean> {
    return (await services.claimTypes.unknownGoverning(t.id, services.pit.asOf(asOf))).length === 0;
  }

  @FieldResolver(() => [Clause], {
    description:
      'the clauses linked to this claim type whose status on that date is UNKNOWN: what governed then is not in the corpus (added)',
  })
  async unknownGoverningClauses(
    @Root() t: ClaimTypeEntity,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<ClauseEntity[]> {
    return (await services.claimTypes.unknownGoverning(t.id, services.pit.asOf(asOf))).map((g) => g.clause);
  }

  @FieldResolver(() => CaseConnection, { description: 'cases of this claim type, newest decision first, undated last' })
  async cases(
    @Root() t: ClaimTypeEntity,
    @FirstArg(20) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<Page<CaseEntity>> {
    return page(await services.cases.ofClaimType(t.id), orDefault(first, 20), after);
  }
}

@Resolver(() => GoverningClause)
export class GoverningClauseResolver {
  @FieldResolver()
  role(@Root() g: GoverningLink): string {
    return g.link.role;
  }

  @FieldResolver(() => Clause)
  clause(@Root() g: GoverningLink): ClauseEntity {
    return g.clause;
  }

  @FieldResolver(() => String, { description: "one sentence: why this clause governs this claim type (the project's unofficial wording)" })
  rationale(@Root() g: GoverningLink, @LangArg() lang: LangEnum | null): string {
    return pick(lang, g.link.rationaleKk, g.link.rationaleRu);
  }
}
