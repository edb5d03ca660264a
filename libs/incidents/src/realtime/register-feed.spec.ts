import pino from 'pino';
import type { Clock, Scheduler } from '@driehoek/core';
import type { IncidentViewService } from '../incident-view.service';
import type { IncidentSummaryJson, RegisterBoard, RegisterNoticeJson } from '../incident-view';
import { IncidentCommitted } from '../stream/incident-committed.event';
import { RegisterFeed } from './register-feed';
import type { RegisterUpdate } from './register-updates';

const ORG = '00000000-0000-4000-8000-00000000000a';
const OTHER = '00000000-0000-4000-8000-00000000000b';
const INCIDENT = '00000000-0000-4000-8000-0000000000c1';

/** The scheduler port under the test's hand: it records what is armed and wakes only when told. */
class ManualScheduler implements Scheduler {
  readonly armed = new Map<string, number>();
  private handler?: (key: string, atMs: number) => Promise<void>;
  arm(key: string, atMs: number) {
    this.armed.set(key, atMs);
    return Promise.resolve();
  }
  disarm(key: string) {
    this.armed.delete(key);
    return Promise.resolve();
  }
  setHandler(handler: (key: string, atMs: number) => Promise<void>) {
    this.handler = handler;
  }
  async wake(key: string) {
    const at = this.armed.get(key)!;
    this.armed.delete(key);
    await this.handler!(key, at);
  }
}

const line = (id: string, noticeCount: number) => ({ id, noticeCount }) as unknown as IncidentSummaryJson;
const notice = (status: string) => ({ incident: { id: INCIDENT }, status }) as unknown as RegisterNoticeJson;

describe(RegisterFeed.name, () => {
  let sut: RegisterFeed;
  let scheduler: ManualScheduler;
  let nowMs: number;
  let boards: RegisterBoard[];
  let board: jest.Mock<Promise<RegisterBoard>, [string]>;
  let updates: RegisterUpdate[];

  /** What the register reads as next; each read takes the next one (the last one stays). */
  const willRead = (...next: [number, string[], number | null][]) => {
    boards = next.map(([count, statuses, nextChangeAt]) => ({
      now: new Date(nowMs),
      incidents: [line(INCIDENT, count)],
      notices: statuses.map(notice),
      nextChangeAt: nextChangeAt === null ? null : new Date(nextChangeAt),
    }));
  };

  beforeEach(() => {
    nowMs = Date.parse('2026-05-05T03:00:00Z');
    scheduler = new ManualScheduler();
    board = jest.fn((_organisationId: string) =>
      Promise.resolve((boards.length > 1 && boards.shift()) || boards[0]),
    );
    const clock: Clock = {
      now: () => new Date(nowMs),
      waitUntil: (atMs: number) => {
        nowMs = Math.max(nowMs, atMs);
        return Promise.resolve();
      },
    };
    sut = new RegisterFeed(
      { board } as unknown as IncidentViewService,
      clock,
      scheduler,
      pino({ level: 'silent' }),
    );
    sut.onModuleInit();
    updates = [];
    sut.publishTo((update) => updates.push(update));
  });

  it('should arm a wake-up for the next change and push what time changed when it comes', async () => {
    willRead([0, [], nowMs + 60_000], [1, ['due-soon'], nowMs + 3_600_000]);
    sut.follow(ORG);
    const snapshot = await sut.snapshot(ORG, (s) => s);
    expect(snapshot.notices).toEqual([]);
    expect(scheduler.armed).toEqual(new Map([[`register:${ORG}`, nowMs + 60_000]]));

    await scheduler.wake(`register:${ORG}`);
    expect(updates).toEqual([
      {
        organisationId: ORG,
        changed: [line(INCIDENT, 1)],
        notices: { organisationId: ORG, now: expect.any(String), notices: [notice('due-soon')] },
      },
    ]);
    expect(scheduler.armed.get(`register:${ORG}`)).toBe(Date.parse('2026-05-05T04:00:00Z'));
  });

  it('should read as of the armed instant, not the moment the scheduler wakes it a little early', async () => {
    willRead([0, [], nowMs + 60_000]);
    sut.follow(ORG);
    await sut.snapshot(ORG, () => undefined);
    await scheduler.wake(`register:${ORG}`);
    expect(nowMs).toBe(Date.parse('2026-05-05T03:01:00Z'));
  });

  it('should push a written incident to the followers of its organisation only', async () => {
    willRead([0, [], null]);
    sut.follow(ORG);
    await sut.snapshot(ORG, () => undefined);
    sut.committed(new IncidentCommitted({ kind: 'incident', organisationId: OTHER, incidentId: INCIDENT }));
    await sut.refresh(ORG, INCIDENT);
    expect(updates).toEqual([{ organisationId: ORG, changed: [line(INCIDENT, 0)] }]);
    expect(board).toHaveBeenCalledTimes(2);
    expect(board).not.toHaveBeenCalledWith(OTHER);
  });

  it('should read a burst of writes waiting for one turn once', async () => {
    willRead([0, [], null]);
    sut.follow(ORG);
    const snapshot = sut.snapshot(ORG, () => undefined);
    await Promise.all([sut.refresh(ORG, INCIDENT), sut.refresh(ORG, INCIDENT), sut.refresh(ORG), snapshot]);
    expect(board).toHaveBeenCalledTimes(2);
  });

  it('should hand a snapshot over only after the changes read before it were pushed', async () => {
    willRead([0, [], null], [1, ['due-soon'], null]);
    sut.follow(ORG);
    await sut.snapshot(ORG, () => undefined);
    const order: string[] = [];
    sut.publishTo(() => order.push('update'));
    await sut.snapshot(ORG, () => order.push('snapshot'));
    expect(order).toEqual(['update', 'snapshot']);
  });

  it('should disarm when the last socket of a register goes, and read all it follows after a listener outage', async () => {
    willRead([0, [], nowMs + 60_000]);
    const first = sut.follow(ORG);
    const second = sut.follow(ORG);
    await sut.snapshot(ORG, () => undefined);
    first();
    first();
    expect(scheduler.armed.size).toBe(1);
    sut.committed(new IncidentCommitted({ kind: 'all' }));
    await sut.refresh(ORG);
    expect(board).toHaveBeenCalledTimes(2);
    second();
    expect(scheduler.armed.size).toBe(0);
  });
});
