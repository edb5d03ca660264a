import type { Socket } from 'socket.io-client';
import { scenarioFixture } from '@driehoek/testing';
import { RegulatoryClockResponse, RegulatoryClocksResponse } from '../../apps/api/src/http/responses';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import { connectParticipant } from '../support/participant';
import { waitFor } from '../support/wait-for';

/**
 * Regulatory clocks in a live exercise: a declared NIS2 clock starts on the schedule, the mayor
 * records awareness for the AVG clock in a decision, one report is met, the notification is missed
 * and the miss sets off an inject; the clocks endpoint and the players' events tell the same story.
 * The exercise runs at 1× and the facilitator moves scenario time by jumps, so nothing happens by
 * itself while the test acts; when clocks start and stages go missed at speed is checked exactly on
 * the engine harness (test/integration/engine/exercise-timing.int-spec.ts).
 */
describe('regulatory clocks in an exercise', () => {
  let t: TestApp;
  let a: Organisation;
  let base: string;
  const sockets: Socket[] = [];
  const facilitator = () => ({ Authorization: `Bearer ${a.tokens.facilitator}` });

  beforeAll(async () => {
    const scenario = scenarioFixture('clock-test');
    scenario.duration = '4d 00:00';
    scenario.clocks = [
      { id: 'nis2', regime: 'nis2', startsAt: '00:30', role: 'burgemeester' },
      { id: 'avg', regime: 'avg', role: 'burgemeester' },
    ];
    scenario.triggers = [
      {
        id: 't-klok',
        when: { clock: 'nis2', stage: 'notification', status: 'missed' },
        schedule: [{ inject: 'i-klok' }],
      },
    ];
    scenario.decisionPoints = [];
    scenario.injects = (scenario.injects as { id: string }[]).filter(
      (i) => !i.id.startsWith('i-tak') && i.id !== 'i-te-laat',
    );
    ({ t, a, baseUrl: base } = await startLiveApp(scenario));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  const join = (code: string) => connectParticipant(base, { joinCode: code }, sockets);

  const clocks = async (id: string) => {
    const body = (await t.http().get(`/api/exercises/${id}/clocks`).set(facilitator()).expect(200)).body;
    return RegulatoryClocksResponse.parse(body);
  };
  const stage = (view: Awaited<ReturnType<typeof clocks>>, clockId: string, name: string) =>
    view.clocks.find((c) => c.id === clockId)!.stages.find((s) => s.stage === name)!;

  it('should start, meet and miss clocks on scenario time, and let a miss fire an inject', async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .set(facilitator())
      .send({ scenarioId: 'clock-test', speed: 1 })
      .expect(201);
    const id: string = created.body.id;
    const mayor = join(created.body.joinCodes.find((c: { role: string }) => c.role === 'burgemeester').code);
    const police = join(
      created.body.joinCodes.find((c: { role: string }) => c.role === 'teamchef-politie').code,
    );
    expect((await mayor.snapshot).clocks.map((c) => [c.id, c.running])).toEqual([
      ['nis2', false],
      ['avg', false],
    ]);
    await police.snapshot;

    // Before the start nothing runs; the NIS2 clock starts at 00:30 as declared, here because the
    // facilitator jumps there (a jump fires what it passes over before it answers).
    const before = await clocks(id);
    expect(stage(before, 'nis2', 'early-warning')).toMatchObject({ status: 'pending', operationalDue: null });
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(facilitator())
      .send({ jumpTo: '00:30' })
      .expect(200);
    await waitFor(
      async () =>
        mayor.received.some((e) => e.type === 'regulatory-clock.started' && e.payload.clockId === 'nis2'),
      'the declared NIS2 clock to start',
    );
    await t.http().post(`/api/exercises/${id}/pause`).set(facilitator()).expect(200);

    // Scenario start 2026-03-12 08:00 Amsterdam (+01:00); awareness at 08:30 = 07:30Z.
    const started = await clocks(id);
    expect(stage(started, 'nis2', 'early-warning')).toMatchObject({
      status: 'pending',
      operationalDue: '2026-03-13T07:30:00.000Z',
      legalLatest: '2026-03-13T08:00:00.000Z', // the hour of awareness does not count
    });
    expect(stage(started, 'nis2', 'notification')).toMatchObject({
      operationalDue: '2026-03-15T07:30:00.000Z',
    });
    expect(stage(started, 'nis2', 'final-report').waitingFor).toMatch(/notification/);

    // Only the clock's role reports; an incomplete report names the field and changes nothing.
    const early = { suspectedMalicious: true, crossBorderImpact: false, summary: 'Versleutelde servers' };
    expect(
      await police.send('report.submit', {
        clockId: 'nis2',
        stage: 'early-warning',
        report: early,
        submittedBy: 'T. Chef',
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const incomplete = await mayor.send('report.submit', {
      clockId: 'nis2',
      stage: 'early-warning',
      report: { crossBorderImpact: false },
      submittedBy: 'A. de Burgemeester',
    });
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(incomplete.error.details).toEqual([
      {
        path: 'report.suspectedMalicious',
        message: expect.stringMatching(/^suspectedMalicious is required/),
      },
    ]);
    expect(
      await mayor.send('report.submit', {
        clockId: 'nis2',
        stage: 'final-report',
        report: {},
        submittedBy: 'A',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/waits for/) },
    });
    expect(
      await mayor.send('report.submit', {
        clockId: 'nis2',
        stage: 'early-warning',
        report: early,
        submittedBy: 'A. de Burgemeester',
      }),
    ).toMatchObject({ ok: true, late: false });

    // Awareness of the data breach is a decision: it starts the AVG clock now.
    expect(
      await mayor.send('decision.record', {
        beeld: 'Persoonsgegevens van inwoners zijn mogelijk buitgemaakt.',
        oordeel: 'Dit is een datalek in de zin van de AVG.',
        besluit: 'We zijn ons bewust van een datalek.',
        decidedBy: 'A. de Burgemeester',
        startsClocks: ['avg'],
      }),
    ).toMatchObject({ ok: true });
    expect(
      await mayor.send('decision.record', {
        beeld: 'b',
        oordeel: 'o',
        besluit: 'b',
        decidedBy: 'A',
        startsClocks: ['avg'],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const met = await clocks(id);
    expect(stage(met, 'nis2', 'early-warning')).toMatchObject({
      status: 'met',
      submittedAt: expect.any(String),
    });
    expect(met.clocks.find((c) => c.id === 'avg')).toMatchObject({ running: true });

    // Past the notification's 72 h without it: missed, and the miss fires its inject.
    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(facilitator())
      .send({ jumpTo: '3d 01:00' })
      .expect(200);
    const missed = await clocks(id);
    expect(stage(missed, 'nis2', 'notification').status).toBe('missed');
    expect(stage(missed, 'avg', 'notification').status).toBe('missed');
    // Paused, the jump fires nothing yet: what it passed over, and what the miss schedules, fire
    // with the resume.
    await t.http().post(`/api/exercises/${id}/resume`).set(facilitator()).expect(200);
    await waitFor(
      async () => mayor.received.some((e) => e.payload.injectId === 'i-klok'),
      'the inject set off by the miss',
    );
    const statuses = mayor.received
      .filter((e) => e.type === 'regulatory-clock.status')
      .map((e) => [e.payload.clockId, e.payload.stage, e.payload.status]);
    expect(statuses).toEqual([
      ['nis2', 'early-warning', 'met'],
      ['nis2', 'notification', 'missed'],
      ['avg', 'notification', 'missed'],
    ]);
    // The clocks are the gemeente's (their role is the mayor's): the police role sees none of them.
    expect(police.received.filter((e) => e.type.startsWith('regulatory-clock.'))).toHaveLength(0);
    expect(police.received.some((e) => e.type === 'report.submitted')).toBe(false);
    expect(police.received.some((e) => e.payload.injectId === 'i-klok')).toBe(false);

    // A late notification is met late and starts the final report's month.
    const late = await mayor.send('report.submit', {
      clockId: 'nis2',
      stage: 'notification',
      report: {
        earlyWarningUpdate: { suspectedMalicious: true, crossBorderImpact: false },
        severity: 'high',
        impact: 'Dienstverlening aan inwoners ligt stil.',
        indicatorsOfCompromise: [],
      },
      submittedBy: 'A. de Burgemeester',
    });
    expect(late).toMatchObject({ ok: true, late: true });
    const after = await clocks(id);
    expect(stage(after, 'nis2', 'notification')).toMatchObject({
      status: 'met-late',
      withinLegalLatest: false,
    });
    expect(stage(after, 'nis2', 'final-report')).toMatchObject({
      status: 'pending',
      startedAt: expect.any(String),
    });
    // A late AVG report must say why it is late.
    const avgReport = {
      nature: 'Ransomware met exfiltratie',
      categoriesOfPeople: ['inwoners'],
      approxPeople: 1200,
      categoriesOfRecords: ['BRP-gegevens'],
      approxRecords: 1200,
      dpoContact: 'fg@hofstede.nl',
      likelyConsequences: 'Identiteitsfraude',
      measures: 'Systemen geïsoleerd',
    };
    const noReasons = await mayor.send('report.submit', {
      clockId: 'avg',
      stage: 'notification',
      report: avgReport,
      submittedBy: 'A',
    });
    expect(noReasons.error.details.map((d: { path: string }) => d.path)).toContain('report.reasonsForDelay');

    // The facilitator plays the CSIRT: an intermediate report, due twelve scenario hours later.
    const requested = await t
      .http()
      .post(`/api/exercises/${id}/clocks/nis2/requests`)
      .set(facilitator())
      .send({ dueAfter: '12:00' })
      .expect(201);
    const request = RegulatoryClockResponse.parse(requested.body).stages.find(
      (s) => s.stage === 'intermediate-report',
    )!;
    expect(request).toMatchObject({ requestId: 'r1', status: 'pending' });
    expect(Date.parse(request.operationalDue!) - Date.parse(request.startedAt!)).toBe(12 * 3_600_000);
    expect(
      await mayor.send('report.submit', {
        clockId: 'nis2',
        stage: 'intermediate-report',
        requestId: 'r1',
        report: { statusUpdate: 'Herstel uit back-ups loopt.' },
        submittedBy: 'A. de Burgemeester',
      }),
    ).toMatchObject({ ok: true, late: false });
    await t
      .http()
      .post(`/api/exercises/${id}/clocks/avg/requests`)
      .set(facilitator())
      .send({ dueAfter: '12:00' })
      .expect(422);
    await t
      .http()
      .patch(`/api/exercises/${id}/clocks/nis2`)
      .set(facilitator())
      .send({ councilMeetingAt: '3d 20:00' })
      .expect(422);
    const closed = await t
      .http()
      .patch(`/api/exercises/${id}/clocks/nis2`)
      .set(facilitator())
      .send({ handlingClosed: true })
      .expect(200);
    expect(
      RegulatoryClockResponse.parse(closed.body).stages.find((s) => s.stage === 'intermediate-report'),
    ).toMatchObject({
      status: 'met',
    });
    await t
      .http()
      .patch(`/api/exercises/${id}/clocks/nis2`)
      .set(facilitator())
      .send({ handlingClosed: true })
      .expect(409);

    expect(
      (await t.http().get(`/api/exercises/${id}/events/verify`).set(facilitator()).expect(200)).body.valid,
    ).toBe(true);
  }, 60_000);
});
