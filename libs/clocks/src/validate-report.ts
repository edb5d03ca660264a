import type { ZodError } from 'zod';
import type { ClockDefinition } from './clock-definition';
import { clockDefinition } from './clock-definitions';
import type { ClockRegime } from './clock-stages';

export interface ReportFieldError {
  /** `mitigation.applied`, `indicatorsOfCompromise[2]`; empty for the report as a whole. */
  path: string;
  /** Starts with the field's name, e.g. "suspectedMalicious is required: …". */
  message: string;
}

export type ReportValidation = { ok: true; value: unknown } | { ok: false; errors: ReportFieldError[] };

/**
 * Checks a submitted report against the required contents of its stage. `late` means submitted after
 * the operational deadline; some stages then ask for more (GDPR art. 33(1): reasons for the delay).
 */
export function validateReport(
  clock: ClockRegime | ClockDefinition,
  stageId: string,
  payload: unknown,
  { late = false }: { late?: boolean } = {},
): ReportValidation {
  const definition: ClockDefinition = typeof clock === 'string' ? clockDefinition(clock) : clock;
  const stage = definition.stages.find((s) => s.id === stageId);
  if (!stage) {
    const known = definition.stages.map((s) => s.id).join(', ');
    return { ok: false, errors: [{ path: 'stage', message: `stage must be one of: ${known}` }] };
  }
  const schema = (late && stage.reportWhenLate) || stage.report;
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: fieldErrors(result.error, stage.label.en) };
}

function fieldErrors(error: ZodError, what: string): ReportFieldError[] {
  return error.issues.flatMap((issue) => {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => {
        const field = formatPath([...issue.path, key]);
        return { path: field, message: `${field} is not a field of the ${what.toLowerCase()}` };
      });
    return [
      { path, message: path ? `${path} ${issue.message}` : `the ${what.toLowerCase()} must be an object` },
    ];
  });
}

/** `['mitigation', 'applied']` → `mitigation.applied`; `['iocs', 2]` → `iocs[2]` (as libs/core does). */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}
