import { buildReport } from './build-report';
import { serialiseReport } from './render-report';
import { fixtureEvents, fixtureScenario, FIXTURE_VERDICT } from './testing/report-fixture';

const MIN = 60_000;

function report() {
  return buildReport({
    exercise: { id: 'ex-1', title: 'Oefening Hofstede' },
    scenario: fixtureScenario(),
    scenarioVersion: 3,
    events: fixtureEvents(),
    verdict: FIXTURE_VERDICT,
  });
}

describe(buildReport.name, () => {
  it('should give the same JSON byte for byte for the same log', () => {
    expect(serialiseReport(report())).toBe(serialiseReport(report()));
  });

  it('should evaluate expected actions from the log, with whether and when', () => {
    const [objective] = report().objectives;
    expect(objective.expectedActions).toEqual([
      expect.objectContaining({
        expectedActionId: 'ea-besluit',
        status: 'met',
        seq: 8,
        offsetMs: 25 * MIN,
        at: '2026-03-12 08:25 (CET)',
      }),
      expect.objectContaining({ expectedActionId: 'ea-melding', status: 'met-late', seq: 14 }),
    ]);
  });

  it('should rate objectives from the observations in force, a superseded one replaced', () => {
    const [objective] = report().objectives;
    expect(objective.rating).toBe('S');
    expect(objective.strengths.map((o) => o.text)).toEqual(['Besluit snel en onderbouwd genomen']);
    expect(objective.areasForImprovement).toHaveLength(1);
  });

  it('should list decisions in BOB form with owner, decided-by, legal basis and latency', () => {
    expect(report().decisions).toEqual([
      expect.objectContaining({
        decisionPointId: 'dp-keuze',
        question: 'A of B?',
        owner: 'burgemeester',
        optionLabel: 'A',
        decidedBy: 'Jolanda de Vries-Ünal',
        legalBasis: ['Gemeentewet art. 176'],
        latencyMs: 15 * MIN,
      }),
    ]);
  });

  it('should show the branch taken in the timeline and leave acknowledgements to the metrics', () => {
    const { timeline } = report();
    expect(timeline.find((e) => e.type === 'trigger.fired')?.branch).toEqual({
      triggerId: 't-a',
      decisionPointId: 'dp-keuze',
      optionId: 'a',
      clockId: null,
      overdue: false,
      scheduled: ['i-tak-a'],
    });
    expect(timeline.some((e) => e.type === 'inject.acknowledged')).toBe(false);
  });

  it('should report clock stages late but within the legal latest, and hot-wash answers without identity', () => {
    const r = report();
    expect(r.clocks[0].stages[0]).toMatchObject({
      stage: 'early-warning',
      status: 'met-late',
      withinLegalLatest: true,
      submittedAtLocal: '2026-03-13 08:40 (CET)',
    });
    expect(r.hotwash.answers.map((a) => a.role)).toEqual([null, 'burgemeester']);
    expect(r.hotwash.points).toEqual([
      expect.objectContaining({ text: 'Crisiscommunicatie eerder starten' }),
    ]);
    expect(r.verification).toEqual({ valid: true, count: 19, headHash: 'a'.repeat(64), brokenAt: null });
    expect(r.appendix.improvementPlan).toBeNull();
  });
});
