/**
 * Per-request batching of every relation the GraphQL graph walks, so a query's SQL count stays constant in
 * the size of the answer (no N+1). Facts are loaded per act and indexed in memory: an act is small, and one
 * query per act beats one per clause.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { ActEntity, AmendingActEntity, AmendmentEntity, ClauseEntity, NoteEntity, ReferenceEntity, WordingEntity } from '../entities';
import { CaseCitationEntity, CaseClaimTypeEntity, CaseEntity, CaseReferenceEntity, ClaimTypeClauseEntity, ClaimTypeEntity } from '../entities';

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export function createLoaders(ds: DataSource) {
  const byAct = <E extends { actId: string }>(entity: new () => E, order: Record<string, 'ASC' | 'DESC'>) =>
    new DataLoader<string, E[]>(async (actIds) => {
      const rows = (await ds.getRepository(entity).find({ where: { actId: In([...actIds]) } as never, order: order as never })) as E[];
      const g = groupBy(rows, (r) => r.actId);
      return actIds.map((id) => g.get(id) ?? []);
    });
  const byId = <E extends { id: string }>(entity: new () => E) =>
    new DataLoader<string, E | null>(async (ids) => {
      const rows = (await ds.getRepository(entity).find({ where: { id: In([...ids]) } as never })) as E[];
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    });

  const allActs = new DataLoader<'all', ActEntity[]>(async (keys) => {
    const rows = await ds.getRepository(ActEntity).find({ order: { adoptedOn: 'ASC', id: 'ASC' } });
    return keys.map(() => rows);
  });
  const allAmendingActs = new DataLoader<'all', AmendingActEntity[]>(async (keys) => {
    const rows = await ds.getRepository(AmendingActEntity).find({ order: { adoptedOn: 'ASC', id: 'ASC' } });
    return keys.map(() => rows);
  });

  /** Rows of a table grouped by one column, in a fixed order: one statement for any number of keys. */
  const groupedBy = <E extends object>(entity: new () => E, column: keyof E & string, order: Record<string, 'ASC' | 'DESC'>) =>
    new DataLoader<string, E[]>(async (keys) => {
      const rows = (await ds.getRepository(entity).find({ where: { [column]: In([...keys]) } as never, order: order as never })) as E[];
      const g = groupBy(rows, (r) => String(r[column]));
      return keys.map((k) => g.get(k) ?? []);
    });

  return {
    // ---- claim types and cases
    allClaimTypes: new DataLoader<'all', ClaimTypeEntity[]>(async (keys) => {
      const rows = await ds.getRepository(ClaimTypeEntity).find({ order: { position: 'ASC', id: 'ASC' } });
      return keys.map(() => rows);
    }),
    /** Every claim type ↔ clause link: a few hundred rows, read once and indexed both ways by the service. */
    allGoverningLinks: new DataLoader<'all', ClaimTypeClauseEntity[]>(async (keys) => {
      const rows = await ds.getRepository(ClaimTypeClauseEntity).find({ order: { claimTypeCode: 'ASC', position: 'ASC' } });
      return keys.map(() => rows);
    }),
    caseById: byId(CaseEntity),
    claimTypeLinksByCase: groupedBy(CaseClaimTypeEntity, 'caseId', { position: 'ASC' }),
    caseLinksByClaimType: groupedBy(CaseClaimTypeEntity, 'claimTypeCode', { caseId: 'ASC' }),
    caseCitationsByCase: groupedBy(CaseCitationEntity, 'caseId', { position: 'ASC' }),
    caseCitationsByClause: groupedBy(CaseCitationEntity, 'clauseId', { caseId: 'ASC' }),
    caseReferencesByCase: groupedBy(CaseReferenceEntity, 'caseId', { position: 'ASC' }),

    allActs,
    allAmendingActs,
    actById: byId(ActEntity),
    amendingActById: byId(AmendingActEntity),
    clausesByAct: byAct(ClauseEntity, { position: 'ASC' }),
    wordingsByAct: byAct(WordingEntity, { target: 'ASC' }),
    amendmentsByAct: byAct(AmendmentEntity, { effectiveFrom: 'ASC', position: 'ASC' }),
    notesByAct: byAct(NoteEntity, { position: 'ASC' }),
    referencesByClause: new DataLoader<string, ReferenceEntity[]>(async (clauseIds) => {
      const rows = await ds.getRepository(ReferenceEntity).find({ where: { clauseId: In([...clauseIds]) }, order: { position: 'ASC' } });
      const g = groupBy(rows, (r) => r.clauseId);
      return clauseIds.map((id) => g.get(id) ?? []);
    }),
    amendmentsByAmendingAct: new DataLoader<string, AmendmentEntity[]>(async (ids) => {
      const rows = await ds.getRepository(AmendmentEntity).find({ where: { amendingActId: In([...ids]) }, order: { effectiveFrom: 'ASC', actId: 'ASC', position: 'ASC' } });
      const g = groupBy(rows, (r) => r.amendingActId);
      return ids.map((id) => g.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
