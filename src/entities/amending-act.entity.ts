import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActKind } from '../domain/types';

@Entity({ name: 'amending_act' })
export class AmendingActEntity {
  @PrimaryColumn('text') id: string;
  @Column('text') kind: ActKind;
  @Column('text') number: string;
  @Column('date', { name: 'adopted_on' }) adoptedOn: string;
  @Column('text', { name: 'issuer_kk' }) issuerKk: string;
  @Column('text', { name: 'issuer_ru' }) issuerRu: string;
  @Column('date', { name: 'published_on', nullable: true }) publishedOn: string | null;
  @Column('text', { name: 'publication_source', nullable: true }) publicationSource: string | null;
}
