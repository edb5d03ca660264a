import { INCIDENT_EVENTS, type LoggedIncidentEvent } from './incident-events';
import type { IncidentRegime } from './incident-regimes';
import { incidentClocks, incidentRecord, notices, openStages } from './incident-state';

/** A log as the database hands it back: payload instants are ISO strings. */
function log(
  regimes: IncidentRegime[],
  ...entries: [string, Record<string, unknown>][]
): LoggedIncidentEvent[] {
  return [[INCIDENT_EVENTS.opened, { title: 'Ransomware', regimes }] as const, ...entries].map(
    ([type, payload], i) => ({ seq: i + 1, type, recordedAt: new Date('2026-03-28T08:00:00Z'), payload }),
  );
}

// Saturday 28 March 2026, 10:17 in Amsterdam (+01:00); summer time starts the next night.
const AWARE = '2026-03-28T09:17:00Z';
const aware = (at = AWARE): [string, Record<string, unknown>] => [
  INCIDENT_EVENTS.aware,
  { at, by: 'J. de Vries', role: 'ciso' },
];
const submitted = (regime: string, stage: string, submittedAt: string, requestId?: string) =>
  [
    INCIDENT_EVENTS.reportSubmitted,
    {
      regime,
      stage,
      submittedAt,
      late: false,
      report: {},
      by: 'ciso@x.test',
      ...(requestId && { requestId }),
    },
  ] as [string, Record<string, unknown>];

/** `regime/stage[#request]` → [status, operational due or what it waits for]. */
function stagesAt(events: LoggedIncidentEvent[], now: string): Record<string, [string, string | null]> {
  const out: Record<string, [string, string | null]> = {};
  for (const { regime, view } of incidentClocks(incidentRecord(events), new Date(now)))
    for (const s of view.stages)
      out[`${regime}/${s.stage}${s.requestId ? `#${s.requestId}` : ''}`] = [
        s.status,
        s.operationalDue?.toISOString() ?? s.waitingFor ?? s.notRequired ?? null,
      ];
  return out;
}

describe('incident state', () => {
  it.each<[string, LoggedIncidentEvent[], string, Record<string, [string, string | null]>]>([
    [
      'should start no clock on detection alone',
      log(['nis2', 'avg'], [INCIDENT_EVENTS.detected, { at: '2026-03-28T07:45:00Z' }]),
      '2026-03-28T10:00:00Z',
      {
        'nis2/early-warning': ['pending', expect.stringContaining('awareness') as string],
        'avg/notification': ['pending', expect.stringContaining('awareness') as string],
      },
    ],
    [
      'should count early warning, notification and AVG from awareness, in elapsed hours across the DST switch',
      log(['nis2', 'avg'], aware()),
      '2026-03-28T10:00:00Z',
      {
        'nis2/early-warning': ['pending', '2026-03-29T09:17:00.000Z'],
        'nis2/notification': ['pending', '2026-03-31T09:17:00.000Z'],
        'nis2/final-report': ['pending', 'submission of the incident notification'],
        'avg/notification': ['pending', '2026-03-31T09:17:00.000Z'],
        'avg/data-subjects': ['pending', null],
      },
    ],
    [
      'should give the trust-service notification 24 hours',
      log(['nis2-trust-service'], aware()),
      '2026-03-28T10:00:00Z',
      { 'nis2-trust-service/notification': ['pending', '2026-03-29T09:17:00.000Z'] },
    ],
    [
      'should run the final report one month from the submission of the notification, not from its due',
      log(['nis2'], aware(), submitted('nis2', 'notification', '2026-03-30T08:00:00Z')),
      '2026-03-30T09:00:00Z',
      {
        'nis2/notification': ['met', '2026-03-31T09:17:00.000Z'],
        'nis2/final-report': ['pending', '2026-04-30T08:00:00.000Z'],
      },
    ],
    [
      'should keep submissions of one regime out of another',
      log(['nis2', 'avg'], aware(), submitted('avg', 'notification', '2026-03-29T08:00:00Z')),
      '2026-03-29T09:00:00Z',
      {
        'avg/notification': ['met', '2026-03-31T09:17:00.000Z'],
        'nis2/notification': ['pending', '2026-03-31T09:17:00.000Z'],
      },
    ],
    [
      'should show a stage due soon inside its window and missed after its due instant',
      log(['nis2', 'avg'], aware()),
      '2026-03-31T12:00:00Z',
      {
        'nis2/early-warning': ['missed', '2026-03-29T09:17:00.000Z'],
        'avg/notification': ['missed', '2026-03-31T09:17:00.000Z'],
      },
    ],
    [
      'should match each intermediate report to its request by id',
      log(
        ['nis2'],
        aware(),
        [
          INCIDENT_EVENTS.reportRequested,
          {
            regime: 'nis2',
            requestId: 'r1',
            requestedAt: '2026-04-02T08:00:00Z',
            dueAt: '2026-04-03T08:00:00Z',
          },
        ],
        [
          INCIDENT_EVENTS.reportRequested,
          {
            regime: 'nis2',
            requestId: 'r2',
            requestedAt: '2026-04-06T08:00:00Z',
            dueAt: '2026-04-08T08:00:00Z',
          },
        ],
        submitted('nis2', 'intermediate-report', '2026-04-03T07:00:00Z', 'r1'),
      ),
      '2026-04-08T01:00:00Z',
      {
        'nis2/intermediate-report#r1': ['met', '2026-04-03T08:00:00.000Z'],
        'nis2/intermediate-report#r2': ['due-soon', '2026-04-08T08:00:00.000Z'],
      },
    ],
    [
      'should ask for a progress report when the final report falls due while handling is open, and restart it from handling closed',
      log(['nis2'], aware(), submitted('nis2', 'notification', '2026-03-30T08:00:00Z'), [
        INCIDENT_EVENTS.handlingClosed,
        { at: '2026-05-04T08:00:00Z', by: 'ciso@x.test' },
      ]),
      '2026-05-05T08:00:00Z',
      {
        'nis2/progress-report': ['missed', '2026-04-30T08:00:00.000Z'],
        'nis2/final-report': ['pending', '2026-06-04T08:00:00.000Z'],
      },
    ],
    [
      'should run the progress report in the final report window from the notification while handling is open',
      log(['nis2'], aware(), submitted('nis2', 'notification', '2026-03-30T08:00:00Z')),
      '2026-04-28T08:00:00Z',
      {
        'nis2/progress-report': ['due-soon', '2026-04-30T08:00:00.000Z'],
        'nis2/final-report': ['due-soon', '2026-04-30T08:00:00.000Z'],
      },
    ],
    [
      'should count a progress report submitted before the final report falls due as met, and then wait for handling closed',
      log(
        ['nis2'],
        aware(),
        submitted('nis2', 'notification', '2026-03-30T08:00:00Z'),
        submitted('nis2', 'progress-report', '2026-04-28T08:00:00Z'),
      ),
      '2026-05-01T08:00:00Z',
      {
        'nis2/progress-report': ['met', '2026-04-30T08:00:00.000Z'],
        'nis2/final-report': ['pending', 'handling of the incident being closed'],
      },
    ],
    [
      'should need no progress report once handling is closed before the final report falls due',
      log(['nis2'], aware(), submitted('nis2', 'notification', '2026-03-30T08:00:00Z'), [
        INCIDENT_EVENTS.handlingClosed,
        { at: '2026-04-10T08:00:00Z', by: 'ciso@x.test' },
      ]),
      '2026-04-11T08:00:00Z',
      {
        'nis2/progress-report': [
          'pending',
          'handling of the incident was closed before the final report fell due',
        ],
        'nis2/final-report': ['pending', '2026-04-30T08:00:00.000Z'],
      },
    ],
    [
      'should take the first record of a fact and skip entries it does not know',
      log(['avg'], aware(), aware('2026-03-27T09:17:00Z'), ['playbook.step', { stepId: 'isoleer' }]),
      '2026-03-28T10:00:00Z',
      { 'avg/notification': ['pending', '2026-03-31T09:17:00.000Z'] },
    ],
  ])('%s', (_title, events, now, expected) => {
    expect(stagesAt(events, now)).toMatchObject(expected);
  });

  it.each<[string, string, string[], string[]]>([
    [
      'should list every deadline, earliest first, and no notice before a window opens',
      '2026-03-28T10:00:00Z',
      ['nis2/early-warning', 'nis2/notification', 'avg/notification'],
      [],
    ],
    [
      'should put the early warning on the notices once it is due soon',
      '2026-03-29T06:00:00Z',
      ['nis2/early-warning', 'nis2/notification', 'avg/notification'],
      ['nis2/early-warning'],
    ],
    [
      'should list missed and due-soon stages as notices, soonest first',
      '2026-03-31T00:00:00Z',
      ['nis2/early-warning', 'nis2/notification', 'avg/notification'],
      ['nis2/early-warning', 'nis2/notification', 'avg/notification'],
    ],
  ])('%s (at %s)', (_title, now, open, notified) => {
    const stages = openStages(incidentClocks(incidentRecord(log(['nis2', 'avg'], aware())), new Date(now)));
    const keys = (list: typeof stages) => list.map(({ regime, stage }) => `${regime}/${stage.stage}`);
    expect(keys(stages)).toEqual(open);
    expect(keys(notices(stages))).toEqual(notified);
  });

  it('should leave submitted stages off the open deadlines', () => {
    const events = log(['nis2'], aware(), submitted('nis2', 'early-warning', '2026-03-28T12:00:00Z'));
    const stages = openStages(incidentClocks(incidentRecord(events), new Date('2026-03-28T13:00:00Z')));
    expect(stages.map(({ stage }) => stage.stage)).toEqual(['notification']);
  });
});
