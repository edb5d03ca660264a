import { threadId } from 'node:worker_threads';
import type { WorkerTask } from '@driehoek/core';

/** What WorkerPool's spec asks its threads to do. */
export type PoolTestJob =
  | { kind: 'echo'; value: unknown }
  | { kind: 'thread' }
  | { kind: 'bytes'; length: number }
  | { kind: 'spin'; ms: number }
  | { kind: 'grow' }
  | { kind: 'throw'; message: string };

// A task module for WorkerPool's spec (libs/core/src/worker/worker-pool.spec.ts) only.
export const runTask: WorkerTask<PoolTestJob, unknown> = async (job) => {
  switch (job.kind) {
    case 'echo':
      return job.value;
    case 'thread':
      return threadId;
    case 'bytes':
      return Buffer.alloc(job.length, 7);
    case 'spin': {
      const until = Date.now() + job.ms;
      while (Date.now() < until);
      return 'spun';
    }
    case 'grow': {
      const kept: number[][] = [];
      for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => i));
    }
    case 'throw':
      await Promise.resolve();
      throw new Error(job.message);
  }
};
