import { Ctx, Mutation, Resolver } from 'type-graphql';
import { requireEditor } from '../services/editor-auth';
import type { RequestContext } from './context';

@Resolver()
export class ReindexResolver {
  @Mutation(() => Boolean, { description: 'rebuild the search index from PostgreSQL (editors only)' })
  async reindex(@Ctx() { services, token }: RequestContext): Promise<boolean> {
    requireEditor(token);
    await services.search.rebuild();
    return true;
  }
}
