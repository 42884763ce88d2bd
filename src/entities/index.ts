import { ActEntity } from './act.entity';
import { AmendingActEntity } from './amending-act.entity';
import { AmendmentEntity } from './amendment.entity';
import { ClauseEntity } from './clause.entity';
import { CorpusStateEntity } from './corpus-state.entity';
import { NoteEntity } from './note.entity';
import { ReferenceEntity } from './reference.entity';
import { WordingEntity } from './wording.entity';

export { ActEntity, AmendingActEntity, AmendmentEntity, ClauseEntity, CorpusStateEntity, NoteEntity, ReferenceEntity, WordingEntity };

export const ENTITIES = [ActEntity, AmendingActEntity, AmendmentEntity, ClauseEntity, CorpusStateEntity, NoteEntity, ReferenceEntity, WordingEntity];
