import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { clockState, offsetAt, type ClockEvent } from '../clock/exercise-clock';
import type { ExerciseEventType, ExercisePayload } from '../events/exercise-events';
import { ExerciseEventEntity } from './exercise-event.entity';
import { chainAfter, notificationChannel, verifyChain, type ChainVerdict } from '@driehoek/core';

/** An event to append, typed by the registry of exercise events (events/exercise-events.ts). */
export type NewEvent = {
  [T in ExerciseEventType]: {
    type: T;
    offsetMs: number;
    wallTime: Date;
    actor: string | null;
    /** Role ids, `*` for every player, or empty for exercise staff only. */
    audience: string[];
    payload: ExercisePayload<T>;
  };
}[ExerciseEventType];

const VERIFY_BATCH = 1000;

/** PostgreSQL NOTIFY channel announcing appended events as `exerciseId:fromSeq:toSeq`. */
export const EVENTS_CHANNEL = notificationChannel('driehoek_exercise_events');

/** A logged clock control as the pure clock function takes it. */
export function toClockEvent(row: Pick<ExerciseEventEntity, 'type' | 'wallTime' | 'payload'>): ClockEvent {
  return { type: row.type, wallMs: row.wallTime.getTime(), ...row.payload } as ClockEvent;
}

/** The append-only, hash-chained log of one exercise. */
@Injectable()
export class EventLog {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends in the caller's transaction, which must hold the exercise row lock: that lock makes
   * the sequence gapless and the chain linear even with several api processes.
   */
  async append(
    manager: EntityManager,
    exerciseId: string,
    events: NewEvent[],
  ): Promise<ExerciseEventEntity[]> {
    const head = await manager.findOne(ExerciseEventEntity, {
      where: { exerciseId },
      order: { seq: 'DESC' },
      select: { seq: true, hash: true },
    });
    const rows = chainAfter(head, events.length, (seq, i) => ({
      exerciseId,
      seq,
      type: events[i].type,
      offsetMs: Math.round(events[i].offsetMs),
      wallTime: events[i].wallTime.toISOString(),
      actor: events[i].actor,
      audience: events[i].audience,
      payload: events[i].payload,
    })).map((linked) =>
      manager.create(ExerciseEventEntity, { ...linked, wallTime: new Date(linked.wallTime) }),
    );
    // jsonb payloads are plain data; TypeORM's deep-partial type cannot see that.
    if (rows.length) {
      await manager.insert(ExerciseEventEntity, rows as QueryDeepPartialEntity<ExerciseEventEntity>[]);
      // Delivered to every process's listener (PgListener) when (and only if) the transaction commits.
      await manager.query('SELECT pg_notify($1, $2)', [
        EVENTS_CHANNEL,
        `${exerciseId}:${rows[0].seq}:${rows[rows.length - 1].seq}`,
      ]);
    }
    return rows;
  }

  list(
    exerciseId: string,
    afterSeq = 0,
    limit = 1000,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ExerciseEventEntity[]> {
    return manager
      .getRepository(ExerciseEventEntity)
      .find({ where: { exerciseId, seq: MoreThan(afterSeq) }, order: { seq: 'ASC' }, take: limit });
  }

  range(
    exerciseId: string,
    fromSeq: number,
    toSeq: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ExerciseEventEntity[]> {
    return manager
      .getRepository(ExerciseEventEntity)
      .createQueryBuilder('e')
      .where('e.exercise_id = :exerciseId AND e.seq BETWEEN :fromSeq AND :toSeq', {
        exerciseId,
        fromSeq,
        toSeq,
      })
      .orderBy('e.seq', 'ASC')
      .getMany();
  }

  /** The sequence number of a role's first acknowledgement of a delivered inject, if any. */
  async acknowledgement(
    exerciseId: string,
    deliveredSeq: number,
    role: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number | undefined> {
    const rows: { seq: string }[] = await manager.query(
      `SELECT seq FROM exercise_event WHERE exercise_id = $1 AND type = 'inject.acknowledged'
         AND (payload->>'seq')::bigint = $2 AND payload->>'role' = $3 ORDER BY seq LIMIT 1`,
      [exerciseId, deliveredSeq, role],
    );
    return rows.length ? Number(rows[0].seq) : undefined;
  }

  /** The sequence number of the last event logged (0 for an empty log). */
  async head(exerciseId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const last = await manager.findOne(ExerciseEventEntity, {
      where: { exerciseId },
      order: { seq: 'DESC' },
      select: { seq: true },
    });
    return last?.seq ?? 0;
  }

  /** Whether the log holds an event of this type about this decision point. */
  async hasDecisionEvent(
    exerciseId: string,
    type: string,
    decisionPointId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM exercise_event WHERE exercise_id = $1 AND type = $2 AND payload->>'decisionPointId' = $3 LIMIT 1`,
      [exerciseId, type, decisionPointId],
    );
    return rows.length > 0;
  }

  /** The clock controls, in order: the input of the pure clock function. */
  async clockEvents(
    exerciseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ClockEvent[]> {
    const rows = await manager
      .getRepository(ExerciseEventEntity)
      .createQueryBuilder('e')
      .where('e.exercise_id = :exerciseId', { exerciseId })
      .andWhere("e.type LIKE 'clock.%'")
      .orderBy('e.seq', 'ASC')
      .getMany();
    return rows.map(toClockEvent);
  }

  /** The scenario offset at a wall instant, from the recorded clock controls. */
  async offsetAt(
    exerciseId: string,
    wallMs: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return offsetAt(clockState(await this.clockEvents(exerciseId, manager)), wallMs);
  }

  /** Recomputes the whole chain from the stored rows, in batches. */
  async verify(exerciseId: string): Promise<ChainVerdict> {
    const all: ExerciseEventEntity[] = [];
    for (let after = 0; ;) {
      const batch = await this.list(exerciseId, after, VERIFY_BATCH);
      all.push(...batch);
      if (batch.length < VERIFY_BATCH) break;
      after = batch[batch.length - 1].seq;
    }
    return verifyChain(
      all.map((e) => ({
        exerciseId: e.exerciseId,
        seq: e.seq,
        type: e.type,
        offsetMs: e.offsetMs,
        wallTime: e.wallTime.toISOString(),
        actor: e.actor,
        audience: e.audience,
        payload: e.payload,
        previousHash: e.previousHash,
        hash: e.hash,
      })),
    );
  }
}
