import { bigintAsNumber } from '@driehoek/core';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IncidentEntity } from './incident.entity';

/**
 * One entry of an incident's log: append-only (the database refuses updates and deletes), with a
 * gapless sequence per incident and the same hash chain as the exercise log.
 */
@Entity({ name: 'incident_event' })
export class IncidentEventEntity {
  @PrimaryColumn({ name: 'incident_id', type: 'uuid' })
  incidentId!: string;

  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  seq!: number;

  /** `incident.aware`, `report.submitted` … (see incident-events.ts). */
  @Column({ type: 'varchar', length: 64 })
  type!: string;

  /** When it was written. The instants it is about (`at`, `submittedAt`) are in the payload. */
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /** Who wrote it: the signed-in user's e-mail address. */
  @Column({ type: 'text', nullable: true })
  actor!: string | null;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'previous_hash', type: 'char', length: 64 })
  previousHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @ManyToOne(() => IncidentEntity)
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'FK_incident_event_incident' })
  incident?: IncidentEntity;
}
