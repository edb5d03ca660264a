import { formatLocal } from '@driehoek/clocks';
import type { ReportObservation } from '../model/observations';
import type { AfterActionReport, TimelineEntry } from '../model/report';
import { duration, decimal, yesNo } from './format';
import { labels, type ReportLanguage } from './labels';
import { reportCharts } from './report-charts';

/** The rendered report as plain blocks; Markdown, HTML and PDF each turn them into their own form. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; rows: [string, string][] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] }
  | { kind: 'chart'; title: string; svg: string }
  | { kind: 'list'; items: string[] };

export interface ReportDocument {
  lang: ReportLanguage;
  title: string;
  /** The date on every page: the exercise's start, local. */
  date: string;
  blocks: Block[];
}

export interface ReportDocumentOptions {
  /**
   * One timeline row per inject that was delivered more than once, at its first delivery, with
   * how often and when last: the PDF's form, which is read on paper and costs time per row. The
   * HTML, Markdown and JSON keep every row.
   */
  foldRepeatedInjects?: boolean;
}

export interface TimelineRow {
  entry: TimelineEntry;
  /** How often the same inject reached the same roles (1: not folded). */
  times: number;
  last: TimelineEntry;
}

const unfolded = (timeline: readonly TimelineEntry[]): TimelineRow[] =>
  timeline.map((entry) => ({ entry, times: 1, last: entry }));

/**
 * The timeline with the repeated deliveries of an inject folded into its first: the same title to
 * the same roles reads the same to a council member, however often the facilitator sent it.
 */
export function foldRepeatedInjects(timeline: readonly TimelineEntry[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const first = new Map<string, TimelineRow>();
  for (const entry of timeline) {
    if (entry.type !== 'inject.delivered') {
      rows.push({ entry, times: 1, last: entry });
      continue;
    }
    const key = JSON.stringify([entry.subject, entry.roles]);
    const row = first.get(key);
    if (row) {
      row.times++;
      row.last = entry;
    } else {
      const added = { entry, times: 1, last: entry };
      first.set(key, added);
      rows.push(added);
    }
  }
  return rows;
}

/** The report laid out once, in one language: every format renders these same blocks. */
export function reportDocument(
  report: AfterActionReport,
  lang: ReportLanguage,
  options: ReportDocumentOptions = {},
): ReportDocument {
  const l = labels(lang);
  const ex = report.exercise;
  const roleName = new Map(ex.roles.map((r) => [r.id, r.name]));
  const role = (id: string | null) =>
    id === null ? l.unknown : id === '*' ? l.everyone : (roleName.get(id) ?? id);
  const roles = (ids: string[]) => (ids.length ? ids.map(role).join(', ') : l.staff);
  const status = (s: string) => l.statuses[s] ?? s;
  const blocks: Block[] = [];
  const h = (level: 1 | 2 | 3, text: string, id?: string) =>
    blocks.push({ kind: 'heading', level, text, id });
  const p = (text: string) => blocks.push({ kind: 'paragraph', text });
  const s = report.summary;

  h(1, `${l.report}: ${ex.title}`);
  blocks.push({
    kind: 'fields',
    rows: [
      [l.exercise, ex.title],
      [l.scenario, `${ex.scenarioTitle} (${ex.scenarioId}, ${l.version} ${ex.scenarioVersion})`],
      [l.scenarioStart, ex.scenarioStartsAt],
      [l.started, ex.startedAtLocal ?? l.unknown],
      [l.ended, ex.endedAtLocal ?? l.unknown],
      [l.state, l.states[ex.state]],
    ],
  });

  h(2, l.summary, 'summary');
  p(ex.scenarioSummary);
  blocks.push({
    kind: 'fields',
    rows: [
      [l.events, String(s.events)],
      [l.injectsDelivered, String(s.injectsDelivered)],
      [l.decisionPointsPut, String(s.decisionPointsPut)],
      [l.decisionsRecorded, String(s.decisionsRecorded)],
      [l.branchesTaken, String(s.branchesTaken)],
      [l.reportsSubmitted, String(s.reportsSubmitted)],
      [
        l.clockStages,
        `${s.clockStages.met} / ${s.clockStages.metLate} / ${s.clockStages.missed} / ${s.clockStages.open}`,
      ],
      [l.observationsCount, `${s.observations.strengths} / ${s.observations.areasForImprovement}`],
      [
        l.expectedCount,
        `${s.expectedActions.met} / ${s.expectedActions.metLate} / ${s.expectedActions.notMet} / ${s.expectedActions.total - s.expectedActions.checked}`,
      ],
      [l.chainValid, report.verification.valid ? l.valid : l.invalid],
    ],
  });

  const observationRows = (list: ReportObservation[]) =>
    list.map((o) => [o.text, roles(o.roles), o.observer, o.seqs.map(String).join(', ') || l.unknown]);
  const observationTable = (caption: string, list: ReportObservation[]) => {
    if (!list.length) {
      h(3, caption);
      p(l.none);
      return;
    }
    h(3, caption);
    blocks.push({
      kind: 'table',
      caption,
      head: [caption, l.roles, l.observer, '#'],
      rows: observationRows(list),
    });
  };

  h(2, l.objectives, 'objectives');
  if (!report.objectives.length) p(l.none);
  for (const o of report.objectives) {
    h(3, o.title);
    if (o.description) p(o.description);
    blocks.push({
      kind: 'fields',
      rows: [
        [l.rating, o.rating ? l.ratings[o.rating] : l.notRated],
        ...o.ratings.map((r): [string, string] => [
          `${l.observer} (#${r.seq})`,
          `${r.observer}: ${r.rating}`,
        ]),
      ],
    });
    blocks.push({
      kind: 'table',
      caption: `${l.expectedActions}: ${o.title}`,
      head: [l.action, l.roles, l.within, l.result, l.when],
      rows: o.expectedActions.map((a) => [
        a.description,
        roles(a.roles),
        a.within ?? l.unknown,
        status(a.status),
        a.at ? `${a.at} (#${a.seq})` : l.unknown,
      ]),
    });
    observationTable(`${l.strengths}: ${o.title}`, o.strengths);
    observationTable(`${l.areasForImprovement}: ${o.title}`, o.areasForImprovement);
  }
  if (report.otherObservations.length) {
    h(3, l.otherObservations);
    blocks.push({
      kind: 'table',
      caption: l.otherObservations,
      head: [l.otherObservations, l.roles, l.observer, '#'],
      rows: report.otherObservations.map((o) => [
        `${o.kind === 'strength' ? l.strengths : l.areasForImprovement}: ${o.text}`,
        roles(o.roles),
        o.observer,
        o.seqs.map(String).join(', ') || l.unknown,
      ]),
    });
  }

  h(2, l.timeline, 'timeline');
  const timeline = options.foldRepeatedInjects
    ? foldRepeatedInjects(report.timeline)
    : unfolded(report.timeline);
  if (timeline.length < report.timeline.length) p(l.timelineFolded(report.timeline.length));
  blocks.push({
    kind: 'table',
    caption: l.timeline,
    head: ['#', l.time, l.what, l.about, l.audience],
    rows: timeline.map(({ entry: e, times, last }) => {
      let about = e.subject ?? '';
      if (e.branch) {
        const cause = e.branch.decisionPointId
          ? `${e.branch.decisionPointId} = ${e.branch.optionId ?? ''}`
          : e.branch.clockId
            ? e.branch.clockId
            : e.branch.overdue
              ? l.types['decision.overdue']
              : '';
        about = `${e.branch.triggerId}${cause ? ` (${l.because} ${cause})` : ''}${e.branch.scheduled.length ? ` → ${l.scheduled} ${e.branch.scheduled.join(', ')}` : ''}`;
      }
      if (times > 1) about = `${about} (${l.deliveredTimes(times, `#${last.seq}, ${last.at}`)})`;
      return [String(e.seq), e.at, l.types[e.type] ?? e.type, about, roles(e.roles)];
    }),
  });

  h(2, l.decisions, 'decisions');
  if (!report.decisions.length) p(l.none);
  for (const d of report.decisions) {
    h(3, `${l.decision} #${d.seq} — ${d.at}${d.question ? `: ${d.question}` : ''}`);
    blocks.push({
      kind: 'fields',
      rows: [
        [l.decisionPoint, d.decisionPointId ?? l.freeStanding],
        [l.option, d.optionLabel ?? d.optionId ?? l.unknown],
        [l.owner, d.owner ? role(d.owner) : l.unknown],
        [l.role, role(d.role)],
        [l.decidedBy, d.decidedBy],
        [l.legalBasis, d.legalBasis.join('; ') || l.unknown],
        [l.latency, duration(d.latencyMs, lang, l)],
        [l.beeld, d.beeld],
        [l.oordeel, d.oordeel],
        [l.besluit, d.besluit],
        ...(d.rationale ? [[l.rationale, d.rationale] as [string, string]] : []),
        ...(d.actions.length
          ? [
              [l.actions, d.actions.map((a) => `${a.description} (${a.owner})`).join('; ')] as [
                string,
                string,
              ],
            ]
          : []),
      ],
    });
  }

  h(2, l.clocks, 'clocks');
  if (!report.clocks.length) p(l.noClocks);
  for (const c of report.clocks) {
    const title = c.label ?? c.regimeLabel[lang];
    h(3, title);
    blocks.push({
      kind: 'fields',
      rows: [
        [l.clock, `${c.regimeLabel[lang]} (${c.clockId})`],
        [l.t0, c.t0At],
        [l.owner, c.role ? role(c.role) : l.unknown],
      ],
    });
    blocks.push({
      kind: 'table',
      caption: title,
      head: [l.stage, l.result, l.operationalDue, l.legalLatest, l.submitted, l.submittedBy, l.withinLegal],
      rows: c.stages.map((st) => [
        `${st.stageLabel[lang]}${st.requestId ? ` (${st.requestId})` : ''}`,
        status(st.status),
        st.operationalDueLocal ?? l.unknown,
        st.legalLatestLocal ?? l.unknown,
        st.submittedAtLocal ?? l.unknown,
        st.submittedBy
          ? `${st.submittedBy}${st.submittedByRole ? ` (${role(st.submittedByRole)})` : ''}`
          : l.unknown,
        yesNo(st.withinLegalLatest, l),
      ]),
    });
  }

  const m = report.metrics;
  const charts = reportCharts(report, lang);
  h(2, l.metrics, 'metrics');
  h(3, l.decisionLatencyByRole);
  blocks.push({ kind: 'chart', ...charts.decisionLatency });
  blocks.push({
    kind: 'table',
    caption: l.decisionLatencyByRole,
    head: [l.role, l.count, l.median, l.mean, l.max, l.undecided],
    rows: m.decisionLatency.byRole.map((r) => [
      role(r.role),
      String(r.count),
      duration(r.medianMs, lang, l),
      duration(r.meanMs, lang, l),
      duration(r.maxMs, lang, l),
      String(r.undecided),
    ]),
  });
  h(3, l.decisionLatencyByPoint);
  blocks.push({
    kind: 'table',
    caption: l.decisionLatencyByPoint,
    head: [l.decisionPoint, l.owner, l.latency, l.inTime],
    rows: m.decisionLatency.byDecisionPoint.map((d) => [
      d.decisionPointId,
      role(d.owner),
      duration(d.latencyMs, lang, l),
      d.recordedSeq === null ? status('not-met') : yesNo(d.inTime, l),
    ]),
  });
  h(3, l.acknowledgements);
  blocks.push({ kind: 'chart', ...charts.acknowledgements });
  blocks.push({
    kind: 'table',
    caption: l.acknowledgements,
    head: [l.role, l.delivered, l.acknowledged, l.median, l.max],
    rows: m.acknowledgements.map((r) => [
      role(r.role),
      String(r.delivered),
      String(r.acknowledged),
      duration(r.medianMs, lang, l),
      duration(r.maxMs, lang, l),
    ]),
  });
  h(3, l.compliance);
  blocks.push({
    kind: 'table',
    caption: l.compliance,
    head: [l.clock, l.stage, l.result, l.withinLegal],
    rows: m.deadlineCompliance.map((c) => [
      c.clockId,
      `${c.stage}${c.requestId ? ` (${c.requestId})` : ''}`,
      status(c.status),
      yesNo(c.withinLegalLatest, l),
    ]),
  });
  h(3, l.participation);
  blocks.push({
    kind: 'table',
    caption: l.participation,
    head: [l.role, l.decisionsShort, l.acksShort, l.reportsShort, l.stepsShort, l.debriefShort],
    rows: m.participation.map((r) => [
      role(r.role),
      String(r.decisions),
      String(r.acknowledgements),
      String(r.reports),
      String(r.playbookSteps),
      String(r.debriefAnswers),
    ]),
  });
  h(3, l.intensity);
  p(
    l.intensityText(
      m.intensity.injectsDelivered,
      duration(m.intensity.scenarioSpanMs, lang, l),
      m.intensity.injectsPerHour === null ? l.unknown : decimal(m.intensity.injectsPerHour, 2, lang),
    ),
  );

  h(2, l.hotwash, 'hotwash');
  const question = new Map(report.hotwash.questions.map((q) => [q.id, q.question]));
  if (report.hotwash.answers.length)
    blocks.push({
      kind: 'table',
      caption: l.hotwash,
      head: [l.question, l.role, l.answer],
      rows: report.hotwash.answers.map((a) => [
        question.get(a.questionId) ?? a.questionId,
        a.role === null ? l.anonymous : role(a.role),
        String(a.answer),
      ]),
    });
  else p(l.noAnswers);
  h(3, l.points);
  if (report.hotwash.points.length)
    blocks.push({
      kind: 'list',
      items: report.hotwash.points.map(
        (pt) =>
          `${pt.kind ? `${pt.kind === 'strength' ? l.strengths : l.areasForImprovement}: ` : ''}${pt.text}`,
      ),
    });
  else p(l.none);

  h(2, l.verification, 'verification');
  p(l.verificationText);
  blocks.push({
    kind: 'fields',
    rows: [
      [l.chainValid, report.verification.valid ? l.valid : l.invalid],
      [l.eventCount, String(report.verification.count)],
      [l.headHash, report.verification.headHash],
      ...(report.verification.brokenAt
        ? [
            [l.brokenAt, `#${report.verification.brokenAt.seq}: ${report.verification.brokenAt.reason}`] as [
              string,
              string,
            ],
          ]
        : []),
    ],
  });

  h(2, l.appendix, 'appendix');
  const plan = report.appendix.improvementPlan;
  if (!plan) p(l.appendixMissing);
  else {
    // A wall-clock instant, read in the Netherlands: the plan's time, not the scenario's.
    p(l.appendixNote(formatLocal(new Date(plan.asOf))));
    blocks.push({
      kind: 'table',
      caption: l.appendix,
      head: [
        l.ip.objective,
        l.ip.areaForImprovement,
        l.ip.correctiveAction,
        l.ip.capabilityElement,
        l.ip.responsibleOrganisation,
        l.ip.contact,
        l.ip.start,
        l.ip.due,
        l.ip.status,
      ],
      rows: plan.actions.map((a) => [
        a.objective ?? l.unknown,
        a.areaForImprovement,
        a.correctiveAction,
        a.capabilityElement ? (l.ipValues[a.capabilityElement] ?? a.capabilityElement) : l.unknown,
        a.responsibleOrganisation ?? l.unknown,
        a.contact ?? l.unknown,
        a.start ?? l.unknown,
        a.due ?? l.unknown,
        l.ipValues[a.status] ?? a.status,
      ]),
    });
  }

  return {
    lang,
    title: ex.title,
    date: (ex.startedAtLocal ?? ex.scenarioStartsAt).slice(0, 10),
    blocks,
  };
}
