import type { StageView } from './clock-view';

/**
 * The earliest instant after `now` at which a stage's status changes without a new fact: entering
 * its due-soon window, or becoming missed 1 ms after its operational due instant (submitting at the
 * due instant itself still counts as met). The engine schedules one wake-up per clock for it and
 * recomputes when a fact is recorded. Null when nothing will change by time alone.
 */
export function nextTransition(stages: readonly StageView[], now: Date): Date | null {
  let next = Infinity;
  for (const stage of stages) {
    if (stage.submittedAt || !stage.operationalDue) continue;
    const candidates = [stage.operationalDue.getTime() + 1];
    if (stage.dueSoonFrom) candidates.push(stage.dueSoonFrom.getTime());
    for (const at of candidates) if (at > now.getTime() && at < next) next = at;
  }
  return next === Infinity ? null : new Date(next);
}
