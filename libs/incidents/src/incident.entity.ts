import { OrganisationEntity } from '@driehoek/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IncidentRegime, IncidentStatus } from './incident-regimes';

/**
 * A real incident in the CISO's register. Its clocks and timeline are a projection of its event
 * log; this row only holds what the register lists and filters on.
 */
@Entity({ name: 'incident' })
@Index('IDX_incident_organisation', ['organisationId', 'createdAt'])
@Check('CHK_incident_status', `"status" IN ('open', 'closed')`)
@Check(
  'CHK_incident_regimes',
  `cardinality("regimes") > 0 AND "regimes" <@ ARRAY['nis2', 'nis2-trust-service', 'avg', 'cer']::text[]`,
)
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** `closed` once handling of the incident is closed; reports may still fall due after that. */
  @Column({ type: 'varchar', length: 16 })
  status!: IncidentStatus;

  /** Which clocks apply. */
  @Column({ type: 'text', array: true })
  regimes!: IncidentRegime[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_incident_organisation' })
  organisation?: OrganisationEntity;
}
