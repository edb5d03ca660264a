import { str, type LoggedEvent } from '../model/logged-event';
import { orderedKeys } from './stats';

export interface RoleParticipation {
  role: string;
  decisions: number;
  acknowledgements: number;
  reports: number;
  playbookSteps: number;
  /** Debrief answers given with the role; anonymous answers are counted by nobody. */
  debriefAnswers: number;
}

const COUNTED: Record<string, keyof Omit<RoleParticipation, 'role'>> = {
  'decision.recorded': 'decisions',
  'inject.acknowledged': 'acknowledgements',
  'report.submitted': 'reports',
  'playbook.step': 'playbookSteps',
  'debrief.answered': 'debriefAnswers',
};

/** What each role did, counted from the log; every role of the scenario is listed, idle ones too. */
export function participation(events: readonly LoggedEvent[], roles: readonly string[]): RoleParticipation[] {
  const counts = new Map<string, RoleParticipation>();
  const of = (role: string) => {
    let found = counts.get(role);
    if (!found)
      counts.set(
        role,
        (found = {
          role,
          decisions: 0,
          acknowledgements: 0,
          reports: 0,
          playbookSteps: 0,
          debriefAnswers: 0,
        }),
      );
    return found;
  };
  roles.forEach(of);
  for (const e of events) {
    const field = COUNTED[e.type];
    if (!field) continue;
    if (e.type === 'debrief.answered' && e.payload.anonymous === true) continue;
    const role = str(e.payload, 'role');
    if (role) of(role)[field]++;
  }
  return orderedKeys(counts.keys(), roles).map((role) => counts.get(role)!);
}
