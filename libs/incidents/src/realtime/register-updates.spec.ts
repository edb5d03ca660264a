import type { IncidentSummaryJson, RegisterBoard, RegisterNoticeJson } from '../incident-view';
import { published, registerSnapshot, registerUpdate } from './register-updates';

const ORG = '00000000-0000-4000-8000-00000000000a';
const NOW = new Date('2026-05-05T03:00:00Z');

const line = (id: string, noticeCount = 0) =>
  ({ id, title: id, noticeCount }) as unknown as IncidentSummaryJson;
const notice = (id: string, status: 'due-soon' | 'missed') =>
  ({ incident: { id }, stage: 'early-warning', status }) as unknown as RegisterNoticeJson;
const board = (incidents: IncidentSummaryJson[], notices: RegisterNoticeJson[] = []): RegisterBoard => ({
  now: NOW,
  incidents,
  notices,
  nextChangeAt: null,
});

describe(registerUpdate.name, () => {
  const before = board([line('a'), line('b')]);

  it('should send nothing before a first snapshot was sent', () => {
    expect(registerUpdate(ORG, undefined, before, new Set(['a']))).toEqual({
      organisationId: ORG,
      changed: [],
    });
  });

  it('should send a written line even when it reads the same, and no notices when they did not change', () => {
    expect(registerUpdate(ORG, published(before), before, new Set(['b']))).toEqual({
      organisationId: ORG,
      changed: [line('b')],
    });
  });

  it('should send the lines time changed, new lines, and the whole list of notices when it changed', () => {
    const after = board([line('a', 1), line('b'), line('c')], [notice('a', 'due-soon')]);
    expect(registerUpdate(ORG, published(before), after)).toEqual({
      organisationId: ORG,
      changed: [line('a', 1), line('c')],
      notices: { organisationId: ORG, now: NOW.toISOString(), notices: [notice('a', 'due-soon')] },
    });
  });

  it('should send the notices again when only a status in them moved', () => {
    const soon = board([line('a', 1)], [notice('a', 'due-soon')]);
    const missed = board([line('a', 1)], [notice('a', 'missed')]);
    expect(registerUpdate(ORG, published(soon), missed).notices?.notices).toEqual([notice('a', 'missed')]);
  });
});

describe(registerSnapshot.name, () => {
  it('should hold the lines and notices as REST answers them, and the moment they are for', () => {
    expect(registerSnapshot(ORG, board([line('a')], [notice('a', 'missed')]))).toEqual({
      organisationId: ORG,
      now: NOW.toISOString(),
      incidents: [line('a')],
      notices: [notice('a', 'missed')],
    });
  });
});
