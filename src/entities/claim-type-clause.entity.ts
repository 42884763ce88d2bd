import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GoverningRole } from '../domain/types';

/** A clause that governs a claim type, in a role, with the project's one-sentence rationale. */
@Entity({ name: 'claim_type_clause' })
export class ClaimTypeClauseEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'claim_type_code' }) claimTypeCode: string;
  @Column('text', { name: 'clause_id' }) clauseId: string;
  @Column('text') role: GoverningRole;
  @Column('text', { name: 'rationale_kk' }) rationaleKk: string;
  @Column('text', { name: 'rationale_ru' }) rationaleRu: string;
  @Column('int') position: number;
}
