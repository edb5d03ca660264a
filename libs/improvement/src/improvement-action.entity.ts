import { OrganisationEntity } from '@driehoek/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ActionStatus, CapabilityElement } from './improvement-action';

/**
 * An action of the organisation's improvement plan as it now stands: the projection of its
 * append-only history (improvement_action_change), written in the same transaction as each entry.
 *
 * The source exercise or incident is referenced by id without a foreign key: the plan sits below
 * the exercise and incident features (both read it), so it cannot name their entities; the service
 * checks the reference when the action is made, and neither exercises nor incidents are deleted.
 */
@Entity({ name: 'improvement_action' })
@Index('IDX_improvement_action_organisation', ['organisationId', 'status'])
@Check(
  'CHK_improvement_action_capability_element',
  `"capability_element" IN ('planning', 'organisation', 'equipment', 'training', 'exercise')`,
)
@Check('CHK_improvement_action_status', `"status" IN ('open', 'in-progress', 'done', 'dropped')`)
@Check('CHK_improvement_action_reason', `("status" = 'dropped') = ("reason" IS NOT NULL)`)
@Check('CHK_improvement_action_source', `("source_exercise_id" IS NULL) <> ("source_incident_id" IS NULL)`)
export class ImprovementActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** The objective as free text, or an exercise objective's title. */
  @Column({ type: 'text', nullable: true })
  objective!: string | null;

  /** The scenario objective's id, when the objective is one. */
  @Column({ name: 'objective_id', type: 'varchar', length: 80, nullable: true })
  objectiveId!: string | null;

  @Column({ name: 'area_for_improvement', type: 'text' })
  areaForImprovement!: string;

  @Column({ name: 'corrective_action', type: 'text' })
  correctiveAction!: string;

  @Column({ name: 'capability_element', type: 'varchar', length: 16 })
  capabilityElement!: CapabilityElement;

  @Column({ name: 'responsible_organisation', type: 'text' })
  responsibleOrganisation!: string;

  @Column({ name: 'contact_role', type: 'text', nullable: true })
  contactRole!: string | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: ActionStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'source_exercise_id', type: 'uuid', nullable: true })
  sourceExerciseId!: string | null;

  @Column({ name: 'source_incident_id', type: 'uuid', nullable: true })
  sourceIncidentId!: string | null;

  /** Observations (observation.recorded, by `observationId`) of the source exercise. */
  @Column({ name: 'observation_ids', type: 'uuid', array: true })
  observationIds!: string[];

  /** The seq of its last history entry. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_improvement_action_organisation' })
  organisation?: OrganisationEntity;
}
