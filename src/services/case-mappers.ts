/** Claim type and case entities / links → GraphQL object types (plain copies; resolvers add computed fields). */
import type { CaseEntity, CaseReferenceEntity, ClaimTypeClauseEntity, ClaimTypeEntity } from '../entities';
import { Case, CaseReference, type CaseOriginEnum } from '../schema/case.type';
import { CaseCitation, type CitationKindEnum, type WordingBasisEnum } from '../schema/citation.type';
import { ClaimType, GoverningClause, type GoverningRoleEnum } from '../schema/claim-type.type';
import type { ProvisionStatus } from '../domain/types';
import type { ProvisionStatusEnum } from '../schema/enums';
import type { CaseLink } from './case.service';

export const toClaimType = (e: ClaimTypeEntity): ClaimType =>
  Object.assign(new ClaimType(), { id: e.id, code: e.id, nameKk: e.nameKk, nameRu: e.nameRu, descriptionKk: e.descriptionKk, descriptionRu: e.descriptionRu });

export const toGoverningClause = (e: ClaimTypeClauseEntity, status: ProvisionStatus): GoverningClause =>
  Object.assign(new GoverningClause(), { role: e.role as GoverningRoleEnum, status: status as ProvisionStatusEnum, clauseId: e.clauseId, rationaleKk: e.rationaleKk, rationaleRu: e.rationaleRu });

export const toCase = (e: CaseEntity): Case =>
  Object.assign(new Case(), {
    id: e.id,
    caseNumber: e.caseNumber,
    decidedOn: e.decidedOn,
    amountAwardedKzt: e.amountAwardedKzt,
    sourceUrl: e.sourceUrl,
    otherSources: e.otherSources,
    origin: e.origin as CaseOriginEnum,
    version: e.version,
    courtKk: e.courtKk,
    courtRu: e.courtRu,
    summaryKk: e.summaryKk,
    summaryRu: e.summaryRu,
    outcomeKk: e.outcomeKk,
    outcomeRu: e.outcomeRu,
    dateNoteKk: e.dateNoteKk,
    dateNoteRu: e.dateNoteRu,
  });

export const toCaseReference = (e: CaseReferenceEntity): CaseReference =>
  Object.assign(new CaseReference(), { text: e.text, targetAct: e.targetAct, article: e.article, point: e.point, part: e.part, subpoint: e.subpoint, chapter: e.chapter });

export const toCaseCitation = (l: CaseLink): CaseCitation =>
  Object.assign(new CaseCitation(), {
    kind: l.kind as CitationKindEnum,
    quote: l.quote,
    decisionDateKnown: l.decisionDateKnown,
    viaClaimTypes: l.viaClaimTypes,
    caseId: l.caseId,
    clauseId: l.clauseId,
    wordingBasis: l.reading.basis as WordingBasisEnum,
    readAt: l.asOf,
    reading: l.reading,
  });
