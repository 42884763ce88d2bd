import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActKind, EffectiveRule, Lang } from '../domain/types';

@Entity({ name: 'act' })
export class ActEntity {
  @PrimaryColumn('text') id: string;
  @Column('text') kind: ActKind;
  @Column('text') number: string;
  @Column('date', { name: 'adopted_on' }) adoptedOn: string;
  @Column('text', { name: 'issuer_kk' }) issuerKk: string;
  @Column('text', { name: 'issuer_ru' }) issuerRu: string;
  @Column('text') uri: string;
  @Column('text', { name: 'source_file' }) sourceFile: string;
  @Column('jsonb') signatures: string[];
  /** Its own entry into force: the rule, the clause that states it, and the window the evidence gives. */
  @Column('text', { name: 'entry_rule' }) entryRule: EffectiveRule;
  @Column('text', { name: 'entry_rule_clause', nullable: true }) entryRuleClause: string | null;
  @Column('date', { name: 'entry_earliest' }) entryEarliest: string;
  @Column('date', { name: 'entry_latest', nullable: true }) entryLatest: string | null;
  @Column('boolean', { name: 'entry_exact' }) entryExact: boolean;
  @Column('text', { name: 'entry_reason_kk' }) entryReasonKk: string;
  @Column('text', { name: 'entry_reason_ru' }) entryReasonRu: string;
  @Column('date', { name: 'published_on', nullable: true }) publishedOn: string | null;
  @Column('text', { name: 'publication_source', nullable: true }) publicationSource: string | null;
  @Column('date', { name: 'current_edition_by', nullable: true }) currentEditionBy: string | null;
  /** The language of its text file (the official wording): "kk" for the exports, "ru" for the Civil Code's copy. */
  @Column('text') lang: Lang;
  /** Whether its text was read from the official system itself (false: a third-party copy, not checked against it). */
  @Column('boolean') verified: boolean;
  /** Where the adoption date and number come from when the text does not state them. */
  @Column('text', { name: 'adoption_source', nullable: true }) adoptionSource: string | null;
  /**
   * The first day for which the corpus holds evidence of the act's wording, when it holds only a current wording of
   * an unknown date (earlier wordings unknown, not assumed), with the reason; null: the history is recorded.
   */
  @Column('date', { name: 'wordings_known_from', nullable: true }) wordingsKnownFrom: string | null;
  @Column('text', { name: 'wordings_known_reason_kk', nullable: true }) wordingsKnownReasonKk: string | null;
  @Column('text', { name: 'wordings_known_reason_ru', nullable: true }) wordingsKnownReasonRu: string | null;
}
