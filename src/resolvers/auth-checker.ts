/**
 * `@Authorized('EDITOR')`: the request's bearer token is one of the configured editor tokens (decided once per
 * request by the HTTP layer, from Config). Refused, the answer is UNAUTHENTICATED (HTTP 401) and says whether a
 * token was missing or not an editor's.
 */
import type { AuthChecker } from 'type-graphql';
import { UnauthenticatedError } from '../errors';
import type { RequestContext } from './context';

export type Role = 'EDITOR';

export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (roles.every((role) => role === 'EDITOR') && context.auth.editor) return true;
  throw new UnauthenticatedError(
    context.auth.token ? 'the bearer token is not an editor token' : 'this mutation needs "Authorization: Bearer <editor token>"',
  );
};
