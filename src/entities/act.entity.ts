import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActKind } from '../domain/types';

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
}
