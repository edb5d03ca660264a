import type { IncidentSummaryJson, RegisterBoard, RegisterNoticeJson } from '../incident-view';

/**
 * What the register's live channel sends (namespace `/incidents`, docs/realtime.md): pure
 * functions from the register's board to the snapshot and to what changed since the last one.
 */

/** On connect and as the answer to `resync`: the same JSON as GET /api/incidents and …/notices. */
export interface RegisterSnapshot {
  organisationId: string;
  /** The moment the clocks were computed for. */
  now: string;
  incidents: IncidentSummaryJson[];
  notices: RegisterNoticeJson[];
}

/** `incident.notices`: the whole current list, sent whenever it changes. */
export interface RegisterNotices {
  organisationId: string;
  now: string;
  notices: RegisterNoticeJson[];
}

/** What to push to an organisation's sockets: lines that changed (`incident.changed`), new notices. */
export interface RegisterUpdate {
  organisationId: string;
  changed: IncidentSummaryJson[];
  notices?: RegisterNotices;
}

/** What the sockets of a register were last sent, as JSON text: per line, and the notices. */
export interface Published {
  lines: ReadonlyMap<string, string>;
  notices: string;
}

export function registerSnapshot(organisationId: string, board: RegisterBoard): RegisterSnapshot {
  return {
    organisationId,
    now: board.now.toISOString(),
    incidents: board.incidents,
    notices: board.notices,
  };
}

export function published(board: RegisterBoard): Published {
  return {
    lines: new Map(board.incidents.map((line) => [line.id, JSON.stringify(line)])),
    notices: JSON.stringify(board.notices),
  };
}

/**
 * What changed between what was last sent and the board now: every line that differs or is new,
 * every line `written` names (a write is always announced, even one the list does not show, such
 * as a note), and the notices when the list differs. Nothing before anything was sent: a first
 * client starts from its snapshot.
 */
export function registerUpdate(
  organisationId: string,
  previous: Published | undefined,
  board: RegisterBoard,
  written: ReadonlySet<string> = new Set(),
): RegisterUpdate {
  if (!previous) return { organisationId, changed: [] };
  const changed = board.incidents.filter(
    (line) => written.has(line.id) || previous.lines.get(line.id) !== JSON.stringify(line),
  );
  const notices = JSON.stringify(board.notices) === previous.notices ? undefined : board.notices;
  return {
    organisationId,
    changed,
    ...(notices && { notices: { organisationId, now: board.now.toISOString(), notices } }),
  };
}
