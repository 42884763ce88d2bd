import { UserInputError } from '../errors';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Case, CaseConnection, CaseFilter, CaseInput, CaseReference } from '../schema/case.type';
import { CaseCitation } from '../schema/citation.type';
import { ClaimType } from '../schema/claim-type.type';
import { LangEnum } from '../schema/enums';
import { FirstArg, LangArg, orDefault } from '../schema/args';
import { page, type Page } from '../schema/pagination';
import type { CaseEntity, CaseReferenceEntity, ClaimTypeEntity } from '../entities';
import type { CaseLink } from '../services/case.service';
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
  ): Promise<Page<CaseEntity>> {
    if (filter?.from && filter.to && filter.from > filter.to)
      throw badFilter(`filter.from (${filter.from}) is after filter.to (${filter.to})`);
    if (filter?.claimType && !(await services.claimTypes.byCode(filter.claimType)))
      throw badFilter(`filter.claimType: unknown claim type code "${filter.claimType}"`);
    return page(await services.cases.list(filter ?? {}), orDefault(first, 20), after);
  }

  @Query(() => Case, { nullable: true })
  case(@Arg('id', () => ID) id: string, @Ctx() { services }: RequestContext): Promise<CaseEntity | null> {
    return services.cases.byId(id);
  }

  @Authorized('EDITOR')
  @Mutation(() => Case, {
    description:
      'Creates a case (no id) or replaces one added through the API. With ifVersion (the version read), a case changed meanwhile is not replaced: CONFLICT. Needs "Authorization: Bearer <editor token>".',
  })
  async upsertCase(
    @Arg('input', () => CaseInput) input: CaseInput,
    @Arg('ifVersion', () => Int, { nullable: true, description: 'replace only if the case is still at this version' })
    ifVersion: number | null | undefined,
    @Ctx() { services }: RequestContext,
  ): Promise<CaseEntity> {
    return services.cases.upsert(input, ifVersion ?? null);
  }

  @Authorized('EDITOR')
  @Mutation(() => Boolean, {
    description:
      'Deletes a case added through the API; false when there is no case with that id. With ifVersion, a case changed or deleted meanwhile is a CONFLICT. Needs an editor token.',
  })
  async deleteCase(
    @Arg('id', () => ID) id: string,
    @Arg('ifVersion', () => Int, { nullable: true, description: 'delete only if the case is still at this version' })
    ifVersion: number | null | undefined,
    @Ctx() { services }: RequestContext,
  ): Promise<boolean> {
    return services.cases.delete(id, ifVersion ?? null);
  }

  @FieldResolver(() => String, { description: 'in Russian when given; otherwise the Kazakh text (see languages)' })
  court(@Root() c: CaseEntity, @LangArg() lang: LangEnum | null): string {
    return pick(lang, c.courtKk, c.courtRu);
  }

  @FieldResolver(() => String, { description: 'in Russian when given; otherwise the Kazakh text (see languages)' })
  outcome(@Root() c: CaseEntity, @LangArg() lang: LangEnum | null): string {
    return pick(lang, c.outcomeKk, c.outcomeRu);
  }

  @FieldResolver(() => String, {
    description: 'written by the project, never copied from the source; in Russian when given, otherwise the Kazakh text (see languages)',
  })
  summary(@Root() c: CaseEntity, @LangArg() lang: LangEnum | null): string {
    return pick(lang, c.summaryKk, c.summaryRu);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'what the sources say about the dates of the case (instances, reports), when there is more to say than decidedOn',
  })
  dateNote(@Root() c: CaseEntity, @LangArg() lang: LangEnum | null): string | null {
    return lang === LangEnum.RU ? c.dateNoteRu : c.dateNoteKk;
  }

  @FieldResolver(() => [LangEnum], {
    description: 'the languages court, outcome and summary are written in; asked in another, they give the Kazakh text',
  })
  languages(@Root() c: CaseEntity): LangEnum[] {
    return c.courtRu && c.outcomeRu && c.summaryRu ? [LangEnum.KK, LangEnum.RU] : [LangEnum.KK];
  }

  @FieldResolver(() => [ClaimType])
  claimTypes(@Root() c: CaseEntity, @Ctx() { services }: RequestContext): Promise<ClaimTypeEntity[]> {
    return services.cases.claimTypesOf(c.id);
  }

  @FieldResolver(() => [CaseCitation], {
    description: 'EXPLICIT citations first, then TOPICAL links (clauses governing its claim types, in force on the decision date)',
  })
  citations(@Root() c: CaseEntity, @Ctx() { services }: RequestContext): Promise<CaseLink[]> {
    return services.cases.linksOfCase(c);
  }

  @FieldResolver(() => [CaseReference], { description: 'norms outside this knowledge base that the case cites' })
  references(@Root() c: CaseEntity, @Ctx() { services }: RequestContext): Promise<readonly CaseReferenceEntity[]> {
    return services.cases.referencesOf(c.id);
  }
}
