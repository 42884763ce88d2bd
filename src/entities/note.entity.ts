import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Lang } from '../domain/types';

/** An amendment note as published (or its translation, linked by translationOf). */
@Entity({ name: 'note' })
export class NoteEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'act_id' }) actId: string;
  @Column('text') anchor: string;
  @Column('text') lang: Lang;
  @Column('boolean') official: boolean;
  @Column('text') text: string;
  @Column('int') position: number;
  @Column('text', { name: 'translation_of', nullable: true }) translationOf: string | null;
  @Column('text') source: string;
}
