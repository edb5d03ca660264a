import { CLOCK_DEFINITIONS } from './clock-definitions';
import { CLOCK_REGIMES, CLOCK_STAGES } from './clock-stages';
import { operationalDue } from './operational-due';

const T0 = new Date('2026-02-10T10:17+01:00');

describe('CLOCK_DEFINITIONS', () => {
  it.each(CLOCK_REGIMES)('should define exactly the stages of %s, in order', (regime) => {
    expect(CLOCK_DEFINITIONS[regime].stages.map((s) => s.id)).toEqual(CLOCK_STAGES[regime]);
  });

  it('should keep every stage id that scenarios already use', () => {
    const used = {
      nis2: ['early-warning', 'notification', 'final-report'],
      'nis2-trust-service': ['early-warning', 'notification', 'final-report'],
      avg: ['notification'],
      cer: ['initial-notification', 'detailed-report'],
      noodverordening: ['notice', 'ratification'],
      custom: ['deadline'],
    };
    for (const regime of CLOCK_REGIMES) {
      expect(CLOCK_STAGES[regime]).toEqual(expect.arrayContaining(used[regime]));
      // Triggers without a stage mean the first one; it must not change.
      expect(CLOCK_STAGES[regime][0]).toBe(used[regime][0]);
    }
  });

  it('should open every due-soon window inside the period it warns about', () => {
    for (const definition of Object.values(CLOCK_DEFINITIONS))
      for (const stage of definition.stages) {
        if (!stage.dueSoon || 'open' in stage.period) continue;
        const length = operationalDue(T0, stage.period).getTime() - T0.getTime();
        const window =
          'hours' in stage.dueSoon
            ? stage.dueSoon.hours * 3_600_000
            : 'days' in stage.dueSoon
              ? stage.dueSoon.days * 86_400_000
              : 0;
        expect(window).toBeLessThan(length);
      }
  });

  it('should only let a stage stand in for a stage listed before it', () => {
    for (const definition of Object.values(CLOCK_DEFINITIONS))
      definition.stages.forEach((stage, i) => {
        if (stage.start.on !== 'still-open-when-due') return;
        const of = stage.start.of;
        expect(
          definition.stages
            .slice(0, i)
            .some((s) => s.id === of && s.whenStillOpen?.progressReport === stage.id),
        ).toBe(true);
      });
  });
});
