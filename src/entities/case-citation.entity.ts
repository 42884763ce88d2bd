import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A clause a case cites explicitly, with the citing words (and their offsets when extracted from a decision text). */
@Entity({ name: 'case_citation' })
export class CaseCitationEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'case_id' }) caseId: string;
  @Column('text', { name: 'clause_id' }) clauseId: string;
  @Column('text', { nullable: true }) quote: string | null;
  @Column('int', { name: 'start_offset', nullable: true }) startOffset: number | null;
  @Column('int', { name: 'end_offset', nullable: true }) endOffset: number | null;
  @Column('int') position: number;
}
