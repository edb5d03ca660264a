import { playbookFixture } from '@driehoek/testing';
import { Playbook } from '../schema/playbook.schema';
import {
  PLAYBOOK_ENTRIES,
  attachedPlaybookIds,
  attachedPlaybooks,
  type PlaybookEntry,
  type PlaybookLookup,
} from './attached-playbooks';

// isoleren (ciso) ← bewust (burgemeester) ← waarschuwing (ciso)
const playbook = Playbook.parse(playbookFixture());
const lookup: PlaybookLookup = () => ({ playbook, contentHash: 'nu' });

const at = (minutes: number): Date => new Date(Date.UTC(2026, 10, 23, 7, 30 + minutes));
const attached = (minutes: number, contentHash = 'nu'): PlaybookEntry => ({
  type: PLAYBOOK_ENTRIES.attached,
  at: at(minutes),
  payload: { playbookId: playbook.id, contentHash, title: playbook.title },
});
const step = (minutes: number, stepId: string, playbookId = playbook.id): PlaybookEntry => ({
  type: PLAYBOOK_ENTRIES.step,
  at: at(minutes),
  payload: { playbookId, stepId, role: 'ciso', by: 'ciso@hofstede.test', note: 'VLAN 12 dicht' },
});

describe(attachedPlaybooks.name, () => {
  it('should give each attached playbook its steps as ticked off in the log, with who and when', () => {
    const log = [
      { type: 'incident.opened', at: at(0), payload: {} },
      attached(1),
      step(5, 'isoleren'),
      step(6, 'isoleren', 'een-ander-playbook'),
    ];
    const [progress] = attachedPlaybooks(log, lookup);
    expect(progress).toMatchObject({
      playbookId: playbook.id,
      title: playbook.title,
      attachedAt: at(1),
      changedSinceAttached: false,
      totals: { done: 1 },
    });
    expect(progress.steps[0]).toMatchObject({
      stepId: 'isoleren',
      status: 'done',
      completedAt: at(5),
      by: 'ciso@hofstede.test',
      role: 'ciso',
      note: 'VLAN 12 dicht',
    });
    expect(attachedPlaybookIds(log)).toEqual(new Set([playbook.id]));
  });

  it('should say when the shipped playbook changed since it was attached', () => {
    expect(attachedPlaybooks([attached(1, 'toen')], lookup)[0].changedSinceAttached).toBe(true);
  });

  it('should keep showing a playbook a later release withdrew, without inventing its steps', () => {
    const [progress] = attachedPlaybooks([attached(1), step(5, 'isoleren')], () => undefined);
    expect(progress).toMatchObject({
      playbookId: playbook.id,
      title: playbook.title,
      withdrawn: true,
      steps: [],
      totals: { total: 0, done: 0 },
      ignoredRecords: 1,
    });
  });

  it('should give nothing for a log without attachments', () => {
    expect(attachedPlaybooks([step(5, 'isoleren')], lookup)).toEqual([]);
    expect(attachedPlaybookIds([])).toEqual(new Set());
  });
});
