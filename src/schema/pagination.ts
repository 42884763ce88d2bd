/** Cursor pagination shared by every connection: PageInfo, opaque cursors, and the `first` limit. */
import { Field, ObjectType } from 'type-graphql';
import { UserInputError } from '../errors';

export const MAX_PAGE_SIZE = 100;

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field({ description: 'true when items come before this page (the page does not start at the first item)' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: "the first edge's cursor; null for an empty page" }) startCursor: string | null;
}

/** The page info of the items [start, start + edges.length) of a list of `total` items. */
export function pageInfoOf(edges: ReadonlyArray<{ cursor: string }>, start: number, total: number): PageInfo {
  return Object.assign(new PageInfo(), {
    hasNextPage: start + edges.length < total,
    endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    hasPreviousPage: start > 0 && total > 0,
    startCursor: edges.length ? edges[0].cursor : null,
  });
}

/** Opaque to clients; an offset inside (the lists are small and ordered deterministically). */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, argumentName = 'after'): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new UserInputError(`"${argumentName}" is not a cursor returned by this API`, { argumentName });
  return Number(m[1]) + 1;
}

export function checkFirst(first: number, argumentName = 'first'): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new UserInputError(`"${argumentName}" must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, { argumentName });
  }
  return first;
}

/** A page of a connection: items with their cursors, and the page info. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Slices an ordered list into a page: items with their cursors, and the page info. */
export function page<T>(items: readonly T[], first: number, after: string | null | undefined): Page<T> {
  const start = decodeCursor(after);
  const slice = items.slice(start, start + checkFirst(first));
  const edges = slice.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return { edges, pageInfo: pageInfoOf(edges, start, items.length), totalCount: items.length };
}
