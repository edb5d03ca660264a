import type { Socket } from 'socket.io-client';
import { IncidentNoticeResponse, IncidentSummaryResponse } from '../../apps/api/src/http/responses';
import { FakeClock, ManualScheduler } from '../support/engine-harness';
import { startFakeTimeApp } from '../support/fake-time-app';
import { connectRegister, type RegisterNotices } from '../support/register-client';
import { ADMIN, seedOrganisation, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Time alone moves the register: with a fake Clock and the register's scheduler under the test's
 * hand, advancing across the NIS2 early warning's due-soon boundary and then past its due instant
 * pushes `incident.notices` each time, without any write. Exact on the busiest machine: nothing
 * here waits for real time to pass.
 */
describe('the incident register channel, as time passes', () => {
  // Whole minutes, so the instants below read plainly.
  const clock = new FakeClock(Math.floor(Date.now() / MINUTE) * MINUTE);
  const scheduler = new ManualScheduler();
  let t: TestApp;
  let baseUrl: string;
  let a: Organisation;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // Sign-in tokens are made on the fake clock too: let them outlive the hours advanced here.
    ({ t, baseUrl } = await startFakeTimeApp(clock, scheduler, {
      ACCESS_TOKEN_TTL: String(86_400),
      REFRESH_TOKEN_TTL: String(2 * 86_400),
    }));
    a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  const notices = async () =>
    (await t.http().get('/api/incidents/notices').auth(a.tokens.evaluator, { type: 'bearer' }).expect(200))
      .body;

  it('should push due soon and then missed as the clock passes each boundary, with no write', async () => {
    // Aware 19 h 59 min ago: the early warning (24 h) is due soon from 20 h, in one minute.
    const awareAt = clock.epochMs - 20 * HOUR + MINUTE;
    const opened = await t
      .http()
      .post('/api/incidents')
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({ title: 'Ransomware op de bestandsserver', regimes: ['nis2'] })
      .expect(201);
    const incidentId = opened.body.id as string;
    await t
      .http()
      .post(`/api/incidents/${incidentId}/awareness`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({ at: new Date(awareAt).toISOString(), by: 'J. de Vries', role: 'ciso' })
      .expect(200);

    const ciso = connectRegister(baseUrl, { token: a.tokens.evaluator }, sockets);
    const snapshot = await ciso.snapshot;
    expect(snapshot.notices).toEqual([]);
    expect(snapshot.incidents.map((line) => line.nextDeadline?.status)).toEqual(['pending']);
    // The register's wake-up is armed for the boundary, computed from the log.
    expect(scheduler.armed.get(`register:${a.id}`)).toBe(awareAt + 20 * HOUR);

    // 1 ms before the boundary nothing is due to wake.
    const wakeUps = scheduler.calls;
    clock.advance(MINUTE - 1);
    await scheduler.runUntil(clock);
    expect(scheduler.calls).toBe(wakeUps);

    const dueSoon = ciso.next<RegisterNotices>('incident.notices');
    // (The awareness write may still be announced after connecting: its line reads `pending`.)
    const dueSoonLine = ciso.next('incident.changed', (l) => l.nextDeadline.status === 'due-soon');
    clock.advance(1);
    await scheduler.runUntil(clock);
    const soon = await dueSoon;
    expect(soon.notices.map((n) => `${n.regime}/${n.stage} ${n.status}`)).toEqual([
      'nis2/early-warning due-soon',
    ]);
    expect(soon.now).toBe(new Date(awareAt + 20 * HOUR).toISOString());
    expect(IncidentNoticeResponse.strict().array().parse(soon.notices)).toEqual(await notices());
    const line = IncidentSummaryResponse.strict().parse(await dueSoonLine);
    expect(line).toMatchObject({ id: incidentId, noticeCount: 1, nextDeadline: { status: 'due-soon' } });
    // Then the due instant itself: submitting at it still counts as met, so missed comes 1 ms later.
    expect(scheduler.armed.get(`register:${a.id}`)).toBe(awareAt + 24 * HOUR + 1);

    // On the due instant the early warning is still due soon; 1 ms later it is missed.
    clock.advance(4 * HOUR);
    await scheduler.runUntil(clock);
    expect(scheduler.calls).toBe(wakeUps + 1);
    const missed = ciso.next<RegisterNotices>('incident.notices');
    clock.advance(1);
    await scheduler.runUntil(clock);
    expect((await missed).notices.map((n) => `${n.stage} ${n.status}`)).toEqual(['early-warning missed']);
    expect((await missed).notices).toEqual(await notices());
    // Next: the incident notification (72 h) is due soon from 60 h.
    expect(scheduler.armed.get(`register:${a.id}`)).toBe(awareAt + 60 * HOUR);
    // Pushed twice, once per boundary; the line moved with it each time.
    expect(ciso.notices).toHaveLength(2);
    expect(ciso.changed.map((l) => l.nextDeadline.status).filter((status) => status !== 'pending')).toEqual([
      'due-soon',
      'missed',
    ]);
  });

  it('should stop waking for a register once its last socket is gone', async () => {
    const socket = connectRegister(baseUrl, { token: a.tokens.admin }, sockets);
    await socket.snapshot;
    for (const s of sockets) s.disconnect();
    await waitFor(async () => !scheduler.armed.has(`register:${a.id}`), 'the wake-up to be disarmed');
  });
});
