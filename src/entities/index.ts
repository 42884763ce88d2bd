import { ActEntity } from './act.entity';
import { AmendingActEntity } from './amending-act.entity';
import { AmendmentEntity } from './amendment.entity';
import { ClauseEntity } from './clause.entity';
import { CorpusStateEntity } from './corpus-state.entity';
import { NoteEntity } from './note.entity';
import { ReferenceEntity } from './reference.entity';
import { WordingEntity } from './wording.entity';
import { CaseCitationEntity } from './case-citation.entity';
import { CaseClaimTypeEntity } from './case-claim-type.entity';
import { CaseEntity } from './case.entity';
import { CaseReferenceEntity } from './case-reference.entity';
import { ClaimTypeClauseEntity } from './claim-type-clause.entity';
import { ClaimTypeEntity } from './claim-type.entity';

export { ActEntity, AmendingActEntity, AmendmentEntity, ClauseEntity, CorpusStateEntity, NoteEntity, ReferenceEntity, WordingEntity };
export { CaseCitationEntity, CaseClaimTypeEntity, CaseEntity, CaseReferenceEntity, ClaimTypeClauseEntity, ClaimTypeEntity };

export const ENTITIES = [
  ...[ActEntity, AmendingActEntity, AmendmentEntity, ClauseEntity, CorpusStateEntity, NoteEntity, ReferenceEntity, WordingEntity],
  ...[ClaimTypeEntity, ClaimTypeClauseEntity, CaseEntity, CaseClaimTypeEntity, CaseCitationEntity, CaseReferenceEntity],
];
