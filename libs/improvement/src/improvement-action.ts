/**
 * The improvement plan's vocabulary, in HSEEP's columns (AAR/IP). Pure: no Nest, no I/O.
 */

/** What a corrective action improves (HSEEP's capability elements). */
export const CAPABILITY_ELEMENTS = ['planning', 'organisation', 'equipment', 'training', 'exercise'] as const;
export type CapabilityElement = (typeof CAPABILITY_ELEMENTS)[number];

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Still to be done: carried into the next exercise, and what a retest may name. */
export const UNFINISHED_STATUSES: readonly ActionStatus[] = ['open', 'in-progress'];

/** Free text, or an objective of an exercise's scenario (its id and title). */
export interface ActionObjective {
  id: string | null;
  title: string;
}

/** Where the lesson came from: observations of an exercise, or a real incident of the register. */
export type ActionSource =
  | { kind: 'exercise'; exerciseId: string; observationIds: string[] }
  | { kind: 'incident'; incidentId: string };

/** The fields of an action that change through its history. */
export interface ActionFields {
  objective: ActionObjective | null;
  areaForImprovement: string;
  correctiveAction: string;
  capabilityElement: CapabilityElement;
  responsibleOrganisation: string;
  contactRole: string | null;
  /** Calendar dates, YYYY-MM-DD. */
  startDate: string | null;
  dueDate: string | null;
  status: ActionStatus;
  /** Why it was dropped; only (and always) with status `dropped`. */
  reason: string | null;
}

export const ACTION_FIELDS = [
  'objective',
  'areaForImprovement',
  'correctiveAction',
  'capabilityElement',
  'responsibleOrganisation',
  'contactRole',
  'startDate',
  'dueDate',
  'status',
  'reason',
] as const satisfies readonly (keyof ActionFields)[];

/** What one history entry changed: each field with its value before and after. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export const HISTORY_KINDS = ['created', 'updated', 'retest-linked'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export interface ImprovementActionView extends ActionFields {
  id: string;
  organisationId: string;
  source: ActionSource;
  retestedIn: { exerciseId: string; objectiveId: string }[];
  /** How many history entries the action has; the last one's seq. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface HistoryEntryView {
  seq: number;
  kind: HistoryKind;
  recordedAt: string;
  actor: string;
  changes: FieldChanges;
}

export interface RetestView {
  exerciseId: string;
  objectiveId: string;
  actionId: string;
  areaForImprovement: string;
  correctiveAction: string;
  status: ActionStatus;
  createdAt: string;
}

/** What the next exercise of the organisation shows of each action still to be done. */
export interface OpenActionSummary {
  id: string;
  areaForImprovement: string;
  correctiveAction: string;
  dueDate: string | null;
  status: ActionStatus;
}
