import { z } from 'zod';
import { INCIDENT_REGIMES } from './incident-regimes';

/** Request bodies of the incident register, validated at the edge (ZodValidationPipe). */

const Instant = z.iso
  .datetime({
    offset: true,
    message: 'must be an ISO 8601 date-time with an offset, e.g. 2026-03-28T10:17:00+01:00',
  })
  .transform((value) => new Date(value));
const text = (max: number) => z.string().trim().min(1).max(max);
const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be an id such as nis2 or early-warning');

export const NewIncident = z
  .object({
    title: text(200),
    description: text(10_000).optional(),
    regimes: z
      .array(z.enum(INCIDENT_REGIMES))
      .min(1, 'name at least one clock')
      .refine((regimes) => new Set(regimes).size === regimes.length, 'names a clock twice')
      .refine(
        (regimes) => !(regimes.includes('nis2') && regimes.includes('nis2-trust-service')),
        'takes nis2 or nis2-trust-service (a trust service provider), not both',
      ),
    detectedAt: Instant.optional(),
  })
  .strict();
export type NewIncident = z.infer<typeof NewIncident>;

export const NewAwareness = z
  .object({
    at: Instant.optional().describe('When the decision was taken; now when left out'),
    by: text(200).describe('The person who decided the incident is reportable'),
    role: text(80).optional().describe('Their role, e.g. ciso'),
    note: text(5_000).optional(),
  })
  .strict();
export type NewAwareness = z.infer<typeof NewAwareness>;

export const NewReport = z
  .object({
    regime: Id,
    stage: Id,
    requestId: Id.optional(),
    report: z.record(z.string(), z.unknown()),
    submittedAt: Instant.optional(),
  })
  .strict();
export type NewReport = z.infer<typeof NewReport>;

export const NewRequest = z.object({ regime: Id, dueAt: Instant, requestedAt: Instant.optional() }).strict();
export type NewRequest = z.infer<typeof NewRequest>;

export const HandlingClosed = z.object({ at: Instant.optional() }).strict();
export type HandlingClosed = z.infer<typeof HandlingClosed>;

export const NewNote = z.object({ text: text(10_000) }).strict();
export type NewNote = z.infer<typeof NewNote>;

export const NewDecision = z
  .object({ beeld: text(10_000), oordeel: text(10_000), besluit: text(10_000), by: text(200) })
  .strict();
export type NewDecision = z.infer<typeof NewDecision>;
