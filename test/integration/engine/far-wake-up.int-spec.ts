import pino from 'pino';
import { InProcessScheduler, PREPARE_MS } from '@driehoek/core';

/**
 * A wake-up more than 2^31 − 1 ms (24.8 days) of wall time away: at 1× an NIS2 final report is due
 * a month after the notification. Node cannot hold a timer that long and fires it after 1 ms
 * instead; a scheduler that hands it the whole wait spins on a 1 ms timer until the instant (and a
 * Jest run with such an exercise never exits), so it must wait in steps.
 */
describe(InProcessScheduler.name, () => {
  const MONTH_MS = 30 * 86_400_000;

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('should wait for a wake-up a month away without spinning, and wake once at its instant', async () => {
    jest.useFakeTimers({ now: Date.UTC(2026, 10, 23, 9, 0, 0) });
    const sut = new InProcessScheduler(pino({ level: 'silent' }));
    const handler = jest.fn((_key: string, _atMs: number) => Promise.resolve());
    sut.setHandler(handler);
    const atMs = Date.now() + MONTH_MS;
    await sut.arm('oefening', atMs);

    // A second of waiting is a timer or two, not one every millisecond.
    const timers = jest.spyOn(globalThis, 'setTimeout');
    await jest.advanceTimersByTimeAsync(1000);
    expect(timers.mock.calls.length).toBeLessThan(10);
    expect(handler).not.toHaveBeenCalled();

    await jest.advanceTimersByTimeAsync(atMs - PREPARE_MS - 1 - Date.now());
    expect(handler).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(PREPARE_MS + 1);
    expect(handler.mock.calls).toEqual([['oefening', atMs]]);
    sut.close();
  });
});
