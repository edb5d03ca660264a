import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { FieldChanges, HistoryKind } from './improvement-action';
import { ImprovementActionEntity } from './improvement-action.entity';

/**
 * One entry of an action's history: who changed what, when. Append-only: the database refuses
 * to update, delete or truncate it.
 */
@Entity({ name: 'improvement_action_change' })
export class ImprovementActionChangeEntity {
  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId!: string;

  /** 1, 2, … per action. */
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 32 })
  kind!: HistoryKind;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The signed-in user's e-mail address, as the audit log keeps it. */
  @Column({ name: 'actor_label', type: 'text' })
  actorLabel!: string;

  @Column({ type: 'jsonb' })
  changes!: FieldChanges;

  @ManyToOne(() => ImprovementActionEntity)
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'FK_improvement_action_change_action' })
  action?: ImprovementActionEntity;
}
