import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ImprovementActionEntity } from './improvement-action.entity';

/** An objective of an exercise that re-tests an action. Append-only, like the history it is part of. */
@Entity({ name: 'improvement_retest' })
@Index('IDX_improvement_retest_exercise', ['exerciseId'])
export class ImprovementRetestEntity {
  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId!: string;

  @PrimaryColumn({ name: 'exercise_id', type: 'uuid' })
  exerciseId!: string;

  @PrimaryColumn({ name: 'objective_id', type: 'varchar', length: 80 })
  objectiveId!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => ImprovementActionEntity)
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'FK_improvement_retest_action' })
  action?: ImprovementActionEntity;
}
