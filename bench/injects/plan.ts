import { stringify } from 'yaml';

/** What one benchmark run does: the same plan drives Driehoek and the bare baseline. */
export interface BenchPlan {
  participants: number;
  exercises: number;
  roles: string[];
  injects: PlannedInject[];
  /** Exercise clock speed: 60 = one scenario minute per wall second. */
  speed: number;
}

export interface PlannedInject {
  id: string;
  /** Milliseconds after the start on the scenario clock. */
  offsetMs: number;
  audience: string[] | 'all';
  title: string;
  content: string;
}

/** Participant i joins exercise i mod M in role ⌊i / M⌋ mod R: every exercise gets every role. */
export function seat(plan: BenchPlan, participant: number): { exercise: number; role: string } {
  return {
    exercise: participant % plan.exercises,
    role: plan.roles[Math.floor(participant / plan.exercises) % plan.roles.length],
  };
}

export function reaches(inject: PlannedInject, role: string): boolean {
  return inject.audience === 'all' || inject.audience.includes(role);
}

/**
 * One inject per scenario minute, audiences mixed the way real scenarios mix them: some to
 * everybody, most to one or two roles. Content of a realistic size (about 600 bytes).
 */
export function makePlan(participants: number, exercises: number, injects: number, speed: number): BenchPlan {
  const roles = ['burgemeester', 'ciso', 'communicatie', 'politie', 'officier-van-justitie'];
  const audiences: Array<string[] | 'all'> = [
    'all',
    ['burgemeester'],
    ['ciso', 'communicatie'],
    ['politie', 'officier-van-justitie'],
    'all',
    ['ciso'],
    ['burgemeester', 'politie'],
  ];
  const paragraph =
    'De servicedesk meldt dat medewerkers geen bestanden meer kunnen openen op de netwerkschijven. ' +
    'Op meerdere werkplekken verschijnt een bericht dat de bestanden versleuteld zijn. ';
  return {
    participants,
    exercises,
    roles,
    speed,
    injects: Array.from({ length: injects }, (_, i) => ({
      id: `i-${String(i + 1).padStart(3, '0')}`,
      offsetMs: (i + 1) * 60_000,
      audience: audiences[i % audiences.length],
      title: `Melding ${i + 1}`,
      content: paragraph.repeat(3),
    })),
  };
}

const ORGANISATION: Record<string, string> = {
  burgemeester: 'gemeente',
  ciso: 'gemeente',
  communicatie: 'gemeente',
  politie: 'politie',
  'officier-van-justitie': 'om',
};

function offset(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The plan as a Driehoek scenario, uploaded through the API like any other. */
export function scenarioYaml(plan: BenchPlan, id: string): string {
  const last = plan.injects[plan.injects.length - 1]?.offsetMs ?? 0;
  return stringify(
    {
      id,
      title: 'Benchmark: injects op tijd',
      summary: 'Een scenario dat alleen injects verstuurt, voor npm run bench:injects.',
      language: 'nl',
      startsAt: '2026-03-12T08:00',
      timeZone: 'Europe/Amsterdam',
      duration: offset(last + 10 * 60_000),
      roles: plan.roles.map((role) => ({ id: role, name: role, organisation: ORGANISATION[role] })),
      channels: [{ id: 'mail', name: 'E-mail', kind: 'mail' }],
      injects: plan.injects.map((inject) => ({
        id: inject.id,
        title: inject.title,
        offset: offset(inject.offsetMs),
        audience: inject.audience,
        channel: 'mail',
        content: inject.content,
      })),
    },
    { lineWidth: 0 },
  );
}
