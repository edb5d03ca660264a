import { CLOCK_REGIMES } from '@driehoek/clocks';
import { Role, idField, textField } from '@driehoek/scenario';
import { z } from 'zod';

/**
 * The playbook format. This one schema is the source of the TypeScript types (z.infer), of the
 * runtime check, and of the published JSON Schema (playbooks/schema.json) that editors use.
 * Cross-references (a step's owner, phase, dependencies, clock stage) are checked afterwards by
 * the semantic checks, which know the whole document.
 */

const ref = (what: string) =>
  z
    .string({ message: `must be the id of a ${what}` })
    .min(1)
    .describe(`The id of a ${what} declared in this playbook`);

/**
 * A custom clock belongs to one scenario or incident, so a playbook shared by many cannot point at
 * it; it links only to the clocks the law sets.
 */
export const PLAYBOOK_CLOCK_REGIMES = CLOCK_REGIMES.filter(
  (regime): regime is Exclude<(typeof CLOCK_REGIMES)[number], 'custom'> => regime !== 'custom',
);

export const PlaybookClockLink = z
  .object({
    regime: z.enum(PLAYBOOK_CLOCK_REGIMES, {
      message: `must be one of: ${PLAYBOOK_CLOCK_REGIMES.join(', ')}`,
    }),
    stage: z
      .string({ message: 'must be a stage of the regime, e.g. "early-warning"' })
      .min(1)
      .describe('The stage of the regime this step meets, e.g. "early-warning" for nis2'),
  })
  .strict()
  .describe('The regulatory clock stage this step meets, e.g. {regime: nis2, stage: early-warning}');

export const PlaybookPhase = z
  .object({
    id: idField('Phase id'),
    name: textField('Display name of the phase, e.g. "Detectie en inperking"'),
    description: z.string().optional(),
  })
  .strict();

export const PlaybookStep = z
  .object({
    id: idField('Step id'),
    title: textField('Short imperative title shown on the checklist'),
    description: textField('What to do, for whom, and what "done" looks like'),
    owner: ref('role').describe('The role that carries out the step and ticks it off'),
    phase: ref('phase').optional(),
    clock: PlaybookClockLink.optional(),
    dependsOn: z
      .array(ref('step'))
      .optional()
      .describe('Steps that must be done first; until then this step shows as blocked'),
    legalBasis: z
      .array(textField('A legal basis, e.g. "Gemeentewet art. 176"'))
      .optional()
      .describe('Legal bases the step rests on, e.g. "Gemeentewet art. 176"'),
  })
  .strict();

export const Playbook = z
  .object({
    $schema: z.string().optional(),
    id: idField('Playbook id'),
    title: textField('Title of the playbook'),
    summary: textField('One paragraph for the library list: when to use it'),
    language: z.enum(['nl', 'en']).default('nl'),
    appliesTo: z
      .array(
        z
          .string({ message: 'must be a tag' })
          .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes, e.g. "ransomware"'),
      )
      .min(1, 'name at least one kind of incident, e.g. [ransomware]')
      .describe('Kinds of incident the playbook is for, e.g. ransomware, online-disorder, ddos'),
    roles: z.array(Role).min(1, 'declare at least one role'),
    phases: z.array(PlaybookPhase).optional(),
    steps: z.array(PlaybookStep).min(1, 'declare at least one step'),
  })
  .strict()
  .describe('A Driehoek playbook: the checklist a crisis team follows');

export type Playbook = z.infer<typeof Playbook>;
export type PlaybookStep = z.infer<typeof PlaybookStep>;
export type PlaybookPhase = z.infer<typeof PlaybookPhase>;
export type PlaybookClockLink = z.infer<typeof PlaybookClockLink>;
