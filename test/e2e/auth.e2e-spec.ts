import { Clock } from '@driehoek/core';
import { REFRESH_REUSE_GRACE_MS } from '@driehoek/identity';
import {
  ADMIN,
  addMember,
  seedOrganisation,
  startTestApp,
  type Organisation,
  type TestApp,
} from '../support/test-app';

describe('signing in, tokens and sessions', () => {
  let t: TestApp;
  let admin: string;
  let a: Organisation;
  let clock: Clock;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp({ ACCESS_TOKEN_TTL: '900', REFRESH_TOKEN_TTL: '3600' });
    clock = t.app.get(Clock);
    admin = await t.login(ADMIN.email, ADMIN.password);
    a = await seedOrganisation(t, admin, 'Gemeente Hofstede');
  });

  afterAll(async () => {
    await t?.close();
  });

  afterEach(() => jest.restoreAllMocks());

  const later = (seconds: number) =>
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + seconds * 1000));

  it('should create the first admin from the environment, as platform admin of the first organisation', async () => {
    const me = await t.http().get('/api/auth/me').set(bearer(admin)).expect(200);
    expect(me.body).toMatchObject({
      email: ADMIN.email,
      platformAdmin: true,
      memberships: [{ role: 'admin', organisationId: expect.any(String) }],
    });
  });

  it('should return a short-lived bearer token and refuse wrong credentials without saying which part was wrong', async () => {
    const ok = await t.http().post('/api/auth/login').send(ADMIN).expect(200);
    expect(ok.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: expect.any(String),
      refreshExpiresIn: 3600,
    });
    expect(ok.body.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const wrongPassword = await t
      .http()
      .post('/api/auth/login')
      .send({ email: ADMIN.email, password: 'verkeerd-wachtwoord' })
      .expect(401);
    const unknownUser = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'niemand@driehoek.test', password: 'verkeerd-wachtwoord' })
      .expect(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(wrongPassword.body).toEqual({
      statusCode: 401,
      code: 'UNAUTHORIZED',
      message: 'Invalid e-mail address or password',
    });
  });

  it('should refuse every /api route without a token, with a WWW-Authenticate challenge', async () => {
    const response = await t.http().get('/api/organisations').expect(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    await t
      .http()
      .get('/api/auth/me')
      .set(bearer('x'.repeat(43)))
      .expect(401);
    await t.http().get('/api/auth/me').set({ Authorization: 'Basic YWRtaW46YWRtaW4=' }).expect(401);
  });

  it('should expire the access token, and let the refresh token replace it exactly once', async () => {
    const { body: tokens } = await t.http().post('/api/auth/login').send(ADMIN).expect(200);
    later(899);
    await t.http().get('/api/auth/me').set(bearer(tokens.accessToken)).expect(200);
    later(901);
    await t.http().get('/api/auth/me').set(bearer(tokens.accessToken)).expect(401);

    const refreshed = await t
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: tokens.refreshToken })
      .expect(200);
    await t.http().get('/api/auth/me').set(bearer(refreshed.body.accessToken)).expect(200);
    await t.http().post('/api/auth/refresh').send({ refreshToken: tokens.refreshToken }).expect(401);

    later(901 + 3601);
    await t.http().post('/api/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(401);
  });

  it('should end the whole session when a rotated-out refresh token is presented again', async () => {
    const refresh = (refreshToken: string) => t.http().post('/api/auth/refresh').send({ refreshToken });
    const { body: first } = await t.http().post('/api/auth/login').send(ADMIN).expect(200);
    const { body: second } = await refresh(first.refreshToken).expect(200);
    // The same token again at once is taken for two tabs racing: refused, the session kept.
    await refresh(first.refreshToken).expect(401);
    await t.http().get('/api/auth/me').set(bearer(second.accessToken)).expect(200);

    // Later it means someone else holds the session's tokens: the session ends, and with it the
    // tokens it was rotated into since, however many times.
    later(REFRESH_REUSE_GRACE_MS / 1000 + 1);
    const { body: third } = await refresh(second.refreshToken).expect(200);
    const reused = await refresh(first.refreshToken).expect(401);
    expect(reused.body.message).toBe('Invalid or expired refresh token');
    await t.http().get('/api/auth/me').set(bearer(third.accessToken)).expect(401);
    await refresh(third.refreshToken).expect(401);
    // Other sessions of the same account are not that family.
    await t.http().get('/api/auth/me').set(bearer(admin)).expect(200);
    expect(t.logs.map((line) => JSON.parse(line).msg)).toContain(
      'a rotated-out refresh token was presented again: session revoked',
    );
  });

  it('should revoke the session on logout, at once', async () => {
    const token = await t.login(ADMIN.email, ADMIN.password);
    await t.http().post('/api/auth/logout').set(bearer(token)).expect(204);
    await t.http().get('/api/auth/me').set(bearer(token)).expect(401);
    await t.http().get('/api/auth/me').set(bearer(admin)).expect(200);
  });

  it('should sign out every other session when the password changes', async () => {
    const email = 'wissel@gemeentehofstede.test';
    await addMember(t, admin, a.id, {
      email,
      name: 'Wissel',
      password: 'eerste-wachtwoord',
      role: 'evaluator',
    });
    const laptop = await t.login(email, 'eerste-wachtwoord');
    const tablet = await t.login(email, 'eerste-wachtwoord');
    await t
      .http()
      .post('/api/auth/password')
      .set(bearer(laptop))
      .send({ currentPassword: 'fout-wachtwoord', newPassword: 'tweede-wachtwoord' })
      .expect(403);
    await t
      .http()
      .post('/api/auth/password')
      .set(bearer(laptop))
      .send({ currentPassword: 'eerste-wachtwoord', newPassword: 'kort' })
      .expect(422);
    await t
      .http()
      .post('/api/auth/password')
      .set(bearer(laptop))
      .send({ currentPassword: 'eerste-wachtwoord', newPassword: 'tweede-wachtwoord' })
      .expect(204);
    await t.http().get('/api/auth/me').set(bearer(tablet)).expect(401);
    await t.http().get('/api/auth/me').set(bearer(laptop)).expect(200);
    await t.http().post('/api/auth/login').send({ email, password: 'eerste-wachtwoord' }).expect(401);
    await t.login(email, 'tweede-wachtwoord');
  });

  it('should let an organisation admin sign a member out everywhere, and record it in the audit log', async () => {
    const email = 'kwijt@gemeentehofstede.test';
    const member = await addMember(t, a.tokens.admin, a.id, {
      email,
      name: 'Laptop kwijt',
      password: 'laptop-wachtwoord',
      role: 'facilitator',
    });
    const token = member.token;
    const revoked = await t
      .http()
      .post(`/api/organisations/${a.id}/members/${member.userId}/revoke-sessions`)
      .set(bearer(a.tokens.admin))
      .expect(200);
    expect(revoked.body).toEqual({ revoked: 1 });
    await t.http().get('/api/auth/me').set(bearer(token)).expect(401);

    const audit = await t
      .http()
      .get(`/api/organisations/${a.id}/audit`)
      .set(bearer(a.tokens.admin))
      .expect(200);
    // The account's creation is in the platform's log, not the organisation's (see tenant-isolation).
    expect(audit.body.slice(0, 3).map((e: { action: string }) => e.action)).toEqual([
      'session.revoked',
      'membership.granted',
      'membership.invited',
    ]);
    expect(audit.body[0]).toMatchObject({
      actorLabel: 'admin@gemeentehofstede.test',
      targetType: 'user',
      targetId: member.userId,
      details: { sessions: 1 },
      at: expect.any(String),
    });
  });

  it('should keep at least one admin in an organisation', async () => {
    const solo = await t
      .http()
      .post('/api/organisations')
      .set(bearer(admin))
      .send({ name: 'Gemeente Solo' })
      .expect(201);
    const member = await addMember(t, admin, solo.body.id, {
      email: 'solo@driehoek.test',
      name: 'Solo',
      password: 'solo-wachtwoord-1',
      role: 'admin',
    });
    const response = await t
      .http()
      .patch(`/api/organisations/${solo.body.id}/members/${member.userId}`)
      .set(bearer(admin))
      .send({ role: 'evaluator' })
      .expect(409);
    expect(response.body.message).toMatch(/at least one admin/);
    await t.http().post('/api/organisations').set(bearer(admin)).send({ name: 'Gemeente Solo' }).expect(409);
  });

  it('should throttle login attempts per client address', async () => {
    // A minute of its own: the limit counts per fixed window of the injected Clock, and the other
    // tests' sign-ins (and however long they took) must neither spend nor reset this one's budget.
    later(24 * 3600);
    let last = 0;
    for (let i = 0; i < 61; i++)
      last = (
        await t
          .http()
          .post('/api/auth/login')
          .send({ email: 'raden@driehoek.test', password: `poging-${i}` })
      ).status;
    expect(last).toBe(429);
    const blocked = await t.http().post('/api/auth/login').send(ADMIN).expect(429);
    expect(blocked.headers['retry-after']).toMatch(/^\d+$/);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
    // A minute later the address may try again.
    later(24 * 3600 + 61);
    await t.http().post('/api/auth/login').send(ADMIN).expect(200);
  });

  it('should refuse malformed, oversized and unexpected bodies with a clear 4xx and store nothing', async () => {
    const before = (await t.http().get(`/api/organisations/${a.id}/members`).set(bearer(admin)).expect(200))
      .body.length;
    await t
      .http()
      .post(`/api/organisations/${a.id}/members`)
      .set(bearer(admin))
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    await t
      .http()
      .post(`/api/organisations/${a.id}/members`)
      .set(bearer(admin))
      .send({
        email: 'groot@driehoek.test',
        name: 'x'.repeat(300_000),
        role: 'evaluator',
        password: 'lang-genoeg-wachtwoord',
      })
      .expect(413);
    const invalid = await t
      .http()
      .post(`/api/organisations/${a.id}/members`)
      .set(bearer(admin))
      .send({ email: 'geen-adres', name: '', role: 'baas', extra: 1 })
      .expect(422);
    expect(invalid.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '',
      'email',
      'name',
      'password',
      'role',
    ]);
    // Asked of every address, new or not, so that the question does not tell which have an account.
    for (const email of ['nieuw@driehoek.test', ADMIN.email]) {
      const noPassword = await t
        .http()
        .post(`/api/organisations/${a.id}/members`)
        .set(bearer(admin))
        .send({ email, name: 'Nieuw', role: 'evaluator' })
        .expect(422);
      expect(noPassword.body.errors).toEqual([
        expect.objectContaining({ path: 'password', code: 'missing-field' }),
      ]);
    }
    expect(
      (await t.http().get(`/api/organisations/${a.id}/members`).set(bearer(admin)).expect(200)).body,
    ).toHaveLength(before);
  });

  it('should send security headers and no CORS permission by default', async () => {
    const response = await t.http().get('/health').set('Origin', 'https://kwaadaardig.example').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const login = await t.http().post('/api/auth/login').send(ADMIN).expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const refused = await t
      .http()
      .post('/api/auth/login')
      .send({ ...ADMIN, password: 'fout-wachtwoord' });
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('should throttle password changes per client address', async () => {
    // A window of its own, as for the login throttle.
    later(48 * 3600);
    const token = await t.login(ADMIN.email, ADMIN.password);
    let last = 0;
    for (let i = 0; i < 11; i++)
      last = (
        await t
          .http()
          .post('/api/auth/password')
          .set(bearer(token))
          .send({ currentPassword: `geraden-${i}`, newPassword: 'een-heel-nieuw-wachtwoord' })
      ).status;
    expect(last).toBe(429);
  });
});

describe('first start without an admin configured', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DRIEHOEK_ADMIN_EMAIL: '', DRIEHOEK_ADMIN_PASSWORD: '' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should create no account until the one-time setup link is used, and then never again', async () => {
    const entry = t.logs
      .map((line) => JSON.parse(line) as { setupUrl?: string; msg: string })
      .find((e) => e.setupUrl);
    expect(entry?.msg).toMatch(/No user exists yet/);
    expect(entry?.msg).toContain(entry!.setupUrl!);
    const url = new URL(entry!.setupUrl!);
    expect(url.pathname).toBe('/setup');
    const token = url.searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'eerste@driehoek.test', password: 'eerste-beheerder' })
      .expect(401);
    const form = await t.http().get('/setup').query({ token }).expect(200);
    expect(form.text).toContain('<form method="post" action="/setup">');

    const setup = {
      token,
      email: 'eerste@driehoek.test',
      name: 'Eerste',
      password: 'eerste-beheerder',
      organisationName: 'Veiligheidsregio Oost',
    };
    await t
      .http()
      .post('/setup')
      .type('form')
      .send({ ...setup, token: 'x'.repeat(43) })
      .expect(401);
    const created = await t.http().post('/setup').type('form').send(setup).expect(201);
    // On to the console's sign-in, where the new admin continues.
    expect(created.text).toContain('<a href="/signin">');
    await t
      .http()
      .post('/setup')
      .type('form')
      .send({ ...setup, email: 'tweede@driehoek.test' })
      .expect(401);

    const admin = await t.login('eerste@driehoek.test', 'eerste-beheerder');
    const orgs = await t.http().get('/api/organisations').auth(admin, { type: 'bearer' }).expect(200);
    expect(orgs.body.map((o: { name: string }) => o.name)).toEqual(['Veiligheidsregio Oost']);
  });
});
