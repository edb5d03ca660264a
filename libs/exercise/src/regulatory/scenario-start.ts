import { zonedTimeToUtc } from '@driehoek/clocks';
import type { Scenario } from '@driehoek/scenario';

/** The fictional instant (epoch ms) at which the scenario starts: offset 0 on its clock. */
export function scenarioStartMs(scenario: Scenario): number {
  return zonedTimeToUtc(scenario.startsAt, scenario.timeZone).getTime();
}
