import { verifyChain } from '@driehoek/core';
import type { Scenario } from '@driehoek/scenario';
import { buildReport } from './build-report';
import type { ImprovementPlanAppendix } from './model/improvement-appendix';
import type { LoggedEvent } from './model/logged-event';
import type { AfterActionReport } from './model/report';
import { renderHtml } from './render/html';
import type { ReportLanguage } from './render/labels';
import { renderMarkdown } from './render/markdown';
import { renderPdf } from './render/pdf';
import { reportDocument } from './render/report-document';

export const REPORT_FORMATS = ['json', 'md', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A stored event as it was hashed (wall time as an ISO string), with both hashes. */
export interface StoredLogEvent extends LoggedEvent {
  exerciseId: string;
  previousHash: string;
  hash: string;
}

/**
 * What a report is made of, as plain data: read by the service in one snapshot and handed to a
 * render thread. `events` is the log as a JSON array of `StoredLogEvent` in sequence order: a
 * string crosses to the thread as one copy, where ten thousand objects would be cloned one by one
 * on the event loop.
 */
export interface ReportSource {
  exercise: { id: string; title: string };
  scenario: Scenario;
  scenarioVersion: number;
  events: string;
  improvementPlan: ImprovementPlanAppendix | null;
}

/** The report's model: the chain verified over exactly the rows the report is made of, then built. */
export function makeReport(source: ReportSource): AfterActionReport {
  const stored = JSON.parse(source.events) as StoredLogEvent[];
  const verdict = verifyChain(stored);
  const events = stored.map(({ seq, type, offsetMs, wallTime, actor, audience, payload }): LoggedEvent => ({
    seq,
    type,
    offsetMs,
    wallTime,
    actor,
    audience,
    payload,
  }));
  return buildReport({
    exercise: source.exercise,
    scenario: source.scenario,
    scenarioVersion: source.scenarioVersion,
    events,
    verdict,
    improvementPlan: source.improvementPlan,
  });
}

/** The report in one format: text, or the PDF's bytes. A pure function of its source. */
export async function renderReport(
  source: ReportSource,
  format: ReportFormat,
  lang: ReportLanguage,
): Promise<string | Buffer> {
  const report = makeReport(source);
  if (format === 'json') return serialiseReport(report);
  // On paper the timeline folds an inject sent again and again into one row (docs/reports.md).
  const doc = reportDocument(report, lang, { foldRepeatedInjects: format === 'pdf' });
  if (format === 'md') return renderMarkdown(doc);
  if (format === 'html') return renderHtml(doc);
  return renderPdf(doc, report);
}

/** The JSON form: two-space indented, keys in the model's fixed order, one final newline. */
export function serialiseReport(report: AfterActionReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
