/**
 * One event of an exercise log as the report reads it: the stored row with its wall time as an ISO
 * string, so that the pure report functions take plain data (and a fixture can be written by hand).
 */
export interface LoggedEvent {
  seq: number;
  type: string;
  /** Scenario offset in ms after the scenario start. */
  offsetMs: number;
  /** UTC ISO instant on the wall clock. */
  wallTime: string;
  actor: string | null;
  /** Role ids, `*` for every player, empty for staff only. */
  audience: string[];
  payload: Record<string, unknown>;
}

/** A payload field as a string, or undefined when it is absent or of another type. */
export function str(payload: Record<string, unknown>, key: string): string | undefined {
  const value = payload[key];
  return typeof value === 'string' ? value : undefined;
}

export function num(payload: Record<string, unknown>, key: string): number | undefined {
  const value = payload[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function strings(payload: Record<string, unknown>, key: string): string[] {
  const value = payload[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
