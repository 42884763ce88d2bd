import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActKind, EffectiveRule } from '../domain/types';

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
}
