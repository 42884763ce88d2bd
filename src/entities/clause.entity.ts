import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ProvisionKind } from '../domain/types';

@Entity({ name: 'clause' })
@Index(['actId', 'eId'], { unique: true })
export class ClauseEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'act_id' }) actId: string;
  @Column('text', { name: 'e_id' }) eId: string;
  @Column('text') kind: ProvisionKind;
  @Column('text', { nullable: true }) number: string | null;
  @Column('text', { name: 'parent_id', nullable: true }) parentId: string | null;
  @Column('int') position: number;
  /** First day it may be in force with evidence, and the day its repeal certainly applied (for SQL-only readers). */
  @Column('date', { name: 'exists_from' }) existsFrom: string;
  @Column('date', { name: 'repealed_from', nullable: true }) repealedFrom: string | null;
}
