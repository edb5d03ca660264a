import { z } from 'zod';
import { oneOf, optionalText, section, text, texts, yesNo } from './report-fields';

/** NIS2 art. 23(4) asks for an assessment of severity; the scale is ours, keep it short. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

const earlyWarningShape = {
  suspectedMalicious: yesNo('are unlawful or malicious acts suspected?'),
  crossBorderImpact: yesNo('could the incident have a cross-border impact?'),
  summary: optionalText('what is known so far'),
};

/** Art. 23(4)(a). */
export const Nis2EarlyWarning = z.strictObject(earlyWarningShape).describe('NIS2 early warning');

/** Art. 23(4)(b): updates the early warning, first assessment, indicators of compromise where available. */
export const Nis2Notification = z
  .strictObject({
    earlyWarningUpdate: section(earlyWarningShape, 'the answers of the early warning, updated'),
    severity: oneOf(SEVERITIES, 'initial assessment of the severity'),
    impact: text('initial assessment of the impact'),
    indicatorsOfCompromise: texts('indicators of compromise where available; may be empty', {
      atLeastOne: false,
    }),
  })
  .describe('NIS2 incident notification');

/** Art. 23(4)(c): relevant status updates, on request. */
export const Nis2IntermediateReport = z
  .strictObject({ statusUpdate: text('relevant status updates since the notification') })
  .describe('NIS2 intermediate report');

/** Art. 23(4)(d). */
export const Nis2FinalReport = z
  .strictObject({
    description: text('detailed description of the incident'),
    severity: oneOf(SEVERITIES, 'severity of the incident'),
    impact: text('impact of the incident'),
    rootCause: text('the type of threat or root cause that likely triggered the incident'),
    mitigation: section(
      {
        applied: text('mitigation measures applied'),
        ongoing: text('mitigation measures still ongoing ("none" if none)'),
      },
      'mitigation measures, applied and ongoing',
    ),
    crossBorderImpact: yesNo('did the incident have a cross-border impact?'),
    crossBorderDetails: optionalText('the cross-border impact, where relevant'),
  })
  .describe('NIS2 final report');

/** Art. 23(4)(e): due when the final report would have been, while handling is still open. */
export const Nis2ProgressReport = z
  .strictObject({
    progress: text('state of the handling and what is still being done'),
    expectedClosure: optionalText('when handling is expected to be closed'),
  })
  .describe('NIS2 progress report');
