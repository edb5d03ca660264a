import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { BullMqScheduler, InProcessScheduler, PREPARE_MS, type Scheduler } from '@driehoek/core';
import { describeWithRedis } from '@driehoek/testing';

/** One contract, run against every adapter: what the engine may rely on. */
function schedulerContract(make: () => Scheduler & { close(): unknown }) {
  let sut: Scheduler & { close(): unknown };
  let wakes: { key: string; at: number; atMs: number }[];
  let failNext = false;
  const woke = (key: string, count = 1) =>
    new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 10_000;
      const poll = () => {
        if (wakes.filter((w) => w.key === key).length >= count) resolve();
        else if (Date.now() > deadline) reject(new Error(`${key} did not wake ${count}×`));
        else setTimeout(poll, 5);
      };
      poll();
    });

  beforeEach(() => {
    wakes = [];
    sut = make();
    sut.setHandler(async (key, atMs) => {
      wakes.push({ key, at: Date.now(), atMs });
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
    expect(wakes.filter((w) => w.key === 'a')).toHaveLength(1);
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
    expect(wakes.filter((w) => w.key === 'b')).toHaveLength(1);
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

  it('should wake at once for an instant in the past', async () => {
    await sut.arm('f', Date.now() - 1000);
    await woke('f');
  });
}

const silent = pino({ level: 'silent' });

describe('in-process scheduler', () => schedulerContract(() => new InProcessScheduler(silent)));

describeWithRedis('BullMQ scheduler', (redisUrl) =>
  schedulerContract(
    () =>
      new BullMqScheduler(
        { url: redisUrl, maxRetriesPerRequest: null },
        silent,
        `driehoek-test-${randomBytes(4).toString('hex')}`,
      ),
  ),
);
