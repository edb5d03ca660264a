import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ScheduledItemEntity, type ScheduledKind } from './scheduled-item.entity';

/** jsonb columns hold plain data; TypeORM's deep-partial insert type cannot see that. */
type Row = QueryDeepPartialEntity<ScheduledItemEntity>;

export interface NewScheduledItem {
  kind: ScheduledKind;
  refId: string;
  occurrence: number;
  dueOffsetMs: number;
  /** Why it is scheduled: `{timeline: true}`, `{trigger: id}`, `{facilitator: email}`. */
  cause: Record<string, unknown>;
  status?: 'pending' | 'fired';
}

/** The one regulatory-clock check per exercise, at the next moment a clock changes by time alone. */
export const CLOCK_CHECK_REF = 'regulatory-clocks';

/**
 * The only place that touches an exercise's schedule. Writes take the caller's transaction, which
 * holds the exercise row lock (LiveExercise); reads without one see the last commit.
 */
@Injectable()
export class ScheduleRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, exerciseId: string, items: NewScheduledItem[]): Promise<void> {
    if (!items.length) return;
    await manager.insert(
      ScheduledItemEntity,
      items.map((item) => ({
        exerciseId,
        status: 'pending',
        firedSeq: null,
        ...item,
        dueOffsetMs: Math.floor(item.dueOffsetMs),
      })) as Row[],
    );
  }

  /** Pending items due by `offsetMs`, in firing order. */
  due(manager: EntityManager, exerciseId: string, offsetMs: number): Promise<ScheduledItemEntity[]> {
    return manager
      .createQueryBuilder(ScheduledItemEntity, 'i')
      .where('i.exercise_id = :exerciseId AND i.status = :status AND i.due_offset_ms <= :now', {
        exerciseId,
        status: 'pending',
        // The armed instant is the due instant rounded up to the ms; rounding here absorbs the
        // floating-point error of mapping it back, or the item would miss its own wake-up.
        now: Math.round(offsetMs),
      })
      .orderBy('i.due_offset_ms', 'ASC')
      .addOrderBy('i.kind', 'DESC') // an inject before the decision it raises at the same moment
      .addOrderBy('i.ref_id', 'ASC')
      .getMany();
  }

  /** The claim: only one transaction can move an occurrence from pending to fired. */
  async claim(manager: EntityManager, itemId: string): Promise<boolean> {
    const claimed = await manager.update(
      ScheduledItemEntity,
      { id: itemId, status: 'pending' },
      { status: 'fired' },
    );
    return Boolean(claimed.affected);
  }

  async markFired(manager: EntityManager, itemId: string, seq: number): Promise<void> {
    await manager.update(ScheduledItemEntity, { id: itemId }, { firedSeq: seq });
  }

  /** The earliest pending item: what the scheduler is armed for. */
  next(
    exerciseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ScheduledItemEntity | null> {
    return manager.findOne(ScheduledItemEntity, {
      where: { exerciseId, status: 'pending' },
      order: { dueOffsetMs: 'ASC' },
    });
  }

  async nextOccurrence(
    manager: EntityManager,
    exerciseId: string,
    kind: ScheduledKind,
    refId: string,
  ): Promise<number> {
    const last = await manager.findOne(ScheduledItemEntity, {
      where: { exerciseId, kind, refId },
      order: { occurrence: 'DESC' },
    });
    return (last?.occurrence ?? 0) + 1;
  }

  /** Occurrences of a scenario inject that have fired (by the clock, a trigger or by hand). */
  firedCount(manager: EntityManager, exerciseId: string, injectId: string): Promise<number> {
    return manager.count(ScheduledItemEntity, {
      where: { exerciseId, kind: 'inject', refId: injectId, status: 'fired' },
    });
  }

  pendingInject(manager: EntityManager, exerciseId: string, injectId: string) {
    return manager.findOne(ScheduledItemEntity, {
      where: { exerciseId, kind: 'inject', refId: injectId, status: 'pending' },
      order: { dueOffsetMs: 'ASC' },
    });
  }

  async skip(manager: EntityManager, itemId: string): Promise<void> {
    await manager.update(ScheduledItemEntity, { id: itemId }, { status: 'skipped' });
  }

  async move(manager: EntityManager, itemId: string, dueOffsetMs: number): Promise<void> {
    await manager.update(ScheduledItemEntity, { id: itemId }, { dueOffsetMs: Math.floor(dueOffsetMs) });
  }

  /** At the end: nothing stays pending. */
  async cancelPending(manager: EntityManager, exerciseId: string): Promise<void> {
    await manager.update(ScheduledItemEntity, { exerciseId, status: 'pending' }, { status: 'cancelled' });
  }

  /** Moves the one clock check to `offsetMs`, or takes it off (null). */
  async setClockCheck(manager: EntityManager, exerciseId: string, offsetMs: number | null): Promise<void> {
    const pending = await manager.findOneBy(ScheduledItemEntity, {
      exerciseId,
      kind: 'clock-check',
      status: 'pending',
    });
    if (pending) {
      if (offsetMs === null) await this.skip(manager, pending.id);
      else if (pending.dueOffsetMs !== offsetMs) await this.move(manager, pending.id, offsetMs);
      return;
    }
    if (offsetMs === null) return;
    await this.insert(manager, exerciseId, [
      {
        kind: 'clock-check',
        refId: CLOCK_CHECK_REF,
        occurrence: await this.nextOccurrence(manager, exerciseId, 'clock-check', CLOCK_CHECK_REF),
        dueOffsetMs: offsetMs,
        cause: { clocks: true },
      },
    ]);
  }

  /** The whole schedule, for the facilitator. */
  list(exerciseId: string, manager: EntityManager = this.dataSource.manager): Promise<ScheduledItemEntity[]> {
    return manager.find(ScheduledItemEntity, {
      where: { exerciseId },
      order: { dueOffsetMs: 'ASC', refId: 'ASC', occurrence: 'ASC' },
    });
  }

  /** What has not fired, for the timeline. */
  unfired(manager: EntityManager, exerciseId: string): Promise<ScheduledItemEntity[]> {
    return manager.find(ScheduledItemEntity, { where: { exerciseId, status: In(['pending', 'skipped']) } });
  }
}
