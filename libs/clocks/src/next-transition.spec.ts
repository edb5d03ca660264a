import type { ClockRegime } from './clock-stages';
import { computeClock, nextClockTransition, type ClockFacts } from './compute-clock';
import { nextTransition } from './next-transition';

const at = (local: string) => new Date(local);
const AWARE = '2026-03-02T10:00+01:00';
const NOTIFIED = '2026-03-04T09:00+01:00';

describe(nextTransition.name, () => {
  it('should wake up when the first stage enters its due-soon window', () => {
    expect(nextClockTransition('nis2', { awareAt: at(AWARE) }, at(AWARE))).toEqual(
      at('2026-03-03T06:00+01:00'),
    );
  });

  it('should wake up 1 ms after the due instant, when the stage becomes missed', () => {
    expect(nextClockTransition('nis2', { awareAt: at(AWARE) }, at('2026-03-03T07:00+01:00'))).toEqual(
      at('2026-03-03T10:00:00.001+01:00'),
    );
  });

  it('should skip stages that are submitted', () => {
    const facts = { awareAt: at(AWARE), submissions: { 'early-warning': at('2026-03-02T15:00+01:00') } };
    expect(nextClockTransition('nis2', facts, at('2026-03-03T07:00+01:00'))).toEqual(
      at('2026-03-04T22:00+01:00'),
    );
  });

  it('should wake up 1 ms after the final report due time, when an ongoing incident switches to the progress report', () => {
    const facts = {
      awareAt: at(AWARE),
      submissions: { 'early-warning': at(AWARE), notification: at(NOTIFIED) },
    };
    const wake = nextClockTransition('nis2', facts, at('2026-04-04T08:00+02:00'));
    expect(wake).toEqual(at('2026-04-04T09:00:00.001+02:00'));
    expect(computeClock('nis2', facts, wake!).stages.find((s) => s.stage === 'progress-report')?.status).toBe(
      'missed',
    );
  });

  it.each<[string, ClockRegime, ClockFacts]>([
    ['nothing has started', 'nis2', { detectedAt: at(AWARE) }],
    [
      'every stage with a deadline is submitted',
      'cer',
      {
        awareAt: at(AWARE),
        submissions: { 'initial-notification': at(AWARE), 'detailed-report': at(AWARE) },
      },
    ],
    ['only stages without a fixed deadline are open', 'noodverordening', { issuedAt: at(AWARE) }],
  ])('should be null when %s', (_case, regime, facts) => {
    expect(nextClockTransition(regime, facts, at('2026-03-03T12:00+01:00'))).toBeNull();
  });

  // The engine relies on this: statuses hold still until the returned instant, and change there.
  it.each<[string, ClockRegime, ClockFacts]>([
    ['NIS2, nothing submitted', 'nis2', { awareAt: at(AWARE) }],
    [
      'NIS2, ongoing incident closed later',
      'nis2',
      {
        awareAt: at(AWARE),
        submissions: { notification: at(NOTIFIED) },
        handlingClosedAt: at('2026-04-20T17:00+02:00'),
      },
    ],
    [
      'NIS2 with an intermediate request',
      'nis2',
      {
        awareAt: at(AWARE),
        intermediateRequests: [{ id: 'r1', requestedAt: at(AWARE), dueAt: at('2026-03-06T12:00+01:00') }],
      },
    ],
    [
      'CER, initial notification sent',
      'cer',
      { awareAt: at(AWARE), submissions: { 'initial-notification': at('2026-03-02T20:00+01:00') } },
    ],
    [
      'noodverordening with a council meeting',
      'noodverordening',
      { issuedAt: at(AWARE), councilMeetingAt: at('2026-03-05T19:30+01:00') },
    ],
    ['custom, 90 minutes', 'custom', { awareAt: at(AWARE), periodMs: 90 * 60_000 }],
  ])('should return exactly the instants at which a status changes: %s', (_case, regime, facts) => {
    const statuses = (t: number) =>
      computeClock(regime, facts, new Date(t))
        .stages.map((s) => `${s.stage}${s.requestId ?? ''}:${s.status}`)
        .join(' ');
    let now = at(AWARE).getTime();
    let wakeUps = 0;
    for (
      let next = nextClockTransition(regime, facts, new Date(now));
      next;
      next = nextClockTransition(regime, facts, new Date(now))
    ) {
      const t = next.getTime();
      for (const between of [now + 1, Math.floor((now + t) / 2), t - 1])
        expect(statuses(between)).toBe(statuses(now));
      expect(statuses(t)).not.toBe(statuses(t - 1));
      now = t;
      wakeUps++;
    }
    expect(wakeUps).toBeGreaterThan(0);
  });
});
