/** The clause's side of claim types, cases and citations (kept apart from clause.resolver.ts, which serves the text). */
import { UserInputError } from '../errors';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseCitationConnection, CitationKindEnum, CitationStyleEnum } from '../schema/citation.type';
import { ClaimType } from '../schema/claim-type.type';
import { Clause } from '../schema/clause.type';
import { DateScalar } from '../schema/date.scalar';
import { LangEnum, toLang } from '../schema/enums';
import { FirstArg, LangArg, orDefault } from '../schema/args';
import { page, type Page } from '../schema/pagination';
import type { ClaimTypeEntity, ClauseEntity } from '../entities';
import type { CaseLink } from '../services/case.service';
import type { RequestContext } from './context';

@Resolver(() => Clause)
export class ClauseLinksResolver {
  @FieldResolver(() => [ClaimType], {
    description: 'the claim types this clause governs (at any date; ClaimType.governingClauses scopes by date)',
  })
  claimTypes(@Root() c: ClauseEntity, @Ctx() { services }: RequestContext): Promise<ClaimTypeEntity[]> {
    return services.claimTypes.ofClause(c.id);
  }

  @FieldResolver(() => CaseCitationConnection, {
    description: 'cases citing this clause: EXPLICIT first, then TOPICAL; newest decision first within each',
  })
  async citingCases(
    @Root() c: ClauseEntity,
    @FirstArg(20) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('kind', () => CitationKindEnum, { nullable: true, description: 'only links of this kind' }) kind: CitationKindEnum | null,
    @Ctx() { services }: RequestContext,
  ): Promise<Page<CaseLink>> {
    return page(await services.cases.linksOfClause(c.id, kind), orDefault(first, 20), after);
  }

  @FieldResolver(() => String, {
    description:
      'How to cite the clause (FULL: the act named as its requisites do; SHORT: the usual abbreviations). resolveCitations reads it back to this clause. ' +
      'The act is named by its number and adoption date, which do not change; asOf only checks that the clause existed on that date.',
  })
  async citation(
    @Root() c: ClauseEntity,
    @LangArg() lang: LangEnum | null,
    @Arg('style', () => CitationStyleEnum, { nullable: true, defaultValue: CitationStyleEnum.FULL }) style: CitationStyleEnum | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<string> {
    if (asOf !== null && (await services.pit.clauseStatus(c, asOf)) === 'NOT_YET_IN_FORCE') {
      throw new UserInputError(`${c.id} did not exist yet on ${asOf}`, { argumentName: 'asOf' });
    }
    const text = await services.citations.format(c.id, toLang(lang), orDefault(style, CitationStyleEnum.FULL));
    // the catalog is built from the same clauses: a clause missing from it is a bug, not the client's doing
    if (text === null) throw new Error(`${c.id} cannot be cited: it is not in the citation catalog`);
    return text;
  }
}
