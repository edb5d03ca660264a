import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ExerciseEntity } from './exercise.entity';

/**
 * A player's way in: one live code per exercise and scenario role. Only the code's sha256 is
 * stored; the code itself is shown once, when it is made.
 */
@Entity({ name: 'join_code' })
@Unique('UQ_join_code_hash', ['codeHash'])
@Index('UQ_join_code_live_role', ['exerciseId', 'roleId'], { unique: true, where: '"revoked_at" IS NULL' })
export class JoinCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId!: string;

  /** The role id from the scenario, e.g. `burgemeester`. */
  @Column({ name: 'role_id', type: 'varchar', length: 80 })
  roleId!: string;

  @Column({ name: 'code_hash', type: 'char', length: 64 })
  codeHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @ManyToOne(() => ExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id', foreignKeyConstraintName: 'FK_join_code_exercise' })
  exercise?: ExerciseEntity;
}
