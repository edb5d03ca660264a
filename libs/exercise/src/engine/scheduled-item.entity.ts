import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { bigintAsNumber } from '@driehoek/core';
import { ExerciseEntity } from '../exercise.entity';

export const SCHEDULED_KINDS = [
  'inject',
  'decision-open',
  'decision-due',
  'clock-start',
  'clock-check',
] as const;
export type ScheduledKind = (typeof SCHEDULED_KINDS)[number];
/** `cancelled`: left unfired when the exercise ended. */
export type ScheduledStatus = 'pending' | 'fired' | 'skipped' | 'cancelled';

/**
 * What is due in an exercise, on the scenario clock. PostgreSQL is the truth about it: the
 * scheduler only wakes the engine. The unique key makes every occurrence fire at most once.
 */
@Entity({ name: 'scheduled_item' })
@Unique('UQ_scheduled_item_occurrence', ['exerciseId', 'kind', 'refId', 'occurrence'])
@Index('IDX_scheduled_item_due', ['exerciseId', 'status', 'dueOffsetMs'])
@Check(
  'CHK_scheduled_item_kind',
  `"kind" IN ('inject', 'decision-open', 'decision-due', 'clock-start', 'clock-check')`,
)
@Check('CHK_scheduled_item_status', `"status" IN ('pending', 'fired', 'skipped', 'cancelled')`)
export class ScheduledItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ScheduledKind;

  /** The inject, decision point or clock id from the scenario (`adhoc-…` for ad-hoc injects). */
  @Column({ name: 'ref_id', type: 'varchar', length: 80 })
  refId!: string;

  @Column({ type: 'integer' })
  occurrence!: number;

  @Column({ name: 'due_offset_ms', type: 'bigint', transformer: bigintAsNumber })
  dueOffsetMs!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: ScheduledStatus;

  /** Why it is scheduled: `{timeline: true}`, `{trigger: id}`, `{facilitator: email}`. */
  @Column({ type: 'jsonb' })
  cause!: Record<string, unknown>;

  @Column({ name: 'fired_seq', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  firedSeq!: number | null;

  @ManyToOne(() => ExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id', foreignKeyConstraintName: 'FK_scheduled_item_exercise' })
  exercise?: ExerciseEntity;
}
