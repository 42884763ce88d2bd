import { GraphQLError } from 'graphql';
import { Ctx, Mutation, Resolver } from 'type-graphql';
import { SearchUnavailableError } from '../search/search-engine';
import { requireEditor } from '../services/editor-auth';
import type { RequestContext } from './context';

@Resolver()
export class ReindexResolver {
  @Mutation(() => Boolean, { description: 'rebuild the search index from PostgreSQL (editors only)' })
  async reindex(@Ctx() { services, token }: RequestContext): Promise<boolean> {
    requireEditor(token);
    try {
      await services.search.rebuild();
    } catch (e) {
      if (e instanceof SearchUnavailableError) throw new GraphQLError(e.message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
      throw e;
    }
    return true;
  }
}
