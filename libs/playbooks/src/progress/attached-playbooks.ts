import type { Playbook } from '../schema/playbook.schema';
import { playbookProgress, type PlaybookProgress, type StepRecord } from './playbook-progress';

/** The log entries that follow a playbook: the same two in an exercise and in an incident. */
export const PLAYBOOK_ENTRIES = { attached: 'playbook.attached', step: 'playbook.step' } as const;

// Types, not interfaces: a log takes them as Record<string, unknown> payloads.

/** Which playbook, and exactly which version of it (the library's contentHash). */
export type PlaybookAttachedPayload = {
  playbookId: string;
  contentHash: string;
  title: string;
};

/** A step ticked off; who and in which role were added by the server. */
export type PlaybookStepPayload = {
  playbookId: string;
  stepId: string;
  note?: string;
  role: string;
  by: string;
};

/** A logged entry as the projection reads it; `at` is on the log's own clock (scenario or wall). */
export interface PlaybookEntry {
  type: string;
  at: Date;
  payload: Record<string, unknown>;
}

/** The playbook as the library ships it now; undefined when a release has withdrawn it. */
export type PlaybookLookup = (playbookId: string) => { playbook: Playbook; contentHash: string } | undefined;

export interface AttachedPlaybookProgress extends PlaybookProgress {
  title: string;
  attachedAt: Date;
  /** A newer release changed the playbook since it was attached. */
  changedSinceAttached: boolean;
  /** No longer shipped: the record of what was attached and ticked off stays in the log. */
  withdrawn: boolean;
}

/** The ids of the playbooks attached in this log. */
export function attachedPlaybookIds(
  entries: readonly Pick<PlaybookEntry, 'type' | 'payload'>[],
): Set<string> {
  return new Set(
    entries
      .filter((e) => e.type === PLAYBOOK_ENTRIES.attached)
      .map((e) => (e.payload as unknown as PlaybookAttachedPayload).playbookId),
  );
}

/**
 * Every playbook attached in a log, in the order attached, with the progress of its steps. Pure:
 * the log is the only input, so a live view and a replay agree. Entries of other kinds are skipped.
 */
export function attachedPlaybooks(
  entries: readonly PlaybookEntry[],
  lookup: PlaybookLookup,
): AttachedPlaybookProgress[] {
  const steps = entries.filter((e) => e.type === PLAYBOOK_ENTRIES.step);
  return entries
    .filter((e) => e.type === PLAYBOOK_ENTRIES.attached)
    .map((attached) => {
      const { playbookId, contentHash: attachedHash } =
        attached.payload as unknown as PlaybookAttachedPayload;
      const records: StepRecord[] = steps
        .map((e) => ({ at: e.at, payload: e.payload as unknown as PlaybookStepPayload }))
        .filter(({ payload }) => payload.playbookId === playbookId)
        .map(({ at, payload }) => ({
          stepId: payload.stepId,
          completedAt: at,
          by: payload.by,
          role: payload.role,
          note: payload.note,
        }));
      const current = lookup(playbookId);
      if (!current) return withdrawn(attached, records.length);
      return {
        ...playbookProgress(current.playbook, records),
        title: current.playbook.title,
        attachedAt: attached.at,
        changedSinceAttached: current.contentHash !== attachedHash,
        withdrawn: false,
      };
    });
}

/** A playbook a later release no longer ships: its steps are unknown, so none can be shown as done. */
function withdrawn(attached: PlaybookEntry, records: number): AttachedPlaybookProgress {
  const { playbookId, title } = attached.payload as unknown as PlaybookAttachedPayload;
  return {
    playbookId,
    title,
    attachedAt: attached.at,
    changedSinceAttached: true,
    withdrawn: true,
    steps: [],
    totals: { total: 0, done: 0, open: 0, blocked: 0, percentDone: 0 },
    phases: [],
    roles: [],
    clocks: [],
    ignoredRecords: records,
  };
}
