import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What was last ingested: the corpus hash lets a restart with an unchanged corpus skip all work. */
@Entity({ name: 'corpus_state' })
export class CorpusStateEntity {
  @PrimaryColumn('text') key: string;
  @Column('text') hash: string;
  @Column('timestamptz', { name: 'ingested_at' }) ingestedAt: Date;
}
