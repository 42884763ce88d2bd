import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'case_claim_type' })
export class CaseClaimTypeEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'case_id' }) caseId: string;
  @Column('text', { name: 'claim_type_code' }) claimTypeCode: string;
  @Column('int') position: number;
}
