import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { validateScenarioYaml } from '../validate-scenario';

/** One document to check; `id` pairs the answer with the question. */
export interface ValidationRequest {
  id: number;
  source: string;
}

export type ValidationReply =
  /** `thread`: this thread's id on Linux, whose CPU time the pool reads to keep the time budget. */
  | { kind: 'ready'; thread?: number }
  | { kind: 'done'; id: number; result: ReturnType<typeof validateScenarioYaml> }
  | { kind: 'failed'; id: number; message: string };

// The thread of ScenarioValidationPool: validates one document at a time, off the event loop of
// the server. A document that keeps it busy too long is stopped by the pool terminating it.
const port = parentPort!;
const thread = threadId();
if (thread !== undefined) yieldToTheEventLoop(thread);
port.on('message', ({ id, source }: ValidationRequest) => {
  let reply: ValidationReply;
  try {
    reply = { kind: 'done', id, result: validateScenarioYaml(source) };
  } catch (error) {
    reply = { kind: 'failed', id, message: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ kind: 'ready', thread } satisfies ValidationReply);

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
 * go first, and uploads take the time that is left. The pool's budget counts this thread's CPU
 * time, so a document does not run out of it while it waits for the CPU.
 */
function yieldToTheEventLoop(thread: number): void {
  try {
    setPriority(thread, 10);
  } catch {
    // Not allowed: the thread keeps the priority it has.
  }
}
