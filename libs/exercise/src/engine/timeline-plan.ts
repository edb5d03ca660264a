import { signedOffsetToSeconds, type Scenario } from '@driehoek/scenario';
import type { NewScheduledItem } from './schedule.repository';

/**
 * The scenario's main timeline as schedule items: injects with an offset that are not held,
 * decision points with `opensAt`, declared clock starts. Put in the schedule when the exercise
 * starts; a draft's timeline previews it. Pure.
 */
export function timelinePlan(scenario: Scenario): NewScheduledItem[] {
  const items: NewScheduledItem[] = [];
  for (const inject of scenario.injects)
    if (inject.offset !== undefined && !inject.hold)
      items.push(planned('inject', inject.id, signedOffsetMs(inject.offset)));
  for (const dp of scenario.decisionPoints ?? [])
    if (dp.opensAt !== undefined) items.push(planned('decision-open', dp.id, signedOffsetMs(dp.opensAt)));
  // A declared clock may start before the exercise does (a breach found the evening before).
  for (const clock of scenario.clocks ?? [])
    if (clock.startsAt !== undefined)
      items.push(planned('clock-start', clock.id, signedOffsetMs(clock.startsAt)));
  return items;
}

function planned(kind: NewScheduledItem['kind'], refId: string, dueOffsetMs: number): NewScheduledItem {
  return { kind, refId, occurrence: 1, dueOffsetMs, cause: { timeline: true } };
}

/** An offset in ms; a clock's declared start may be negative ("-14:00": the evening before). */
function signedOffsetMs(offset: string): number {
  return (signedOffsetToSeconds(offset) ?? 0) * 1000;
}
