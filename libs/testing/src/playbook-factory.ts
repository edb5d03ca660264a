import { stringify } from 'yaml';

/**
 * A small valid playbook as a plain object (no errors, no warnings); tests change one thing and
 * serialise it with playbookYaml, so each test shows exactly the mistake it is about.
 */
export function playbookFixture(id = 'test-playbook'): Record<string, unknown> {
  return {
    id,
    title: 'Testdraaiboek',
    summary: 'Een klein draaiboek voor tests.',
    language: 'nl',
    appliesTo: ['ransomware'],
    roles: [
      { id: 'burgemeester', name: 'Burgemeester', organisation: 'gemeente' },
      { id: 'ciso', name: 'CISO', organisation: 'gemeente' },
    ],
    phases: [
      { id: 'detectie', name: 'Detectie' },
      { id: 'melding', name: 'Melding' },
    ],
    steps: [
      { id: 'isoleren', title: 'Isoleer', description: 'Koppel los.', owner: 'ciso', phase: 'detectie' },
      {
        id: 'bewust',
        title: 'Leg bewustwording vast',
        description: 'Wanneer en door wie.',
        owner: 'burgemeester',
        phase: 'melding',
        dependsOn: ['isoleren'],
      },
      {
        id: 'waarschuwing',
        title: 'Vroegtijdige waarschuwing',
        description: 'Binnen 24 uur.',
        owner: 'ciso',
        phase: 'melding',
        dependsOn: ['bewust'],
        clock: { regime: 'nis2', stage: 'early-warning' },
        legalBasis: ['NIS2-richtlijn art. 23'],
      },
    ],
  };
}

export function playbookYaml(playbook: Record<string, unknown> = playbookFixture()): string {
  return stringify(playbook, { lineWidth: 0 });
}
