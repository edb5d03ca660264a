import { join } from 'node:path';
import { WorkerPool, WorkerTaskRefused } from '@driehoek/core';
import type { ScenarioValidation } from '../validate-scenario';

export interface ValidationPoolOptions {
  /**
   * How long checking one document may take, in ms of its thread's CPU time (wall time where that
   * cannot be read); then the thread is terminated and the document refused. However busy the
   * machine, a document gets at most ten times as long in wall time.
   */
  timeoutMs: number;
  /** Threads that validate at the same time. Default: one per core but one, at least 1, at most 2. */
  threads?: number;
  /** Documents that may wait for a thread; one more is refused (`ValidationBusyError`). */
  maxQueue?: number;
  /** A thread with nothing to do ends after this many ms; the next document starts one again. */
  idleMs?: number;
  /** Heap of each thread, in MB: a document that needs more is refused, not the server stopped. */
  maxHeapMb?: number;
}

/** Every thread is busy and the queue is full. */
export class ValidationBusyError extends Error {
  constructor() {
    super('Too many scenario uploads are being checked right now; try again in a moment');
    this.name = 'ValidationBusyError';
  }
}

/**
 * Validates uploaded scenarios on worker threads (a `WorkerPool`), so that a document built to be
 * slow costs a thread its time budget and never the event loop. A document over its time or
 * memory budget is answered with one finding that says so, as any other invalid document.
 */
export class ScenarioValidationPool {
  private readonly pool: WorkerPool<string, ScenarioValidation>;

  constructor(options: ValidationPoolOptions) {
    this.pool = new WorkerPool({
      ...options,
      entry: join(__dirname, 'scenario-validation.worker'),
      name: 'scenario validation',
    });
  }

  /** The document's validation, as validateScenarioYaml gives it, or the finding that says why not. */
  validate(source: string): Promise<ScenarioValidation> {
    return this.pool.run(source).catch((error: unknown) => {
      if (!(error instanceof WorkerTaskRefused)) throw error;
      switch (error.reason) {
        case 'busy':
          throw new ValidationBusyError();
        case 'took-too-long':
          return refusal('took-too-long', tookTooLong(error.limit));
        case 'out-of-memory':
          return refusal('too-large-to-check', tooLargeToCheck(error.limit));
      }
    });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function refusal(code: string, message: string): ScenarioValidation {
  return {
    errors: [{ severity: 'error', code, path: '', line: 1, column: 1, message }],
    warnings: [],
    errorCount: 1,
    warningCount: 0,
  };
}

const tookTooLong = (ms: number) =>
  `Checking the document took longer than ${ms} ms, the most one upload may take; nothing was stored. A scenario is checked in a fraction of that: make the document smaller or simpler.`;
const tooLargeToCheck = (mb: number) =>
  `Checking the document needed more than ${mb} MB of memory, the most one upload may take; nothing was stored. Make the document smaller or simpler.`;
