/** Entities → GraphQL object types (plain copies; resolvers add the computed fields). */
import type { ActEntity, AmendingActEntity, AmendmentEntity, ClauseEntity, ReferenceEntity } from '../entities';
import { Act } from '../schema/act.type';
import { AmendingAct, Amendment } from '../schema/amendment.type';
import { Clause, Reference } from '../schema/clause.type';
import { EffectiveWindow } from '../schema/effective-window.type';
import type { AmendmentKindEnum, EffectiveRuleEnum, ProvisionKindEnum } from '../schema/enums';

const effectiveWindow = (fields: EffectiveWindow): EffectiveWindow => Object.assign(new EffectiveWindow(), fields);

/** The window of an amendment, with its reasons. */
export const amendmentWindow = (e: AmendmentEntity): EffectiveWindow =>
  effectiveWindow({ earliest: e.effectiveFrom, latest: e.effectiveLatest, exact: e.effectiveFromExact, reasonKk: e.effectiveReasonKk, reasonRu: e.effectiveReasonRu, subject: 'CHANGE', amendingActId: e.amendingActId });

/** The window of an act's own entry into force, with its reasons. */
export const entryWindow = (e: ActEntity): EffectiveWindow =>
  effectiveWindow({ earliest: e.entryEarliest, latest: e.entryLatest, exact: e.entryExact, reasonKk: e.entryReasonKk, reasonRu: e.entryReasonRu, subject: 'ACT', amendingActId: null });

export const toAct = (e: ActEntity): Act =>
  Object.assign(new Act(), {
    id: e.id,
    kind: e.kind,
    number: e.number,
    adoptedOn: e.adoptedOn,
    uri: e.uri,
    entryIntoForce: entryWindow(e),
    publishedOn: e.publishedOn,
    publicationSource: e.publicationSource,
    issuerKk: e.issuerKk,
    issuerRu: e.issuerRu,
  });

export const toClause = (e: ClauseEntity): Clause =>
  Object.assign(new Clause(), { id: e.id, eId: e.eId, kind: e.kind as ProvisionKindEnum, number: e.number, actId: e.actId, parentId: e.parentId, position: e.position });

export const toAmendingAct = (e: AmendingActEntity): AmendingAct =>
  Object.assign(new AmendingAct(), { id: e.id, kind: e.kind, number: e.number, adoptedOn: e.adoptedOn, publishedOn: e.publishedOn, publicationSource: e.publicationSource, issuerKk: e.issuerKk, issuerRu: e.issuerRu });

export const toAmendment = (e: AmendmentEntity): Amendment =>
  Object.assign(new Amendment(), {
    id: e.id,
    kind: e.kind as AmendmentKindEnum,
    target: e.target,
    effectiveRule: e.effectiveRule as EffectiveRuleEnum,
    effectiveFrom: e.effectiveFrom,
    effectiveFromExact: e.effectiveFromExact,
    effective: amendmentWindow(e),
    actId: e.actId,
    clauseId: e.clauseId,
    amendingActId: e.amendingActId,
    noteId: e.noteId,
    position: e.position,
  });

export const toReference = (e: ReferenceEntity): Reference =>
  Object.assign(new Reference(), { text: e.text, targetAct: e.targetAct, article: e.article, point: e.point, part: e.part, subpoint: e.subpoint, chapter: e.chapter, targetClauseId: e.targetClauseId });
