import type { ClockDefinition } from './clock-definition';
import type { ClockRegime } from './clock-stages';
import { AVG_CLOCK } from './definitions/avg-clock';
import { CER_CLOCK } from './definitions/cer-clock';
import { CUSTOM_CLOCK } from './definitions/custom-clock';
import { NIS2_CLOCK, NIS2_TRUST_SERVICE_CLOCK } from './definitions/nis2-clock';
import { NOODVERORDENING_CLOCK } from './definitions/noodverordening-clock';

/** The shipped definitions. Callers may pass an adapted copy (other recipients, articles) instead. */
export const CLOCK_DEFINITIONS: { readonly [R in ClockRegime]: ClockDefinition<R> } = {
  nis2: NIS2_CLOCK,
  'nis2-trust-service': NIS2_TRUST_SERVICE_CLOCK,
  avg: AVG_CLOCK,
  cer: CER_CLOCK,
  noodverordening: NOODVERORDENING_CLOCK,
  custom: CUSTOM_CLOCK,
};

export function clockDefinition<R extends ClockRegime>(regime: R): ClockDefinition<R> {
  return CLOCK_DEFINITIONS[regime];
}
