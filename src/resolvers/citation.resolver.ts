import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { referenceColumns, type FoundCitation } from '../citations';
import type { WordingText } from '../domain/types';
import type { ActEntity, CaseEntity, ClauseEntity } from '../entities';
import { Case } from '../schema/case.type';
import { CaseCitation, ResolvedCitation } from '../schema/citation.type';
import { Clause } from '../schema/clause.type';
import { LangEnum, ProvisionStatusEnum, toLang } from '../schema/enums';
import { LangArg } from '../schema/args';
import { LocalizedText } from '../schema/localized-text.type';
import type { CaseLink } from '../services/case.service';
import { CITATION_LIMITS } from '../services/citation.service';
import type { RequestContext } from './context';

@Resolver(() => CaseCitation)
export class CaseCitationResolver {
  @FieldResolver()
  wordingBasis(@Root() l: CaseLink): string {
    return l.reading.basis;
  }

  @FieldResolver()
  readAt(@Root() l: CaseLink): string | null {
    return l.asOf;
  }

  @FieldResolver(() => Case)
  async case(@Root() l: CaseLink, @Ctx() { services }: RequestContext): Promise<CaseEntity> {
    return (await services.cases.byId(l.caseId))!;
  }

  @FieldResolver(() => Clause)
  async clause(@Root() l: CaseLink, @Ctx() { services }: RequestContext): Promise<ClauseEntity> {
    return (await services.acts.clause(l.clauseId))!;
  }

  @FieldResolver(() => ProvisionStatusEnum, {
    description:
      'status of the clause on the decision date; when it is unknown, on readAt, or UNKNOWN when nothing tells (see wordingBasis)',
  })
  async statusAtDecision(@Root() l: CaseLink, @Ctx() { services }: RequestContext) {
    if (l.asOf === null) return ProvisionStatusEnum.UNKNOWN;
    return services.pit.clauseStatus((await services.acts.clause(l.clauseId))!, l.asOf);
  }

  @FieldResolver(() => LocalizedText, {
    description:
      'the wording the court had in front of it: the one on the decision date; when that date is unknown, the one the quote matches (see wordingBasis); text null when it cannot be told',
  })
  async wordingAtDecision(
    @Root() l: CaseLink,
    @LangArg() lang: LangEnum | null,
    @Ctx() { services }: RequestContext,
  ): Promise<WordingText> {
    const clause = (await services.acts.clause(l.clauseId))!;
    if (l.asOf === null) return services.pit.undatedText(clause.actId, clause.eId, toLang(lang));
    return services.pit.textAt(clause.actId, clause.eId, toLang(lang), l.asOf, clause);
  }

  @FieldResolver(() => String, { description: 'one sentence: which wording wordingAtDecision is and why (added)' })
  wordingBasisNote(@Root() l: CaseLink, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<string> {
    return services.cases.wordingAtDecision.note(l.reading, toLang(lang));
  }
}

@Resolver(() => ResolvedCitation)
export class ResolvedCitationResolver {
  @Query(() => [ResolvedCitation], {
    description: `The legal citations in a free text: clauses and acts of this knowledge base, and norms outside it. The text may hold up to ${CITATION_LIMITS.maxTextLength} characters and cite up to ${CITATION_LIMITS.maxCitations} clauses and norms; past either, BAD_USER_INPUT naming the limit (extensions.limit).`,
  })
  resolveCitations(@Arg('text') text: string, @Ctx() { services }: RequestContext): Promise<FoundCitation[]> {
    return services.citations.extract(text);
  }

  @FieldResolver()
  act(@Root() f: FoundCitation, @Ctx() { services }: RequestContext): Promise<ActEntity | null> | null {
    return f.actId ? services.acts.act(f.actId) : null;
  }

  @FieldResolver()
  clause(@Root() f: FoundCitation, @Ctx() { services }: RequestContext): Promise<ClauseEntity | null> | null {
    return f.clauseId ? services.acts.clause(f.clauseId) : null;
  }

  @FieldResolver()
  reference(@Root() f: FoundCitation) {
    const r = f.reference;
    return r
      ? {
          text: f.text,
          targetAct: r.targetAct,
          ...referenceColumns(r),
          // a norm of the Code that the knowledge base holds: the reference leads to it, as Clause.references do
          targetClauseId: f.clauseId ?? null,
        }
      : null;
  }
}
