import { decisionDueOffsetMs, hasDecisionDeadline } from './decision-due';

describe(decisionDueOffsetMs.name, () => {
  it.each([
    ['a fixed dueAt, whenever the point opened', { dueAt: '00:45' }, 600_000, 2_700_000],
    ['dueAfter, counted from the opening', { dueAfter: '00:30' }, 600_000, 2_400_000],
    ['dueAfter with days and seconds', { dueAfter: '1d 00:00:30' }, 0, 86_430_000],
    ['no deadline', {}, 600_000, undefined],
  ])('should give %s', (_what, dp, openedAtOffsetMs, due) => {
    expect(decisionDueOffsetMs(dp, openedAtOffsetMs)).toBe(due);
  });

  it('should keep a dueAt that lies before a late opening as it is, for the engine to judge', () => {
    expect(decisionDueOffsetMs({ dueAt: '00:45' }, 3_600_000)).toBe(2_700_000);
  });

  it('should tell whether a point can ever be overdue', () => {
    expect(hasDecisionDeadline({ dueAt: '00:45' })).toBe(true);
    expect(hasDecisionDeadline({ dueAfter: '00:30' })).toBe(true);
    expect(hasDecisionDeadline({})).toBe(false);
  });
});
