import type { ClockDefinition } from './clock-definition';
import type { ClockView, StageView } from './clock-view';
import { computeClock, type ClockFacts } from './compute-clock';
import { NIS2_CLOCK } from './definitions/nis2-clock';

// Instants are Amsterdam local times with their offsets, checkable by hand.
const at = (local: string) => new Date(local);
const iso = (local: string) => at(local).toISOString();
const stage = (view: ClockView, id: string): StageView => view.stages.find((s) => s.stage === id)!;
const times = (s: StageView) => ({
  startedAt: s.startedAt?.toISOString() ?? null,
  operationalDue: s.operationalDue?.toISOString() ?? null,
  legalLatest: s.legalLatest?.toISOString() ?? null,
});

// Aware on Monday 2 March 2026 10:00; the notification goes in on Wednesday 4 March 09:00, so the
// final report is due on Saturday 4 April 09:00 (summer time by then); the legal latest runs past
// Easter (Sat, Easter Sunday, Easter Monday) to the end of Tuesday 7 April.
const AWARE = '2026-03-02T10:00+01:00';
const NOTIFIED = '2026-03-04T09:00+01:00';
const FINAL_DUE = '2026-04-04T09:00+02:00';
const notified: ClockFacts = { awareAt: at(AWARE), submissions: { notification: at(NOTIFIED) } };

describe(computeClock.name, () => {
  describe('NIS2 periods', () => {
    it('should count the notification from awareness, not from the early warning', () => {
      const view = computeClock(
        'nis2',
        { awareAt: at(AWARE), submissions: { 'early-warning': at('2026-03-02T16:00+01:00') } },
        at('2026-03-02T17:00+01:00'),
      );
      expect(times(stage(view, 'early-warning'))).toEqual({
        startedAt: iso(AWARE),
        operationalDue: iso('2026-03-03T10:00+01:00'),
        legalLatest: iso('2026-03-03T11:00+01:00'),
      });
      expect(times(stage(view, 'notification'))).toEqual({
        startedAt: iso(AWARE),
        operationalDue: iso('2026-03-05T10:00+01:00'),
        legalLatest: iso('2026-03-05T11:00+01:00'),
      });
    });

    it('should give trust service providers 24 h for the notification', () => {
      const view = computeClock('nis2-trust-service', { awareAt: at(AWARE) }, at(AWARE));
      expect(times(stage(view, 'notification'))).toEqual({
        startedAt: iso(AWARE),
        operationalDue: iso('2026-03-03T10:00+01:00'),
        legalLatest: iso('2026-03-03T11:00+01:00'),
      });
      expect(stage(view, 'notification').dueSoonFrom).toEqual(at('2026-03-03T06:00+01:00'));
    });

    it('should count the final report from the submission of the notification, not its due time', () => {
      const view = computeClock('nis2', notified, at('2026-03-10T12:00+01:00'));
      expect(times(stage(view, 'final-report'))).toEqual({
        startedAt: iso(NOTIFIED),
        operationalDue: iso(FINAL_DUE),
        legalLatest: iso('2026-04-08T00:00+02:00'),
      });
    });

    it('should keep the final report waiting while the notification is not submitted', () => {
      const view = computeClock('nis2', { awareAt: at(AWARE) }, at('2026-03-10T12:00+01:00'));
      expect(stage(view, 'notification').status).toBe('missed');
      expect(stage(view, 'final-report')).toMatchObject({
        startedAt: null,
        operationalDue: null,
        status: 'pending',
        waitingFor: 'submission of the incident notification',
      });
    });

    it('should keep every stage waiting for awareness when only detection is recorded', () => {
      const view = computeClock('nis2', { detectedAt: at(AWARE) }, at('2026-03-05T12:00+01:00'));
      for (const id of ['early-warning', 'notification'])
        expect(stage(view, id)).toMatchObject({
          startedAt: null,
          status: 'pending',
          waitingFor: expect.stringContaining('awareness'),
        });
      expect(view.nextTransitionAt).toBeNull();
    });
  });

  describe('statuses', () => {
    const early = (submitted: string | undefined, now: string) =>
      stage(
        computeClock(
          'nis2',
          { awareAt: at(AWARE), submissions: submitted ? { 'early-warning': at(submitted) } : {} },
          at(now),
        ),
        'early-warning',
      );

    // Early warning: due 3 March 10:00, legal latest 11:00, due soon from 06:00 (4 h before).
    // prettier-ignore
    const rows: [string | undefined, string, string, boolean | undefined, string][] = [
      // submitted                  now                              status      within legal latest
      [undefined,                   '2026-03-03T05:59:59.999+01:00', 'pending',  undefined, 'pending just before the due-soon window'],
      [undefined,                   '2026-03-03T06:00+01:00',        'due-soon', undefined, 'due-soon from the first instant of the window'],
      [undefined,                   '2026-03-03T10:00+01:00',        'due-soon', undefined, 'due-soon up to and including the due instant'],
      [undefined,                   '2026-03-03T10:00:00.001+01:00', 'missed',   undefined, 'missed 1 ms after the due instant with nothing submitted'],
      ['2026-03-02T15:00+01:00',    '2026-03-03T12:00+01:00',        'met',      true,      'met when submitted well in time'],
      ['2026-03-03T10:00+01:00',    '2026-03-03T12:00+01:00',        'met',      true,      'met when submitted at the due instant itself'],
      ['2026-03-03T10:30+01:00',    '2026-03-03T12:00+01:00',        'met-late', true,      'met-late after the operational due, within the legal latest'],
      ['2026-03-03T11:30+01:00',    '2026-03-03T12:00+01:00',        'met-late', false,     'met-late after the legal latest too'],
    ];
    const table = rows.map(([submitted, now, status, withinLegalLatest, rule]) => ({
      rule,
      submitted,
      now,
      status,
      withinLegalLatest,
    }));

    it.each(table)('should be $rule', ({ submitted, now, status, withinLegalLatest }) => {
      const view = early(submitted, now);
      expect(view.status).toBe(status);
      expect(view.withinLegalLatest).toBe(withinLegalLatest);
    });

    it.each([
      ['24 h early warning: 4 h', 'early-warning', '2026-03-03T06:00+01:00'],
      ['72 h notification: 12 h', 'notification', '2026-03-04T22:00+01:00'],
    ])('should open the due-soon window of the %s before the due instant', (_case, id, from) => {
      expect(stage(computeClock('nis2', { awareAt: at(AWARE) }, at(AWARE)), id).dueSoonFrom).toEqual(
        at(from),
      );
    });

    it('should open the due-soon window of the one-month final report 3 days before', () => {
      const final = (now: string) => stage(computeClock('nis2', notified, at(now)), 'final-report').status;
      expect(final('2026-04-01T08:59:59.999+02:00')).toBe('pending');
      expect(final('2026-04-01T09:00+02:00')).toBe('due-soon');
    });
  });

  describe('ongoing incident (NIS2 art. 23(4)(e))', () => {
    // The final report is due Sat 4 April 09:00 (+02:00), legal latest the end of Tuesday 7 April.
    // While handling is open the progress report runs in the same window, from the notification's
    // submission: from then on the final report's due is known, and so is that handling is open.
    const LEGAL = '2026-04-08T00:00+02:00';
    const facts = (extra: { handlingClosedAt?: string } & Record<string, string | undefined> = {}) => {
      const { handlingClosedAt, ...submitted } = extra;
      const submissions: Record<string, Date> = { notification: at(NOTIFIED) };
      for (const [id, when] of Object.entries(submitted)) if (when) submissions[id] = at(when);
      return {
        awareAt: at(AWARE),
        submissions,
        ...(handlingClosedAt && { handlingClosedAt: at(handlingClosedAt) }),
      } satisfies ClockFacts;
    };
    type Expected = Partial<Record<keyof StageView, unknown>>;
    const window = (status: string): Expected => ({
      status,
      startedAt: at(NOTIFIED),
      operationalDue: at(FINAL_DUE),
      legalLatest: at(LEGAL),
    });

    // prettier-ignore
    const rows: [string, ClockFacts, string, Expected, Expected][] = [
      // rule, facts, now, progress report, final report
      ['wait for the notification like the final report does', { awareAt: at(AWARE) }, '2026-03-03T12:00+01:00',
        { status: 'pending', startedAt: null, operationalDue: null, waitingFor: 'submission of the incident notification' },
        { startedAt: null, waitingFor: 'submission of the incident notification' }],
      ['run from the notification\'s submission while handling is open', facts(), NOTIFIED,
        { ...window('pending'), dueSoonFrom: at('2026-04-01T09:00+02:00') },
        { status: 'pending', startedAt: at(NOTIFIED), operationalDue: at(FINAL_DUE) }],
      ['be due soon with the final report, 3 days (72 elapsed hours) before', facts(), '2026-04-01T09:00+02:00',
        window('due-soon'), { status: 'due-soon', operationalDue: at(FINAL_DUE) }],
      ['be due soon up to and including the final report\'s due instant', facts(), FINAL_DUE,
        window('due-soon'), { status: 'due-soon', operationalDue: at(FINAL_DUE) }],
      ['be met when submitted as soon as the notification is in', facts({ 'progress-report': NOTIFIED }), NOTIFIED,
        window('met'), { status: 'pending', operationalDue: at(FINAL_DUE) }],
      ['be met when submitted well before the due; the final report keeps its due until then',
        facts({ 'progress-report': '2026-03-20T10:00+01:00' }), '2026-03-21T10:00+01:00',
        { ...window('met'), withinLegalLatest: true }, { status: 'pending', operationalDue: at(FINAL_DUE) }],
      ['be met when submitted at the due instant itself', facts({ 'progress-report': FINAL_DUE }), '2026-04-10T12:00+02:00',
        window('met'), { startedAt: null, waitingFor: 'handling of the incident being closed' }],
      ['be missed 1 ms after the due while handling is open; the final report waits for handling closed',
        facts(), '2026-04-04T09:00:00.001+02:00',
        window('missed'), { status: 'pending', startedAt: null, operationalDue: null, waitingFor: 'handling of the incident being closed' }],
      ['be met late, within the legal latest, after the due', facts({ 'progress-report': '2026-04-07T10:00+02:00' }), '2026-04-10T12:00+02:00',
        { ...window('met-late'), withinLegalLatest: true }, { startedAt: null }],
      ['be met late, after the legal latest too', facts({ 'progress-report': '2026-04-08T10:00+02:00' }), '2026-04-10T12:00+02:00',
        { ...window('met-late'), withinLegalLatest: false }, { startedAt: null }],
      ['be missed while the final report runs one month from handling closed',
        facts({ handlingClosedAt: '2026-04-20T17:00+02:00' }), '2026-04-21T09:00+02:00',
        window('missed'),
        { status: 'pending', startedAt: at('2026-04-20T17:00+02:00'), operationalDue: at('2026-05-20T17:00+02:00'), legalLatest: at('2026-05-21T00:00+02:00') }],
      ['not be required once handling closed, even before the due', facts({ handlingClosedAt: '2026-03-20T10:00+01:00' }), '2026-03-21T10:00+01:00',
        { status: 'pending', startedAt: null, operationalDue: null, notRequired: 'handling of the incident was closed before the final report fell due' },
        { status: 'pending', operationalDue: at(FINAL_DUE) }],
      ['not be required when handling closed before the due; the final report keeps its due',
        facts({ handlingClosedAt: '2026-04-02T12:00+02:00' }), '2026-04-05T12:00+02:00',
        { status: 'pending', notRequired: 'handling of the incident was closed before the final report fell due' },
        { status: 'missed', operationalDue: at(FINAL_DUE) }],
      ['not be required when handling closed at the due instant itself', facts({ handlingClosedAt: FINAL_DUE }), '2026-04-05T12:00+02:00',
        { notRequired: 'handling of the incident was closed before the final report fell due' }, { status: 'missed' }],
      ['not be required once the final report is in, even before the due',
        facts({ 'final-report': '2026-03-25T12:00+01:00' }), '2026-03-26T12:00+01:00',
        { status: 'pending', startedAt: null, notRequired: 'the final report was submitted by its due time' }, { status: 'met' }],
      ['not be required when the final report came in time, even if handling is open',
        facts({ 'final-report': '2026-04-03T12:00+02:00' }), '2026-04-05T12:00+02:00',
        { notRequired: 'the final report was submitted by its due time' }, { status: 'met' }],
      ['stay met when handling closed after it was submitted; the final report keeps its due',
        facts({ 'progress-report': '2026-03-20T10:00+01:00', handlingClosedAt: '2026-04-02T12:00+02:00' }), '2026-04-05T12:00+02:00',
        window('met'), { status: 'missed', operationalDue: at(FINAL_DUE) }],
    ];
    const table = rows.map(([rule, given, now, progress, final]) => ({ rule, given, now, progress, final }));

    it.each(table)('should $rule', ({ given, now, progress, final }) => {
      const view = computeClock('nis2', given, at(now));
      expect(stage(view, 'progress-report')).toMatchObject(progress);
      expect(stage(view, 'final-report')).toMatchObject(final);
    });

    it('should wake up once for both when they share the due-soon window and the due instant', () => {
      expect(computeClock('nis2', facts(), at('2026-03-20T12:00+01:00')).nextTransitionAt).toEqual(
        at('2026-04-01T09:00+02:00'),
      );
      expect(computeClock('nis2', facts(), at('2026-04-02T12:00+02:00')).nextTransitionAt).toEqual(
        new Date(at(FINAL_DUE).getTime() + 1),
      );
    });
  });

  describe('intermediate reports', () => {
    it('should wait for a request from the CSIRT', () => {
      expect(stage(computeClock('nis2', notified, at(NOTIFIED)), 'intermediate-report')).toMatchObject({
        startedAt: null,
        status: 'pending',
        waitingFor: 'a request from the CSIRT or competent authority',
      });
    });

    it('should show one stage per request, due when the requester says', () => {
      const facts: ClockFacts = {
        ...notified,
        intermediateRequests: [
          { id: 'r1', requestedAt: at('2026-03-10T09:00+01:00'), dueAt: at('2026-03-12T17:00+01:00') },
          {
            id: 'r2',
            requestedAt: at('2026-03-06T09:00+01:00'),
            dueAt: at('2026-03-07T09:00+01:00'),
            submittedAt: at('2026-03-07T10:00+01:00'),
          },
        ],
      };
      const views = computeClock('nis2', facts, at('2026-03-12T08:00+01:00')).stages.filter(
        (s) => s.stage === 'intermediate-report',
      );
      // r1 runs 56 h; the window is a sixth of it (9 h 20 min).
      expect(views).toMatchObject([
        {
          requestId: 'r1',
          operationalDue: at('2026-03-12T17:00+01:00'),
          dueSoonFrom: at('2026-03-12T07:40+01:00'),
          status: 'due-soon',
        },
        { requestId: 'r2', status: 'met-late', withinLegalLatest: false },
      ]);
    });
  });

  describe('other regimes', () => {
    it('should give the AVG notification 72 h and leave art. 34 without a fixed deadline', () => {
      const aware = '2026-06-01T14:20+02:00';
      const before = computeClock('avg', { awareAt: at(aware) }, at('2026-06-10T12:00+02:00'));
      expect(times(stage(before, 'notification'))).toEqual({
        startedAt: iso(aware),
        operationalDue: iso('2026-06-04T14:20+02:00'),
        legalLatest: iso('2026-06-04T15:00+02:00'),
      });
      expect(stage(before, 'data-subjects')).toMatchObject({ operationalDue: null, status: 'pending' });
      const after = computeClock(
        'avg',
        { awareAt: at(aware), submissions: { 'data-subjects': at('2026-06-12T09:00+02:00') } },
        at('2026-06-12T10:00+02:00'),
      );
      expect(stage(after, 'data-subjects').status).toBe('met');
    });

    it('should count the CER detailed report one month from when the initial notification was sent', () => {
      const view = computeClock(
        'cer',
        { awareAt: at(AWARE), submissions: { 'initial-notification': at('2026-03-02T20:00+01:00') } },
        at('2026-03-03T12:00+01:00'),
      );
      expect(times(stage(view, 'initial-notification')).operationalDue).toBe(iso('2026-03-03T10:00+01:00'));
      expect(times(stage(view, 'detailed-report'))).toEqual({
        startedAt: iso('2026-03-02T20:00+01:00'),
        operationalDue: iso('2026-04-02T20:00+02:00'),
        legalLatest: iso('2026-04-03T00:00+02:00'),
      });
    });

    it('should make the noodverordening due at the next council meeting, and the notice as soon as possible', () => {
      const issued = '2026-01-24T21:00+01:00';
      const facts: ClockFacts = { issuedAt: at(issued), councilMeetingAt: at('2026-01-29T19:30+01:00') };
      const view = computeClock('noodverordening', facts, at('2026-01-28T20:00+01:00'));
      expect(stage(view, 'notice')).toMatchObject({
        startedAt: at(issued),
        operationalDue: null,
        status: 'pending',
      });
      expect(stage(view, 'ratification')).toMatchObject({
        startedAt: at(issued),
        operationalDue: at('2026-01-29T19:30+01:00'),
        legalLatest: at('2026-01-29T19:30+01:00'),
        status: 'due-soon',
      });
    });

    it('should wait for the date of the council meeting when it is not known yet', () => {
      const view = computeClock(
        'noodverordening',
        { issuedAt: at('2026-01-24T21:00+01:00') },
        at('2026-01-25T09:00+01:00'),
      );
      expect(stage(view, 'ratification')).toMatchObject({
        operationalDue: null,
        waitingFor: 'the date of the next council meeting',
      });
    });

    it('should read a custom period in ms as a period in hours', () => {
      const view = computeClock(
        'custom',
        { awareAt: at('2026-02-10T10:17+01:00'), periodMs: 90 * 60_000 },
        at('2026-02-10T11:40+01:00'),
      );
      expect(stage(view, 'deadline')).toMatchObject({
        operationalDue: at('2026-02-10T11:47+01:00'),
        legalLatest: at('2026-02-10T12:30+01:00'),
        dueSoonFrom: at('2026-02-10T11:32+01:00'),
        status: 'due-soon',
      });
    });

    it('should say so when a custom clock has no period', () => {
      const view = computeClock('custom', { awareAt: at(AWARE) }, at(AWARE));
      expect(stage(view, 'deadline')).toMatchObject({
        operationalDue: null,
        waitingFor: 'a period for this custom clock',
      });
    });
  });

  it('should show no legal latest for a month period the holiday calendar does not cover (before 1980)', () => {
    const view = computeClock(
      'nis2',
      { awareAt: at('1979-03-05T10:00+01:00'), submissions: { notification: at('1979-03-06T10:00+01:00') } },
      at('1979-03-07T10:00+01:00'),
    );
    expect(stage(view, 'notification').legalLatest).toEqual(at('1979-03-08T11:00+01:00'));
    expect(stage(view, 'final-report')).toMatchObject({
      operationalDue: at('1979-04-06T10:00+02:00'),
      legalLatest: null,
    });
  });

  it('should take recipients and other data from a definition passed in', () => {
    const ibd = { nl: 'IBD', en: 'IBD' };
    const definition: ClockDefinition = {
      ...NIS2_CLOCK,
      stages: NIS2_CLOCK.stages.map((s) => ({ ...s, recipient: ibd })),
    };
    const view = computeClock(definition, notified, at(NOTIFIED));
    expect(view.stages.every((s) => s.recipient === ibd)).toBe(true);
    expect(times(stage(view, 'notification')).operationalDue).toBe(iso('2026-03-05T10:00+01:00'));
  });
});
