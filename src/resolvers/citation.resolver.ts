import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Case } from '../schema/case.type';
import { CaseCitation, ResolvedCitation } from '../schema/citation.type';
import { Clause, Reference } from '../schema/clause.type';
import { LangEnum, ProvisionStatusEnum, toLang } from '../schema/enums';
import { LangArg } from '../schema/args';
import { LocalizedText } from '../schema/localized-text.type';
import { toCase } from '../services/case-mappers';
import { toAct, toClause } from '../services/mappers';
import { CITATION_LIMITS } from '../services/citation.service';
import type { RequestContext } from './context';


@Resolver(() => CaseCitation)
export class CaseCitationResolver {
  @FieldResolver(() => Case)
  async case(@Root() l: CaseCitation, @Ctx() { services }: RequestContext): Promise<Case> {
    return toCase((await services.cases.byId(l.caseId))!);
  }

  @FieldResolver(() => Clause)
  async clause(@Root() l: CaseCitation, @Ctx() { services }: RequestContext): Promise<Clause> {
    return toClause((await services.acts.clause(l.clauseId))!);
  }

  @FieldResolver(() => ProvisionStatusEnum, { description: 'status of the clause on the decision date; when it is unknown, on readAt, or UNKNOWN when nothing tells (see wordingBasis)' })
  async statusAtDecision(@Root() l: CaseCitation, @Ctx() { services }: RequestContext) {
    if (l.readAt === null) return ProvisionStatusEnum.UNKNOWN;
    return services.pit.clauseStatus((await services.acts.clause(l.clauseId))!, l.readAt);
  }

  @FieldResolver(() => LocalizedText, {
    description: 'the wording the court had in front of it: the one on the decision date; when that date is unknown, the one the quote matches (see wordingBasis); text null when it cannot be told',
  })
  async wordingAtDecision(@Root() l: CaseCitation, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext) {
    const clause = (await services.acts.clause(l.clauseId))!;
    if (l.readAt === null) return services.pit.undatedText(clause.actId, clause.eId, toLang(lang));
    return services.pit.textAt(clause.actId, clause.eId, toLang(lang), l.readAt, clause);
  }

  @FieldResolver(() => String, { description: 'one sentence: which wording wordingAtDecision is and why (added)' })
  wordingBasisNote(@Root() l: CaseCitation, @LangArg() lang: LangEnum | null, @Ctx() { services }: RequestContext): Promise<string> {
    return services.cases.wordingAtDecision.note(l.reading, toLang(lang));
  }
}

@Resolver(() => ResolvedCitation)
export class ResolvedCitationResolver {
  @Query(() => [ResolvedCitation], {
    description: `The legal citations in a free text: clauses and acts of this knowledge base, and norms outside it. The text may hold up to ${CITATION_LIMITS.maxTextLength} characters and cite up to ${CITATION_LIMITS.maxCitations} clauses and norms; past either, BAD_USER_INPUT naming the limit (extensions.limit).`,
  })
  async resolveCitations(@Arg('text') text: string, @Ctx() { services }: RequestContext): Promise<ResolvedCitation[]> {
    const found = await services.citations.extract(text);
    return Promise.all(
      found.map(async (f) => {
        const [act, clause] = await Promise.all([f.actId ? services.acts.act(f.actId) : null, f.clauseId ? services.acts.clause(f.clauseId) : null]);
        const reference = f.reference
          ? Object.assign(new Reference(), {
              text: f.text,
              targetAct: f.reference.targetAct,
              article: f.reference.article ?? null,
              point: f.reference.point ?? null,
              part: f.reference.part ?? null,
              subpoint: f.reference.subpoint ?? null,
              targetClauseId: null,
            })
          : null;
        return Object.assign(new ResolvedCitation(), { text: f.text, start: f.start, end: f.end, act: act ? toAct(act) : null, clause: clause ? toClause(clause) : null, reference });
      }),
    );
  }
}
