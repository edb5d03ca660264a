import { applyClockEvent, clockState, offsetAt, wallAt, type ClockEvent } from './exercise-clock';

const T0 = 1_800_000_000_000;
const s = (seconds: number) => T0 + seconds * 1000;

describe('exercise clock', () => {
  it('should stand still before the start', () => {
    expect(offsetAt(clockState([]), s(100))).toBe(0);
  });

  it('should run at the given speed from the start', () => {
    const state = clockState([{ type: 'clock.started', wallMs: s(0), speed: 60 }]);
    expect(offsetAt(state, s(10))).toBe(600_000);
    expect(wallAt(state, 600_000)).toBe(s(10));
  });

  it('should freeze while paused and continue from there on resume', () => {
    const events: ClockEvent[] = [
      { type: 'clock.started', wallMs: s(0), speed: 2 },
      { type: 'clock.paused', wallMs: s(10) },
      { type: 'clock.resumed', wallMs: s(100) },
    ];
    expect(offsetAt(clockState(events.slice(0, 2)), s(50))).toBe(20_000);
    expect(wallAt(clockState(events.slice(0, 2)), 30_000)).toBeUndefined();
    expect(offsetAt(clockState(events), s(105))).toBe(30_000);
  });

  it('should keep scenario time continuous across a speed change', () => {
    const state = clockState([
      { type: 'clock.started', wallMs: s(0), speed: 1 },
      { type: 'clock.speed-changed', wallMs: s(60), speed: 3600 },
    ]);
    expect(offsetAt(state, s(60))).toBe(60_000);
    expect(offsetAt(state, s(61))).toBe(60_000 + 3_600_000);
  });

  it('should jump forward or back and run on from the new point', () => {
    const state = clockState([
      { type: 'clock.started', wallMs: s(0), speed: 10 },
      { type: 'clock.jumped', wallMs: s(5), toOffsetMs: 30 * 3_600_000 },
    ]);
    expect(offsetAt(state, s(5))).toBe(30 * 3_600_000);
    expect(offsetAt(state, s(6))).toBe(30 * 3_600_000 + 10_000);
    const back = applyClockEvent(state, { type: 'clock.jumped', wallMs: s(7), toOffsetMs: 0 });
    expect(offsetAt(back, s(7))).toBe(0);
  });

  it('should jump while paused without starting to run', () => {
    const state = clockState([
      { type: 'clock.started', wallMs: s(0), speed: 1 },
      { type: 'clock.paused', wallMs: s(1) },
      { type: 'clock.jumped', wallMs: s(2), toOffsetMs: 5000 },
    ]);
    expect(state.status).toBe('paused');
    expect(offsetAt(state, s(500))).toBe(5000);
  });

  it('should be a pure function of the events: replaying any prefix gives the same answer', () => {
    const events: ClockEvent[] = [
      { type: 'clock.started', wallMs: s(0), speed: 7 },
      { type: 'clock.speed-changed', wallMs: s(3), speed: 120 },
      { type: 'clock.paused', wallMs: s(9) },
      { type: 'clock.jumped', wallMs: s(12), toOffsetMs: 99_000 },
      { type: 'clock.resumed', wallMs: s(20) },
      { type: 'clock.stopped', wallMs: s(30) },
    ];
    const replayed = clockState(events);
    expect(clockState([...events])).toEqual(replayed);
    expect(offsetAt(replayed, s(1000))).toBe(99_000 + 120 * 10_000);
  });
});
