import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An outgoing reference of a clause to another norm. */
@Entity({ name: 'reference' })
export class ReferenceEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'clause_id' }) clauseId: string;
  @Column('int') position: number;
  @Column('int') paragraph: number;
  @Column('text') text: string;
  @Column('int', { name: 'start_offset' }) startOffset: number;
  @Column('int', { name: 'end_offset' }) endOffset: number;
  @Column('text', { name: 'target_act' }) targetAct: string;
  @Column('text', { nullable: true }) article: string | null;
  @Column('text', { nullable: true }) point: string | null;
  @Column('text', { nullable: true }) part: string | null;
  @Column('text', { nullable: true }) subpoint: string | null;
  @Column('text', { nullable: true }) chapter: string | null;
  @Column('text', { name: 'target_clause_id', nullable: true }) targetClauseId: string | null;
}
