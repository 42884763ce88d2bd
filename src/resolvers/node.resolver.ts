import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../schema/node.interface';
import type { RequestContext } from './context';

@Resolver()
export class NodeResolver {
  /** IDs are readable and typed by shape: acts and amending acts "sc-1999-9", clauses "act/eId", amendments
   *  "act/target/amendingAct/kind", claim types their code, cases their key. */
  @Query(() => Node, { nullable: true })
  async node(@Arg('id', () => ID) id: string, @Ctx() { services }: RequestContext): Promise<object | null> {
    return (
      (await services.acts.act(id)) ??
      (await services.amendments.amendingAct(id)) ??
      (await services.acts.clause(id)) ??
      (await services.amendments.byId(id)) ??
      (await services.claimTypes.byCode(id)) ??
      (await services.cases.byId(id))
    );
  }
}
