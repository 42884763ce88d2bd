/** The windows the database records, as answers give them: a change's (one per amendment) and an act's own. */
import type { RecordedWindow } from '../domain/types';
import type { ActEntity, AmendmentEntity } from '../entities';

/** The window of an amendment, with its reasons. */
export const changeWindow = (a: AmendmentEntity): RecordedWindow => ({
  earliest: a.effectiveFrom,
  latest: a.effectiveLatest,
  exact: a.effectiveFromExact,
  reasonKk: a.effectiveReasonKk,
  reasonRu: a.effectiveReasonRu,
  subject: 'CHANGE',
  amendingActId: a.amendingActId,
});

/** The window of an act's own entry into force, with its reasons. */
export const entryWindow = (act: ActEntity): RecordedWindow => ({
  earliest: act.entryEarliest,
  latest: act.entryLatest,
  exact: act.entryExact,
  reasonKk: act.entryReasonKk,
  reasonRu: act.entryReasonRu,
  subject: 'ACT',
  amendingActId: null,
});
