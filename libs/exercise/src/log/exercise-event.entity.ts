import { bigintAsNumber } from '@driehoek/core';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ExerciseEntity } from '../exercise.entity';

/**
 * One entry of an exercise's log: append-only (the database refuses updates and deletes), with a
 * gapless sequence per exercise and a hash chain over all of it. The exercise's state is a
 * projection of this log.
 */
@Entity({ name: 'exercise_event' })
@Index('IDX_exercise_event_type', ['exerciseId', 'type'])
export class ExerciseEventEntity {
  @PrimaryColumn({ name: 'exercise_id', type: 'uuid' })
  exerciseId!: string;

  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  seq!: number;

  /** Dotted kind: `clock.started`, `inject.delivered`, `decision.recorded` … */
  @Column({ type: 'varchar', length: 64 })
  type!: string;

  /** Scenario offset (ms after the scenario start) when it happened. */
  @Column({ name: 'offset_ms', type: 'bigint', transformer: bigintAsNumber })
  offsetMs!: number;

  @Column({ name: 'wall_time', type: 'timestamptz' })
  wallTime!: Date;

  /** Who caused it, as a person reads it (an e-mail address, a role, `system`). */
  @Column({ type: 'text', nullable: true })
  actor!: string | null;

  /** Scenario roles that may see it; `*` for every player; empty for exercise staff only. */
  @Column({ type: 'text', array: true })
  audience!: string[];

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'previous_hash', type: 'char', length: 64 })
  previousHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @ManyToOne(() => ExerciseEntity)
  @JoinColumn({ name: 'exercise_id', foreignKeyConstraintName: 'FK_exercise_event_exercise' })
  exercise?: ExerciseEntity;
}
