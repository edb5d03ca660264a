import { parentPort } from 'node:worker_threads';
import { validateScenarioYaml } from '../validate-scenario';

/** One document to check; `id` pairs the answer with the question. */
export interface ValidationRequest {
  id: number;
  source: string;
}

export type ValidationReply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; result: ReturnType<typeof validateScenarioYaml> }
  | { kind: 'failed'; id: number; message: string };

// The thread of ScenarioValidationPool: validates one document at a time, off the event loop of
// the server. A document that keeps it busy too long is stopped by the pool terminating it.
const port = parentPort!;
port.on('message', ({ id, source }: ValidationRequest) => {
  let reply: ValidationReply;
  try {
    reply = { kind: 'done', id, result: validateScenarioYaml(source) };
  } catch (error) {
    reply = { kind: 'failed', id, message: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ kind: 'ready' } satisfies ValidationReply);
