import type { Playbook, PlaybookClockLink } from '../schema/playbook.schema';

/** A step ticked off: when, by whom (the name as typed) and in which role. */
export interface StepCompletion {
  stepId: string;
  completedAt: Date;
  by: string;
  role: string;
  note?: string;
}

/** A tick taken back (a mistake, or the step has to be redone). */
export interface StepUndo {
  stepId: string;
  undoneAt: Date;
  by: string;
}

export type StepRecord = StepCompletion | StepUndo;

export type StepStatus = 'open' | 'done' | 'blocked';

export interface StepProgress {
  stepId: string;
  title: string;
  owner: string;
  phase: string | null;
  status: StepStatus;
  completedAt: Date | null;
  by: string | null;
  role: string | null;
  note: string | null;
  /** The dependsOn steps not done yet; non-empty exactly when the status is blocked. */
  blockedBy: string[];
  clock: PlaybookClockLink | null;
}

export interface ProgressCounts {
  total: number;
  done: number;
  open: number;
  blocked: number;
}

export interface PlaybookProgress {
  playbookId: string;
  steps: StepProgress[];
  totals: ProgressCounts & { percentDone: number };
  /** Declared phases in order; steps without a phase, if any, last under `phaseId: null`. */
  phases: (ProgressCounts & { phaseId: string | null; name: string | null })[];
  roles: (ProgressCounts & { roleId: string; name: string })[];
  /** Each clock stage the playbook links to, with its steps; `done` when all of them are. */
  clocks: { regime: PlaybookClockLink['regime']; stage: string; stepIds: string[]; done: boolean }[];
  /** Records naming a step this playbook does not have (e.g. written for another version). */
  ignoredRecords: number;
}

/**
 * The state of a playbook's checklist from its recorded completions and undos. Pure and
 * deterministic, so a replayed log and a live view agree. Records are applied in time order
 * (records at the same instant in the order given); a second completion of a done step keeps the
 * first one, which is when the step was really done.
 */
export function playbookProgress(playbook: Playbook, records: readonly StepRecord[]): PlaybookProgress {
  const known = new Set(playbook.steps.map((s) => s.id));
  const completed = new Map<string, StepCompletion>();
  let ignoredRecords = 0;
  for (const record of inTimeOrder(records)) {
    if (!known.has(record.stepId)) ignoredRecords++;
    else if ('undoneAt' in record) completed.delete(record.stepId);
    else if (!completed.has(record.stepId)) completed.set(record.stepId, record);
  }

  const steps = playbook.steps.map((step): StepProgress => {
    const completion = completed.get(step.id);
    const blockedBy = completion ? [] : (step.dependsOn ?? []).filter((id) => !completed.has(id));
    return {
      stepId: step.id,
      title: step.title,
      owner: step.owner,
      phase: step.phase ?? null,
      status: completion ? 'done' : blockedBy.length ? 'blocked' : 'open',
      completedAt: completion?.completedAt ?? null,
      by: completion?.by ?? null,
      role: completion?.role ?? null,
      note: completion?.note ?? null,
      blockedBy,
      clock: step.clock ?? null,
    };
  });

  const totals = count(steps);
  const unphased = steps.filter((s) => s.phase === null);
  return {
    playbookId: playbook.id,
    steps,
    totals: { ...totals, percentDone: totals.total ? Math.round((100 * totals.done) / totals.total) : 0 },
    phases: [
      ...(playbook.phases ?? []).map((phase) => ({
        phaseId: phase.id,
        name: phase.name,
        ...count(steps.filter((s) => s.phase === phase.id)),
      })),
      ...(unphased.length ? [{ phaseId: null, name: null, ...count(unphased) }] : []),
    ],
    roles: playbook.roles.map((role) => ({
      roleId: role.id,
      name: role.name,
      ...count(steps.filter((s) => s.owner === role.id)),
    })),
    clocks: clockLinks(steps),
    ignoredRecords,
  };
}

function inTimeOrder(records: readonly StepRecord[]): StepRecord[] {
  const at = (r: StepRecord): number => ('undoneAt' in r ? r.undoneAt : r.completedAt).getTime();
  // Array.prototype.sort is stable, so equal times keep the order given.
  return [...records].sort((a, b) => at(a) - at(b));
}

function count(steps: StepProgress[]): ProgressCounts {
  const of = (status: StepStatus): number => steps.filter((s) => s.status === status).length;
  return { total: steps.length, done: of('done'), open: of('open'), blocked: of('blocked') };
}

function clockLinks(steps: StepProgress[]): PlaybookProgress['clocks'] {
  const links = new Map<string, PlaybookProgress['clocks'][number]>();
  for (const step of steps) {
    if (!step.clock) continue;
    const key = `${step.clock.regime}/${step.clock.stage}`;
    const link = links.get(key) ?? { ...step.clock, stepIds: [], done: true };
    link.stepIds.push(step.stepId);
    link.done &&= step.status === 'done';
    links.set(key, link);
  }
  return [...links.values()];
}
