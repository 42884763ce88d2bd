import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A kind of claim ("FUNERAL_EXPENSES"); its id is its code. Names and descriptions are the project's own wording. */
@Entity({ name: 'claim_type' })
export class ClaimTypeEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'name_kk' }) nameKk: string;
  @Column('text', { name: 'name_ru' }) nameRu: string;
  @Column('text', { name: 'description_kk', nullable: true }) descriptionKk: string | null;
  @Column('text', { name: 'description_ru', nullable: true }) descriptionRu: string | null;
  @Column('int') position: number;
}
