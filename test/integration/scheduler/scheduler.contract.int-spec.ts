import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import pino from 'pino';
import { BullMqScheduler, InProcessScheduler, PREPARE_MS, type Scheduler } from '@driehoek/core';
import { describeWithRedis } from '@driehoek/testing';

// A busy machine delays wake-ups; the tests wait for them rather than time them.
jest.setTimeout(30_000);

interface Wake {
  key: string;
  at: number;
  atMs: number;
  by: string;
}

/** Resolves once `key` has woken `count` times: the handler runs in a worker, so this polls. */
function wokeIn(wakes: Wake[], key: string, count = 1): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 20_000;
    const poll = () => {
      if (wakes.filter((w) => w.key === key).length >= count) resolve();
      else if (Date.now() > deadline) reject(new Error(`${key} did not wake ${count}×`));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

/** One contract, run against every adapter: what the engine may rely on. */
function schedulerContract(make: () => Scheduler & { close(): unknown }) {
  let sut: Scheduler & { close(): unknown };
  const wakes: Wake[] = [];
  let failNext = false;
  let onWake: ((key: string, atMs: number) => Promise<void>) | undefined;
  const woke = (key: string, count = 1) => wokeIn(wakes, key, count);
  const wakesOf = (key: string) => wakes.filter((w) => w.key === key);

  beforeEach(() => {
    wakes.length = 0;
    failNext = false;
    onWake = undefined;
    sut = make();
    sut.setHandler(async (key, atMs) => {
      wakes.push({ key, at: Date.now(), atMs, by: 'sut' });
      await onWake?.(key, atMs);
      if (failNext) {
        failNext = false;
        throw new Error('handler failed');
      }
    });
  });

  afterEach(async () => {
    await sut.close();
  });

  it('should wake the handler once with the armed instant, no earlier than PREPARE_MS before it', async () => {
    const at = Date.now() + 300;
    await sut.arm('a', at);
    await woke('a');
    expect(wakes[0].atMs).toBe(at);
    expect(wakes[0].at).toBeGreaterThanOrEqual(at - PREPARE_MS);
    await sut.arm('sentinel', Date.now() + 200);
    await woke('sentinel');
    expect(wakesOf('a')).toHaveLength(1);
  });

  it('should wake once for an instant armed five times', async () => {
    const at = Date.now() + 300;
    for (let i = 0; i < 5; i++) await sut.arm('five', at);
    await woke('five');
    await sut.arm('sentinel', Date.now() + 200);
    await woke('sentinel');
    expect(wakesOf('five').map((w) => w.atMs)).toEqual([at]);
  });

  it('should let a new arming of a key replace the earlier one', async () => {
    const later = Date.now() + 600;
    await sut.arm('b', later);
    const sooner = Date.now() + 200;
    await sut.arm('b', sooner);
    await woke('b');
    expect(wakes[0].atMs).toBe(sooner);
    expect(wakes[0].at).toBeGreaterThanOrEqual(sooner - PREPARE_MS);
    expect(wakes[0].at).toBeLessThan(later - PREPARE_MS);
    await sut.arm('sentinel', later + 200);
    await woke('sentinel');
    expect(wakesOf('b')).toHaveLength(1);
  });

  it('should wake only for the later instant when a key is re-armed later', async () => {
    const sooner = Date.now() + 400;
    await sut.arm('later', sooner);
    const later = sooner + 200;
    await sut.arm('later', later);
    await woke('later');
    expect(wakesOf('later')[0].atMs).toBe(later);
    await sut.arm('sentinel', Date.now() + 200);
    await woke('sentinel');
    expect(wakesOf('later')).toHaveLength(1);
  });

  it('should wake for the later instant a handler arms for its own key', async () => {
    const first = Date.now() + 200;
    const second = first + 200;
    onWake = async (key, atMs) => {
      if (key === 'self' && atMs === first) await sut.arm('self', second);
    };
    await sut.arm('self', first);
    await woke('self', 2);
    expect(wakesOf('self').map((w) => w.atMs)).toEqual([first, second]);
  });

  it('should not wake a disarmed key', async () => {
    await sut.arm('c', Date.now() + 200);
    await sut.disarm('c');
    await sut.arm('sentinel', Date.now() + 500);
    await woke('sentinel');
    expect(wakes.map((w) => w.key)).toEqual(['sentinel']);
  });

  it('should keep waking after a handler failed', async () => {
    failNext = true;
    await sut.arm('d', Date.now() + 100);
    await woke('d');
    await sut.arm('e', Date.now() + 100);
    await woke('e');
  });

  it('should wake again for an instant armed again after its wake-up failed', async () => {
    const at = Date.now() + 100;
    failNext = true;
    await sut.arm('again', at);
    await woke('again');
    await sut.arm('again', at);
    await woke('again', 2);
    expect(wakesOf('again').map((w) => w.atMs)).toEqual([at, at]);
  });

  it('should wake at once for an instant in the past', async () => {
    await sut.arm('f', Date.now() - 1000);
    await woke('f');
  });
}

const silent = pino({ level: 'silent' });

describe('in-process scheduler', () => schedulerContract(() => new InProcessScheduler(silent)));

describeWithRedis('BullMQ scheduler', (redisUrl) => {
  const connection = { url: redisUrl, maxRetriesPerRequest: null };
  const freshPrefix = () => `driehoek-test-${randomBytes(4).toString('hex')}`;

  schedulerContract(() => new BullMqScheduler(connection, silent, freshPrefix()));

  // Several api and worker processes share one Redis and prefix: two instances stand for two processes.
  describe('in two processes', () => {
    let prefix: string;
    let one: BullMqScheduler;
    let two: BullMqScheduler;
    const wakes: Wake[] = [];
    const woke = (key: string, count = 1) => wokeIn(wakes, key, count);
    const wakesOf = (key: string) => wakes.filter((w) => w.key === key);
    const recordAs = (by: string) => (key: string, atMs: number) => {
      wakes.push({ key, at: Date.now(), atMs, by });
      return Promise.resolve();
    };
    /** A wake-up armed after the others, to show nothing more comes for them. */
    const sentinel = async (afterMs: number) => {
      await one.arm('sentinel', afterMs + 200);
      await woke('sentinel');
    };

    beforeEach(() => {
      wakes.length = 0;
      prefix = freshPrefix();
      one = new BullMqScheduler(connection, silent, prefix);
      two = new BullMqScheduler(connection, silent, prefix);
      one.setHandler(recordAs('one'));
      two.setHandler(recordAs('two'));
    });

    afterEach(async () => {
      await Promise.all([one.close(), two.close()]);
    });

    it('should wake once in all when both arm the same instant, several times over', async () => {
      const at = Date.now() + 300;
      await Promise.all([1, 2, 3].flatMap(() => [one.arm('same', at), two.arm('same', at)]));
      await woke('same');
      await sentinel(at);
      expect(wakesOf('same').map((w) => w.atMs)).toEqual([at]);
    });

    it("should wake only for the latest instant when one supersedes the other's arming", async () => {
      const sooner = Date.now() + 400;
      await one.arm('moved', sooner);
      const later = sooner + 200;
      await two.arm('moved', later);
      // The superseded job is gone from Redis, not just skipped when its time comes.
      const queue = new Queue(BullMqScheduler.queueName, { connection, prefix });
      try {
        expect((await queue.getJobs(['delayed', 'wait'])).map((job) => job.data)).toEqual([
          { key: 'moved', atMs: later },
        ]);
      } finally {
        await queue.close();
      }
      await woke('moved');
      await sentinel(later);
      expect(wakesOf('moved').map((w) => w.atMs)).toEqual([later]);
    });

    it("should not wake a key the other disarmed, nor for the other's earlier instant", async () => {
      const at = Date.now() + 300;
      await one.arm('gone', at);
      await two.disarm('gone');
      await one.arm('back', at);
      await two.arm('back', at + 100);
      await woke('back');
      await sentinel(at + 100);
      expect(wakesOf('gone')).toEqual([]);
      expect(wakesOf('back').map((w) => w.atMs)).toEqual([at + 100]);
    });
  });
});
