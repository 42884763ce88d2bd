import { UserInputError } from '../errors';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Case, CaseConnection, CaseFilter, CaseInput, CaseReference } from '../schema/case.type';
import { CaseCitation } from '../schema/citation.type';
import { ClaimType } from '../schema/claim-type.type';
import { LangEnum } from '../schema/enums';
import { FirstArg, LangArg, orDefault } from '../schema/args';
import { page } from '../schema/pagination';
import { toCase, toCaseCitation, toCaseReference, toClaimType } from '../services/case-mappers';
import type { CaseEntity } from '../entities';
import type { RequestContext } from './context';

/** Russian when the case has it; otherwise the Kazakh text (Case.languages says which languages a case is written in). */
const pick = (lang: LangEnum | null, kk: string, ru: string | null) => (lang === LangEnum.RU && ru ? ru : kk);

function badFilter(message: string): UserInputError {
  return new UserInputError(message, { argumentName: 'filter' });
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, { description: 'newest decision first, undated last' })
  async cases(
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @FirstArg(20) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { services }: RequestContext,
  ): Promise<CaseConnection> {
    if (filter?.from && filter.to && filter.from > filter.to) throw badFilter(`filter.from (${filter.from}) is after filter.to (${filter.to})`);
    if (filter?.claimType && !(await services.claimTypes.byCode(filter.claimType))) throw badFilter(`filter.claimType: unknown claim type code "${filter.claimType}"`);
    return page((await services.cases.list(filter ?? {})).map(toCase), orDefault(first, 20), after);
  }

  @Query(() => Case, { nullable: true })
  async case(@Arg('id', () => ID) id: string, @Ctx() { services }: RequestContext): Promise<Case | null> {
    const c = await services.cases.byId(id);
    return c ? toCase(c) : null;
  }

  @Authorized('EDITOR')
  @Mutation(() => Case, {
    description:
      'Creates a case (no id) or replaces one added through the API. With ifVersion (the version read), a case changed meanwhile is not replaced: CONFLICT. Needs "Authorization: Bearer <editor token>".',
  })
  async upsertCase(
    @Arg('input', () => CaseInput) input: CaseInput,
    @Arg('ifVersion', () => Int, { nullable: true, description: 'replace only if the case is still at this version' }) ifVersion: number | null | undefined,
    @Ctx() { services }: RequestContext,
  ): Promise<Case> {
    return toCase(await services.cases.upsert(input, ifVersion ?? null));
  }

  @Authorized('EDITOR')
  @Mutation(() => Boolean, {
    description: 'Deletes a case added through the API; false when there is no case with that id. With ifVersion, a case changed or deleted meanwhile is a CONFLICT. Needs an editor token.',
  })
  async deleteCase(
    @Arg('id', () => ID) id: string,
    @Arg('ifVersion', () => Int, { nullable: true, description: 'delete only if the case is still at this version' }) ifVersion: number | null | undefined,
    @Ctx() { services }: RequestContext,
  ): Promise<boolean> {
    return services.cases.delete(id, ifVersion ?? null);
  }

  @FieldResolver(() => String, { description: 'in Russian when given; otherwise the Kazakh text (see languages)' })
  court(@Root() c: Case, @LangArg() lang: LangEnum | null): string {
    return pick(lang, c.courtKk, c.courtRu);
  }

  @FieldResolver(() => String, { description: 'in Russian when given; otherwise the Kazakh text (see languages)' })
  outcome(@Root() c: Case, @LangArg() lang: LangEnum | null): string {
    return pick(lang, c.outcomeKk, c.outcomeRu);
  }

  @FieldResolver(() => String, { description: 'written by the project, never copied from the source; in Russian when given, otherwise the Kazakh text (see languages)' })
  summary(@Root() c: Case, @LangArg() lang: LangEnum | null): string {
    return pick(lang, c.summaryKk, c.summaryRu);
  }

  @FieldResolver(() => String, { nullable: true, description: 'what the sources say about the dates of the case (instances, reports), when there is more to say than decidedOn' })
  dateNote(@Root() c: Case, @LangArg() lang: LangEnum | null): string | null {
    return lang === LangEnum.RU ? c.dateNoteRu : c.dateNoteKk;
  }

  @FieldResolver(() => [LangEnum], { description: 'the languages court, outcome and summary are written in; asked in another, they give the Kazakh text' })
  languages(@Root() c: Case): LangEnum[] {
    return c.courtRu && c.outcomeRu && c.summaryRu ? [LangEnum.KK, LangEnum.RU] : [LangEnum.KK];
  }

  @FieldResolver(() => [ClaimType])
  async claimTypes(@Root() c: Case, @Ctx() { services }: RequestContext): Promise<ClaimType[]> {
    return (await services.cases.claimTypesOf(c.id)).map(toClaimType);
  }

  @FieldResolver(() => [CaseCitation], { description: 'EXPLICIT citations first, then TOPICAL links (clauses governing its claim types, in force on the decision date)' })
  async citations(@Root() c: Case, @Ctx() { services }: RequestContext): Promise<CaseCitation[]> {
    return (await services.cases.linksOfCase(c as unknown as CaseEntity)).map(toCaseCitation);
  }

  @FieldResolver(() => [CaseReference], { description: 'norms outside this knowledge base that the case cites' })
  async references(@Root() c: Case, @Ctx() { services }: RequestContext): Promise<CaseReference[]> {
    return (await services.cases.referencesOf(c.id)).map(toCaseReference);
  }
}
