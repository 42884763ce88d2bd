import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { UserInputError } from '../errors';
import { LangEnum, fromLang, toLang } from '../schema/enums';
import { FirstArg, orDefault } from '../schema/args';
import { checkFirst, decodeCursor, encodeCursor, pageInfoOf } from '../schema/pagination';
import { SearchConnection, SearchEdge, SearchFilter, SearchHit } from '../schema/search.type';
import type { RequestContext } from './context';
import { selectsAnyOf } from './selection';

export const MAX_QUERY_LENGTH = 1000;
/** Values of one filter list, at most: each becomes part of every engine query a question sends. */
export const MAX_FILTER_VALUES = 100;

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: 'Clauses (points) matching a Kazakh or Russian query; the language is detected unless given.',
  })
  async search(
    @Arg('query') query: string,
    @Arg('lang', () => LangEnum, { nullable: true }) lang: LangEnum | null,
    @Arg('filter', () => SearchFilter, { nullable: true }) filter: SearchFilter | null,
    @FirstArg(10) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { services }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchConnection> {
    if (!query.trim()) throw new UserInputError('"query" must not be empty', { argumentName: 'query' });
    if (query.length > MAX_QUERY_LENGTH) {
      throw new UserInputError(`"query" is ${query.length} characters long; at most ${MAX_QUERY_LENGTH} are accepted`, {
        argumentName: 'query',
      });
    }
    const limit = checkFirst(orDefault(first, 10));
    for (const name of ['actIds', 'claimTypes'] as const) {
      const values = filter?.[name];
      if (values && values.length > MAX_FILTER_VALUES) {
        throw new UserInputError(`"filter.${name}" holds ${values.length} values; at most ${MAX_FILTER_VALUES} are accepted`, {
          argumentName: 'filter',
        });
      }
    }
    if (filter?.amendedFrom && filter.amendedTo && filter.amendedFrom > filter.amendedTo) {
      throw new UserInputError(`"filter.amendedFrom" (${filter.amendedFrom}) is after "filter.amendedTo" (${filter.amendedTo})`, {
        argumentName: 'filter',
      });
    }
    const offset = decodeCursor(after);
    const result = await services.search.search({
      query,
      lang: lang ? toLang(lang) : null,
      actIds: filter?.actIds,
      claimTypes: filter?.claimTypes,
      asOf: services.pit.asOf(filter?.asOf),
      includeRepealed: filter?.includeRepealed ?? false,
      amendedBy: filter?.amendedBy ?? null,
      amendedFrom: filter?.amendedFrom ?? null,
      amendedTo: filter?.amendedTo ?? null,
      offset,
      limit,
      // the engine counts every match only for a client that shows the count or pages on
      count: selectsAnyOf(info, ['totalCount', 'pageInfo']),
    });
    const clauses = await Promise.all(result.hits.map((h) => services.acts.clause(h.clauseId)));
    const edges = result.hits
      .map((h, i) => ({ h, c: clauses[i], i }))
      .filter((x) => x.c)
      .map(({ h, c, i }) =>
        Object.assign(new SearchEdge(), {
          cursor: encodeCursor(offset + i),
          node: Object.assign(new SearchHit(), { clause: c!, score: h.score, matchedLang: fromLang(h.matchedLang), snippet: h.snippet }),
        }),
      );
    // (a hit whose clause vanished meanwhile is dropped from edges but still counts for the next page's offset)
    const pageInfo = Object.assign(pageInfoOf(edges, offset, result.totalCount), {
      hasNextPage: offset + result.hits.length < result.totalCount,
    });
    const queryLang = fromLang(result.lang);
    return Object.assign(new SearchConnection(), { totalCount: result.totalCount, edges, pageInfo, degraded: result.degraded, queryLang });
  }
}
