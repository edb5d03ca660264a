import type { ClockRegime } from '@driehoek/clocks';

/**
 * The clocks an incident can run: those counted from awareness. Not `custom` (its period comes from
 * a scenario) and not `noodverordening` (the mayor's by-law, whose facts this register does not
 * record). A trust service provider picks `nis2-trust-service` instead of `nis2`.
 */
export const INCIDENT_REGIMES = [
  'nis2',
  'nis2-trust-service',
  'avg',
  'cer',
] as const satisfies readonly ClockRegime[];

export type IncidentRegime = (typeof INCIDENT_REGIMES)[number];

export const INCIDENT_STATUSES = ['open', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
