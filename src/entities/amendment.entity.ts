import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AmendmentKind, EffectiveRule } from '../domain/types';

@Entity({ name: 'amendment' })
export class AmendmentEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'act_id' }) actId: string;
  @Column('text') target: string;
  @Column('text', { name: 'clause_id', nullable: true }) clauseId: string | null;
  @Column('text') kind: AmendmentKind;
  @Column('text', { name: 'amending_act_id' }) amendingActId: string;
  @Column('text', { name: 'effective_rule' }) effectiveRule: EffectiveRule;
  /** The first day it can have applied (the window's earliest). */
  @Column('date', { name: 'effective_from' }) effectiveFrom: string;
  /** The day by which it certainly applied; null when nothing proves it yet. */
  @Column('date', { name: 'effective_latest', nullable: true }) effectiveLatest: string | null;
  @Column('boolean', { name: 'effective_from_exact' }) effectiveFromExact: boolean;
  @Column('text', { name: 'effective_reason_kk' }) effectiveReasonKk: string;
  @Column('text', { name: 'effective_reason_ru' }) effectiveReasonRu: string;
  @Column('text', { name: 'note_id' }) noteId: string;
  @Column('int') position: number;
}
