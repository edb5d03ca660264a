import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '@driehoek/core';
import { createTestDatabase, scenarioYaml, type TestDatabase } from '@driehoek/testing';
import { createApp } from '../../apps/api/src/bootstrap';

export const ADMIN = { email: 'beheer@driehoek.test', password: 'correct-horse-battery' };

export interface TestApp {
  app: NestExpressApplication;
  /** Every log line (JSON) the application wrote at warn level or above. */
  logs: string[];
  db: TestDatabase;
  http: () => request.Agent;
  login: (email: string, password: string) => Promise<string>;
  /** A new application on the same database, as after a server restart (call app.close() first). */
  restart: () => Promise<TestApp>;
  close: () => Promise<void>;
}

/** The real application on a fresh database, with a first admin; driven over HTTP like a client. */
export async function startTestApp(
  env: Record<string, string> = {},
  existing?: TestDatabase,
): Promise<TestApp> {
  const db = existing ?? (await createTestDatabase());
  const config = loadConfig({
    DATABASE_URL: db.url,
    SCENARIOS_DIR: '/nonexistent',
    // The shipped playbooks are read-only data every app needs; an invalid one stops the start.
    PLAYBOOKS_DIR: join(__dirname, '../../playbooks'),
    DRIEHOEK_ADMIN_EMAIL: ADMIN.email,
    DRIEHOEK_ADMIN_PASSWORD: ADMIN.password,
    // Apps of parallel test files share one Redis: keep their queues and counters apart.
    REDIS_PREFIX: db.name,
    ...env,
  });
  const logs: string[] = [];
  const app = await createApp(
    config,
    pino({ level: 'warn' }, { write: (line: string) => void logs.push(line) }),
  );
  await app.init();
  const http = () => request.agent(app.getHttpServer());
  return {
    app,
    logs,
    db,
    http,
    login: async (email, password) => {
      const response = await http().post('/api/auth/login').send({ email, password });
      if (response.status !== 200)
        throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.accessToken as string;
    },
    restart: () => startTestApp(env, db),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export interface Organisation {
  id: string;
  /** Access tokens of one user per role, each a member of this organisation only. */
  tokens: Record<'admin' | 'facilitator' | 'evaluator', string>;
  userIds: Record<'admin' | 'facilitator' | 'evaluator', string>;
}

/** Creates an organisation with an admin, a facilitator and an evaluator, and signs each in. */
export async function seedOrganisation(t: TestApp, adminToken: string, name: string): Promise<Organisation> {
  const org = await t
    .http()
    .post('/api/organisations')
    .auth(adminToken, { type: 'bearer' })
    .send({ name })
    .expect(201);
  const tokens = {} as Organisation['tokens'];
  const userIds = {} as Organisation['userIds'];
  for (const role of ['admin', 'facilitator', 'evaluator'] as const) {
    const email = `${role}@${name.toLowerCase().replace(/[^a-z]/g, '')}.test`;
    const password = `${role}-wachtwoord-123`;
    const member = await addMember(t, adminToken, org.body.id, { email, name: role, password, role });
    userIds[role] = member.userId;
    tokens[role] = member.token;
  }
  return { id: org.body.id, tokens, userIds };
}

export interface NewMember {
  email: string;
  name: string;
  password: string;
  role: 'admin' | 'facilitator' | 'evaluator';
}

/**
 * A new account made a member: invited by an admin of the organisation (which creates the
 * account), then signed in and accepting, as the person would. Returns that session's token.
 */
export async function addMember(
  t: TestApp,
  adminToken: string,
  organisationId: string,
  member: NewMember,
): Promise<{ userId: string; token: string }> {
  await t
    .http()
    .post(`/api/organisations/${organisationId}/members`)
    .auth(adminToken, { type: 'bearer' })
    .send(member)
    .expect(202);
  const token = await t.login(member.email, member.password);
  await acceptInvitation(t, token, { organisationId });
  const me = await t.http().get('/api/auth/me').auth(token, { type: 'bearer' }).expect(200);
  return { userId: me.body.userId as string, token };
}

/** Accepts, as the signed-in person, their open invitation to this organisation or exercise. */
export async function acceptInvitation(
  t: TestApp,
  token: string,
  to: { organisationId: string } | { exerciseId: string },
): Promise<void> {
  const received = await t.http().get('/api/auth/invitations').auth(token, { type: 'bearer' }).expect(200);
  const invitation = (
    received.body as { id: string; organisation: { id: string }; exercise: { id: string } | null }[]
  ).find((i) =>
    'exerciseId' in to
      ? i.exercise?.id === to.exerciseId
      : !i.exercise && i.organisation.id === to.organisationId,
  );
  if (!invitation) throw new Error(`no open invitation to ${JSON.stringify(to)}`);
  await t
    .http()
    .post(`/api/auth/invitations/${invitation.id}/accept`)
    .auth(token, { type: 'bearer' })
    .expect(200);
}

/**
 * The set-up of the live suites: an app listening on a free port, an organisation with one user
 * per role, and one scenario uploaded by its facilitator.
 */
export async function startLiveApp(
  scenario: Record<string, unknown>,
  env: Record<string, string> = {},
): Promise<{ t: TestApp; a: Organisation; baseUrl: string }> {
  const t = await startTestApp(env);
  await t.app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  const a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
  await t
    .http()
    .post('/api/scenarios')
    .auth(a.tokens.facilitator, { type: 'bearer' })
    .set('Content-Type', 'application/yaml')
    .send(scenarioYaml(scenario))
    .expect(201);
  return { t, a, baseUrl };
}
