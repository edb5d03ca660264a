import { INCIDENT_EVENTS, type LoggedIncidentEvent } from './incident-events';
import type { IncidentEntity } from './incident.entity';
import type { IncidentRegime } from './incident-regimes';
import { incidentSummary, registerBoard } from './incident-view';

const HOUR = 3_600_000;
// Monday 4 May 2026, 09:00 in Amsterdam (CEST): no switch of summer time near it.
const AWARE = Date.parse('2026-05-04T07:00:00Z');

function incident(id: string, regimes: IncidentRegime[]): IncidentEntity {
  return {
    id,
    organisationId: '00000000-0000-4000-8000-00000000000a',
    title: `Incident ${id}`,
    description: null,
    status: 'open',
    regimes,
    createdBy: null,
    createdAt: new Date(AWARE - HOUR),
  };
}

function log(regimes: IncidentRegime[], awareAt?: number): LoggedIncidentEvent[] {
  const entries: [string, Record<string, unknown>][] = [[INCIDENT_EVENTS.opened, { title: 'x', regimes }]];
  if (awareAt !== undefined)
    entries.push([INCIDENT_EVENTS.aware, { at: new Date(awareAt).toISOString(), by: 'J. de Vries' }]);
  return entries.map(([type, payload], i) => ({
    seq: i + 1,
    type,
    recordedAt: new Date(AWARE),
    payload,
  }));
}

describe(registerBoard.name, () => {
  const aware = incident('aware', ['nis2']);
  const waiting = incident('waiting', ['avg']);
  const logs = new Map([
    [aware.id, log(['nis2'], AWARE)],
    [waiting.id, log(['avg'])],
  ]);
  const at = (ms: number) => registerBoard([aware, waiting], logs, new Date(ms));

  it('should give the lines GET /api/incidents lists, one read for both', () => {
    const board = at(AWARE + HOUR);
    expect(board.incidents).toEqual([
      incidentSummary(aware, logs.get(aware.id) as never, new Date(AWARE + HOUR)),
      incidentSummary(waiting, logs.get(waiting.id) as never, new Date(AWARE + HOUR)),
    ]);
  });

  it.each([
    // NIS2 early warning: 24 h, due soon from 20 h; the notification: 72 h, due soon from 60 h.
    ['before the early warning is due soon', AWARE + HOUR, AWARE + 20 * HOUR, []],
    ['on the instant it is due soon', AWARE + 20 * HOUR, AWARE + 24 * HOUR + 1, ['early-warning due-soon']],
    [
      'on its due instant, still due soon',
      AWARE + 24 * HOUR,
      AWARE + 24 * HOUR + 1,
      ['early-warning due-soon'],
    ],
    ['1 ms later, missed', AWARE + 24 * HOUR + 1, AWARE + 60 * HOUR, ['early-warning missed']],
    [
      'once the notification is due soon too',
      AWARE + 60 * HOUR,
      AWARE + 72 * HOUR + 1,
      ['early-warning missed', 'notification due-soon'],
    ],
    ['after every deadline passed', AWARE + 73 * HOUR, null, ['early-warning missed', 'notification missed']],
  ])('should say when time alone next changes a notice: %s', (_, now, next, notices) => {
    const board = at(now);
    expect(board.notices.map((n) => `${n.stage} ${n.status}`)).toEqual(notices);
    expect(board.nextChangeAt?.getTime() ?? null).toBe(next);
  });

  it('should name the incident of each notice, soonest deadline first across incidents', () => {
    const later = incident('later', ['nis2']);
    const board = registerBoard(
      [later, aware],
      new Map([
        [later.id, log(['nis2'], AWARE + HOUR)],
        [aware.id, log(['nis2'], AWARE)],
      ]),
      new Date(AWARE + 21 * HOUR),
    );
    expect(board.notices.map((n) => n.incident)).toEqual([
      { id: 'aware', title: 'Incident aware', status: 'open' },
      { id: 'later', title: 'Incident later', status: 'open' },
    ]);
  });
});
