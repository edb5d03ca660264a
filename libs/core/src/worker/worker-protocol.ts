/**
 * What a task module exports for `WorkerPool`: `runTask`, one function from a task to its result,
 * run on the pool's thread. Input and result cross threads by structured clone; a result that is a
 * whole Buffer or Uint8Array is moved, not copied, and arrives as a Uint8Array.
 */
export type WorkerTask<TIn, TOut> = (input: TIn) => TOut | Promise<TOut>;

/** What the pool tells a new thread: the task module to load, without extension. */
export interface WorkerThreadData {
  entry: string;
}

/** One task; `id` pairs the answer with the question. */
export interface WorkerRequest<TIn> {
  id: number;
  input: TIn;
}

export type WorkerReply<TOut> =
  /** `thread`: this thread's id on Linux, whose CPU time the pool reads to keep the time budget. */
  | { kind: 'ready'; thread?: number }
  | { kind: 'done'; id: number; result: TOut }
  | { kind: 'failed'; id: number; message: string };

/**
 * A result that is a view over the whole of its own ArrayBuffer (a PDF from pdfkit) is moved to
 * the main thread instead of copied. One over part of a shared buffer (Node's pool of small
 * Buffers) is copied: moving that buffer would take the other Buffers on it with it.
 */
export function movable(result: unknown): ArrayBuffer[] {
  if (!ArrayBuffer.isView(result) || !(result.buffer instanceof ArrayBuffer)) return [];
  return result.byteOffset === 0 && result.byteLength === result.buffer.byteLength ? [result.buffer] : [];
}
