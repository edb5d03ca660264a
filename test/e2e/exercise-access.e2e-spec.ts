import { CreatedExerciseResponse, PlayerJoinResponse } from '../../apps/api/src/http/responses';
import {
  ADMIN,
  acceptInvitation,
  seedOrganisation,
  startTestApp,
  type Organisation,
  type TestApp,
} from '../support/test-app';
import { join } from 'node:path';

describe('exercises: join codes and per-exercise grants', () => {
  let t: TestApp;
  let platformAdmin: string;
  let a: Organisation;
  let b: Organisation;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  const create = async (token: string) => {
    const response = await t
      .http()
      .post('/api/exercises')
      .set(as(token))
      .send({ scenarioId: 'ransomware-gemeente' })
      .expect(201);
    return CreatedExerciseResponse.parse(response.body);
  };
  const joinWith = (code: string) => t.http().post('/api/join').send({ code });

  beforeAll(async () => {
    t = await startTestApp({ SCENARIOS_DIR: join(__dirname, '../../scenarios') });
    platformAdmin = await t.login(ADMIN.email, ADMIN.password);
    a = await seedOrganisation(t, platformAdmin, 'Gemeente Hofstede');
    b = await seedOrganisation(t, platformAdmin, 'Veiligheidsregio Oost');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should create a draft exercise from a shipped scenario with one unguessable join code per role', async () => {
    const exercise = await create(a.tokens.facilitator);
    expect(exercise).toMatchObject({
      status: 'draft',
      organisationId: a.id,
      scenario: { id: 'ransomware-gemeente', version: 1 },
    });
    expect(exercise.joinCodes.map((c) => c.role)).toEqual(
      expect.arrayContaining(['burgemeester', 'cybercrime-politie', 'officier-van-justitie']),
    );
    for (const { code } of exercise.joinCodes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(exercise.joinCodes.map((c) => c.code)).size).toBe(exercise.joinCodes.length);
    await t
      .http()
      .post('/api/exercises')
      .set(as(a.tokens.evaluator))
      .send({ scenarioId: 'ransomware-gemeente' })
      .expect(403);
    await t
      .http()
      .post('/api/exercises')
      .set(as(a.tokens.facilitator))
      .send({ scenarioId: 'bestaat-niet' })
      .expect(404);
  });

  it('should let a player join with the code of a role, however it is typed, and say only "invalid code" otherwise', async () => {
    const exercise = await create(a.tokens.facilitator);
    const mayor = exercise.joinCodes.find((c) => c.role === 'burgemeester')!;
    const joined = await joinWith(` ${mayor.code.toLowerCase().replace(/-/g, '')} `).expect(200);
    expect(PlayerJoinResponse.parse(joined.body)).toMatchObject({
      exerciseId: exercise.id,
      role: 'burgemeester',
      roleName: expect.any(String),
    });

    for (const wrong of [
      'AAAA-BBBB-CCCC',
      'kort',
      mayor.code.slice(0, -1) + (mayor.code.endsWith('0') ? '1' : '0'),
    ]) {
      const response = await joinWith(wrong).expect(401);
      expect(response.body).toEqual({ statusCode: 401, code: 'UNAUTHORIZED', message: 'invalid code' });
    }
  });

  it('should stop an old code when it is rotated or revoked', async () => {
    const exercise = await create(a.tokens.facilitator);
    const old = exercise.joinCodes.find((c) => c.role === 'ciso')!;
    const rotated = await t
      .http()
      .post(`/api/exercises/${exercise.id}/join-codes/ciso`)
      .set(as(a.tokens.facilitator))
      .expect(201);
    expect(rotated.body).toMatchObject({ role: 'ciso', code: expect.any(String) });
    await joinWith(old.code).expect(401);
    await joinWith(rotated.body.code).expect(200);

    await t
      .http()
      .delete(`/api/exercises/${exercise.id}/join-codes/ciso`)
      .set(as(a.tokens.facilitator))
      .expect(204);
    await joinWith(rotated.body.code).expect(401);
    const status = await t
      .http()
      .get(`/api/exercises/${exercise.id}/join-codes`)
      .set(as(a.tokens.facilitator))
      .expect(200);
    expect(status.body.find((c: { role: string }) => c.role === 'ciso')).toMatchObject({ active: false });
    await t
      .http()
      .post(`/api/exercises/${exercise.id}/join-codes/geen-rol`)
      .set(as(a.tokens.facilitator))
      .expect(404);
  });

  it('should invalidate every code once the exercise is archived, and refuse changes after', async () => {
    const exercise = await create(a.tokens.facilitator);
    await t.http().post(`/api/exercises/${exercise.id}/archive`).set(as(a.tokens.evaluator)).expect(403);
    const archived = await t
      .http()
      .post(`/api/exercises/${exercise.id}/archive`)
      .set(as(a.tokens.facilitator))
      .expect(200);
    expect(archived.body).toMatchObject({ status: 'archived', archivedAt: expect.any(String) });
    for (const { code } of exercise.joinCodes) await joinWith(code).expect(401);
    await t
      .http()
      .post(`/api/exercises/${exercise.id}/join-codes/burgemeester`)
      .set(as(a.tokens.facilitator))
      .expect(409);
    await t.http().post(`/api/exercises/${exercise.id}/archive`).set(as(a.tokens.facilitator)).expect(409);
  });

  it('should let a facilitator add an evaluator from another organisation to one exercise only', async () => {
    const shared = await create(a.tokens.facilitator);
    const other = await create(a.tokens.facilitator);
    const guest = b.tokens.evaluator;
    await t.http().get(`/api/exercises/${shared.id}`).set(as(guest)).expect(404);

    const invited = await t
      .http()
      .post(`/api/exercises/${shared.id}/grants`)
      .set(as(a.tokens.facilitator))
      .send({ email: 'evaluator@veiligheidsregiooost.test', role: 'evaluator' })
      .expect(202);
    expect(invited.body).toMatchObject({ exerciseId: shared.id, role: 'evaluator' });
    // Nothing is granted until the guest accepts.
    await t.http().get(`/api/exercises/${shared.id}`).set(as(guest)).expect(404);
    await acceptInvitation(t, guest, { exerciseId: shared.id });
    const grants = await t.http().get(`/api/exercises/${shared.id}/grants`).set(as(a.tokens.facilitator));
    expect(grants.body).toEqual([
      expect.objectContaining({ userId: b.userIds.evaluator, role: 'evaluator' }),
    ]);

    await t.http().get(`/api/exercises/${shared.id}`).set(as(guest)).expect(200);
    const visible = await t.http().get('/api/exercises').set(as(guest)).expect(200);
    expect(visible.body.map((e: { id: string }) => e.id)).toEqual([shared.id]);
    // Only this exercise: not another one, not the organisation, not facilitator actions.
    await t.http().get(`/api/exercises/${other.id}`).set(as(guest)).expect(404);
    await t.http().get(`/api/organisations/${a.id}`).set(as(guest)).expect(404);
    await t.http().get(`/api/exercises/${shared.id}/grants`).set(as(guest)).expect(403);

    await t
      .http()
      .delete(`/api/exercises/${shared.id}/grants/${b.userIds.evaluator}`)
      .set(as(a.tokens.facilitator))
      .expect(204);
    await t.http().get(`/api/exercises/${shared.id}`).set(as(guest)).expect(404);
    // An address without an account is answered the same (see tenant-isolation).
    await t
      .http()
      .post(`/api/exercises/${shared.id}/grants`)
      .set(as(a.tokens.facilitator))
      .send({ email: 'niemand@driehoek.test', role: 'evaluator' })
      .expect(202);
  });

  it('should record exercise lifecycle, codes and grants in the audit log', async () => {
    const audit = await t
      .http()
      .get(`/api/organisations/${a.id}/audit`)
      .set(as(a.tokens.admin))
      .query({ limit: 500 })
      .expect(200);
    const actions = new Set(audit.body.map((e: { action: string }) => e.action));
    for (const action of [
      'exercise.created',
      'exercise.archived',
      'join-code.rotated',
      'join-code.revoked',
      'grant.invited',
      'grant.added',
      'grant.removed',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('should throttle join attempts per client address', async () => {
    let status = 0;
    for (let i = 0; i < 31; i++)
      status = (await joinWith(`ZZZZ-ZZZZ-ZZ${String(i).padStart(2, '0')}`)).status;
    expect(status).toBe(429);
  });
});
