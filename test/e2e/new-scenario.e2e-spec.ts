import type { Socket } from 'socket.io-client';
import { RegulatoryClocksResponse } from '../../apps/api/src/http/responses';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import { connectParticipant } from '../support/participant';
import { waitFor } from '../support/wait-for';

/**
 * A scenario written from docs/scenarios.md alone, run as a facilitator of a veiligheidsregio
 * would: at speed 1 (nothing moves by itself during the test), with jumps over declared clock
 * starts, a held inject that raises a decision with a deadline after it is put, reports, and four
 * organisations whose players may each see only their own clocks. Every deadline is checked
 * against the declared moments; every player's view against need-to-know.
 */
const SCENARIO = {
  id: 'leverancier-storing',
  title: 'Storing bij de zaaksysteemleverancier',
  summary:
    'Een leverancier meldt een inbraak; de gemeente, de politie en de leverancier hebben elk hun eigen klok.',
  language: 'nl',
  startsAt: '2026-06-15T09:00',
  timeZone: 'Europe/Amsterdam',
  duration: '2d 00:00',
  roles: [
    { id: 'burgemeester', name: 'Burgemeester', organisation: 'gemeente' },
    { id: 'ciso', name: 'CISO', organisation: 'gemeente' },
    { id: 'teamchef', name: 'Teamchef', organisation: 'politie' },
    { id: 'leverancier', name: 'Leverancier', organisation: 'leverancier' },
  ],
  channels: [{ id: 'mail', name: 'E-mail', kind: 'mail' }],
  injects: [
    {
      id: 'i-melding',
      title: 'Melding leverancier',
      offset: '00:10',
      audience: 'all',
      channel: 'mail',
      content: 'Inbraak bij de leverancier.',
    },
    {
      id: 'i-politie',
      title: 'Politie-info',
      offset: '00:40',
      audience: ['teamchef'],
      channel: 'mail',
      content: 'Alleen voor de politie.',
    },
    {
      id: 'i-pers',
      title: 'Pers belt',
      hold: true,
      audience: ['burgemeester', 'ciso'],
      channel: 'mail',
      content: 'De pers belt.',
    },
    {
      id: 'i-te-laat',
      title: 'Geen besluit',
      audience: ['burgemeester'],
      channel: 'mail',
      content: 'Er is niet besloten.',
    },
  ],
  decisionPoints: [
    {
      id: 'dp-pers',
      question: 'Gaat de burgemeester de pers te woord staan?',
      owner: 'burgemeester',
      participants: ['ciso'],
      raisedBy: 'i-pers',
      dueAfter: '00:30',
      options: [
        { id: 'ja', label: 'Ja' },
        { id: 'nee', label: 'Nee' },
      ],
    },
  ],
  triggers: [{ id: 't-laat', when: { overdue: 'dp-pers' }, schedule: [{ inject: 'i-te-laat' }] }],
  clocks: [
    {
      id: 'nis2',
      regime: 'nis2',
      startsAt: '00:20',
      role: 'ciso',
      description: 'De gemeente als essentiële entiteit',
    },
    {
      id: 'avg',
      regime: 'avg',
      startsAt: '-10:00',
      role: 'ciso',
      description: 'Het lek werd de avond ervoor ontdekt',
    },
    {
      id: 'aangifte',
      regime: 'custom',
      label: 'Aangifte opnemen',
      period: '02:00',
      startsAt: '00:30',
      role: 'teamchef',
      recipient: 'Officier van justitie',
    },
    {
      id: 'contract',
      regime: 'custom',
      label: 'Melding volgens contract',
      period: '04:00',
      startsAt: '00:15',
      role: 'leverancier',
      recipient: 'Gemeente',
    },
  ],
};

describe('a new scenario, run from the docs', () => {
  let t: TestApp;
  let a: Organisation;
  let base: string;
  const sockets: Socket[] = [];
  const facilitator = () => ({ Authorization: `Bearer ${a.tokens.facilitator}` });

  beforeAll(async () => {
    ({ t, a, baseUrl: base } = await startLiveApp(SCENARIO));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  it('should get every deadline right and show each player only what its role may see', async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .set(facilitator())
      .send({ scenarioId: SCENARIO.id, speed: 1 })
      .expect(201);
    const id: string = created.body.id;
    const code = (role: string) =>
      created.body.joinCodes.find((c: { role: string }) => c.role === role).code as string;
    const players = Object.fromEntries(
      ['burgemeester', 'ciso', 'teamchef', 'leverancier'].map((role) => [
        role,
        connectParticipant(base, { joinCode: code(role) }, sockets),
      ]),
    );
    const staff = connectParticipant(base, { token: a.tokens.facilitator, exerciseId: id }, sockets);
    await Promise.all([...Object.values(players).map((p) => p.snapshot), staff.snapshot]);

    // The start needs no body; the declared AVG fact from the evening before starts the AVG clock at once.
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).expect(200);
    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(facilitator())
      .send({ jumpTo: '00:50' })
      .expect(200);
    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(facilitator())
      .send({ jumpTo: '00:30' })
      .expect(422);

    const clocks = RegulatoryClocksResponse.parse(
      (await t.http().get(`/api/exercises/${id}/clocks`).set(facilitator()).expect(200)).body,
    );
    const clock = (clockId: string) => clocks.clocks.find((c) => c.id === clockId)!;
    // 09:00 CEST is 07:00 UTC. Each clock starts at its declared moment, not at 00:50 where the jump landed.
    expect(clock('nis2').startedAt).toBe('2026-06-15T07:20:00.000Z');
    expect(clock('nis2').stages.find((s) => s.stage === 'early-warning')).toMatchObject({
      operationalDue: '2026-06-16T07:20:00.000Z',
      local: { operationalDue: '2026-06-16 09:20 (CEST)' },
    });
    expect(clock('nis2').stages.find((s) => s.stage === 'notification')!.operationalDue).toBe(
      '2026-06-18T07:20:00.000Z',
    );
    expect(clock('avg').startedAt).toBe('2026-06-14T21:00:00.000Z');
    expect(clock('avg').stages[0].operationalDue).toBe('2026-06-17T21:00:00.000Z');
    expect(clock('aangifte')).toMatchObject({
      startedAt: '2026-06-15T07:30:00.000Z',
      recipient: 'Officier van justitie',
    });
    expect(clock('aangifte').stages[0].operationalDue).toBe('2026-06-15T09:30:00.000Z');
    expect(clock('contract').stages[0].operationalDue).toBe('2026-06-15T11:15:00.000Z');
    expect(clock('nis2')).toMatchObject({
      description: 'De gemeente als essentiële entiteit',
      audience: ['burgemeester', 'ciso'],
    });

    // The held inject puts the decision; its deadline counts from then (00:50 + 00:30).
    await t.http().post(`/api/exercises/${id}/injects/i-pers/fire`).set(facilitator()).expect(200);
    await t.http().post(`/api/exercises/${id}/injects/i-pers/fire`).set(facilitator()).expect(409);
    const opened = await waitFor(
      async () => players.burgemeester.received.find((e) => e.type === 'decision.opened'),
      'the decision point to reach its owner',
    );
    // At 1× the clock runs on while the test works: the point opened just after 00:50.
    const { openedAtOffsetMs, dueOffsetMs } = opened.payload as {
      openedAtOffsetMs: number;
      dueOffsetMs: number;
    };
    expect(openedAtOffsetMs).toBeGreaterThanOrEqual(50 * 60_000);
    expect(openedAtOffsetMs).toBeLessThan(51 * 60_000);
    expect(dueOffsetMs - openedAtOffsetMs).toBe(30 * 60_000);

    // The CISO reports the early warning; the report reaches the gemeente only.
    expect(
      await players.ciso.send('report.submit', {
        clockId: 'nis2',
        stage: 'early-warning',
        report: { suspectedMalicious: true, crossBorderImpact: false, summary: 'Inbraak bij leverancier' },
        submittedBy: 'CISO Jansen',
      }),
    ).toMatchObject({ ok: true, late: false });
    expect(
      await players.teamchef.send('decision.record', {
        beeld: 'b',
        oordeel: 'o',
        besluit: 'b',
        decidedBy: 'T',
        startsClocks: ['nis2'],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    // Past the decision's deadline: overdue, and its branch fires.
    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(facilitator())
      .send({ jumpTo: '01:30' })
      .expect(200);
    await waitFor(
      async () => players.burgemeester.received.some((e) => e.payload.injectId === 'i-te-laat'),
      'the overdue branch',
    );
    const overdue = players.burgemeester.received.find((e) => e.type === 'decision.overdue')!;
    expect(overdue.payload.dueOffsetMs).toBe(dueOffsetMs);
    const log = (await t.http().get(`/api/exercises/${id}/events?limit=1000`).set(facilitator()).expect(200))
      .body as { seq: number; type: string; payload: Record<string, unknown> }[];
    const seqOf = (type: string) => log.find((e) => e.type === type)!.seq;
    expect(seqOf('decision.opened')).toBeLessThan(seqOf('decision.overdue'));

    await t.http().post(`/api/exercises/${id}/end`).set(facilitator()).expect(200);
    await waitFor(async () => staff.received.some((e) => e.type === 'clock.stopped'), 'the end');
    for (const player of Object.values(players))
      await waitFor(
        async () => player.received.some((e) => e.type === 'clock.stopped'),
        'the end for every player',
      );

    // Need-to-know: each organisation's players see their own clocks and reports, nobody sees why an inject came.
    const clockIdsSeen = (role: string) =>
      new Set(
        players[role].received
          .filter((e) => e.type.startsWith('regulatory-clock.') || e.type.startsWith('report.'))
          .map((e) => e.payload.clockId),
      );
    expect(clockIdsSeen('burgemeester')).toEqual(new Set(['nis2', 'avg']));
    expect(clockIdsSeen('ciso')).toEqual(new Set(['nis2', 'avg']));
    expect(clockIdsSeen('teamchef')).toEqual(new Set(['aangifte']));
    expect(clockIdsSeen('leverancier')).toEqual(new Set(['contract']));
    expect(players.leverancier.received.some((e) => e.type === 'report.submitted')).toBe(false);
    expect(players.burgemeester.received.some((e) => e.payload.injectId === 'i-politie')).toBe(false);
    for (const player of Object.values(players)) {
      expect(
        player.received.some((e) => e.type === 'trigger.fired' || e.type === 'inject.acknowledged'),
      ).toBe(false);
      expect(
        player.received.filter((e) => e.type === 'inject.delivered').every((e) => !('cause' in e.payload)),
      ).toBe(true);
    }
    const held = staff.received.find((e) => e.payload.injectId === 'i-pers')!;
    expect(held.payload.cause).toEqual({ facilitator: 'facilitator@gemeentehofstede.test' });
    const resynced = await players.leverancier.send('resync', { afterSeq: 0 });
    expect(resynced.clocks.map((c: { id: string }) => c.id)).toEqual(['contract']);
    expect(resynced.events.map((e: { seq: number }) => e.seq)).toEqual(
      players.leverancier.received.map((e) => e.seq),
    );

    // Archived: read-only for good. The live channel ends for everyone; the log stays readable
    // and verifiable over REST.
    const archived = [...Object.values(players), staff].map(
      (p) =>
        new Promise<string>((resolve) =>
          p.socket.once('access.ended', (n: { reason: string }) => resolve(n.reason)),
        ),
    );
    const before = (await t.http().get(`/api/exercises/${id}/events/verify`).set(facilitator()).expect(200))
      .body;
    await t.http().post(`/api/exercises/${id}/archive`).set(facilitator()).expect(200);
    expect(new Set(await Promise.all(archived))).toEqual(new Set(['exercise-archived']));
    await t
      .http()
      .post(`/api/exercises/${id}/injects`)
      .set(facilitator())
      .send({ title: 't', content: 'c', channel: 'mail', audience: 'all' })
      .expect(409);
    await t.http().post(`/api/exercises/${id}/resume`).set(facilitator()).expect(409);
    const after = (await t.http().get(`/api/exercises/${id}/events/verify`).set(facilitator()).expect(200))
      .body;
    // Archiving logs nothing, and nothing is logged after it.
    expect(after).toEqual(before);
    expect(after.valid).toBe(true);
  });
});
