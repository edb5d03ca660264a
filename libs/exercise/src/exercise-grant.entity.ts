import { UserEntity } from '@driehoek/identity';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ExerciseEntity } from './exercise.entity';

export const EXERCISE_ROLES = ['facilitator', 'evaluator'] as const;
export type ExerciseRole = (typeof EXERCISE_ROLES)[number];

/** Access to one exercise beyond the organisation role, e.g. an evaluator from another region. */
@Entity({ name: 'exercise_grant' })
@Check('CHK_exercise_grant_role', `"role" IN ('facilitator', 'evaluator')`)
export class ExerciseGrantEntity {
  @PrimaryColumn({ name: 'exercise_id', type: 'uuid' })
  exerciseId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: ExerciseRole;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => ExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id', foreignKeyConstraintName: 'FK_exercise_grant_exercise' })
  exercise?: ExerciseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_exercise_grant_user' })
  user?: UserEntity;
}
