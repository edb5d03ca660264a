/** Why a pool did not give a task's result: one more than the queue holds, over its time or memory. */
export type WorkerRefusalReason = 'busy' | 'took-too-long' | 'out-of-memory';

/**
 * A task the pool refused or stopped, for a reason the caller turns into its own answer (a 503, a
 * finding): `limit` is the queue length, the budget in ms or the heap in MB that it ran into.
 */
export class WorkerTaskRefused extends Error {
  constructor(
    readonly reason: WorkerRefusalReason,
    readonly limit: number,
    pool: string,
  ) {
    super(
      reason === 'busy'
        ? `Every ${pool} thread is busy and ${limit} tasks are waiting`
        : reason === 'took-too-long'
          ? `The ${pool} task took longer than ${limit} ms`
          : `The ${pool} task needed more than ${limit} MB of memory`,
    );
    this.name = 'WorkerTaskRefused';
  }
}
