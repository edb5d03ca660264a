import { clockDefinition, formatLocal, zonedTimeToUtc, type ClockRegime } from '@driehoek/clocks';
import type { ChainVerdict } from '@driehoek/core';
import { debriefQuestions } from '@driehoek/exercise';
import type { Scenario } from '@driehoek/scenario';
import { acknowledgementTimes } from './metrics/acknowledgement-times';
import { deadlineCompliance } from './metrics/deadline-compliance';
import { decisionLatency } from './metrics/decision-latency';
import { expectedActionResults } from './metrics/expected-actions';
import { intensity } from './metrics/intensity';
import { participation } from './metrics/participation';
import type { ImprovementPlanAppendix } from './model/improvement-appendix';
import { num, str, strings, type LoggedEvent } from './model/logged-event';
import { currentObservations, debriefAnswers, hotwashPoints } from './model/observations';
import {
  REPORT_FORMAT,
  REPORT_VERSION,
  type AfterActionReport,
  type ReportClock,
  type ReportDecision,
  type TimelineEntry,
} from './model/report';

export interface ReportInput {
  exercise: { id: string; title: string };
  scenario: Scenario;
  scenarioVersion: number;
  /** The whole log, in sequence order. */
  events: readonly LoggedEvent[];
  /** The chain verdict over exactly these events. */
  verdict: ChainVerdict;
  improvementPlan?: ImprovementPlanAppendix | null;
}

/** Events the timeline leaves out: they are counted in the metrics, not told as the story. */
const NOT_IN_TIMELINE = new Set([
  'inject.acknowledged',
  'observation.recorded',
  'debrief.answered',
  'regulatory-clock.status',
]);

/**
 * The after-action report of an exercise as data: a pure function of the log and the scenario
 * version (plus the labelled improvement-plan appendix), so the same log gives the same report.
 */
export function buildReport(input: ReportInput): AfterActionReport {
  const { scenario, events } = input;
  const zone = scenario.timeZone;
  const startMs = zonedTimeToUtc(scenario.startsAt, zone).getTime();
  const at = (offsetMs: number) => formatLocal(new Date(startMs + offsetMs), zone);
  const local = (iso: string | null) => (iso ? formatLocal(new Date(iso), zone) : null);
  const roleIds = scenario.roles.map((r) => r.id);

  const started = events.find((e) => e.type === 'clock.started');
  const stopped = events.find((e) => e.type === 'clock.stopped');

  const latency = decisionLatency(events, roleIds);
  const acks = acknowledgementTimes(events, roleIds);
  const compliance = deadlineCompliance(events);
  const results = expectedActionResults(events, scenario);
  const observations = currentObservations(events);
  const latencyBySeq = new Map(
    latency.byDecisionPoint.filter((p) => p.recordedSeq !== null).map((p) => [p.recordedSeq!, p.latencyMs]),
  );

  const decisionPointById = new Map((scenario.decisionPoints ?? []).map((dp) => [dp.id, dp]));
  const decisions: ReportDecision[] = events
    .filter((e) => e.type === 'decision.recorded')
    .map((e) => {
      const dpId = str(e.payload, 'decisionPointId') ?? null;
      const dp = dpId ? decisionPointById.get(dpId) : undefined;
      const optionId = str(e.payload, 'optionId') ?? null;
      const actions = Array.isArray(e.payload.actions)
        ? (e.payload.actions as Record<string, unknown>[])
        : [];
      return {
        seq: e.seq,
        offsetMs: e.offsetMs,
        at: at(e.offsetMs),
        role: str(e.payload, 'role') ?? '',
        decisionPointId: dpId,
        question: dp?.question ?? null,
        owner: dp?.owner ?? null,
        optionId,
        optionLabel: dp?.options.find((o) => o.id === optionId)?.label ?? null,
        beeld: str(e.payload, 'beeld') ?? '',
        oordeel: str(e.payload, 'oordeel') ?? '',
        besluit: str(e.payload, 'besluit') ?? '',
        rationale: str(e.payload, 'rationale') ?? null,
        decidedBy: str(e.payload, 'decidedBy') ?? '',
        legalBasis: strings(e.payload, 'legalBasis'),
        actions: actions.map((a) => ({
          description: str(a, 'description') ?? '',
          owner: str(a, 'owner') ?? '',
        })),
        latencyMs: latencyBySeq.get(e.seq) ?? null,
      };
    });

  const clocks: ReportClock[] = compliance.map((clock) => {
    const definition = isRegime(clock.regime) ? clockDefinition(clock.regime) : undefined;
    const declared = scenario.clocks?.find((c) => c.id === clock.clockId);
    return {
      ...clock,
      label: clock.label ?? declared?.label ?? null,
      regimeLabel: definition ? { ...definition.label } : { nl: clock.regime, en: clock.regime },
      t0At: at(clock.t0OffsetMs),
      stages: clock.stages.map((s) => {
        const stageLabel = definition?.stages.find((d) => d.id === s.stage)?.label;
        return {
          stage: s.stage,
          stageLabel: stageLabel ? { ...stageLabel } : { nl: s.stage, en: s.stage },
          requestId: s.requestId,
          status: s.status,
          operationalDue: s.operationalDue,
          operationalDueLocal: local(s.operationalDue),
          legalLatest: s.legalLatest,
          legalLatestLocal: local(s.legalLatest),
          submittedAt: s.submittedAt,
          submittedAtLocal: local(s.submittedAt),
          submittedBy: s.submittedBy,
          submittedByRole: s.submittedByRole,
          withinLegalLatest: s.withinLegalLatest,
        };
      }),
    };
  });

  const timeline: TimelineEntry[] = events
    .filter((e) => !NOT_IN_TIMELINE.has(e.type))
    .map((e) => ({
      seq: e.seq,
      offsetMs: e.offsetMs,
      at: at(e.offsetMs),
      type: e.type,
      subject: subjectOf(e, clocks, at),
      roles: e.audience.includes('*') ? ['*'] : [...e.audience],
      branch:
        e.type === 'trigger.fired'
          ? {
              triggerId: str(e.payload, 'triggerId') ?? '',
              decisionPointId: str(e.payload, 'decisionPointId') ?? null,
              optionId: str(e.payload, 'optionId') ?? null,
              clockId: str(e.payload, 'clockId') ?? null,
              overdue: e.payload.overdue === true,
              scheduled: (Array.isArray(e.payload.scheduled)
                ? (e.payload.scheduled as Record<string, unknown>[])
                : []
              )
                .map((s) => str(s, 'injectId') ?? '')
                .filter(Boolean),
            }
          : null,
    }));

  const expected = {
    total: results.length,
    checked: results.filter((r) => r.status !== 'not-checked').length,
    met: results.filter((r) => r.status === 'met').length,
    metLate: results.filter((r) => r.status === 'met-late').length,
    notMet: results.filter((r) => r.status === 'not-met').length,
  };
  const objectiveIds = new Set((scenario.objectives ?? []).map((o) => o.id));
  const stagesAll = clocks.flatMap((c) => c.stages);
  const count = (type: string) => events.filter((e) => e.type === type).length;

  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    exercise: {
      id: input.exercise.id,
      title: input.exercise.title,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      scenarioVersion: input.scenarioVersion,
      scenarioSummary: scenario.summary,
      timeZone: zone,
      state: stopped ? 'ended' : started ? 'running' : 'not-started',
      scenarioStartsAt: at(0),
      startedAt: started ? started.wallTime : null,
      startedAtLocal: started ? formatLocal(new Date(started.wallTime), zone) : null,
      endedAt: stopped ? stopped.wallTime : null,
      endedAtLocal: stopped ? formatLocal(new Date(stopped.wallTime), zone) : null,
      roles: scenario.roles.map((r) => ({ id: r.id, name: r.name, organisation: r.organisation })),
    },
    summary: {
      events: events.length,
      injectsDelivered: count('inject.delivered'),
      decisionPointsPut: latency.byDecisionPoint.length,
      decisionsRecorded: decisions.length,
      branchesTaken: count('trigger.fired'),
      reportsSubmitted: count('report.submitted'),
      clockStages: {
        met: stagesAll.filter((s) => s.status === 'met').length,
        metLate: stagesAll.filter((s) => s.status === 'met-late').length,
        missed: stagesAll.filter((s) => s.status === 'missed').length,
        open: stagesAll.filter((s) => s.status === 'pending' || s.status === 'due-soon').length,
      },
      observations: {
        strengths: observations.filter((o) => o.kind === 'strength').length,
        areasForImprovement: observations.filter((o) => o.kind === 'area-for-improvement').length,
      },
      expectedActions: expected,
    },
    objectives: (scenario.objectives ?? []).map((objective) => {
      const mine = observations.filter((o) => o.objectiveId === objective.id);
      const ratings = mine
        .filter((o) => o.rating !== null)
        .map((o) => ({ observer: o.observer, rating: o.rating!, seq: o.seq }));
      return {
        id: objective.id,
        title: objective.title,
        description: objective.description ?? null,
        rating: ratings.length ? ratings[ratings.length - 1].rating : null,
        ratings,
        expectedActions: results
          .filter((r) => r.objectiveId === objective.id)
          .map((r) => ({ ...r, at: r.offsetMs === null ? null : at(r.offsetMs) })),
        strengths: mine.filter((o) => o.kind === 'strength'),
        areasForImprovement: mine.filter((o) => o.kind === 'area-for-improvement'),
      };
    }),
    otherObservations: observations.filter((o) => o.objectiveId === null || !objectiveIds.has(o.objectiveId)),
    timeline,
    decisions,
    clocks,
    metrics: {
      decisionLatency: latency,
      acknowledgements: acks.byRole,
      deadlineCompliance: clocks.flatMap((c) =>
        c.stages.map((s) => ({
          clockId: c.clockId,
          stage: s.stage,
          requestId: s.requestId,
          status: s.status,
          withinLegalLatest: s.withinLegalLatest,
        })),
      ),
      participation: participation(events, roleIds),
      expectedActions: expected,
      intensity: intensity(events),
    },
    hotwash: {
      // The questions the players were put: the scenario's, or the default template without them.
      questions: debriefQuestions(scenario).map((q) => ({ id: q.id, question: q.question })),
      answers: debriefAnswers(events),
      points: hotwashPoints(events),
    },
    verification: {
      valid: input.verdict.valid,
      count: input.verdict.count,
      headHash: input.verdict.headHash,
      brokenAt: input.verdict.brokenAt ?? null,
    },
    appendix: { improvementPlan: input.improvementPlan ?? null },
  };
}

function isRegime(regime: string): regime is ClockRegime {
  return ['nis2', 'nis2-trust-service', 'avg', 'cer', 'noodverordening', 'custom'].includes(regime);
}

function subjectOf(e: LoggedEvent, clocks: ReportClock[], at: (offsetMs: number) => string): string | null {
  switch (e.type) {
    case 'inject.delivered':
      return str(e.payload, 'title') ?? null;
    case 'decision.opened':
      return str(e.payload, 'question') ?? null;
    case 'decision.recorded':
      return str(e.payload, 'besluit') ?? null;
    case 'decision.overdue':
      return str(e.payload, 'decisionPointId') ?? null;
    case 'trigger.fired':
      return str(e.payload, 'triggerId') ?? null;
    case 'clock.jumped': {
      const to = num(e.payload, 'toOffsetMs');
      return to === undefined ? null : at(to);
    }
    case 'clock.speed-changed':
    case 'clock.started': {
      const speed = num(e.payload, 'speed');
      return speed === undefined ? null : `${speed}×`;
    }
    case 'regulatory-clock.started':
    case 'regulatory-clock.facts':
    case 'report.requested':
    case 'report.submitted': {
      const clockId = str(e.payload, 'clockId');
      const clock = clocks.find((c) => c.clockId === clockId);
      const stage = str(e.payload, 'stage');
      return [clock?.label ?? clockId ?? null, stage].filter(Boolean).join(' — ') || null;
    }
    case 'playbook.attached':
      return str(e.payload, 'title') ?? null;
    case 'playbook.step':
      return [str(e.payload, 'playbookId'), str(e.payload, 'stepId')].filter(Boolean).join(' / ') || null;
    case 'hotwash.point-captured':
      return str(e.payload, 'text') ?? null;
    default:
      return null;
  }
}
