import { Client } from 'pg';
import { Clock } from '@driehoek/core';
import { IncidentService } from '@driehoek/incidents';
import {
  ChainVerdictResponse,
  ErrorResponse,
  IncidentNoticeResponse,
  IncidentSummaryResponse,
  IncidentViewResponse,
  PlaybookProgressResponse,
} from '../../apps/api/src/http/responses';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';

type View = ReturnType<typeof IncidentViewResponse.parse>;

describe("the CISO's incident register, on the wall clock", () => {
  let t: TestApp;
  let a: Organisation;
  let b: Organisation;
  let now: Date;
  // Everything happens in simulated time; sign-in tokens are made in it too, and live for 90 days.
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const ciso = () => as(a.tokens.facilitator);

  const EARLY_WARNING = {
    suspectedMalicious: true,
    crossBorderImpact: false,
    summary: 'Versleutelde bestanden op de bestandsserver, losgeldbrief op de printers',
  };
  const NOTIFICATION = {
    earlyWarningUpdate: { suspectedMalicious: true, crossBorderImpact: false },
    severity: 'high',
    impact: 'Burgerzaken en sociaal domein twee dagen niet bereikbaar',
    indicatorsOfCompromise: ['185.220.101.4'],
  };
  const AVG_NOTIFICATION = {
    nature: 'Ransomware; mogelijk gegevens van inwoners buitgemaakt',
    categoriesOfPeople: ['inwoners'],
    approxPeople: 4200,
    categoriesOfRecords: ['BSN', 'adresgegevens'],
    approxRecords: 4200,
    dpoContact: 'fg@hofstede.test',
    likelyConsequences: 'Identiteitsfraude, phishing',
    measures: 'Servers geïsoleerd, wachtwoorden vervangen, inwoners worden geïnformeerd',
  };

  const open = async (body: object = { title: 'Ransomware', regimes: ['nis2', 'avg'] }): Promise<View> =>
    IncidentViewResponse.parse(
      (await t.http().post('/api/incidents').set(ciso()).send(body).expect(201)).body,
    );
  const get = async (id: string, headers = ciso()): Promise<View> =>
    IncidentViewResponse.parse((await t.http().get(`/api/incidents/${id}`).set(headers).expect(200)).body);
  const post = (id: string, what: string, body: object, headers = ciso()) =>
    t.http().post(`/api/incidents/${id}/${what}`).set(headers).send(body);
  /** The audit actions about one incident, oldest first. */
  const auditActions = async (id: string): Promise<string[]> =>
    (await t.http().get(`/api/organisations/${a.id}/audit`).set(as(a.tokens.admin)).expect(200)).body
      .filter((e: { targetId: string }) => e.targetId === id)
      .map((e: { action: string }) => e.action)
      .reverse();
  const stage = (view: View, regime: string, id: string, requestId?: string) =>
    view.clocks
      .find((c) => c.regime === regime)!
      .stages.find((s) => s.stage === id && s.requestId === requestId)!;

  beforeAll(async () => {
    t = await startTestApp({ ACCESS_TOKEN_TTL: String(90 * 86_400) });
    at('2026-03-28T10:00:00Z');
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
    const admin = await t.login(ADMIN.email, ADMIN.password);
    a = await seedOrganisation(t, admin, 'Gemeente Hofstede');
    b = await seedOrganisation(t, admin, 'Gemeente Waalkerke');
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it('should run NIS2 and AVG from the recorded awareness, and the final report from the notification as submitted', async () => {
    // Saturday 28 March 2026, 11:00 in Amsterdam (+01:00); summer time starts tonight.
    at('2026-03-28T10:00:00Z');
    const opened = await open({
      title: 'Ransomware op de bestandsserver',
      description: 'Losgeldbrieven uit de printers van het stadskantoor',
      regimes: ['nis2', 'avg'],
      detectedAt: '2026-03-28T08:45:00+01:00',
    });
    expect(opened).toMatchObject({ status: 'open', detectedAt: '2026-03-28T07:45:00.000Z', awareAt: null });
    // Detection starts nothing: every clock waits for the recorded decision.
    expect(opened.nextDeadline).toBeNull();
    expect(stage(opened, 'nis2', 'early-warning').waitingFor).toMatch(/^awareness/);
    const id = opened.id;

    // Awareness is recorded after the fact, by a named person in a named role.
    const aware = IncidentViewResponse.parse(
      (
        await post(id, 'awareness', {
          at: '2026-03-28T10:17:00+01:00',
          by: 'J. de Vries',
          role: 'ciso',
          note: 'Besloten: meldplichtig incident',
        }).expect(200)
      ).body,
    );
    expect(aware.awareness).toEqual({
      at: '2026-03-28T09:17:00.000Z',
      by: 'J. de Vries',
      role: 'ciso',
      note: 'Besloten: meldplichtig incident',
    });
    expect(aware.local.awareAt).toBe('2026-03-28 10:17 (CET)');
    const again = await post(id, 'awareness', { by: 'P. Jansen' }).expect(409);
    expect(again.body.message).toContain('2026-03-28 10:17 (CET) by J. de Vries');

    at('2026-03-28T13:00:00Z');
    await post(id, 'reports', { regime: 'nis2', stage: 'early-warning', report: EARLY_WARNING }).expect(200);

    const view = await get(id);
    expect(stage(view, 'nis2', 'early-warning')).toMatchObject({
      status: 'met',
      submittedAt: '2026-03-28T13:00:00.000Z',
      withinLegalLatest: true,
      // 24 elapsed hours across the switch to summer time: one hour later on the wall clock.
      local: { operationalDue: '2026-03-29 11:17 (CEST)', legalLatest: '2026-03-29 12:00 (CEST)' },
    });
    for (const [regime, id] of [
      ['nis2', 'notification'],
      ['avg', 'notification'],
    ])
      expect(stage(view, regime, id)).toMatchObject({
        status: 'pending',
        operationalDue: '2026-03-31T09:17:00.000Z',
        legalLatest: '2026-03-31T10:00:00.000Z',
        local: { operationalDue: '2026-03-31 11:17 (CEST)', legalLatest: '2026-03-31 12:00 (CEST)' },
      });
    expect(stage(view, 'nis2', 'final-report')).toMatchObject({
      status: 'pending',
      startedAt: null,
      operationalDue: null,
      waitingFor: 'submission of the incident notification',
    });
    expect(view.nextDeadline).toMatchObject({ regime: 'nis2', stage: 'notification', status: 'pending' });
    expect(view.timeline.map((e) => e.type)).toEqual([
      'incident.opened',
      'incident.detected',
      'incident.aware',
      'report.submitted',
    ]);

    const early = await post(id, 'reports', { regime: 'nis2', stage: 'final-report', report: {} }).expect(
      409,
    );
    expect(early.body.message).toBe(
      'The final report has not started yet: it waits for submission of the incident notification',
    );

    // Monday 30 March, 10:00 (+02:00): the notification goes in; the final report runs a month from now.
    at('2026-03-30T08:00:00Z');
    const notified = IncidentViewResponse.parse(
      (await post(id, 'reports', { regime: 'nis2', stage: 'notification', report: NOTIFICATION }).expect(200))
        .body,
    );
    expect(stage(notified, 'nis2', 'final-report')).toMatchObject({
      status: 'pending',
      startedAt: '2026-03-30T08:00:00.000Z',
      operationalDue: '2026-04-30T08:00:00.000Z',
      legalLatest: '2026-04-30T22:00:00.000Z',
      local: { operationalDue: '2026-04-30 10:00 (CEST)', legalLatest: '2026-05-01 00:00 (CEST)' },
    });
    await post(id, 'reports', { regime: 'nis2', stage: 'notification', report: NOTIFICATION }).expect(409);

    // Tuesday 31 March, 08:00: the AVG notification is due soon — the morning check shows it.
    at('2026-03-31T06:00:00Z');
    const morning = IncidentNoticeResponse.array().parse(
      (await t.http().get('/api/incidents/notices').set(ciso()).expect(200)).body,
    );
    expect(morning.filter((n) => n.incident.id === id)).toEqual([
      expect.objectContaining({
        regime: 'avg',
        stage: 'notification',
        status: 'due-soon',
        local: { operationalDue: '2026-03-31 11:17 (CEST)', legalLatest: '2026-03-31 12:00 (CEST)' },
      }),
    ]);
    const register = IncidentSummaryResponse.array().parse(
      (await t.http().get('/api/incidents').set(as(a.tokens.evaluator)).expect(200)).body,
    );
    expect(register.find((i) => i.id === id)).toMatchObject({
      status: 'open',
      noticeCount: 1,
      nextDeadline: { regime: 'avg', stage: 'notification' },
    });

    // 15:00: too late. A late AVG notification states the reasons for the delay.
    at('2026-03-31T13:00:00Z');
    const late = await post(id, 'reports', {
      regime: 'avg',
      stage: 'notification',
      report: AVG_NOTIFICATION,
    }).expect(422);
    expect(ErrorResponse.parse(late.body).errors).toEqual([
      { path: 'report.reasonsForDelay', message: expect.stringMatching(/^reasonsForDelay/) },
    ]);
    const withReasons = IncidentViewResponse.parse(
      (
        await post(id, 'reports', {
          regime: 'avg',
          stage: 'notification',
          report: { ...AVG_NOTIFICATION, reasonsForDelay: 'Omvang pas na forensisch onderzoek bekend' },
        }).expect(200)
      ).body,
    );
    expect(stage(withReasons, 'avg', 'notification')).toMatchObject({
      status: 'met-late',
      withinLegalLatest: false,
    });
    expect(withReasons.timeline.at(-1)).toMatchObject({
      type: 'report.submitted',
      actor: 'facilitator@gemeentehofstede.test',
      payload: { regime: 'avg', stage: 'notification', late: true, submittedAt: '2026-03-31T13:00:00.000Z' },
    });

    const verdict = ChainVerdictResponse.parse(
      (await t.http().get(`/api/incidents/${id}/verify`).set(ciso()).expect(200)).body,
    );
    expect(verdict).toEqual({ valid: true, count: 6, headHash: withReasons.timeline.at(-1)!.hash });
  });

  describe('an incident still ongoing when the final report falls due (NIS2 art. 23(4)(e))', () => {
    const PROGRESS = {
      progress: 'Herstel uit back-ups loopt; burgerzaken weer bereikbaar, sociaal domein nog niet',
      expectedClosure: 'half mei',
    };
    /** Awareness on Saturday 28 March; the notification goes in on Monday 30 March, 10:00 (+02:00). */
    const notifiedIncident = async (title: string): Promise<string> => {
      at('2026-03-28T10:00:00Z');
      const { id } = await open({ title, regimes: ['nis2'] });
      await post(id, 'awareness', { at: '2026-03-28T10:17:00+01:00', by: 'J. de Vries' }).expect(200);
      const early = await post(id, 'reports', {
        regime: 'nis2',
        stage: 'progress-report',
        report: PROGRESS,
      }).expect(409);
      expect(early.body.message).toBe(
        'The progress report has not started yet: it waits for submission of the incident notification',
      );
      at('2026-03-30T08:00:00Z');
      await post(id, 'reports', { regime: 'nis2', stage: 'notification', report: NOTIFICATION }).expect(200);
      return id;
    };

    it('should take the progress report from the notification on, as met before its due, and count the final report from handling closed', async () => {
      const id = await notifiedIncident('Ransomware, herstel duurt lang');
      const window = {
        startedAt: '2026-03-30T08:00:00.000Z',
        operationalDue: '2026-04-30T08:00:00.000Z',
        legalLatest: '2026-04-30T22:00:00.000Z',
      };
      expect(stage(await get(id), 'nis2', 'progress-report')).toMatchObject({ status: 'pending', ...window });

      // Tuesday 28 April: the final report is due in two days and handling is nowhere near closed.
      at('2026-04-28T08:00:00Z');
      const morning = IncidentNoticeResponse.array().parse(
        (await t.http().get('/api/incidents/notices').set(ciso()).expect(200)).body,
      );
      expect(
        morning.filter((n) => n.incident.id === id && n.status === 'due-soon').map((n) => n.stage),
      ).toEqual(['final-report', 'progress-report']);
      const submitted = IncidentViewResponse.parse(
        (
          await post(id, 'reports', { regime: 'nis2', stage: 'progress-report', report: PROGRESS }).expect(
            200,
          )
        ).body,
      );
      expect(stage(submitted, 'nis2', 'progress-report')).toMatchObject({
        status: 'met',
        submittedAt: '2026-04-28T08:00:00.000Z',
        withinLegalLatest: true,
        ...window,
      });
      expect(submitted.timeline.at(-1)).toMatchObject({
        type: 'report.submitted',
        payload: { stage: 'progress-report', late: false },
      });
      await post(id, 'reports', { regime: 'nis2', stage: 'progress-report', report: PROGRESS }).expect(409);

      // Friday 1 May: the final report's first due has passed with handling open; it waits for closing.
      at('2026-05-01T08:00:00Z');
      const after = await get(id);
      expect(stage(after, 'nis2', 'progress-report').status).toBe('met');
      expect(stage(after, 'nis2', 'final-report')).toMatchObject({
        status: 'pending',
        startedAt: null,
        waitingFor: 'handling of the incident being closed',
      });
      expect(after.notices.map((n) => n.stage)).not.toContain('progress-report');

      at('2026-05-04T09:00:00Z');
      const closed = IncidentViewResponse.parse(
        (await post(id, 'close', { at: '2026-05-04T10:00:00+02:00' }).expect(200)).body,
      );
      expect(stage(closed, 'nis2', 'final-report')).toMatchObject({
        status: 'pending',
        startedAt: '2026-05-04T08:00:00.000Z',
        operationalDue: '2026-06-04T08:00:00.000Z',
      });
    });

    it('should count a progress report recorded after its due but submitted before it as met', async () => {
      const id = await notifiedIncident('Ransomware, verslag achteraf vastgelegd');
      at('2026-05-02T08:00:00Z');
      expect(stage(await get(id), 'nis2', 'progress-report').status).toBe('missed');
      const recorded = IncidentViewResponse.parse(
        (
          await post(id, 'reports', {
            regime: 'nis2',
            stage: 'progress-report',
            report: PROGRESS,
            submittedAt: '2026-04-29T10:00:00+02:00',
          }).expect(200)
        ).body,
      );
      expect(stage(recorded, 'nis2', 'progress-report')).toMatchObject({
        status: 'met',
        submittedAt: '2026-04-29T08:00:00.000Z',
      });
      expect(recorded.timeline.at(-1)).toMatchObject({ payload: { stage: 'progress-report', late: false } });
    });
  });

  it('should refuse bad input with the field named, and change nothing', async () => {
    at('2026-03-28T10:00:00Z');
    const { id } = await open();
    await post(id, 'awareness', { at: '2026-03-28T09:00:00+01:00', by: 'J. de Vries' }).expect(200);
    const before = await get(id);

    const cases: [object, string, number][] = [
      [
        { regime: 'nis2', stage: 'early-warning', report: { crossBorderImpact: false } },
        'report.suspectedMalicious',
        422,
      ],
      [
        { regime: 'nis2', stage: 'early-warning', report: { ...EARLY_WARNING, ransom: 750_000 } },
        'report.ransom',
        422,
      ],
      [
        { regime: 'nis2', stage: 'notification', report: { ...NOTIFICATION, severity: 'enorm' } },
        'report.severity',
        422,
      ],
      [{ regime: 'cer', stage: 'initial-notification', report: {} }, 'regime', 422],
      [{ regime: 'nis2', stage: 'eindverslag', report: {} }, 'stage', 422],
      [
        {
          regime: 'nis2',
          stage: 'early-warning',
          report: EARLY_WARNING,
          submittedAt: '2026-03-29T10:00:00+01:00',
        },
        'submittedAt',
        422,
      ],
      [
        { regime: 'nis2', stage: 'early-warning', report: EARLY_WARNING, submittedAt: 'morgen' },
        'submittedAt',
        422,
      ],
      [{ regime: 'nis2', stage: 'early-warning' }, 'report', 422],
    ];
    for (const [body, path, status] of cases) {
      const response = await post(id, 'reports', body).expect(status);
      expect(ErrorResponse.parse(response.body).errors?.map((e) => e.path)).toContain(path);
    }
    const badOpen = await t
      .http()
      .post('/api/incidents')
      .set(ciso())
      .send({ title: '', regimes: ['nis2', 'nis2-trust-service', 'noodverordening'] })
      .expect(422);
    expect(ErrorResponse.parse(badOpen.body).errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['title', 'regimes[2]']),
    );
    await post(id, 'close', { at: '2026-03-29T09:00:00+01:00' }).expect(422);
    await post(id, 'requests', { regime: 'avg', dueAt: '2026-04-01T10:00:00+02:00' }).expect(422);

    const after = await get(id);
    expect(after.timeline).toEqual(before.timeline);
    expect(after.clocks).toEqual(before.clocks);
    expect(after.status).toBe('open');
  });

  it("should hide another organisation's incidents and let only admins and facilitators write", async () => {
    at('2026-03-28T10:00:00Z');
    const { id } = await open();
    for (const token of [b.tokens.admin, b.tokens.evaluator]) {
      const response = await t.http().get(`/api/incidents/${id}`).set(as(token)).expect(404);
      expect(response.body.code).toBe('NOT_FOUND');
      await t.http().get(`/api/incidents/${id}/verify`).set(as(token)).expect(404);
    }
    await post(id, 'awareness', { by: 'Indringer' }, as(b.tokens.admin)).expect(404);
    await post(id, 'close', {}, as(b.tokens.facilitator)).expect(404);
    const theirs = (await t.http().get('/api/incidents').set(as(b.tokens.admin)).expect(200)).body;
    expect(theirs.map((i: { id: string }) => i.id)).not.toContain(id);
    const theirNotices = (await t.http().get('/api/incidents/notices').set(as(b.tokens.admin)).expect(200))
      .body;
    expect(theirNotices.map((n: { incident: { id: string } }) => n.incident.id)).not.toContain(id);

    // Evaluators read, and change nothing.
    await get(id, as(a.tokens.evaluator));
    await post(id, 'awareness', { by: 'Evaluator' }, as(a.tokens.evaluator)).expect(403);
    await post(id, 'awareness', { by: 'Beheerder' }, as(a.tokens.admin)).expect(200);
    await t.http().get('/api/incidents/00000000-0000-4000-8000-000000000000').set(ciso()).expect(404);
    await t.http().get('/api/incidents/geen-id').set(ciso()).expect(404);
  });

  it('should time an intermediate report by the request, keep notes and decisions, and close handling once', async () => {
    at('2026-03-28T10:00:00Z');
    const { id } = await open({ title: 'Storing bij de leverancier', regimes: ['nis2'] });
    await post(id, 'awareness', { by: 'J. de Vries', role: 'ciso' }).expect(200);
    at('2026-04-02T08:00:00Z');
    const requested = IncidentViewResponse.parse(
      (await post(id, 'requests', { regime: 'nis2', dueAt: '2026-04-03T10:00:00+02:00' }).expect(200)).body,
    );
    expect(stage(requested, 'nis2', 'intermediate-report', 'r1')).toMatchObject({
      status: 'pending',
      startedAt: '2026-04-02T08:00:00.000Z',
      operationalDue: '2026-04-03T08:00:00.000Z',
    });
    const answered = IncidentViewResponse.parse(
      (
        await post(id, 'reports', {
          regime: 'nis2',
          stage: 'intermediate-report',
          requestId: 'r1',
          report: { statusUpdate: 'Back-ups teruggezet, burgerzaken weer bereikbaar' },
        }).expect(200)
      ).body,
    );
    expect(stage(answered, 'nis2', 'intermediate-report', 'r1').status).toBe('met');

    await post(id, 'notes', { text: 'IBD gebeld, responsnetwerk stand-by' }).expect(200);
    await post(id, 'decisions', {
      beeld: 'Leverancier meldt herstel binnen 48 uur',
      oordeel: 'Uitwijk kost meer dan wachten',
      besluit: 'Geen uitwijk; dagelijks contact',
      by: 'Gemeentesecretaris',
    }).expect(200);

    const closed = IncidentViewResponse.parse(
      (await post(id, 'close', { at: '2026-04-02T09:30:00+02:00' }).expect(200)).body,
    );
    expect(closed).toMatchObject({ status: 'closed', handlingClosedAt: '2026-04-02T07:30:00.000Z' });
    await post(id, 'close', {}).expect(409);
    expect(closed.timeline.map((e) => e.type)).toEqual([
      'incident.opened',
      'incident.aware',
      'report.requested',
      'report.submitted',
      'incident.note',
      'incident.decision',
      'incident.handling-closed',
    ]);

    expect(await auditActions(id)).toEqual([
      'incident.opened',
      'incident.awareness-recorded',
      'incident.report-requested',
      'incident.report-submitted',
      'incident.note-added',
      'incident.decision-recorded',
      'incident.handling-closed',
    ]);
  });

  it("should take another feature's entries (the seam playbooks use) into the chain without touching the clocks", async () => {
    at('2026-03-28T10:00:00Z');
    const { id } = await open();
    await post(id, 'awareness', { by: 'J. de Vries' }).expect(200);
    const before = await get(id);
    const principal = {
      kind: 'user' as const,
      userId: a.userIds.facilitator,
      email: 'facilitator@gemeentehofstede.test',
      name: 'facilitator',
      platformAdmin: false,
      sessionId: 'n/a',
      memberships: [{ organisationId: a.id, role: 'facilitator' as const }],
    };
    const service = t.app.get(IncidentService);
    const seen: string[] = [];
    const appended = await service.appendEntries(principal, a.id, id, 'incident.lesson-noted', (logged) => {
      seen.push(...logged.map((e) => e.type));
      return { entries: [{ type: 'lesson.noted', payload: { text: 'Back-ups offline bewaren' } }] };
    });
    // The feature decides on the log as it stands under the lock.
    expect(seen).toEqual(['incident.opened', 'incident.aware']);
    expect(appended.timeline.at(-1)).toMatchObject({ seq: 3, type: 'lesson.noted' });
    expect(appended.clocks).toEqual(before.clocks);
    await expect(
      service.appendEntries(principal, a.id, id, 'x', () => ({
        entries: [{ type: 'report.submitted', payload: {} }],
      })),
    ).rejects.toThrow(/own command/);
    await expect(service.appendEntries(principal, b.id, id, 'x', () => ({ entries: [] }))).rejects.toThrow(
      /not found/,
    );
    const verdict = (await t.http().get(`/api/incidents/${id}/verify`).set(ciso()).expect(200)).body;
    expect(verdict).toMatchObject({ valid: true, count: 3 });
  });

  // A CISO follows the ransomware playbook during the incident: steps ticked off on the wall clock.
  describe('playbooks', () => {
    const RANSOMWARE = 'ransomware-gemeente';

    it('should record who ticked off which step and when, and show it in the incident view', async () => {
      at('2026-03-28T10:00:00Z');
      const { id } = await open();
      const before = await get(id);
      expect(before.playbooks).toEqual([]);

      at('2026-03-28T10:05:00Z');
      const attached = PlaybookProgressResponse.parse(
        (await post(id, 'playbooks', { playbookId: RANSOMWARE }).expect(201)).body,
      );
      expect(attached).toMatchObject({
        playbookId: RANSOMWARE,
        attachedAt: '2026-03-28T10:05:00.000Z',
        changedSinceAttached: false,
        totals: { done: 0 },
      });

      at('2026-03-28T10:12:00Z');
      const ticked = PlaybookProgressResponse.parse(
        (
          await post(id, 'playbooks/steps', {
            playbookId: RANSOMWARE,
            stepId: 'ontdekking-vastleggen',
            note: 'Melding servicedesk 08:05',
          }).expect(200)
        ).body,
      );
      expect(ticked.totals.done).toBe(1);
      // An admin of the organisation ticks off the next one; each is recorded in their own role.
      at('2026-03-28T10:20:00Z');
      const next = { playbookId: RANSOMWARE, stepId: 'incidentprocedure-starten' };
      await post(id, 'playbooks/steps', next, as(a.tokens.admin)).expect(200);

      const seen = await get(id);
      expect(seen.playbooks).toHaveLength(1);
      const [progress] = seen.playbooks;
      expect(progress.steps.find((s) => s.stepId === 'ontdekking-vastleggen')).toMatchObject({
        status: 'done',
        completedAt: '2026-03-28T10:12:00.000Z',
        by: 'facilitator@gemeentehofstede.test',
        role: 'facilitator',
        note: 'Melding servicedesk 08:05',
      });
      expect(progress.steps.find((s) => s.stepId === 'incidentprocedure-starten')).toMatchObject({
        status: 'done',
        completedAt: '2026-03-28T10:20:00.000Z',
        by: 'admin@gemeentehofstede.test',
        role: 'admin',
        note: null,
      });
      expect(progress.totals.done).toBe(2);

      // Entries in the incident's own log: chained, audited, and the clocks untouched.
      expect(seen.timeline.slice(1).map((e) => [e.type, e.actor])).toEqual([
        ['playbook.attached', 'facilitator@gemeentehofstede.test'],
        ['playbook.step', 'facilitator@gemeentehofstede.test'],
        ['playbook.step', 'admin@gemeentehofstede.test'],
      ]);
      expect(seen.timeline[1].payload).toMatchObject({ playbookId: RANSOMWARE, title: progress.title });
      expect(seen.timeline[1].payload.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(seen.clocks).toEqual(before.clocks);
      const verdict = (await t.http().get(`/api/incidents/${id}/verify`).set(ciso()).expect(200)).body;
      expect(verdict).toMatchObject({ valid: true, count: 4 });
      expect(await auditActions(id)).toEqual([
        'incident.opened',
        'incident.playbook-attached',
        'incident.playbook-step',
        'incident.playbook-step',
      ]);
    });

    it('should refuse an unknown playbook, a second attachment, an unattached playbook and an unknown step', async () => {
      at('2026-03-28T10:00:00Z');
      const { id } = await open();
      const notFound = await post(id, 'playbooks', { playbookId: 'bestaat-niet' }).expect(404);
      expect(ErrorResponse.parse(notFound.body).code).toBe('NOT_FOUND');
      const notAttached = await post(id, 'playbooks/steps', {
        playbookId: RANSOMWARE,
        stepId: 'ontdekking-vastleggen',
      }).expect(404);
      expect(ErrorResponse.parse(notAttached.body).message).toContain('in this incident');

      await post(id, 'playbooks', { playbookId: RANSOMWARE }).expect(201);
      const again = await post(id, 'playbooks', { playbookId: RANSOMWARE }).expect(409);
      expect(ErrorResponse.parse(again.body).code).toBe('CONFLICT');
      const unknownStep = ErrorResponse.parse(
        (await post(id, 'playbooks/steps', { playbookId: RANSOMWARE, stepId: 'bestaat-niet' }).expect(422))
          .body,
      );
      expect(unknownStep.errors).toEqual([
        { path: 'stepId', message: `is not a step of playbook "${RANSOMWARE}"` },
      ]);
      // Who did it is not the client's to say.
      const who = ErrorResponse.parse(
        (
          await post(id, 'playbooks/steps', {
            playbookId: RANSOMWARE,
            stepId: 'ontdekking-vastleggen',
            by: 'iemand',
          }).expect(422)
        ).body,
      );
      expect(who.code).toBe('VALIDATION_FAILED');

      const seen = await get(id);
      expect(seen.playbooks.map((p) => p.playbookId)).toEqual([RANSOMWARE]);
      expect(seen.playbooks[0].totals.done).toBe(0);
      expect(seen.timeline.map((e) => e.type)).toEqual(['incident.opened', 'playbook.attached']);
    });

    it("should hide another organisation's incident from its playbooks and let evaluators only read them", async () => {
      at('2026-03-28T10:00:00Z');
      const { id } = await open();
      await post(id, 'playbooks', { playbookId: RANSOMWARE }).expect(201);
      const tick = { playbookId: RANSOMWARE, stepId: 'ontdekking-vastleggen' };

      for (const token of [b.tokens.admin, b.tokens.facilitator]) {
        expect(
          (await post(id, 'playbooks', { playbookId: 'online-ordeverstoring' }, as(token)).expect(404)).body
            .code,
        ).toBe('NOT_FOUND');
        expect((await post(id, 'playbooks/steps', tick, as(token)).expect(404)).body.code).toBe('NOT_FOUND');
      }
      await post(id, 'playbooks', { playbookId: 'online-ordeverstoring' }, as(a.tokens.evaluator)).expect(
        403,
      );
      await post(id, 'playbooks/steps', tick, as(a.tokens.evaluator)).expect(403);

      const seen = await get(id, as(a.tokens.evaluator));
      expect(seen.playbooks.map((p) => p.playbookId)).toEqual([RANSOMWARE]);
      expect(seen.playbooks[0].totals.done).toBe(0);
    });
  });

  it('should describe every incident route in the OpenAPI document, with its response', async () => {
    const { paths, components } = (await t.http().get('/openapi.json').expect(200)).body;
    const incidentPaths = Object.keys(paths).filter((path) => path.startsWith('/api/incidents'));
    expect(incidentPaths.sort()).toEqual(
      [
        '/api/incidents',
        '/api/incidents/notices',
        '/api/incidents/{incidentId}',
        '/api/incidents/{incidentId}/verify',
        '/api/incidents/{incidentId}/awareness',
        '/api/incidents/{incidentId}/reports',
        '/api/incidents/{incidentId}/requests',
        '/api/incidents/{incidentId}/close',
        '/api/incidents/{incidentId}/notes',
        '/api/incidents/{incidentId}/decisions',
        '/api/incidents/{incidentId}/playbooks',
        '/api/incidents/{incidentId}/playbooks/steps',
        '/api/incidents/{incidentId}/review',
      ].sort(),
    );
    const submit = paths['/api/incidents/{incidentId}/reports'].post;
    expect(submit.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['incidentId', 'organisationId']),
    );
    expect(submit.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/IncidentViewResponse',
    });
    expect(components.schemas.IncidentViewResponse.properties.clocks).toBeDefined();
  });

  it('should refuse to change a logged entry in the database itself, and verify the chain', async () => {
    at('2026-03-28T10:00:00Z');
    const { id } = await open();
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await expect(
        client.query(`UPDATE incident_event SET payload = '{}' WHERE incident_id = $1`, [id]),
      ).rejects.toThrow();
      await expect(client.query(`DELETE FROM incident_event WHERE incident_id = $1`, [id])).rejects.toThrow();
    } finally {
      await client.end();
    }
    const verdict = (await t.http().get(`/api/incidents/${id}/verify`).set(ciso()).expect(200)).body;
    expect(verdict).toMatchObject({ valid: true, count: 1 });
  });
});
