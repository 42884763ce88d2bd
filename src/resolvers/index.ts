import { ActResolver, ActVersionResolver } from './act.resolver';
import { AmendingActResolver, AmendmentResolver, ClauseChangeResolver } from './amendment.resolver';
import { ClauseResolver, ReferenceResolver } from './clause.resolver';
import { NodeResolver } from './node.resolver';

export const RESOLVERS = [ActResolver, ActVersionResolver, AmendmentResolver, AmendingActResolver, ClauseChangeResolver, ClauseResolver, ReferenceResolver, NodeResolver] as const;
