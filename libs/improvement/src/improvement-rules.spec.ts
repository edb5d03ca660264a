import type { ActionFields } from './improvement-action';
import { applyPatch, isActionRefusal, newActionState } from './improvement-rules';

const action = (overrides: Partial<ActionFields> = {}): ActionFields => ({
  objective: { id: 'crisiscommunicatie', title: 'Binnen een uur een eerste publieksbericht' },
  areaForImprovement: 'Het eerste publieksbericht kwam pas na drie uur',
  correctiveAction: 'Vooraf goedgekeurde berichtsjablonen voor uitval van digitale dienstverlening',
  capabilityElement: 'planning',
  responsibleOrganisation: 'Gemeente Hofstede',
  contactRole: 'communicatieadviseur',
  startDate: '2026-04-01',
  dueDate: '2026-06-30',
  status: 'open',
  reason: null,
  ...overrides,
});

describe('improvement rules', () => {
  it('should open a new action when no status is given', () => {
    const { status: _status, reason: _reason, ...fields } = action();
    expect(newActionState(fields)).toEqual(action());
  });

  it.each([
    [
      'dropped without a reason',
      action({ status: 'dropped' }),
      'reason',
      'is required when status is dropped',
    ],
    [
      'a reason without dropped',
      action({ status: 'open', reason: 'Geen budget' }),
      'reason',
      'is only given',
    ],
    ['due before it starts', action({ dueDate: '2026-03-01' }), 'dueDate', 'is before'],
  ])('should refuse a new action %s, naming the field', (_title, input, path, message) => {
    const result = newActionState(input);
    expect(isActionRefusal(result) && result.errors).toEqual([
      expect.objectContaining({ path, message: expect.stringContaining(message) }),
    ]);
  });

  it('should record exactly the fields a patch changes, with before and after', () => {
    const result = applyPatch(action(), { status: 'in-progress', dueDate: '2026-06-30', contactRole: null });
    expect(result).toEqual({
      next: action({ status: 'in-progress', contactRole: null }),
      changes: {
        status: { from: 'open', to: 'in-progress' },
        contactRole: { from: 'communicatieadviseur', to: null },
      },
    });
  });

  it('should refuse dropping an action without saying why', () => {
    const result = applyPatch(action(), { status: 'dropped' });
    expect(isActionRefusal(result) && result.errors.map((e) => e.path)).toEqual(['reason']);
  });

  it('should keep the reason with a dropped action and clear it when the action is reopened', () => {
    const dropped = applyPatch(action(), { status: 'dropped', reason: 'Vervangen door regionaal plan' });
    expect(!isActionRefusal(dropped) && dropped.next).toMatchObject({
      status: 'dropped',
      reason: 'Vervangen door regionaal plan',
    });
    const reopened = applyPatch(action({ status: 'dropped', reason: 'Vervangen' }), { status: 'open' });
    expect(!isActionRefusal(reopened) && reopened.changes).toEqual({
      status: { from: 'dropped', to: 'open' },
      reason: { from: 'Vervangen', to: null },
    });
  });

  it('should change nothing for a patch that repeats the current state', () => {
    expect(applyPatch(action(), { status: 'open', capabilityElement: 'planning' })).toEqual({
      next: action(),
      changes: {},
    });
  });

  it('should name startDate when moving the start past the due date', () => {
    const result = applyPatch(action(), { startDate: '2026-07-01' });
    expect(isActionRefusal(result) && result.errors.map((e) => e.path)).toEqual(['startDate']);
  });
});
