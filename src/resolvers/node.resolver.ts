import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { toAct, toAmendingAct, toAmendment, toClause } from '../services/mappers';
import { toCase, toClaimType } from '../services/case-mappers';
import type { RequestContext } from './context';

@Resolver()
export class NodeResolver {
  /** IDs are readable and typed by shape: acts and amending acts "sc-1999-9", clauses "act/eId", amendments
   *  "act/target/amendingAct/kind", claim types their code, cases their key. */
  @Query(() => Node, { nullable: true })
  async node(@Arg('id', () => ID) id: string, @Ctx() { services }: RequestContext): Promise<Node | null> {
    const act = await services.acts.act(id);
    if (act) return toAct(act);
    const amending = await services.loaders.amendingActById.load(id);
    if (amending) return toAmendingAct(amending);
    const clause = await services.acts.clause(id);
    if (clause) return toClause(clause);
    const actId = id.split('/')[0];
    const amendment = (await services.amendments.ofAct(actId)).find((a) => a.id === id);
    if (amendment) return toAmendment(amendment);
    const claimType = await services.claimTypes.byCode(id);
    if (claimType) return toClaimType(claimType);
    const found = await services.cases.byId(id);
    if (found) return toCase(found);
    return null;
  }
}
