import { playbookFixture } from '@driehoek/testing';
import { Playbook } from '../schema/playbook.schema';
import { playbookProgress, type StepRecord, type StepStatus } from './playbook-progress';

// isoleren (ciso, detectie) ← bewust (burgemeester, melding) ← waarschuwing (ciso, melding, nis2/early-warning)
const playbook = Playbook.parse(playbookFixture());

const at = (minutes: number): Date => new Date(Date.UTC(2026, 10, 23, 7, 30 + minutes));
const done = (stepId: string, minutes: number, by = 'Sanne de Vries', role = 'ciso'): StepRecord => ({
  stepId,
  completedAt: at(minutes),
  by,
  role,
});
const undone = (stepId: string, minutes: number): StepRecord => ({
  stepId,
  undoneAt: at(minutes),
  by: 'Oefenleider',
});

const statuses = (records: StepRecord[]): Record<string, StepStatus> =>
  Object.fromEntries(playbookProgress(playbook, records).steps.map((s) => [s.stepId, s.status]));

describe(playbookProgress.name, () => {
  it.each<[string, StepRecord[], Record<string, StepStatus>]>([
    ['nothing recorded', [], { isoleren: 'open', bewust: 'blocked', waarschuwing: 'blocked' }],
    [
      'the first step done',
      [done('isoleren', 5)],
      { isoleren: 'done', bewust: 'open', waarschuwing: 'blocked' },
    ],
    [
      'all steps done',
      [done('isoleren', 5), done('bewust', 10), done('waarschuwing', 20)],
      { isoleren: 'done', bewust: 'done', waarschuwing: 'done' },
    ],
    [
      'a step done before its dependency (reality wins)',
      [done('bewust', 10)],
      { isoleren: 'open', bewust: 'done', waarschuwing: 'open' },
    ],
    [
      'a step undone after it was done',
      [done('isoleren', 5), undone('isoleren', 8)],
      { isoleren: 'open', bewust: 'blocked', waarschuwing: 'blocked' },
    ],
    [
      'records given out of time order',
      [undone('isoleren', 8), done('isoleren', 5)],
      { isoleren: 'open', bewust: 'blocked', waarschuwing: 'blocked' },
    ],
    [
      'a step done again after an undo',
      [done('isoleren', 5), undone('isoleren', 8), done('isoleren', 12)],
      { isoleren: 'done', bewust: 'open', waarschuwing: 'blocked' },
    ],
    [
      'an undo of a step that was never done',
      [undone('bewust', 3)],
      { isoleren: 'open', bewust: 'blocked', waarschuwing: 'blocked' },
    ],
  ])('should show the right status per step with %s', (_case, records, expected) => {
    expect(statuses(records)).toEqual(expected);
  });

  it.each<[string, StepRecord[], Record<string, unknown>]>([
    ['nothing recorded', [], { total: 3, done: 0, open: 1, blocked: 2, percentDone: 0 }],
    ['one of three done', [done('isoleren', 5)], { total: 3, done: 1, open: 1, blocked: 1, percentDone: 33 }],
    [
      'all done',
      [done('isoleren', 5), done('bewust', 6), done('waarschuwing', 7)],
      { total: 3, done: 3, open: 0, blocked: 0, percentDone: 100 },
    ],
  ])('should count the totals with %s', (_case, records, totals) => {
    expect(playbookProgress(playbook, records).totals).toEqual(totals);
  });

  it('should record when, by whom, in which role and with which note a step was done', () => {
    const progress = playbookProgress(playbook, [
      { stepId: 'isoleren', completedAt: at(5), by: 'Sanne de Vries', role: 'ciso', note: 'VLAN dicht' },
    ]);
    expect(progress.steps[0]).toEqual({
      stepId: 'isoleren',
      title: 'Isoleer',
      owner: 'ciso',
      phase: 'detectie',
      status: 'done',
      completedAt: at(5),
      by: 'Sanne de Vries',
      role: 'ciso',
      note: 'VLAN dicht',
      blockedBy: [],
      clock: null,
    });
    expect(progress.steps[1]).toMatchObject({ status: 'open', completedAt: null, by: null, blockedBy: [] });
    expect(progress.steps[2]).toMatchObject({ status: 'blocked', blockedBy: ['bewust'] });
  });

  it('should keep the first completion when a step is ticked off twice', () => {
    const progress = playbookProgress(playbook, [
      done('isoleren', 9, 'Tweede persoon'),
      done('isoleren', 5, 'Eerste persoon'),
    ]);
    expect(progress.steps[0]).toMatchObject({ completedAt: at(5), by: 'Eerste persoon' });
  });

  it('should count per phase and per role, in the order the playbook declares them', () => {
    const progress = playbookProgress(playbook, [done('isoleren', 5)]);
    expect(progress.phases).toEqual([
      { phaseId: 'detectie', name: 'Detectie', total: 1, done: 1, open: 0, blocked: 0 },
      { phaseId: 'melding', name: 'Melding', total: 2, done: 0, open: 1, blocked: 1 },
    ]);
    expect(progress.roles).toEqual([
      { roleId: 'burgemeester', name: 'Burgemeester', total: 1, done: 0, open: 1, blocked: 0 },
      { roleId: 'ciso', name: 'CISO', total: 2, done: 1, open: 0, blocked: 1 },
    ]);
  });

  it('should group steps without a phase last', () => {
    const fixture = playbookFixture();
    const unphased = Playbook.parse({
      ...fixture,
      phases: undefined,
      steps: (fixture.steps as object[]).map((s) => ({ ...s, phase: undefined })),
    });
    expect(playbookProgress(unphased, []).phases).toEqual([
      { phaseId: null, name: null, total: 3, done: 0, open: 1, blocked: 2 },
    ]);
  });

  it.each<[string, StepRecord[], boolean]>([
    ['its step is open', [], false],
    ['its step is done', [done('isoleren', 1), done('bewust', 2), done('waarschuwing', 3)], true],
  ])('should link clock stages to their steps, not done while %s', (_case, records, linkDone) => {
    expect(playbookProgress(playbook, records).clocks).toEqual([
      { regime: 'nis2', stage: 'early-warning', stepIds: ['waarschuwing'], done: linkDone },
    ]);
  });

  it('should ignore, and count, records for steps the playbook does not have', () => {
    const progress = playbookProgress(playbook, [done('bestaat-niet', 1), done('isoleren', 2)]);
    expect(progress.ignoredRecords).toBe(1);
    expect(progress.totals.done).toBe(1);
  });
});
