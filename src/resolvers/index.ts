import { ActResolver, ActVersionResolver } from './act.resolver';
import { AmendingActResolver, AmendmentResolver, ClauseChangeResolver, NoteTextResolver } from './amendment.resolver';
import { ClauseResolver, ReferenceResolver } from './clause.resolver';
import { NodeResolver } from './node.resolver';
import { CaseResolver } from './case.resolver';
import { CaseCitationResolver, ResolvedCitationResolver } from './citation.resolver';
import { ClaimTypeResolver, GoverningClauseResolver } from './claim-type.resolver';
import { ClauseLinksResolver } from './clause-links.resolver';
import { EffectiveWindowResolver } from './effective-window.resolver';
import { LocalizedTextResolver } from './localized-text.resolver';
import { ReindexResolver } from './reindex.resolver';
import { SearchResolver } from './search.resolver';

export const RESOLVERS = [
  ActResolver,
  ActVersionResolver,
  AmendmentResolver,
  AmendingActResolver,
  ClauseChangeResolver,
  ClauseResolver,
  ReferenceResolver,
  NodeResolver,
  ClaimTypeResolver,
  GoverningClauseResolver,
  CaseResolver,
  CaseCitationResolver,
  ResolvedCitationResolver,
  ClauseLinksResolver,
  LocalizedTextResolver,
  SearchResolver,
  ReindexResolver,
  EffectiveWindowResolver,
  NoteTextResolver,
] as const;
