import type { WorkerTask } from '@driehoek/core';
import type { Msel } from '@driehoek/scenario';
import { renderMselPdf } from '../msel/msel-pdf';
import type { ReportLanguage } from '../render/labels';
import { renderReport, type ReportFormat, type ReportSource } from '../render-report';

/** One document to make on a render thread. */
export type RenderJob =
  | { kind: 'report'; source: ReportSource; format: ReportFormat; lang: ReportLanguage }
  | { kind: 'msel-pdf'; msel: Msel };

// The task of ReportRenderer's threads: the chain verified, the report built and rendered (or the
// MSEL's PDF), off the event loop of the server. A PDF comes back as bytes moved, not copied.
export const runTask: WorkerTask<RenderJob, string | Uint8Array> = (job) => {
  switch (job.kind) {
    case 'report':
      return renderReport(job.source, job.format, job.lang);
    case 'msel-pdf':
      return renderMselPdf(job.msel);
  }
};
