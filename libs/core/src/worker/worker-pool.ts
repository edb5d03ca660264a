import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerThreadData } from './worker-protocol';
import { WorkerTaskRefused } from './worker-task-refused';

export interface WorkerPoolOptions {
  /**
   * The task module, an absolute path without extension (`join(__dirname, 'x.worker')`): the .js
   * file when built, the .ts under Jest or `node -r @swc-node/register`. It exports `runTask`
   * (`WorkerTask`) and runs on the pool's threads.
   */
  entry: string;
  /** What the threads do, for messages: "scenario validation". */
  name: string;
  /**
   * How long one task may take, in ms of its thread's CPU time (wall time where that cannot be
   * read); then the thread is terminated and the task refused (`took-too-long`). However busy the
   * machine, a task gets at most WALL_FACTOR times as long in wall time.
   */
  timeoutMs: number;
  /** Threads that run at the same time. Default: one per core but one, at least 1, at most 2. */
  threads?: number;
  /** Tasks that may wait for a thread; one more is refused (`busy`). Default 16. */
  maxQueue?: number;
  /** A thread with nothing to do ends after this many ms; the next task starts one again. */
  idleMs?: number;
  /** Heap of each thread, in MB: a task that needs more is refused (`out-of-memory`), not the server stopped. */
  maxHeapMb?: number;
}

interface Task<TIn, TOut> {
  id: number;
  input: TIn;
  resolve: (result: TOut) => void;
  reject: (error: Error) => void;
}

interface Slot<TIn, TOut> {
  worker: Worker;
  ready: boolean;
  /** The thread's kernel id, for its CPU time; undefined where that cannot be read. */
  thread?: number;
  task?: Task<TIn, TOut>;
  /** When the task was handed over: wall ms and the thread's CPU ms. */
  started?: { wall: number; cpu?: number };
  deadline?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

/** However busy the machine, a task has at most this many times its budget in wall time. */
const WALL_FACTOR = 10;

/**
 * Runs CPU-bound work on worker threads, so that input built to be slow (an uploaded scenario) or
 * simply large (the report of a long exercise) costs a thread its time budget and never the event
 * loop (inject timing, sockets, every other request). The one way this project leaves the event
 * loop: scenario validation and report rendering both use it.
 *
 * Not piscina: its abort signal would count the time a task waits in the queue against its
 * budget, so ten honest tasks behind one slow one would all be refused. Here the budget is the
 * work the thread does on the task (its CPU time, read from /proc on Linux), and a thread over
 * budget is terminated — synchronous code cannot be interrupted any other way — and replaced when
 * the next task comes. The threads run at a lower priority than the event loop.
 */
export class WorkerPool<TIn, TOut> {
  private readonly slots: Slot<TIn, TOut>[] = [];
  private readonly queue: Task<TIn, TOut>[] = [];
  private readonly threads: number;
  private readonly maxQueue: number;
  private readonly idleMs: number;
  private readonly maxHeapMb: number;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    this.threads = options.threads ?? Math.min(2, Math.max(1, availableParallelism() - 1));
    this.maxQueue = options.maxQueue ?? 16;
    this.idleMs = options.idleMs ?? 30_000;
    this.maxHeapMb = options.maxHeapMb ?? 256;
  }

  /** The task's result; `WorkerTaskRefused` when busy, over budget or out of memory. */
  run(input: TIn): Promise<TOut> {
    if (this.closed) return Promise.reject(new Error(`The ${this.options.name} pool is closed`));
    if (this.queue.length >= this.maxQueue)
      return Promise.reject(new WorkerTaskRefused('busy', this.maxQueue, this.options.name));
    return new Promise<TOut>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
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
      if (slot.ready && !slot.task) this.hand(slot, this.queue.shift()!);
    }
    const starting = this.slots.filter((slot) => !slot.ready).length;
    for (let i = starting; i < this.queue.length && this.slots.length < this.threads; i++) this.start();
  }

  private hand(slot: Slot<TIn, TOut>, task: Task<TIn, TOut>): void {
    clearTimeout(slot.idle);
    slot.task = task;
    slot.started = { wall: Date.now(), cpu: threadCpuMs(slot.thread) };
    slot.deadline = setTimeout(() => this.checkBudget(slot), this.options.timeoutMs);
    slot.worker.postMessage({ id: task.id, input: task.input });
  }

  /** At the budget in wall time: over it in CPU time too, or waiting for the CPU? */
  private checkBudget(slot: Slot<TIn, TOut>): void {
    const { timeoutMs } = this.options;
    const wall = Date.now() - slot.started!.wall;
    const cpu = threadCpuMs(slot.thread);
    const used = cpu === undefined || slot.started!.cpu === undefined ? wall : cpu - slot.started!.cpu;
    if (used >= timeoutMs || wall >= timeoutMs * WALL_FACTOR) this.overBudget(slot);
    // CPU time is counted in ticks of 10 ms: look again no sooner than that.
    else slot.deadline = setTimeout(() => this.checkBudget(slot), Math.max(10, timeoutMs - used));
  }

  private overBudget(slot: Slot<TIn, TOut>): void {
    const task = slot.task!;
    slot.task = undefined;
    this.remove(slot);
    void slot.worker.terminate();
    task.reject(new WorkerTaskRefused('took-too-long', this.options.timeoutMs, this.options.name));
    this.dispatch();
  }

  private start(): void {
    const worker = startWorker(this.options.entry, this.maxHeapMb);
    // An idle thread does not keep the process alive; close() ends the busy ones.
    worker.unref();
    const slot: Slot<TIn, TOut> = { worker, ready: false };
    this.slots.push(slot);
    worker.on('message', (reply: WorkerReply<TOut>) => {
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
        else task?.reject(new Error(`The ${this.options.name} failed in its thread: ${reply.message}`));
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
        slot.task.reject(new WorkerTaskRefused('out-of-memory', this.maxHeapMb, this.options.name));
      else slot.task?.reject(error);
      // A thread that cannot even start would fail for every task: refuse them, do not loop.
      if (!slot.ready) for (const task of this.queue.splice(0)) task.reject(error);
      this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The ${this.options.name} thread exited with code ${code}`)));
  }

  private remove(slot: Slot<TIn, TOut>): void {
    clearTimeout(slot.deadline);
    clearTimeout(slot.idle);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
  }
}

/**
 * The thread runs worker-thread, which loads the task module. Built (`nest build`, swc to
 * CommonJS) both are .js files, with the @driehoek/* imports already rewritten to relative paths.
 * When this file runs as TypeScript — under Jest (@swc/jest), or `node -r @swc-node/register` (the
 * CLI, the benchmarks) — there is no .js: a worker thread gets neither Jest's transform nor the
 * parent's `-r` hooks, so a two-line CommonJS shim registers @swc-node/register in the thread
 * itself (with the repository's tsconfig for the @driehoek/* paths) and then requires the .ts
 * bootstrap, which finds the .ts task module through the same hook. That is a devDependency,
 * present wherever TypeScript runs, and never needed by the built server.
 */
function startWorker(entry: string, maxHeapMb: number): Worker {
  const options = {
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    workerData: { entry } satisfies WorkerThreadData,
  };
  if (__filename.endsWith('.js')) return new Worker(join(__dirname, 'worker-thread.js'), options);
  const register = require.resolve('@swc-node/register');
  const bootstrap = join(__dirname, 'worker-thread.ts');
  return new Worker(`require(${JSON.stringify(register)});\nrequire(${JSON.stringify(bootstrap)});`, {
    ...options,
    eval: true,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? join(__dirname, '../../../../tsconfig.json'),
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
