import { join } from 'node:path';
import {
  AcceptedInvitationResponse,
  InvitationResponse,
  ReceivedInvitationResponse,
} from '../../apps/api/src/http/responses';
import {
  ADMIN,
  acceptInvitation,
  addMember,
  seedOrganisation,
  startTestApp,
  type Organisation,
  type TestApp,
} from '../support/test-app';

/**
 * One organisation's admin has no power over another organisation's people: adding someone who
 * has an account elsewhere asks for their consent, signing a member out ends their access to this
 * organisation only, and neither adding a member nor granting an exercise tells whether an
 * address has an account.
 */
type InvitationBody = ReturnType<typeof InvitationResponse.parse>;

describe('tenant isolation between organisations', () => {
  let t: TestApp;
  let platformAdmin: string;
  let a: Organisation;
  let b: Organisation;
  let people = 0;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp({ SCENARIOS_DIR: join(__dirname, '../../scenarios') });
    platformAdmin = await t.login(ADMIN.email, ADMIN.password);
    a = await seedOrganisation(t, platformAdmin, 'Gemeente Hofstede');
    b = await seedOrganisation(t, platformAdmin, 'Gemeente Waalkerke');
  });

  afterAll(async () => {
    await t?.close();
  });

  /** A new member of A only, signed in; nobody else's test touches them. */
  const personOfA = async () => {
    const email = `persoon${++people}@gemeentehofstede.test`;
    const password = `wachtwoord-van-persoon-${people}`;
    const name = `Persoon ${people}`;
    const member = await addMember(t, a.tokens.admin, a.id, { email, name, password, role: 'facilitator' });
    return { ...member, email, name, password };
  };

  const invite = (adminToken: string, organisationId: string, email: string, password = 'door-b-gekozen-1') =>
    t
      .http()
      .post(`/api/organisations/${organisationId}/members`)
      .set(as(adminToken))
      .send({ email, name: 'Door B gekozen naam', password, role: 'admin' });

  const membershipsOf = async (token: string) =>
    (await t.http().get('/api/auth/me').set(as(token)).expect(200)).body.memberships.map(
      (m: { organisationId: string }) => m.organisationId,
    );

  const auditActions = async (org: Organisation, count: number) =>
    (await t.http().get(`/api/organisations/${org.id}/audit`).set(as(org.tokens.admin)).expect(200)).body
      .slice(0, count)
      .map((e: { action: string }) => e.action);

  it("should make an invitation, not a membership, when another organisation's admin adds an existing account", async () => {
    const person = await personOfA();
    const invited = await invite(b.tokens.admin, b.id, person.email).expect(202);
    expect(InvitationResponse.parse(invited.body)).toMatchObject({
      organisationId: b.id,
      exerciseId: null,
      email: person.email,
      role: 'admin',
    });

    // Not a member of B: B's admin can neither see nor sign them out.
    expect(await membershipsOf(person.token)).toEqual([a.id]);
    await t.http().get(`/api/organisations/${b.id}`).set(as(person.token)).expect(404);
    const members = await t
      .http()
      .get(`/api/organisations/${b.id}/members`)
      .set(as(b.tokens.admin))
      .expect(200);
    expect(members.body.map((m: { userId: string }) => m.userId)).not.toContain(person.userId);
    await t
      .http()
      .post(`/api/organisations/${b.id}/members/${person.userId}/revoke-sessions`)
      .set(as(b.tokens.admin))
      .expect(404);
    await t.http().get('/api/auth/me').set(as(person.token)).expect(200);
    // The account keeps its own password and name: B's choice of either changed nothing.
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: person.email, password: 'door-b-gekozen-1' })
      .expect(401);
    expect((await t.http().get('/api/auth/me').set(as(person.token))).body.name).toBe(person.name);

    // The person sees the invitation, and declines it.
    const received = await t.http().get('/api/auth/invitations').set(as(person.token)).expect(200);
    expect(ReceivedInvitationResponse.array().parse(received.body)).toEqual([
      expect.objectContaining({
        id: invited.body.id,
        organisation: { id: b.id, name: 'Gemeente Waalkerke' },
        exercise: null,
        role: 'admin',
        invitedBy: { name: 'admin' },
      }),
    ]);
    await t.http().post(`/api/auth/invitations/${invited.body.id}/decline`).set(as(person.token)).expect(204);
    await t.http().post(`/api/auth/invitations/${invited.body.id}/accept`).set(as(person.token)).expect(404);
    expect(await membershipsOf(person.token)).toEqual([a.id]);
    expect((await t.http().get('/api/auth/invitations').set(as(person.token))).body).toEqual([]);
    expect(
      (await t.http().get(`/api/organisations/${b.id}/invitations`).set(as(b.tokens.admin)).expect(200)).body,
    ).toEqual([]);
    expect(await auditActions(b, 2)).toEqual(['membership.invitation-declined', 'membership.invited']);
  });

  it('should make the membership only when the person accepts their own invitation', async () => {
    const person = await personOfA();
    const other = await personOfA();
    const invited = await invite(b.tokens.admin, b.id, person.email).expect(202);
    // Nobody else can answer it, B's admin included.
    for (const token of [other.token, b.tokens.admin, a.tokens.admin])
      await t.http().post(`/api/auth/invitations/${invited.body.id}/accept`).set(as(token)).expect(404);

    const accepted = await t
      .http()
      .post(`/api/auth/invitations/${invited.body.id}/accept`)
      .set(as(person.token))
      .expect(200);
    expect(AcceptedInvitationResponse.parse(accepted.body)).toEqual({
      organisationId: b.id,
      exerciseId: null,
      role: 'admin',
    });
    expect((await membershipsOf(person.token)).sort()).toEqual([a.id, b.id].sort());
    await t.http().get(`/api/organisations/${b.id}`).set(as(person.token)).expect(200);
    expect(await auditActions(b, 2)).toEqual(['membership.granted', 'membership.invited']);
  });

  it("should end only the revoking organisation's access of a shared member, and keep their other organisation working", async () => {
    const person = await personOfA();
    const invited = await invite(b.tokens.admin, b.id, person.email).expect(202);
    const { body: pair } = await t
      .http()
      .post('/api/auth/login')
      .send({ email: person.email, password: person.password })
      .expect(200);
    await t.http().post(`/api/auth/invitations/${invited.body.id}/accept`).set(as(person.token)).expect(200);
    await t.http().get(`/api/organisations/${b.id}`).set(as(pair.accessToken)).expect(200);

    const revoked = await t
      .http()
      .post(`/api/organisations/${b.id}/members/${person.userId}/revoke-sessions`)
      .set(as(b.tokens.admin))
      .expect(200);
    expect(revoked.body).toEqual({ revoked: 2 });

    // Every session so far: A still works, B is gone — after a refresh too.
    for (const token of [person.token, pair.accessToken]) {
      expect(await membershipsOf(token)).toEqual([a.id]);
      await t.http().get(`/api/organisations/${a.id}`).set(as(token)).expect(200);
      await t.http().get(`/api/organisations/${a.id}/members`).set(as(token)).expect(200);
      await t.http().get(`/api/organisations/${b.id}`).set(as(token)).expect(404);
    }
    const refreshed = await t
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: pair.refreshToken })
      .expect(200);
    expect(await membershipsOf(refreshed.body.accessToken)).toEqual([a.id]);

    // Signing in again brings B back; A's admin signing them out then leaves B alone.
    const again = await t.login(person.email, person.password);
    expect((await membershipsOf(again)).sort()).toEqual([a.id, b.id].sort());
    await t
      .http()
      .post(`/api/organisations/${a.id}/members/${person.userId}/revoke-sessions`)
      .set(as(a.tokens.admin))
      .expect(200);
    expect(await membershipsOf(again)).toEqual([b.id]);
    await t.http().get(`/api/organisations/${b.id}`).set(as(again)).expect(200);
  });

  it('should sign a member of one organisation only out everywhere', async () => {
    const person = await personOfA();
    const second = await t.login(person.email, person.password);
    const revoked = await t
      .http()
      .post(`/api/organisations/${a.id}/members/${person.userId}/revoke-sessions`)
      .set(as(a.tokens.admin))
      .expect(200);
    expect(revoked.body).toEqual({ revoked: 2 });
    for (const token of [person.token, second]) await t.http().get('/api/auth/me').set(as(token)).expect(401);
  });

  it("should not let an organisation's admin sign the platform admin out", async () => {
    const invited = await invite(b.tokens.admin, b.id, ADMIN.email).expect(202);
    const session = await t.login(ADMIN.email, ADMIN.password);
    await t.http().post(`/api/auth/invitations/${invited.body.id}/accept`).set(as(session)).expect(200);
    const me = await t.http().get('/api/auth/me').set(as(session)).expect(200);
    await t
      .http()
      .post(`/api/organisations/${b.id}/members/${me.body.userId}/revoke-sessions`)
      .set(as(b.tokens.admin))
      .expect(200);
    await t.http().get('/api/auth/me').set(as(session)).expect(200);
    await t.http().get(`/api/organisations/${a.id}/audit`).set(as(session)).expect(200);
  });

  it('should answer adding a member the same for an address with and without an account', async () => {
    const known = (await personOfA()).email;
    const unknown = `nieuw${++people}@elders.test`;
    const membersBefore = (await t.http().get(`/api/organisations/${b.id}/members`).set(as(b.tokens.admin)))
      .body;

    const answers: { status: number; body: InvitationBody }[] = [];
    for (const email of [known, unknown]) {
      const response = await invite(b.tokens.admin, b.id, email, 'een-eerste-wachtwoord');
      answers.push({ status: response.status, body: InvitationResponse.strict().parse(response.body) });
    }
    const shape = ({ status, body }: (typeof answers)[number]) => ({
      status,
      keys: Object.keys(body).sort(),
      organisationId: body.organisationId,
      exerciseId: body.exerciseId,
      role: body.role,
      validFor: Date.parse(body.expiresAt) - Date.parse(body.createdAt),
    });
    expect(shape(answers[0])).toEqual(shape(answers[1]));
    expect(answers[0].status).toBe(202);

    // Nor do the organisation's lists and audit log tell them apart.
    const open = (
      await t.http().get(`/api/organisations/${b.id}/invitations`).set(as(b.tokens.admin)).expect(200)
    ).body as { email: string }[];
    expect(open.filter((i) => [known, unknown].includes(i.email)).map((i) => Object.keys(i).sort())).toEqual([
      Object.keys(answers[0].body).sort(),
      Object.keys(answers[1].body).sort(),
    ]);
    expect((await t.http().get(`/api/organisations/${b.id}/members`).set(as(b.tokens.admin))).body).toEqual(
      membersBefore,
    );
    const audit = (await t.http().get(`/api/organisations/${b.id}/audit`).set(as(b.tokens.admin))).body.slice(
      0,
      2,
    );
    expect(
      audit.map((e: { action: string; targetType: string; details: object }) => [
        e.action,
        e.targetType,
        Object.keys(e.details).sort(),
      ]),
    ).toEqual([
      ['membership.invited', 'invitation', ['email', 'expiresAt', 'role']],
      ['membership.invited', 'invitation', ['email', 'expiresAt', 'role']],
    ]);

    // The new address got an account that signs in to accept; the known one kept its password.
    const newcomer = await t.login(unknown, 'een-eerste-wachtwoord');
    await acceptInvitation(t, newcomer, { organisationId: b.id });
    expect(await membershipsOf(newcomer)).toEqual([b.id]);
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: known, password: 'een-eerste-wachtwoord' })
      .expect(401);

    // Someone already a member is refused: the admin sees their members anyway.
    await invite(b.tokens.admin, b.id, unknown).expect(409);
  });

  it('should answer a grant the same for an address with and without an account, and grant nothing until accepted', async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .set(as(b.tokens.facilitator))
      .send({ scenarioId: 'ransomware-gemeente' })
      .expect(201);
    const exerciseId = created.body.id as string;
    const guest = await personOfA();
    const answers: { status: number; body: InvitationBody }[] = [];
    for (const email of [guest.email, `niemand${++people}@elders.test`]) {
      const response = await t
        .http()
        .post(`/api/exercises/${exerciseId}/grants`)
        .set(as(b.tokens.facilitator))
        .send({ email, role: 'evaluator' });
      answers.push({ status: response.status, body: InvitationResponse.strict().parse(response.body) });
    }
    const shape = ({ status, body }: (typeof answers)[number]) => ({
      status,
      keys: Object.keys(body).sort(),
      exerciseId: body.exerciseId,
      role: body.role,
    });
    expect(shape(answers[0])).toEqual(shape(answers[1]));
    expect(answers[0]).toMatchObject({ status: 202, body: { exerciseId, organisationId: b.id } });
    expect(
      (await t.http().get(`/api/exercises/${exerciseId}/grants`).set(as(b.tokens.facilitator))).body,
    ).toEqual([]);
    const open = await t
      .http()
      .get(`/api/exercises/${exerciseId}/invitations`)
      .set(as(b.tokens.facilitator))
      .expect(200);
    expect(open.body.map((i: { id: string }) => i.id)).toEqual(answers.map((x) => x.body.id));

    // The guest sees which exercise, accepts, and is in; the other invitation is withdrawn.
    await t.http().get(`/api/exercises/${exerciseId}`).set(as(guest.token)).expect(404);
    const received = await t.http().get('/api/auth/invitations').set(as(guest.token)).expect(200);
    expect(received.body).toEqual([
      expect.objectContaining({ exercise: { id: exerciseId, title: created.body.title }, role: 'evaluator' }),
    ]);
    const accepted = await t
      .http()
      .post(`/api/auth/invitations/${answers[0].body.id}/accept`)
      .set(as(guest.token))
      .expect(200);
    expect(accepted.body).toEqual({ organisationId: b.id, exerciseId, role: 'evaluator' });
    await t.http().get(`/api/exercises/${exerciseId}`).set(as(guest.token)).expect(200);
    // A grant is not a membership.
    expect(await membershipsOf(guest.token)).toEqual([a.id]);
    await t
      .http()
      .delete(`/api/exercises/${exerciseId}/invitations/${answers[1].body.id}`)
      .set(as(b.tokens.facilitator))
      .expect(204);
    expect(
      (await t.http().get(`/api/exercises/${exerciseId}/invitations`).set(as(b.tokens.facilitator))).body,
    ).toEqual([]);
    const actions = await auditActions(b, 4);
    expect(actions).toEqual(['grant.invitation-withdrawn', 'grant.added', 'grant.invited', 'grant.invited']);
  });

  it('should let an admin withdraw an invitation before it is answered', async () => {
    const person = await personOfA();
    const invited = await invite(b.tokens.admin, b.id, person.email).expect(202);
    await t
      .http()
      .delete(`/api/organisations/${b.id}/invitations/${invited.body.id}`)
      .set(as(a.tokens.admin))
      .expect(404);
    await t
      .http()
      .delete(`/api/organisations/${b.id}/invitations/${invited.body.id}`)
      .set(as(b.tokens.admin))
      .expect(204);
    await t.http().post(`/api/auth/invitations/${invited.body.id}/accept`).set(as(person.token)).expect(404);
    expect(await membershipsOf(person.token)).toEqual([a.id]);
  });

  it('should name organisationId when it is missing, malformed or unknown, never answer 500', async () => {
    const person = await personOfA();
    const invited = await invite(b.tokens.admin, b.id, person.email).expect(202);
    await t.http().post(`/api/auth/invitations/${invited.body.id}/accept`).set(as(person.token)).expect(200);
    const exercise = { scenarioId: 'ransomware-gemeente' };

    // In two organisations, which one is meant must be said.
    const ambiguous = await t.http().post('/api/exercises').set(as(person.token)).send(exercise).expect(422);
    expect(ambiguous.body.errors).toEqual([
      expect.objectContaining({
        path: 'organisationId',
        code: 'missing-field',
        message: expect.stringMatching(/several organisations/),
      }),
    ]);
    await t
      .http()
      .post('/api/exercises')
      .query({ organisationId: a.id })
      .set(as(person.token))
      .send(exercise)
      .expect(201);

    for (const malformed of ['nope', `${a.id}x`]) {
      const response = await t
        .http()
        .post('/api/exercises')
        .query({ organisationId: malformed })
        .set(as(person.token))
        .send(exercise)
        .expect(422);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ path: 'organisationId', code: 'invalid-value' }),
      ]);
    }
    const twice = await t
      .http()
      .get(`/api/incidents?organisationId=${a.id}&organisationId=${b.id}`)
      .set(as(person.token))
      .expect(422);
    expect(twice.body.errors[0].path).toBe('organisationId');

    // An organisation that does not exist is not found, for a platform admin as for anyone.
    const nobody = '6f1c2a4e-0000-4000-8000-000000000000';
    for (const token of [platformAdmin, person.token]) {
      const created = await t
        .http()
        .post('/api/exercises')
        .query({ organisationId: nobody })
        .set(as(token))
        .send(exercise)
        .expect(404);
      expect(created.body).toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringMatching(/organisationId/),
      });
      await t.http().get('/api/incidents').query({ organisationId: nobody }).set(as(token)).expect(404);
      await t.http().get(`/api/organisations/${nobody}/members`).set(as(token)).expect(404);
    }
    await t.http().get('/api/organisations/not-a-uuid').set(as(platformAdmin)).expect(404);
  });
});
