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

/**
 * The "window" before which an act whose earlier wordings are unknown has no evidence of its wording: a single day
 * (the day its current wording was retrieved), with the reason.
 */
export const wordingsKnownWindow = (act: ActEntity): RecordedWindow => ({
  earliest: act.wordingsKnownFrom!,
  latest: act.wordingsKnownFrom,
  exact: true,
  reasonKk: act.wordingsKnownReasonKk!,
  reasonRu: act.wordingsKnownReasonRu!,
  subject: 'ACT',
  amendingActId: null,
});
