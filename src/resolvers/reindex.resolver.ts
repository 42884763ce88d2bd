import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ServiceUnavailableError } from '../errors';
import { SearchUnavailableError } from '../search/search-engine';
import type { RequestContext } from './context';

@Resolver()
export class ReindexResolver {
  @Authorized('EDITOR')
  @Mutation(() => Boolean, { description: 'rebuild the search index from PostgreSQL (editors only)' })
  async reindex(@Ctx() { services }: RequestContext): Promise<boolean> {
    try {
      await services.searchIndex.rebuild();
    } catch (e) {
      if (e instanceof SearchUnavailableError) throw new ServiceUnavailableError(e.message);
      throw e;
    }
    return true;
  }
}
