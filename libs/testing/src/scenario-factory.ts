import { stringify } from 'yaml';

/**
 * A small valid scenario as a plain object; tests change one thing and serialise it, so each test
 * shows exactly the mistake it is about.
 */
export function scenarioFixture(id = 'test-scenario'): Record<string, unknown> {
  return {
    id,
    title: 'Testscenario',
    summary: 'Een klein scenario voor tests.',
    language: 'nl',
    startsAt: '2026-03-12T08:00',
    timeZone: 'Europe/Amsterdam',
    duration: '04:00',
    roles: [
      { id: 'burgemeester', name: 'Burgemeester', organisation: 'gemeente' },
      { id: 'teamchef-politie', name: 'Teamchef politie', organisation: 'politie' },
      { id: 'officier-van-justitie', name: 'Officier van justitie', organisation: 'om' },
    ],
    channels: [
      { id: 'mail', name: 'E-mail', kind: 'mail' },
      { id: 'telefoon', name: 'Telefoon', kind: 'phone' },
    ],
    phases: [
      { id: 'detectie', name: 'Detectie', startsAt: '00:00' },
      { id: 'escalatie', name: 'Escalatie', startsAt: '01:00' },
    ],
    objectives: [
      {
        id: 'obj-besluit',
        title: 'De burgemeester besluit tijdig',
        expectedActions: [
          {
            id: 'ea-besluit',
            description: 'Besluit binnen 30 minuten',
            roles: ['burgemeester'],
            within: '01:00',
          },
        ],
      },
    ],
    injects: [
      {
        id: 'i-start',
        title: 'Melding',
        offset: '00:10',
        phase: 'detectie',
        audience: 'all',
        channel: 'mail',
        content: 'Er is iets aan de hand.',
        expects: ['ea-besluit'],
      },
      {
        id: 'i-politie',
        title: 'Politie-info',
        offset: '00:20',
        phase: 'detectie',
        audience: ['teamchef-politie', 'officier-van-justitie'],
        channel: 'telefoon',
        content: 'Alleen voor politie en OM.',
      },
      {
        id: 'i-tak-a',
        title: 'Gevolg A',
        audience: ['burgemeester'],
        channel: 'mail',
        content: 'Gevolg van A.',
      },
      {
        id: 'i-tak-b',
        title: 'Gevolg B',
        audience: ['burgemeester'],
        channel: 'mail',
        content: 'Gevolg van B.',
      },
      {
        id: 'i-te-laat',
        title: 'Te laat',
        audience: 'all',
        channel: 'mail',
        content: 'Er is niet besloten.',
      },
      {
        id: 'i-reserve',
        title: 'Reserve',
        hold: true,
        audience: 'all',
        channel: 'mail',
        content: 'Door de oefenleider.',
      },
      {
        id: 'i-klok',
        title: 'Klok gemist',
        audience: ['burgemeester'],
        channel: 'telefoon',
        content: 'De toezichthouder belt.',
      },
    ],
    decisionPoints: [
      {
        id: 'dp-keuze',
        question: 'A of B?',
        owner: 'burgemeester',
        raisedBy: 'i-start',
        dueAt: '00:45',
        options: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      },
    ],
    triggers: [
      {
        id: 't-a',
        when: { decision: 'dp-keuze', option: 'a' },
        schedule: [{ inject: 'i-tak-a', after: '00:05' }],
      },
      { id: 't-b', when: { decision: 'dp-keuze', option: 'b' }, schedule: [{ inject: 'i-tak-b' }] },
      { id: 't-laat', when: { overdue: 'dp-keuze' }, schedule: [{ inject: 'i-te-laat' }] },
      {
        id: 't-klok',
        when: { clock: 'nis2', stage: 'early-warning', status: 'missed' },
        schedule: [{ inject: 'i-klok' }],
      },
    ],
    clocks: [{ id: 'nis2', regime: 'nis2', startsAt: '00:30', role: 'burgemeester' }],
  };
}

export function scenarioYaml(scenario: Record<string, unknown> = scenarioFixture()): string {
  return stringify(scenario, { lineWidth: 0 });
}
