import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import {
  movable,
  type WorkerReply,
  type WorkerRequest,
  type WorkerTask,
  type WorkerThreadData,
} from './worker-protocol';

// The thread of a WorkerPool (its main script; not exported from the lib): loads the task module
// before it says it is ready, so that loading is not counted against a task's budget, then runs
// one task at a time off the server's event loop. A task that keeps it busy too long is stopped by
// the pool terminating the thread. Only Node's own modules are imported here: a thread loads
// nothing but what its task module needs.
const port = parentPort!;
const { entry } = workerData as WorkerThreadData;
// First the lower priority, so that loading the task module (seconds, for one that pulls in
// Nest and TypeORM through the libs' index files) already gives way to the event loop.
const thread = threadId();
if (thread !== undefined) yieldToTheEventLoop(thread);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runTask } = require(entry) as { runTask?: WorkerTask<unknown, unknown> };
if (typeof runTask !== 'function') throw new Error(`${entry} exports no runTask function`);

port.on('message', ({ id, input }: WorkerRequest<unknown>) => {
  const failed = (error: unknown) =>
    port.postMessage({
      kind: 'failed',
      id,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies WorkerReply<unknown>);
  let pending: unknown;
  try {
    pending = runTask(input);
  } catch (error) {
    failed(error);
    return;
  }
  Promise.resolve(pending).then(
    (result) =>
      port.postMessage({ kind: 'done', id, result } satisfies WorkerReply<unknown>, movable(result)),
    failed,
  );
});
port.postMessage({ kind: 'ready', thread } satisfies WorkerReply<unknown>);

/** The kernel's id of this thread (Linux: /proc/thread-self names it); undefined elsewhere. */
function threadId(): number | undefined {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
}

/**
 * On a machine of two cores the thread and the event loop compete for the same CPU: a lower
 * priority for this thread alone (on Linux the nice value is per thread) lets injects and sockets
 * go first, and the pool's tasks take the time that is left. The pool's budget counts this
 * thread's CPU time, so a task does not run out of it while it waits for the CPU.
 */
function yieldToTheEventLoop(id: number): void {
  try {
    setPriority(id, 10);
  } catch {
    // Not allowed: the thread keeps the priority it has.
  }
}
