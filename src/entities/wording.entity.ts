import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Lang, TranslatorNote, WordingOrigin } from '../domain/types';

/** A wording of a unit (title, requisites or clause) in one language for one period. */
@Entity({ name: 'wording' })
@Index(['actId', 'target', 'lang'])
export class WordingEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'act_id' }) actId: string;
  @Column('text') target: string;
  @Column('text', { name: 'clause_id', nullable: true }) clauseId: string | null;
  @Column('text') lang: Lang;
  @Column('date', { name: 'valid_from', nullable: true }) validFrom: string | null;
  @Column('date', { name: 'valid_to', nullable: true }) validTo: string | null;
  /** The amendment that began it (null: the act's own entry into force) and the one that ended it (null: current). */
  @Column('text', { name: 'starts_with', nullable: true }) startsWith: string | null;
  @Column('text', { name: 'ends_with', nullable: true }) endsWith: string | null;
  @Column('jsonb') paragraphs: string[];
  @Column('boolean') official: boolean;
  @Column('boolean') complete: boolean;
  @Column('text') origin: WordingOrigin;
  @Column('text') source: string;
  @Column('jsonb', { name: 'translator_notes', default: () => "'[]'" }) translatorNotes: readonly TranslatorNote[];
  /** The heading of a chapter or article in this wording; null for units without one. */
  @Column('text', { nullable: true }) heading: string | null;
  /** Read from the official system itself; false for a third-party copy of an official text and for translations. */
  @Column('boolean') verified: boolean;
}
