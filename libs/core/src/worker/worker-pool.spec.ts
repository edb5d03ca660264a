import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { PoolTestJob } from '../../../../test/support/worker-pool-test.task';
import { WorkerPool, type WorkerPoolOptions } from './worker-pool';
import { movable } from './worker-protocol';
import { WorkerTaskRefused } from './worker-task-refused';

const pool = (options: Partial<WorkerPoolOptions> = {}) =>
  new WorkerPool<PoolTestJob, unknown>({
    entry: join(__dirname, '../../../../test/support/worker-pool-test.task'),
    name: 'test',
    timeoutMs: 30_000,
    threads: 1,
    ...options,
  });

describe(WorkerPool.name, () => {
  let sut: WorkerPool<PoolTestJob, unknown>;

  afterEach(async () => {
    await sut.close();
  });

  it('should run the task module on a thread of its own and give back what it returns', async () => {
    sut = pool();
    const value = { nested: [1, 'twee', null], at: new Date('2026-11-23T09:00:00Z') };

    expect(await sut.run({ kind: 'echo', value })).toEqual(value);
    expect(await sut.run({ kind: 'thread' })).not.toBe(threadId);
  });

  it('should hand over the bytes a task makes as a Uint8Array', async () => {
    sut = pool();

    const bytes = (await sut.run({ kind: 'bytes', length: 100_000 })) as Uint8Array;

    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.byteLength).toBe(100_000);
    expect(bytes.every((b) => b === 7)).toBe(true);
  });

  it('should reject with the task’s own error and go on with the next task', async () => {
    sut = pool();

    await expect(sut.run({ kind: 'throw', message: 'kapot' })).rejects.toThrow(
      /The test failed in its thread: Error: kapot/,
    );
    expect(await sut.run({ kind: 'echo', value: 1 })).toBe(1);
  });

  it('should stop a task over its CPU budget, refuse it, and run the next on a new thread', async () => {
    sut = pool({ timeoutMs: 50 });

    const refused = await sut.run({ kind: 'spin', ms: 5_000 }).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(WorkerTaskRefused);
    expect(refused).toMatchObject({ reason: 'took-too-long', limit: 50 });
    expect(await sut.run({ kind: 'spin', ms: 1 })).toBe('spun');
  });

  it('should refuse a task that needs more memory than a thread has, without stopping the process', async () => {
    sut = pool({ maxHeapMb: 64 });
    await sut.run({ kind: 'echo', value: 'gestart' });

    const refused = await sut.run({ kind: 'grow' }).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(WorkerTaskRefused);
    expect(refused).toMatchObject({ reason: 'out-of-memory', limit: 64 });
    expect(await sut.run({ kind: 'echo', value: 'weer' })).toBe('weer');
  });

  it('should refuse a task when the queue is full instead of piling them up', async () => {
    sut = pool({ maxQueue: 2 });

    const waiting = [sut.run({ kind: 'echo', value: 1 }), sut.run({ kind: 'echo', value: 2 })];
    const refused = await sut.run({ kind: 'echo', value: 3 }).catch((error: unknown) => error);

    expect(refused).toMatchObject({ reason: 'busy', limit: 2 });
    expect(await Promise.all(waiting)).toEqual([1, 2]);
  });

  it('should refuse every waiting task when the task module cannot be loaded', async () => {
    sut = pool({ entry: join(__dirname, 'no-such.task') });

    await expect(sut.run({ kind: 'echo', value: 1 })).rejects.toThrow(/no-such\.task/);
  });
});

describe(movable.name, () => {
  it('should move a buffer a result fills, and copy one it shares with other Buffers', () => {
    const own = Buffer.alloc(10_000);
    const pooled = Buffer.from('klein');

    expect(movable(own)).toEqual([own.buffer]);
    expect(movable(pooled)).toEqual([]);
    expect(movable('tekst')).toEqual([]);
  });
});
