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
}
