import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A norm outside the knowledge base that a case cites (Civil Code article, another decree). */
@Entity({ name: 'case_reference' })
export class CaseReferenceEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'case_id' }) caseId: string;
  @Column('int') position: number;
  @Column('text', { nullable: true }) text: string | null;
  @Column('text', { name: 'target_act' }) targetAct: string;
  @Column('text', { nullable: true }) article: string | null;
  @Column('text', { nullable: true }) point: string | null;
  @Column('text', { nullable: true }) part: string | null;
  @Column('text', { nullable: true }) subpoint: string | null;
  @Column('text', { nullable: true }) chapter: string | null;
  @Column('int', { name: 'start_offset', nullable: true }) startOffset: number | null;
  @Column('int', { name: 'end_offset', nullable: true }) endOffset: number | null;
}
