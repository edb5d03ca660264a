import {
  checkAwareness,
  checkPast,
  checkRequest,
  checkSubmission,
  type SubmissionInput,
} from './incident-rules';
import type { IncidentRecord } from './incident-state';

// Awareness on Saturday 28 March 2026, 10:17 in Amsterdam: AVG and NIS2 notifications due 31 March 09:17Z.
const AWARE = new Date('2026-03-28T09:17:00Z');
const record = (extra: Partial<IncidentRecord> = {}): IncidentRecord => ({
  regimes: ['nis2', 'avg'],
  awareness: { at: AWARE, by: 'J. de Vries', role: 'ciso' },
  submissions: [],
  requests: [],
  ...extra,
});

const EARLY_WARNING = { suspectedMalicious: true, crossBorderImpact: false };
const AVG_NOTIFICATION = {
  nature: 'Ransomware op de bestandsserver',
  categoriesOfPeople: ['inwoners'],
  approxPeople: 1200,
  categoriesOfRecords: ['BSN'],
  approxRecords: 1200,
  dpoContact: 'fg@hofstede.test',
  likelyConsequences: 'Identiteitsfraude',
  measures: 'Servers geïsoleerd',
};
const NOW = new Date('2026-03-29T08:00:00Z');
const at = (iso: string) => new Date(iso);
const input = (extra: Partial<SubmissionInput>): SubmissionInput => ({
  regime: 'nis2',
  stage: 'early-warning',
  report: EARLY_WARNING,
  submittedAt: NOW,
  ...extra,
});

describe('incident rules', () => {
  describe(checkSubmission.name, () => {
    it.each<[string, IncidentRecord, SubmissionInput, Date, object]>([
      [
        'should accept an early warning in time',
        record(),
        input({}),
        NOW,
        { late: false, report: EARLY_WARNING },
      ],
      [
        'should refuse a regime the incident does not run',
        record(),
        input({ regime: 'cer' }),
        NOW,
        { refused: 'invalid', errors: [{ path: 'regime', message: expect.stringContaining('nis2, avg') }] },
      ],
      [
        'should refuse a stage the regime does not have',
        record(),
        input({ stage: 'eindverslag' }),
        NOW,
        { refused: 'invalid', errors: [{ path: 'stage', message: expect.stringContaining('final-report') }] },
      ],
      [
        'should refuse a report before awareness, naming what it waits for',
        record({ awareness: undefined }),
        input({}),
        NOW,
        { refused: 'conflict', message: expect.stringMatching(/early warning has not started.*awareness/) },
      ],
      [
        'should refuse the final report before the notification was submitted',
        record(),
        input({ stage: 'final-report', report: {} }),
        NOW,
        {
          refused: 'conflict',
          message:
            'The final report has not started yet: it waits for submission of the incident notification',
        },
      ],
      [
        'should refuse a second submission of a stage',
        record({
          submissions: [
            { regime: 'nis2', stage: 'early-warning', submittedAt: at('2026-03-28T12:00:00Z'), late: false },
          ],
        }),
        input({}),
        NOW,
        {
          refused: 'conflict',
          message: 'The early warning was already submitted, at 2026-03-28 13:00 (CET)',
        },
      ],
      [
        'should refuse a submission dated before its stage started',
        record(),
        input({ submittedAt: at('2026-03-28T09:00:00Z') }),
        NOW,
        {
          refused: 'invalid',
          errors: [{ path: 'submittedAt', message: expect.stringContaining('2026-03-28 10:17 (CET)') }],
        },
      ],
      [
        'should name the missing fields of the report under report.',
        record(),
        input({ report: { crossBorderImpact: 'nee' } }),
        NOW,
        {
          refused: 'invalid',
          errors: [
            { path: 'report.suspectedMalicious', message: expect.any(String) },
            { path: 'report.crossBorderImpact', message: expect.any(String) },
          ],
        },
      ],
      [
        'should ask a late AVG notification for reasons for the delay',
        record(),
        input({
          regime: 'avg',
          stage: 'notification',
          report: AVG_NOTIFICATION,
          submittedAt: at('2026-03-31T10:00:00Z'),
        }),
        at('2026-03-31T10:00:00Z'),
        { refused: 'invalid', errors: [{ path: 'report.reasonsForDelay', message: expect.any(String) }] },
      ],
      [
        'should accept a late AVG notification with reasons, as late',
        record(),
        input({
          regime: 'avg',
          stage: 'notification',
          report: { ...AVG_NOTIFICATION, reasonsForDelay: 'Omvang pas na forensisch onderzoek bekend' },
          submittedAt: at('2026-03-31T10:00:00Z'),
        }),
        at('2026-03-31T10:00:00Z'),
        { late: true },
      ],
      [
        'should not call a notification submitted back in time late',
        record(),
        input({
          regime: 'avg',
          stage: 'notification',
          report: AVG_NOTIFICATION,
          submittedAt: at('2026-03-31T09:00:00Z'),
        }),
        at('2026-03-31T10:00:00Z'),
        { late: false },
      ],
      [
        'should want the request an intermediate report answers',
        record(),
        input({ stage: 'intermediate-report', report: { statusUpdate: 'Herstel loopt' } }),
        NOW,
        {
          refused: 'invalid',
          errors: [{ path: 'requestId', message: expect.stringContaining('is required') }],
        },
      ],
      [
        'should refuse a request id on a stage that is not requested',
        record(),
        input({ requestId: 'r1' }),
        NOW,
        { refused: 'invalid', errors: [{ path: 'requestId', message: expect.stringContaining('only for') }] },
      ],
      [
        'should refuse an intermediate report for a request that was never made',
        record(),
        input({ stage: 'intermediate-report', requestId: 'r1', report: { statusUpdate: 'Herstel loopt' } }),
        NOW,
        {
          refused: 'invalid',
          errors: [{ path: 'requestId', message: expect.stringContaining('not a request') }],
        },
      ],
      [
        'should accept an intermediate report for a recorded request',
        record({
          requests: [
            { regime: 'nis2', requestId: 'r1', requestedAt: AWARE, dueAt: at('2026-03-30T09:17:00Z') },
          ],
        }),
        input({ stage: 'intermediate-report', requestId: 'r1', report: { statusUpdate: 'Herstel loopt' } }),
        NOW,
        { late: false },
      ],
    ])('%s', (_title, state, submission, now, expected) => {
      expect(checkSubmission(state, submission, now)).toMatchObject(expected);
    });
  });

  describe(`${checkSubmission.name}, ongoing incident (NIS2 art. 23(4)(e))`, () => {
    // The notification went in on Monday 30 March 2026, 10:00 (+02:00): the final report, and with
    // it the progress report while handling is open, falls due on 30 April 10:00 (+02:00).
    const NOTIFIED = at('2026-03-30T08:00:00Z');
    const FINAL_DUE = '2026-04-30T08:00:00Z';
    const notified = (extra: Partial<IncidentRecord> = {}) =>
      record({
        regimes: ['nis2'],
        submissions: [{ regime: 'nis2', stage: 'notification', submittedAt: NOTIFIED, late: false }],
        ...extra,
      });
    const PROGRESS = { progress: 'Herstel uit back-ups loopt; burgerzaken weer bereikbaar' };
    const FINAL = {
      description: 'Ransomware op de bestandsserver',
      severity: 'high',
      impact: 'Burgerzaken twee dagen dicht',
      rootCause: 'Zwak wachtwoord zonder MFA',
      mitigation: { applied: 'Servers opnieuw opgebouwd', ongoing: 'MFA overal' },
      crossBorderImpact: false,
    };
    const progress = (submittedAt: string): SubmissionInput =>
      input({ stage: 'progress-report', report: PROGRESS, submittedAt: at(submittedAt) });
    const closedAt = (iso: string) => ({ handlingClosedAt: at(iso) });

    it.each<[string, IncidentRecord, SubmissionInput, string, object]>([
      [
        'should accept a progress report before the final report falls due while handling is open, as met',
        notified(),
        progress('2026-04-28T08:00:00Z'),
        '2026-04-28T08:00:00Z',
        { late: false, report: PROGRESS },
      ],
      [
        'should accept a progress report from the moment the notification was submitted',
        notified(),
        progress('2026-03-30T08:00:00Z'),
        '2026-03-30T08:00:00Z',
        { late: false },
      ],
      [
        'should accept a progress report recorded after its due but submitted before it, as met',
        notified(),
        progress('2026-04-29T12:00:00Z'),
        '2026-05-02T08:00:00Z',
        { late: false },
      ],
      [
        'should take a progress report submitted at its due instant itself as met',
        notified(),
        progress(FINAL_DUE),
        FINAL_DUE,
        { late: false },
      ],
      [
        'should take a progress report submitted after its due as late',
        notified(),
        progress('2026-05-02T08:00:00Z'),
        '2026-05-02T08:00:00Z',
        { late: true },
      ],
      [
        'should refuse a progress report before the notification was submitted, naming what it waits for',
        record({ regimes: ['nis2'] }),
        progress('2026-03-29T08:00:00Z'),
        '2026-03-29T08:00:00Z',
        {
          refused: 'conflict',
          message:
            'The progress report has not started yet: it waits for submission of the incident notification',
        },
      ],
      [
        'should refuse a progress report dated before the notification was submitted',
        notified(),
        progress('2026-03-30T07:00:00Z'),
        '2026-04-28T08:00:00Z',
        {
          refused: 'invalid',
          errors: [{ path: 'submittedAt', message: expect.stringContaining('2026-03-30 10:00 (CEST)') }],
        },
      ],
      [
        'should refuse a progress report once handling was closed before the final report fell due',
        notified(closedAt('2026-04-20T08:00:00Z')),
        progress('2026-04-21T08:00:00Z'),
        '2026-04-21T08:00:00Z',
        {
          refused: 'conflict',
          message:
            'The progress report is not required: handling of the incident was closed before the final report fell due',
        },
      ],
      [
        'should accept a progress report recorded after handling closed but submitted while it was open',
        notified(closedAt('2026-04-20T08:00:00Z')),
        progress('2026-04-10T08:00:00Z'),
        '2026-04-22T08:00:00Z',
        { late: false },
      ],
      [
        'should refuse a progress report once the final report is in',
        notified({
          submissions: [
            { regime: 'nis2', stage: 'notification', submittedAt: NOTIFIED, late: false },
            { regime: 'nis2', stage: 'final-report', submittedAt: at('2026-04-27T08:00:00Z'), late: false },
          ],
        }),
        progress('2026-04-28T08:00:00Z'),
        '2026-04-28T08:00:00Z',
        {
          refused: 'conflict',
          message: 'The progress report is not required: the final report was submitted by its due time',
        },
      ],
      [
        'should accept a final report recorded after its due but submitted before it, while handling is still open',
        notified(),
        input({ stage: 'final-report', report: FINAL, submittedAt: at('2026-04-29T12:00:00Z') }),
        '2026-05-02T08:00:00Z',
        { late: false },
      ],
      [
        'should count the final report of an ongoing incident from handling closed',
        notified(closedAt('2026-05-04T08:00:00Z')),
        input({ stage: 'final-report', report: FINAL, submittedAt: at('2026-05-05T08:00:00Z') }),
        '2026-05-05T08:00:00Z',
        { late: false },
      ],
      [
        'should refuse a final report of an ongoing incident dated after its first due but before handling closed',
        notified(closedAt('2026-05-04T08:00:00Z')),
        input({ stage: 'final-report', report: FINAL, submittedAt: at('2026-05-02T08:00:00Z') }),
        '2026-05-05T08:00:00Z',
        {
          refused: 'invalid',
          errors: [{ path: 'submittedAt', message: expect.stringContaining('2026-05-04 10:00 (CEST)') }],
        },
      ],
    ])('%s', (_title, state, submission, now, expected) => {
      expect(checkSubmission(state, submission, at(now))).toMatchObject(expected);
    });
  });

  describe(checkRequest.name, () => {
    const request = { regime: 'nis2', requestedAt: NOW, dueAt: at('2026-04-01T08:00:00Z') };
    it.each<[string, IncidentRecord, typeof request, object]>([
      ['should number the first request r1', record(), request, { requestId: 'r1' }],
      [
        'should number requests in order',
        record({ requests: [{ regime: 'nis2', requestId: 'r1', requestedAt: AWARE, dueAt: NOW }] }),
        request,
        { requestId: 'r2' },
      ],
      [
        'should refuse a request on a clock without intermediate reports',
        record(),
        { ...request, regime: 'avg' },
        { refused: 'invalid', errors: [{ path: 'regime', message: expect.stringContaining('nis2') }] },
      ],
      [
        'should say so when no clock of the incident has intermediate reports',
        record({ regimes: ['avg'] }),
        request,
        { refused: 'invalid', errors: [{ path: 'regime', message: expect.stringContaining('only NIS2') }] },
      ],
      [
        'should refuse a due time before the request',
        record(),
        { ...request, dueAt: at('2026-03-29T07:00:00Z') },
        { refused: 'invalid', errors: [{ path: 'dueAt', message: 'must be after the request' }] },
      ],
    ])('%s', (_title, state, given, expected) => {
      expect(checkRequest(state, given)).toMatchObject(expected);
    });
  });

  describe(checkPast.name, () => {
    it.each<[string, Date | undefined, boolean]>([
      ['should accept an instant in the past', at('2026-03-20T08:00:00Z'), true],
      ['should accept a missing instant', undefined, true],
      ['should tolerate a minute of clock skew', new Date(NOW.getTime() + 59_000), true],
      ['should refuse an instant in the future', new Date(NOW.getTime() + 3_600_000), false],
    ])('%s', (_title, given, accepted) => {
      const refusal = checkPast({ at: given }, NOW);
      if (accepted) expect(refusal).toBeUndefined();
      else expect(refusal).toMatchObject({ refused: 'invalid', errors: [{ path: 'at' }] });
    });
  });

  it('should record awareness once, naming who recorded it first', () => {
    expect(checkAwareness(record({ awareness: undefined }))).toBeUndefined();
    expect(checkAwareness(record())).toMatchObject({
      refused: 'conflict',
      message: expect.stringContaining('2026-03-28 10:17 (CET) by J. de Vries'),
    });
  });
});
