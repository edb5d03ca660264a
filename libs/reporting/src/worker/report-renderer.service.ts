import { join } from 'node:path';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppException, CONFIG, ErrorCode, WorkerPool, WorkerTaskRefused, type Config } from '@driehoek/core';
import type { Msel } from '@driehoek/scenario';
import type { ReportLanguage } from '../render/labels';
import type { ReportFormat, ReportSource } from '../render-report';
import type { RenderJob } from './report-render.worker';

/** Reports that may wait for a thread; one more is answered 503. */
const MAX_QUEUE = 8;
/**
 * A render thread loads the reporting lib and, through the libs' index files, Nest and TypeORM:
 * 1-3 s on a two-core machine (on the thread, at its lower priority). Kept two minutes after its
 * last document, so that asking for the HTML and then the PDF starts one thread, not two.
 */
const IDLE_MS = 120_000;
/**
 * Heap of each render thread: the PDF of a 10,000-event exercise needs about 150 MB (the log as
 * JSON and parsed, the model, pdfmake's layout); several times that before a report is refused.
 */
const MAX_HEAP_MB = 1024;

/**
 * Makes reports and MSEL PDFs on worker threads (the project's `WorkerPool`), within a time budget
 * (REPORT_RENDER_TIMEOUT_MS of the thread's CPU time): the seconds pdfmake takes for a long
 * exercise never hold the event loop that delivers injects and answers sockets and requests.
 */
@Injectable()
export class ReportRenderer implements OnModuleDestroy {
  private readonly pool: WorkerPool<RenderJob, string | Uint8Array>;

  constructor(@Inject(CONFIG) config: Pick<Config, 'REPORT_RENDER_TIMEOUT_MS'>) {
    this.pool = new WorkerPool({
      entry: join(__dirname, 'report-render.worker'),
      name: 'report rendering',
      timeoutMs: config.REPORT_RENDER_TIMEOUT_MS,
      maxQueue: MAX_QUEUE,
      idleMs: IDLE_MS,
      maxHeapMb: MAX_HEAP_MB,
    });
  }

  onModuleDestroy(): Promise<void> {
    return this.pool.close();
  }

  /** The after-action report in one format, byte for byte what renderReport gives in-process. */
  async report(source: ReportSource, format: ReportFormat, lang: ReportLanguage): Promise<string | Buffer> {
    const body = await this.run(
      { kind: 'report', source, format, lang },
      format === 'pdf' ? 'this report as PDF' : 'this report',
      format === 'pdf' ? ' As HTML, Markdown or JSON it takes a fraction of that.' : '',
    );
    return typeof body === 'string' ? body : asBuffer(body);
  }

  /** The MSEL as renderMselPdf gives it. */
  async mselPdf(msel: Msel): Promise<Buffer> {
    return asBuffer((await this.run({ kind: 'msel-pdf', msel }, 'this MSEL as PDF')) as Uint8Array);
  }

  /** `what` and `hint` for the answer when the pool refuses: "this report", what else to ask for. */
  private run(job: RenderJob, what: string, hint = ''): Promise<string | Uint8Array> {
    return this.pool.run(job).catch((error: unknown) => {
      throw error instanceof WorkerTaskRefused ? unavailable(error, what, hint) : error;
    });
  }
}

/** The bytes moved from the thread, as a Buffer over the same memory. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** 503 for each: the server's limits, not the request, stop it; the message says which. */
function unavailable(error: WorkerTaskRefused, what: string, hint: string): AppException {
  switch (error.reason) {
    case 'busy':
      return new AppException(
        ErrorCode.ServiceUnavailable,
        'Too many reports and PDFs are being made right now; try again in a moment',
      );
    case 'took-too-long':
      return new AppException(
        ErrorCode.ServiceUnavailable,
        `Making ${what} took longer than ${error.limit} ms, the most one document may take (REPORT_RENDER_TIMEOUT_MS).${hint}`,
      );
    case 'out-of-memory':
      return new AppException(
        ErrorCode.ServiceUnavailable,
        `Making ${what} needed more than ${error.limit} MB of memory, the most one document may take.${hint}`,
      );
  }
}
