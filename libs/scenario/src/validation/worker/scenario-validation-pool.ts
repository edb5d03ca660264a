import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ScenarioValidation } from '../validate-scenario';
import type { ValidationReply } from './scenario-validation.worker';

export interface ValidationPoolOptions {
  /**
   * How long checking one document may take, in ms of its thread's CPU time (wall time where that
   * cannot be read); then the thread is terminated and the document refused. However busy the
   * machine, a document gets at most WALL_FACTOR times as long in wall time.
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

interface Task {
  id: number;
  source: string;
  resolve: (result: ScenarioValidation) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The thread's kernel id, for its CPU time; undefined where that cannot be read. */
  thread?: number;
  task?: Task;
  /** When the task was handed over: wall ms and the thread's CPU ms. */
  started?: { wall: number; cpu?: number };
  deadline?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

/** However busy the machine, a document has at most this many times its budget in wall time. */
const WALL_FACTOR = 10;

/**
 * Validates uploaded scenarios on worker threads, so that a document built to be slow costs a
 * thread its time budget and never the event loop (inject timing, sockets, every other request).
 *
 * Not piscina: its abort signal would count the time a document waits in the queue against its
 * budget, so ten honest uploads behind one slow one would all be refused. Here the budget is the
 * work the thread does on the document (its CPU time, read from /proc on Linux), and a thread over
 * budget is terminated — synchronous code cannot be interrupted any other way — and replaced when
 * the next document comes. The threads run at a lower priority than the event loop.
 */
export class ScenarioValidationPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly threads: number;
  private readonly maxQueue: number;
  private readonly idleMs: number;
  private readonly maxHeapMb: number;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ValidationPoolOptions) {
    this.threads = options.threads ?? Math.min(2, Math.max(1, availableParallelism() - 1));
    this.maxQueue = options.maxQueue ?? 16;
    this.idleMs = options.idleMs ?? 30_000;
    this.maxHeapMb = options.maxHeapMb ?? 256;
  }

  /** The document's validation, as validateScenarioYaml gives it, or the finding that says why not. */
  validate(source: string): Promise<ScenarioValidation> {
    if (this.closed) return Promise.reject(new Error('The scenario validation pool is closed'));
    if (this.queue.length >= this.maxQueue) return Promise.reject(new ValidationBusyError());
    return new Promise<ScenarioValidation>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, source, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('The server is shutting down'));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        clearTimeout(slot.deadline);
        clearTimeout(slot.idle);
        slot.task?.reject(new Error('The server is shutting down'));
        return slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.ready && !slot.task) this.run(slot, this.queue.shift()!);
    }
    const starting = this.slots.filter((slot) => !slot.ready).length;
    for (let i = starting; i < this.queue.length && this.slots.length < this.threads; i++) this.start();
  }

  private run(slot: Slot, task: Task): void {
    clearTimeout(slot.idle);
    slot.task = task;
    slot.started = { wall: Date.now(), cpu: threadCpuMs(slot.thread) };
    slot.deadline = setTimeout(() => this.checkBudget(slot), this.options.timeoutMs);
    slot.worker.postMessage({ id: task.id, source: task.source });
  }

  /** At the budget in wall time: over it in CPU time too, or waiting for the CPU? */
  private checkBudget(slot: Slot): void {
    const { timeoutMs } = this.options;
    const wall = Date.now() - slot.started!.wall;
    const cpu = threadCpuMs(slot.thread);
    const used = cpu === undefined || slot.started!.cpu === undefined ? wall : cpu - slot.started!.cpu;
    if (used >= timeoutMs || wall >= timeoutMs * WALL_FACTOR) this.overBudget(slot);
    // CPU time is counted in ticks of 10 ms: look again no sooner than that.
    else slot.deadline = setTimeout(() => this.checkBudget(slot), Math.max(10, timeoutMs - used));
  }

  private overBudget(slot: Slot): void {
    const task = slot.task!;
    slot.task = undefined;
    this.remove(slot);
    void slot.worker.terminate();
    task.resolve(refusal('took-too-long', tookTooLong(this.options.timeoutMs)));
    this.dispatch();
  }

  private start(): void {
    const worker = startWorker(this.maxHeapMb);
    // An idle thread does not keep the process alive; close() ends the busy ones.
    worker.unref();
    const slot: Slot = { worker, ready: false };
    this.slots.push(slot);
    worker.on('message', (reply: ValidationReply) => {
      // A thread already let go (over budget, idle) may still deliver what it had sent.
      if (!this.slots.includes(slot)) return;
      if (reply.kind === 'ready') {
        slot.ready = true;
        slot.thread = reply.thread;
      } else {
        const task = slot.task;
        clearTimeout(slot.deadline);
        slot.task = undefined;
        if (reply.kind === 'done') task?.resolve(reply.result);
        else task?.reject(new Error(`Scenario validation failed in its thread: ${reply.message}`));
        slot.idle = setTimeout(() => {
          this.remove(slot);
          void worker.terminate();
        }, this.idleMs).unref();
      }
      this.dispatch();
    });
    const fail = (error: Error): void => {
      if (!this.slots.includes(slot)) return;
      this.remove(slot);
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (slot.task && outOfMemory)
        slot.task.resolve(refusal('too-large-to-check', tooLargeToCheck(this.maxHeapMb)));
      else slot.task?.reject(error);
      // A thread that cannot even start would fail for every document: refuse them, do not loop.
      if (!slot.ready) for (const task of this.queue.splice(0)) task.reject(error);
      this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The scenario validation thread exited with code ${code}`)));
  }

  private remove(slot: Slot): void {
    clearTimeout(slot.deadline);
    clearTimeout(slot.idle);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
  }
}

/**
 * The thread runs scenario-validation.worker. Built (`nest build`, swc to CommonJS) it is the .js
 * file beside this one, with the @driehoek/* imports already rewritten to relative paths. When this
 * file runs as TypeScript — under Jest (@swc/jest), or `node -r @swc-node/register` (the CLI, the
 * benchmarks) — there is no .js: a worker thread gets neither Jest's transform nor the parent's
 * `-r` hooks, so a two-line CommonJS shim registers @swc-node/register in the thread itself (with
 * the repository's tsconfig for the @driehoek/* paths) and then requires the .ts entry. That is a
 * devDependency, present wherever TypeScript runs, and never needed by the built server.
 */
function startWorker(maxHeapMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } };
  if (__filename.endsWith('.js'))
    return new Worker(join(__dirname, 'scenario-validation.worker.js'), options);
  const register = require.resolve('@swc-node/register');
  const entry = join(__dirname, 'scenario-validation.worker.ts');
  return new Worker(`require(${JSON.stringify(register)});\nrequire(${JSON.stringify(entry)});`, {
    ...options,
    eval: true,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? join(__dirname, '../../../../../tsconfig.json'),
    },
  });
}

/**
 * CPU time (user and system) of one thread of this process in ms, from /proc (Linux; the kernel
 * counts in ticks of 1/100 s there); undefined where it cannot be read.
 */
function threadCpuMs(thread: number | undefined): number | undefined {
  if (thread === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
    // After "pid (name)" — the name may hold spaces — come state, …, utime (14th), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
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
