import { Injectable, type LoggerService } from '@nestjs/common';
import {
  EventEmitter2,
  EventEmitterModule,
  EventEmitterReadinessWatcher,
  OnEvent,
} from '@nestjs/event-emitter';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Logger } from 'pino';
import type { ExerciseEventEntity } from '../log/exercise-event.entity';
import { CommittedEventPublisher } from './committed-event-publisher';
import { ExerciseEventCommitted } from './exercise-event-committed.event';

const EXERCISE = 'ex-1';

@Injectable()
class ThrowingSubscriber {
  @OnEvent(ExerciseEventCommitted.eventName)
  handle(): void {
    throw new Error('sync subscriber failed');
  }
}

@Injectable()
class RejectingSubscriber {
  @OnEvent(ExerciseEventCommitted.eventName)
  async handle(): Promise<void> {
    await Promise.resolve();
    throw new Error('async subscriber failed');
  }
}

@Injectable()
class StrictSubscriber {
  @OnEvent(ExerciseEventCommitted.eventName, { suppressErrors: false })
  async handle(): Promise<void> {
    await Promise.resolve();
    throw new Error('strict subscriber failed');
  }
}

/** Takes longer for odd sequence numbers: a publisher that did not wait would reorder them. */
@Injectable()
class RecordingSubscriber {
  readonly seen: string[] = [];

  @OnEvent(ExerciseEventCommitted.eventName)
  async handle({ exerciseId, event }: ExerciseEventCommitted): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, event.seq % 2 ? 5 : 0));
    this.seen.push(`${exerciseId}#${event.seq}`);
  }
}

/** The exercise log as the publisher reads it: rows by exercise, read after a sequence number. */
class FakeLog {
  readonly rows = new Map<string, ExerciseEventEntity[]>();
  failNextReads = 0;

  commit(exerciseId: string, count: number): { exerciseId: string; fromSeq: number; toSeq: number } {
    const rows = this.rows.get(exerciseId) ?? [];
    const fromSeq = rows.length + 1;
    for (let i = 0; i < count; i++)
      rows.push({ exerciseId, seq: rows.length + 1, type: 'inject.delivered' } as ExerciseEventEntity);
    this.rows.set(exerciseId, rows);
    return { exerciseId, fromSeq, toSeq: rows.length };
  }

  list = async (exerciseId: string, afterSeq = 0, limit = 1000): Promise<ExerciseEventEntity[]> => {
    await Promise.resolve();
    if (this.failNextReads > 0) {
      this.failNextReads--;
      throw new Error('connection refused');
    }
    return (this.rows.get(exerciseId) ?? []).filter((row) => row.seq > afterSeq).slice(0, limit);
  };

  head = async (exerciseId: string): Promise<number> => {
    await Promise.resolve();
    return (this.rows.get(exerciseId) ?? []).length;
  };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe(CommittedEventPublisher.name, () => {
  let module: TestingModule;
  let sut: CommittedEventPublisher;
  let log: FakeLog;
  let recorder: RecordingSubscriber;
  let logger: { error: jest.Mock; warn: jest.Mock; info: jest.Mock };
  let nestErrors: string[];

  beforeEach(async () => {
    nestErrors = [];
    const nestLogger: LoggerService = {
      log: () => undefined,
      warn: () => undefined,
      error: (message: unknown) => void nestErrors.push(String(message)),
    };
    module = await Test.createTestingModule({
      imports: [EventEmitterModule.forRoot()],
      // The failing subscribers come first: they must not keep the recorder from its events.
      providers: [ThrowingSubscriber, RejectingSubscriber, StrictSubscriber, RecordingSubscriber],
    })
      .setLogger(nestLogger)
      .compile();
    await module.init();
    log = new FakeLog();
    logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn() };
    recorder = module.get(RecordingSubscriber);
    const readiness = module.get(EventEmitterReadinessWatcher);
    sut = new CommittedEventPublisher({
      log,
      head: log.head,
      emitter: module.get(EventEmitter2),
      ready: () => readiness.waitUntilReady(),
      logger: logger as unknown as Logger,
    });
  });

  afterEach(async () => {
    await sut.close();
    await module.close();
  });

  it('should publish each committed event once, in sequence order, ignoring a repeated notification', async () => {
    const first = log.commit(EXERCISE, 2);
    const second = log.commit(EXERCISE, 1);
    await Promise.all([sut.appended(first), sut.appended(first), sut.appended(second)]);

    expect(recorder.seen).toEqual(['ex-1#1', 'ex-1#2', 'ex-1#3']);
    expect(sut.lastPublished(EXERCISE)).toBe(3);
  });

  it('should fill a gap from the last published event when a notification was missed', async () => {
    await sut.appended(log.commit(EXERCISE, 1));
    log.commit(EXERCISE, 2); // its notification never arrives
    await sut.appended(log.commit(EXERCISE, 1));

    expect(recorder.seen).toEqual(['ex-1#1', 'ex-1#2', 'ex-1#3', 'ex-1#4']);
  });

  it('should start an exercise it first hears of at the notified event, not at the start of its log', async () => {
    log.commit(EXERCISE, 3); // before this process started
    await sut.appended(log.commit(EXERCISE, 2));

    expect(recorder.seen).toEqual(['ex-1#4', 'ex-1#5']);
  });

  it('should keep publishing to the other subscribers when one throws, one rejects and one rethrows', async () => {
    // Not through @OnEvent, and first in line: emitAsync would not call anything after it.
    module.get(EventEmitter2).prependListener(ExerciseEventCommitted.eventName, () => {
      throw new Error('plain listener failed');
    });
    await sut.appended(log.commit(EXERCISE, 2));

    expect(recorder.seen).toEqual(['ex-1#1', 'ex-1#2']);
    // @OnEvent catches and logs the suppressed failures itself …
    expect(nestErrors.filter((m) => m === 'sync subscriber failed')).toHaveLength(2);
    expect(nestErrors.filter((m) => m === 'async subscriber failed')).toHaveLength(2);
    // … and the one that rethrows is logged by the publisher, with the event it failed on.
    expect(logger.error).toHaveBeenCalledTimes(4);
    for (const message of ['strict subscriber failed', 'plain listener failed'])
      expect(logger.error).toHaveBeenCalledWith(
        expect.objectContaining({ exerciseId: EXERCISE, seq: 1, err: new Error(message) }),
        'a subscriber to committed events failed',
      );
  });

  it('should publish on catch-up what a tracked exercise committed while notifications were lost', async () => {
    log.commit(EXERCISE, 2);
    await sut.track(EXERCISE);
    log.commit('ex-2', 1);
    await sut.appended(log.commit('ex-2', 1));
    log.commit(EXERCISE, 2); // committed while the listener was down
    log.commit('ex-2', 1);

    await sut.catchUp();

    const of = (exerciseId: string) => recorder.seen.filter((s) => s.startsWith(`${exerciseId}#`));
    expect(of(EXERCISE)).toEqual(['ex-1#3', 'ex-1#4']);
    expect(of('ex-2')).toEqual(['ex-2#2', 'ex-2#3']);
  });

  it('should retry a failed read and then publish what it missed', async () => {
    log.failNextReads = 2;
    await sut.appended(log.commit(EXERCISE, 2));
    expect(recorder.seen).toEqual([]);

    await until(() => recorder.seen.length === 2, 'the retried events');
    expect(recorder.seen).toEqual(['ex-1#1', 'ex-1#2']);
    expect(logger.error).toHaveBeenCalledWith(
      expect.objectContaining({ exerciseId: EXERCISE, retryInMs: expect.any(Number) }),
      'could not publish committed events; retrying',
    );
  });
});
