import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseOrigin } from '../domain/types';

/** A court case: from corpus/cases (CORPUS, managed by ingest) or added through the API (EDITOR). */
@Entity({ name: 'court_case' })
export class CaseEntity {
  @PrimaryColumn('text') id: string;
  @Column('text') origin: CaseOrigin;
  @Column('text', { name: 'court_kk' }) courtKk: string;
  @Column('text', { name: 'court_ru', nullable: true }) courtRu: string | null;
  @Column('text', { name: 'case_number', nullable: true }) caseNumber: string | null;
  @Column('date', { name: 'decided_on', nullable: true }) decidedOn: string | null;
  @Column('text', { name: 'date_note_kk', nullable: true }) dateNoteKk: string | null;
  @Column('text', { name: 'date_note_ru', nullable: true }) dateNoteRu: string | null;
  @Column('text', { name: 'summary_kk' }) summaryKk: string;
  @Column('text', { name: 'summary_ru', nullable: true }) summaryRu: string | null;
  @Column('text', { name: 'outcome_kk' }) outcomeKk: string;
  @Column('text', { name: 'outcome_ru', nullable: true }) outcomeRu: string | null;
  @Column('double precision', { name: 'amount_awarded_kzt', nullable: true }) amountAwardedKzt: number | null;
  @Column('text', { name: 'source_url' }) sourceUrl: string;
  @Column('jsonb', { name: 'other_sources' }) otherSources: string[];
  @Column('text', { name: 'source_file', nullable: true }) sourceFile: string | null;
  /** Moved by the database with every update (migration 1732000000012); never written by the application. */
  @Column({ type: 'integer', insert: false, update: false }) version: number;
}
