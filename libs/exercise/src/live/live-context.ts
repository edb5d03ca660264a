import type { Scenario } from '@driehoek/scenario';
import type { EntityManager } from 'typeorm';
import { applyClockEvent, offsetAt, type ClockEvent, type ClockState } from '../clock/exercise-clock';
import type { ScheduleRepository, NewScheduledItem } from '../engine/schedule.repository';
import type { ExerciseEntity, ExerciseStatus } from '../exercise.entity';
import type { EventLog, NewEvent } from '../log/event-log';
import type { ExerciseEventEntity } from '../log/exercise-event.entity';
import type { ScheduledItemEntity, ScheduledKind } from '../engine/scheduled-item.entity';

/** A clock control as a command records it: the event without its wall instant. */
export type ClockControl = ClockEvent extends infer E
  ? E extends { wallMs: number }
    ? Omit<E, 'wallMs'>
    : never
  : never;

/**
 * One write to a live exercise, inside its locked transaction: the exercise, its scenario version,
 * the moment the write takes effect (wall and scenario time) and the only ways to change its log,
 * its schedule and its status. LiveExercise makes one per command; handlers receive it.
 */
export class LiveContext {
  private statusNow: ExerciseStatus;
  private clockNow: ClockState;
  /** Set by a prepared firing: the transaction commits on this wall instant, not before. */
  commitAtMs?: number;

  constructor(
    readonly manager: EntityManager,
    readonly exercise: ExerciseEntity,
    readonly scenario: Scenario,
    clock: ClockState,
    /** When the command takes effect: now, or the instant a prepared firing is for. */
    readonly wallTime: Date,
    readonly scenarioStartMs: number,
    private readonly log: EventLog,
    private readonly scheduleRepository: ScheduleRepository,
  ) {
    this.statusNow = exercise.status;
    this.clockNow = clock;
  }

  get exerciseId(): string {
    return this.exercise.id;
  }

  get status(): ExerciseStatus {
    return this.statusNow;
  }

  get clock(): ClockState {
    return this.clockNow;
  }

  /** The scenario offset at which this command takes effect. */
  get offsetMs(): number {
    return offsetAt(this.clockNow, this.wallTime.getTime());
  }

  /** The fictional date-time at a scenario offset. */
  scenarioInstant(offsetMs: number): Date {
    return new Date(this.scenarioStartMs + offsetMs);
  }

  append(events: NewEvent[]): Promise<ExerciseEventEntity[]> {
    return this.log.append(this.manager, this.exercise.id, events);
  }

  /** Records a clock control at this moment and moves the clock on with it. */
  async recordClock(control: ClockControl, actor: string): Promise<void> {
    const { type, ...payload } = control;
    // A clock control's payload is the control without its type: the registry's shape for it.
    await this.append([
      { type, offsetMs: this.offsetMs, wallTime: this.wallTime, actor, audience: ['*'], payload } as NewEvent,
    ]);
    this.clockNow = applyClockEvent(this.clockNow, { ...control, wallMs: this.wallTime.getTime() });
  }

  /** The status this command leaves the exercise in; LiveExercise writes it before the commit. */
  setStatus(status: ExerciseStatus): void {
    this.statusNow = status;
  }

  /** The schedule of this exercise, in this transaction. */
  readonly schedule = {
    insert: (items: NewScheduledItem[]) =>
      this.scheduleRepository.insert(this.manager, this.exercise.id, items),
    due: () => this.scheduleRepository.due(this.manager, this.exercise.id, this.offsetMs),
    claim: (item: ScheduledItemEntity) => this.scheduleRepository.claim(this.manager, item.id),
    markFired: (item: ScheduledItemEntity, seq: number) =>
      this.scheduleRepository.markFired(this.manager, item.id, seq),
    next: () => this.scheduleRepository.next(this.exercise.id, this.manager),
    nextOccurrence: (kind: ScheduledKind, refId: string) =>
      this.scheduleRepository.nextOccurrence(this.manager, this.exercise.id, kind, refId),
    firedCount: (injectId: string) =>
      this.scheduleRepository.firedCount(this.manager, this.exercise.id, injectId),
    pendingInject: (injectId: string) =>
      this.scheduleRepository.pendingInject(this.manager, this.exercise.id, injectId),
    skip: (item: ScheduledItemEntity) => this.scheduleRepository.skip(this.manager, item.id),
    move: (item: ScheduledItemEntity, dueOffsetMs: number) =>
      this.scheduleRepository.move(this.manager, item.id, dueOffsetMs),
    cancelPending: () => this.scheduleRepository.cancelPending(this.manager, this.exercise.id),
    setClockCheck: (offsetMs: number | null) =>
      this.scheduleRepository.setClockCheck(this.manager, this.exercise.id, offsetMs),
  };
}
