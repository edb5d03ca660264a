import { chainAfter, type ChainVerdict } from '@driehoek/core';
import { Scenario } from '@driehoek/scenario';
import { scenarioFixture } from '@driehoek/testing';
import type { LoggedEvent } from '../model/logged-event';
import type { ReportSource } from '../render-report';

const MIN = 60_000;
const WALL = Date.UTC(2026, 10, 23, 9, 0, 0);

/** The test scenario with a fulfilledBy on its expected action and an untrusted-looking title. */
export function fixtureScenario(): Scenario {
  const raw = scenarioFixture() as { objectives: { expectedActions: Record<string, unknown>[] }[] } & Record<
    string,
    unknown
  >;
  const actions = raw.objectives[0].expectedActions;
  actions[0].fulfilledBy = { decision: 'dp-keuze', option: 'a' };
  actions.push({
    id: 'ea-melding',
    description: 'Vroegtijdige waarschuwing <script>alert(1)</script> ingediend',
    roles: ['burgemeester'],
    within: '03:00',
    fulfilledBy: { clockStage: { clock: 'nis2', stage: 'early-warning' } },
  });
  raw.debrief = [{ id: 'goed', question: 'Wat ging goed?' }];
  return Scenario.parse(raw);
}

let seq = 0;
const event = (
  type: string,
  offsetMin: number,
  payload: Record<string, unknown>,
  audience: string[] = ['*'],
): LoggedEvent => ({
  seq: ++seq,
  type,
  offsetMs: offsetMin * MIN,
  wallTime: new Date(WALL + offsetMin * 1000).toISOString(),
  actor: 'oefenleider@driehoek.test',
  audience,
  payload,
});

/** A small recorded log: an inject, a decision with a branch, a clock met late, observations, a hot wash. */
export function fixtureEvents(): LoggedEvent[] {
  seq = 0;
  return [
    event('clock.started', 0, { speed: 60 }),
    event('inject.delivered', 10, {
      injectId: 'i-start',
      occurrence: 1,
      title: 'Melding',
      channel: { id: 'mail', name: 'E-mail', kind: 'mail' },
      from: null,
      content: 'Er is iets aan de hand.',
      attachments: [],
      dueOffsetMs: 10 * MIN,
      cause: { timeline: true },
    }),
    event(
      'decision.opened',
      10,
      {
        decisionPointId: 'dp-keuze',
        question: 'A of B?',
        owner: 'burgemeester',
        options: [],
        dueAt: '00:45',
        openedAtOffsetMs: 10 * MIN,
        dueOffsetMs: 45 * MIN,
        legalBasis: [],
      },
      ['burgemeester'],
    ),
    event('inject.acknowledged', 12, { seq: 2, injectId: 'i-start', role: 'burgemeester' }, []),
    event('inject.acknowledged', 16, { seq: 2, injectId: 'i-start', role: 'teamchef-politie' }, []),
    event('inject.acknowledged', 17, { seq: 2, injectId: 'i-start', role: 'burgemeester' }, []),
    event(
      'inject.delivered',
      20,
      {
        injectId: 'i-politie',
        occurrence: 1,
        title: 'Politie-info',
        channel: { id: 'telefoon', name: 'Telefoon', kind: 'phone' },
        from: null,
        content: 'Alleen voor politie en OM.',
        attachments: [],
        dueOffsetMs: 20 * MIN,
        cause: { timeline: true },
      },
      ['teamchef-politie', 'officier-van-justitie'],
    ),
    event(
      'decision.recorded',
      25,
      {
        decisionPointId: 'dp-keuze',
        optionId: 'a',
        beeld: 'De systemen liggen plat; één wethouder is bereikbaar.',
        oordeel: 'Isoleren beperkt de schade.',
        besluit: 'We kiezen A: isoleren.',
        legalBasis: ['Gemeentewet art. 176'],
        decidedBy: 'Jolanda de Vries-Ünal',
        actions: [{ description: 'Netwerk loskoppelen', owner: 'teamleider-ict' }],
        role: 'burgemeester',
      },
      ['burgemeester'],
    ),
    event(
      'trigger.fired',
      25,
      {
        triggerId: 't-a',
        decisionPointId: 'dp-keuze',
        optionId: 'a',
        scheduled: [{ injectId: 'i-tak-a', occurrence: 1, dueOffsetMs: 30 * MIN }],
      },
      [],
    ),
    event(
      'regulatory-clock.started',
      30,
      {
        clockId: 'nis2',
        regime: 'nis2',
        label: null,
        role: 'burgemeester',
        t0OffsetMs: 30 * MIN,
        startedAt: '2026-03-12T07:30:00.000Z',
        cause: { declared: true },
      },
      ['burgemeester'],
    ),
    event(
      'observation.recorded',
      40,
      {
        observationId: '00000000-0000-4000-8000-000000000001',
        kind: 'strength',
        objectiveId: 'obj-besluit',
        roles: ['burgemeester'],
        seqs: [8],
        text: 'Besluit snel genomen',
        rating: 'M',
        observer: 'evaluator@driehoek.test',
      },
      [],
    ),
    event(
      'observation.recorded',
      41,
      {
        observationId: '00000000-0000-4000-8000-000000000002',
        kind: 'strength',
        objectiveId: 'obj-besluit',
        roles: ['burgemeester'],
        seqs: [8],
        text: 'Besluit snel en onderbouwd genomen',
        rating: 'S',
        observer: 'evaluator@driehoek.test',
        supersedes: '00000000-0000-4000-8000-000000000001',
      },
      [],
    ),
    event(
      'observation.recorded',
      42,
      {
        observationId: '00000000-0000-4000-8000-000000000003',
        kind: 'area-for-improvement',
        objectiveId: 'obj-besluit',
        roles: ['teamchef-politie'],
        seqs: [],
        text: 'Politie <b>niet</b> betrokken | geen overleg',
        observer: 'evaluator@driehoek.test',
      },
      [],
    ),
    event(
      'report.submitted',
      1500,
      {
        clockId: 'nis2',
        regime: 'nis2',
        stage: 'early-warning',
        report: {},
        submittedBy: 'Jolanda de Vries-Ünal',
        role: 'burgemeester',
        late: true,
        operationalDue: '2026-03-13T07:30:00.000Z',
        legalLatest: '2026-03-13T08:00:00.000Z',
      },
      ['burgemeester'],
    ),
    event(
      'regulatory-clock.status',
      1500,
      {
        clockId: 'nis2',
        regime: 'nis2',
        stage: 'early-warning',
        status: 'met-late',
        operationalDue: '2026-03-13T07:30:00.000Z',
        legalLatest: '2026-03-13T08:00:00.000Z',
        submittedAt: '2026-03-13T07:40:00.000Z',
      },
      ['burgemeester'],
    ),
    event('clock.stopped', 1510, {}),
    event(
      'debrief.answered',
      1510,
      { questionId: 'goed', answer: 'De samenwerking in de driehoek', anonymous: true },
      [],
    ),
    event(
      'debrief.answered',
      1510,
      { questionId: 'goed', answer: 'Snelle besluiten', anonymous: false, role: 'burgemeester' },
      [],
    ),
    event('hotwash.point-captured', 1511, {
      pointId: '00000000-0000-4000-8000-000000000009',
      text: 'Crisiscommunicatie eerder starten',
      kind: 'area-for-improvement',
      capturedBy: 'oefenleider@driehoek.test',
    }),
  ];
}

export const FIXTURE_VERDICT: ChainVerdict = { valid: true, count: 19, headHash: 'a'.repeat(64) };

/**
 * A long exercise: the fixture's log followed by `count` more events in rounds of an inject
 * delivered to every role and three acknowledgements, every tenth round a decision of a role's
 * own in BOB form and every fourth an observation — every inject a different one, so that the
 * PDF folds none of them away.
 */
export function longFixtureEvents(count: number): LoggedEvent[] {
  const events = fixtureEvents();
  const roles = ['burgemeester', 'teamchef-politie', 'officier-van-justitie'];
  for (let round = 0; events.length < count; round++) {
    const offsetMin = 45 + round / 4;
    const delivered = seq + 1;
    const more: [string, Record<string, unknown>, string[]][] = [
      [
        'inject.delivered',
        {
          injectId: `i-extra-${round}`,
          occurrence: 1,
          title: `Nieuwe melding ${round}: de storing breidt zich uit naar afdeling ${round % 17}`,
          channel: { id: 'mail', name: 'E-mail', kind: 'mail' },
          from: null,
          content: 'Steeds meer medewerkers kunnen niet bij hun bestanden; de leverancier onderzoekt het.',
          attachments: [],
          dueOffsetMs: offsetMin * MIN,
          cause: { timeline: true },
        },
        ['*'],
      ],
      ...roles.map((role): [string, Record<string, unknown>, string[]] => [
        'inject.acknowledged',
        { seq: delivered, injectId: `i-extra-${round}`, role },
        [],
      ]),
    ];
    if (round % 10 === 0)
      more.push([
        'decision.recorded',
        {
          beeld: `Ronde ${round}: de dienstverlening aan inwoners ligt grotendeels stil.`,
          oordeel: 'Zonder zichtbaar handelen verliezen inwoners het vertrouwen.',
          besluit: 'Wij openen een noodloket en communiceren elk uur via de website.',
          legalBasis: ['Gemeentewet art. 172'],
          decidedBy: 'Jolanda de Vries-Ünal',
          actions: [{ description: 'Noodloket inrichten', owner: 'burgemeester' }],
          role: roles[round % roles.length],
        },
        [roles[round % roles.length]],
      ]);
    if (round % 4 === 0)
      more.push([
        'observation.recorded',
        {
          observationId: `00000000-0000-4000-8000-${String(100_000 + round).padStart(12, '0')}`,
          kind: round % 2 ? 'strength' : 'area-for-improvement',
          objectiveId: 'obj-besluit',
          roles: [roles[round % roles.length]],
          seqs: [delivered],
          text: `Waarneming ${round}: het team stemde het besluit af met de partners in de driehoek.`,
          observer: 'evaluator@driehoek.test',
        },
        [],
      ]);
    for (const [type, payload, audience] of more) events.push(event(type, offsetMin, payload, audience));
  }
  return events.slice(0, count);
}

/** A log as the service hands it to a render thread: chained, as JSON, with the fixture scenario. */
export function fixtureSource(events: readonly LoggedEvent[] = fixtureEvents()): ReportSource {
  const exerciseId = '00000000-0000-4000-8000-00000000e0e1';
  const stored = chainAfter(null, events.length, (_seq, i) => {
    const { seq: _ignored, ...body } = events[i];
    return { exerciseId, ...body };
  });
  return {
    exercise: { id: exerciseId, title: 'Oefening Hofstede: één crisis' },
    scenario: fixtureScenario(),
    scenarioVersion: 3,
    events: JSON.stringify(stored),
    improvementPlan: {
      asOf: '2026-11-24T09:00:00.000Z',
      actions: [
        {
          objective: 'obj-besluit',
          areaForImprovement: 'Crisiscommunicatie',
          correctiveAction: 'Woordvoeringslijn vooraf vastleggen',
          capabilityElement: 'planning',
          responsibleOrganisation: 'Gemeente Hofstede',
          contact: null,
          start: null,
          due: '2027-03-01',
          status: 'open',
        },
      ],
    },
  };
}
