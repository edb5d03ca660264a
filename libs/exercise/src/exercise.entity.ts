import { OrganisationEntity } from '@driehoek/identity';
import { ScenarioVersionEntity } from '@driehoek/scenario';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const EXERCISE_STATUSES = ['draft', 'running', 'paused', 'ended', 'archived'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

/** One run of one scenario version by one organisation. */
@Entity({ name: 'exercise' })
@Index('IDX_exercise_organisation', ['organisationId'])
@Check('CHK_exercise_status', `"status" IN ('draft', 'running', 'paused', 'ended', 'archived')`)
export class ExerciseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'scenario_version_id', type: 'uuid' })
  scenarioVersionId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ExerciseStatus;

  /** Clock speed the exercise starts at (1 = real time). */
  @Column({ type: 'double precision', default: 1 })
  speed!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_exercise_organisation' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => ScenarioVersionEntity)
  @JoinColumn({ name: 'scenario_version_id', foreignKeyConstraintName: 'FK_exercise_scenario_version' })
  scenarioVersion?: ScenarioVersionEntity;
}
