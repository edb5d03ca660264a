import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ExerciseEntity } from './exercise.entity';
import { JoinCodeEntity } from './join-code.entity';

/** A player who joined with a code; valid while the code is live and the exercise not archived. */
@Entity({ name: 'player_session' })
@Unique('UQ_player_session_token', ['tokenHash'])
export class PlayerSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId!: string;

  @Column({ name: 'join_code_id', type: 'uuid' })
  joinCodeId!: string;

  @Column({ name: 'role_id', type: 'varchar', length: 80 })
  roleId!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => ExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id', foreignKeyConstraintName: 'FK_player_session_exercise' })
  exercise?: ExerciseEntity;

  @ManyToOne(() => JoinCodeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'join_code_id', foreignKeyConstraintName: 'FK_player_session_join_code' })
  joinCode?: JoinCodeEntity;
}
