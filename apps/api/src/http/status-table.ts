import { COMMAND_RULES, EXERCISE_STATUSES, allowedIn, type CommandKind } from '@driehoek/exercise';

/** What each kind of write to an exercise is, as a client meets it. */
const COMMANDS: Record<CommandKind, string> = {
  start: '`POST …/start`',
  pause: '`POST …/pause`',
  resume: '`POST …/resume`',
  end: '`POST …/end`',
  archive: '`POST …/archive`',
  'clock.adjust': '`PATCH …/clock` (speed, jump)',
  'facilitator.inject': '`POST …/injects`, `…/injects/:injectId/fire`, `…/skip`, `…/postpone`',
  'facilitator.clock-fact': '`POST …/clocks/:clockId/requests`, `PATCH …/clocks/:clockId`',
  'playbook.attach': '`POST …/playbooks`',
  'player.write': 'players (socket): `decision.record`, `report.submit`, `inject.ack`, `playbook.step`',
  'engine.tick': 'scheduled injects, decision deadlines and clocks fire (no request)',
  'staff.observe': '`POST …/observations`, socket `observation.record`',
  'player.debrief': 'players: `POST …/debrief`, socket `debrief.answer`',
  'facilitator.hotwash': '`POST …/hotwash`, socket `hotwash.point`',
};

/** How a refusal reaches the client: a 409 over HTTP, a CONFLICT acknowledgement on the socket. */
const REFUSED: Partial<Record<CommandKind, string>> = { 'player.write': 'CONFLICT', 'engine.tick': 'no' };

/**
 * The status table of docs/api.md, from the one table of status rules (COMMAND_RULES): per kind of
 * write, "yes" or how it is refused. Join codes and grants (ExerciseService) are refused only when
 * archived.
 */
export function statusTableRows(): string[][] {
  const header = ['write', ...EXERCISE_STATUSES];
  const rows = (Object.keys(COMMAND_RULES) as CommandKind[]).map((kind) => [
    COMMANDS[kind],
    ...EXERCISE_STATUSES.map((status) => (allowedIn(kind, status) ? 'yes' : (REFUSED[kind] ?? '409'))),
  ]);
  const staffSetUp = [
    'join codes and grants (`…/join-codes/:role`, `…/grants`)',
    ...EXERCISE_STATUSES.map((status) => (status === 'archived' ? '409' : 'yes')),
  ];
  return [header, ...rows, staffSetUp];
}

export function statusTable(): string {
  const [header, ...rows] = statusTableRows();
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
