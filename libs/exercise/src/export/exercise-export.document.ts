import { GENESIS_HASH, verifyChain, type ChainVerdict } from '@driehoek/core';
import { z } from 'zod';
import { EXERCISE_STATUSES } from '../exercise.entity';

/** What the document says it is; an importer refuses anything else. */
export const EXPORT_FORMAT = 'driehoek.exercise-export';
export const EXPORT_FORMAT_VERSION = 1;

const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hash in lower-case hex');
const Timestamp = z.iso.datetime({ offset: true });

/** One entry of the log exactly as it was chained: the hashed fields and both hashes. */
export const ExportedEvent = z
  .object({
    seq: z.number().int().positive(),
    type: z.string().min(1).max(64),
    offsetMs: z.number().int(),
    // The ISO text that was hashed; kept as text so the chain can be recomputed from it.
    wallTime: Timestamp,
    actor: z.string().nullable(),
    audience: z.array(z.string()),
    payload: z.record(z.string(), z.unknown()),
    previousHash: Hash,
    hash: Hash,
  })
  .strict();
export type ExportedEvent = z.infer<typeof ExportedEvent>;

/**
 * The whole exercise as one document: the scenario version it ran (source and parsed), the
 * exercise, its full hash-chained log (observations, debrief and hot-wash answers are events in
 * it), and the improvement actions linked to it where this installation keeps them (null: none
 * kept here). Only the log is covered by the chain; the scenario by its content hash.
 */
export const ExerciseExport = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    exportedAt: Timestamp,
    exercise: z
      .object({
        id: z.uuid().describe('The exercise id at the source; part of every hashed event'),
        title: z.string().max(1000),
        organisationName: z.string().max(1000),
        status: z.enum(EXERCISE_STATUSES),
        speed: z.number().positive(),
        createdAt: Timestamp,
      })
      .strict(),
    scenario: z
      .object({
        id: z.string().min(1).max(80),
        version: z.number().int().positive(),
        owner: z.enum(['shipped', 'organisation']),
        contentHash: Hash.describe('sha256 of `source`'),
        source: z.string().describe('The YAML exactly as stored'),
        content: z.record(z.string(), z.unknown()).describe('The scenario as parsed and validated'),
      })
      .strict(),
    log: z
      .object({
        count: z.number().int().min(0),
        headHash: Hash.describe(`The hash of the last event; ${GENESIS_HASH.slice(0, 8)}… for an empty log`),
        events: z.array(ExportedEvent),
      })
      .strict(),
    improvementActions: z
      .array(z.record(z.string(), z.unknown()))
      .nullable()
      .describe(
        'The improvement actions the exercise raised or re-tests, as they stood at export; null from an installation that keeps no improvement plan',
      ),
  })
  .strict();
export type ExerciseExport = z.infer<typeof ExerciseExport>;

/** Why a document does not verify: the field and, for the chain, the first event that breaks it. */
export interface ExportProblem {
  path: string;
  message: string;
  seq?: number;
}

/**
 * Recomputes the log's chain with the same code that verifies a live log (`verifyChain`): every
 * event's body is what was hashed at the source, the exercise id included.
 */
export function verifyExportChain(document: ExerciseExport): ChainVerdict {
  return verifyChain(document.log.events.map((event) => ({ exerciseId: document.exercise.id, ...event })));
}

/** The first problem of a document, or none: the chain, then the count and head it claims. */
export function exportProblem(document: ExerciseExport, sourceHash: string): ExportProblem | undefined {
  const verdict = verifyExportChain(document);
  if (!verdict.valid && verdict.brokenAt) {
    const index = verdict.count - 1;
    return {
      path: `log.events[${index}]`,
      message: `event seq ${verdict.brokenAt.seq} does not verify: ${verdict.brokenAt.reason}`,
      seq: verdict.brokenAt.seq,
    };
  }
  if (document.log.count !== verdict.count)
    return { path: 'log.count', message: `says ${document.log.count}, the log has ${verdict.count} events` };
  if (document.log.headHash !== verdict.headHash)
    return { path: 'log.headHash', message: `is not the hash of the last event (${verdict.headHash})` };
  if (document.scenario.contentHash !== sourceHash)
    return { path: 'scenario.contentHash', message: 'is not the sha256 of scenario.source' };
  return undefined;
}
