import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CaseConnection } from '../schema/case.type';
import { ClaimType, GoverningClause } from '../schema/claim-type.type';
import { Clause } from '../schema/clause.type';
import { DateScalar } from '../schema/date.scalar';
import { LangEnum } from '../schema/enums';
import { FirstArg, LangArg, orDefault } from '../schema/args';
import { page } from '../schema/pagination';
import { toCase, toClaimType, toGoverningClause } from '../services/case-mappers';
import { toClause } from '../services/mappers';
import type { RequestContext } from './context';

const pick = (lang: LangEnum | null, kk: string, ru: string) => (lang === LangEnum.RU ? ru : kk);

@Resolver(() => ClaimType)
export class ClaimTypeResolver {
  @Query(() => [ClaimType])
  async claimTypes(@Ctx() { services }: RequestContext): Promise<ClaimType[]> {
    return (await services.claimTypes.all()).map(toClaimType);
  }

  @Query(() => ClaimType, { nullable: true })
  async claimType(@Arg('code') code: string, @Ctx() { services }: RequestContext): Promise<ClaimType | null> {
    const t = await services.claimTypes.byCode(code);
    return t ? toClaimType(t) : null;
  }

  @FieldResolver(() => String)
  name(@Root() t: ClaimType, @LangArg() lang: LangEnum | null): string {
    return pick(lang, t.nameKk, t.nameRu);
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() t: ClaimType, @LangArg() lang: LangEnum | null): string | null {
    return lang === LangEnum.RU ? t.descriptionRu : t.descriptionKk;
  }

  @FieldResolver(() => [GoverningClause], {
    description:
      'only clauses whose status on that date (default today) is evidenced as in force, or as possibly in force (UNCERTAIN, see GoverningClause.status): not yet inserted, repealed and unknown ones are left out (see governingLawKnown)',
  })
  async governingClauses(@Root() t: ClaimType, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null, @Ctx() { services }: RequestContext): Promise<GoverningClause[]> {
    return (await services.claimTypes.governing(t.id, services.pit.asOf(asOf))).map((g) => toGoverningClause(g.link, g.status));
  }

  @FieldResolver(() => Boolean, {
    description: 'false when the corpus holds no evidence of some clause that governs this claim type on that date (see unknownGoverningClauses): the law of that date is not known in full (added)',
  })
  async governingLawKnown(@Root() t: ClaimType, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null, @Ctx() { services }: RequestContext): Promise<boolean> {
    return (await services.claimTypes.unknownGoverning(t.id, services.pit.asOf(asOf))).length === 0;
  }

  @FieldResolver(() => [Clause], { description: 'the clauses linked to this claim type whose status on that date is UNKNOWN: what governed then is not in the corpus (added)' })
  async unknownGoverningClauses(@Root() t: ClaimType, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null, @Ctx() { services }: RequestContext): Promise<Clause[]> {
    return (await services.claimTypes.unknownGoverning(t.id, services.pit.asOf(asOf))).map((g) => toClause(g.clause));
  }

  @FieldResolver(() => CaseConnection, { description: 'cases of this claim type, newest decision first, undated last' })
  async cases(
    @Root() t: ClaimType,
    @FirstArg(20) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<CaseConnection> {
    return page((await services.cases.ofClaimType(t.id)).map(toCase), orDefault(first, 20), after);
  }
}

@Resolver(() => GoverningClause)
export class GoverningClauseResolver {
  @FieldResolver(() => Clause)
  async clause(@Root() g: GoverningClause, @Ctx() { services }: RequestContext): Promise<Clause> {
    return toClause((await services.acts.clause(g.clauseId))!);
  }

  @FieldResolver(() => String, { description: "one sentence: why this clause governs this claim type (the project's unofficial wording)" })
  rationale(@Root() g: GoverningClause, @LangArg() lang: LangEnum | null): string {
    return pick(lang, g.rationaleKk, g.rationaleRu);
  }
}
