import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { CONTROLLERS } from '../../apps/api/src/app.module';
import { routeTable, type RouteEntry } from '../../apps/api/src/http/route-table';
import { accessMatrix, type Actor, type MatrixCell } from '../support/access-matrix';
import {
  ADMIN,
  acceptInvitation,
  addMember,
  seedOrganisation,
  startTestApp,
  type Organisation,
  type TestApp,
} from '../support/test-app';

interface Sample {
  /** Touches one organisation's resource: members of other organisations must get 404. */
  scoped: boolean;
  /** Path parameters and query for a request against the owner organisation's resource. */
  prepare?: (
    owner: Organisation,
    actor: Actor,
  ) => Promise<{
    params?: Record<string, string>;
    query?: Record<string, string>;
    headers?: Record<string, string>;
  }>;
  body?: string | object | (() => Promise<object>);
  contentType?: string;
  /** The request ends the caller's session (logout): use a fresh one. */
  freshSession?: boolean;
}

let t: TestApp;
let platformAdmin: string;
let a: Organisation;
let b: Organisation;
const passwords: Record<string, string> = {};

/** A member nobody else uses, for requests that remove or sign out a member. */
async function disposableMember(owner: Organisation): Promise<string> {
  const email = `wegwerp-${Math.random().toString(36).slice(2)}@driehoek.test`;
  const member = await addMember(t, platformAdmin, owner.id, {
    email,
    name: 'Wegwerp',
    password: 'wegwerp-wachtwoord',
    role: 'evaluator',
  });
  return member.userId;
}

/** An open invitation to the owner organisation, for requests that withdraw one. */
async function openInvitation(owner: Organisation): Promise<string> {
  const response = await t
    .http()
    .post(`/api/organisations/${owner.id}/members`)
    .auth(platformAdmin, { type: 'bearer' })
    .send({
      email: `uitgenodigd-${Math.random().toString(36).slice(2)}@driehoek.test`,
      name: 'Uitgenodigd',
      password: 'uitgenodigd-wachtwoord',
      role: 'evaluator',
    })
    .expect(202);
  return response.body.id as string;
}

const emailOf = (actor: Actor): string =>
  actor === 'platform-admin' ? ADMIN.email : `${actor}@gemeentehofstede.test`;

/**
 * An invitation addressed to the caller, for requests that answer one: to a fresh exercise of
 * the other organisation, so accepting it changes no organisation membership the matrix relies on.
 */
async function invitationFor(actor: Actor): Promise<string> {
  if (actor === 'anonymous') return '00000000-0000-4000-8000-000000000000';
  const { id } = await newExercise(b);
  const response = await t
    .http()
    .post(`/api/exercises/${id}/grants`)
    .auth(platformAdmin, { type: 'bearer' })
    .send({ email: emailOf(actor), role: 'evaluator' })
    .expect(202);
  return response.body.id as string;
}

/** A fresh exercise of the owner organisation, for requests that change or end it. */
async function newExercise(
  owner: Organisation,
): Promise<{ id: string; joinCodes: { role: string; code: string }[] }> {
  const response = await t
    .http()
    .post('/api/exercises')
    .query({ organisationId: owner.id })
    .auth(platformAdmin, { type: 'bearer' })
    .send({ scenarioId: scenarioSlug(owner) })
    .expect(201);
  return response.body;
}

const sharedExercise: Record<string, string> = {};
const scenarioSlug = (owner: Organisation) => `matrix-${owner.id.slice(0, 8)}`;
const org = async (owner: Organisation) => ({ params: { organisationId: owner.id } });
const exercise = async (owner: Organisation) => ({ params: { exerciseId: sharedExercise[owner.id] } });
const freshExercise = async (owner: Organisation) => ({
  params: { exerciseId: (await newExercise(owner)).id, role: 'burgemeester' },
});
const scenario = async (owner: Organisation) => ({ params: { id: scenarioSlug(owner) } });
const inOrganisation = async (owner: Organisation) => ({ query: { organisationId: owner.id } });
/** One incident per organisation, opened on first use. */
const sharedIncident: Record<string, Promise<string>> = {};
const incident = async (owner: Organisation) => {
  sharedIncident[owner.id] ??= t
    .http()
    .post('/api/incidents')
    .query({ organisationId: owner.id })
    .auth(platformAdmin, { type: 'bearer' })
    .send({ title: 'Matrix', regimes: ['nis2'] })
    .expect(201)
    .then((response) => response.body.id as string);
  return { params: { incidentId: await sharedIncident[owner.id] }, query: { organisationId: owner.id } };
};

/** A fresh exercise of the owner, with its first join code as the player's header. */
const withJoinCode = async (owner: Organisation) => {
  const { id, joinCodes } = await newExercise(owner);
  return { params: { exerciseId: id }, headers: { 'X-Join-Code': joinCodes[0].code } };
};

/** One improvement action per organisation, raised from its shared exercise on first use. */
const sharedAction: Record<string, Promise<string>> = {};
const action = async (owner: Organisation) => {
  sharedAction[owner.id] ??= t
    .http()
    .post(`/api/organisations/${owner.id}/improvement-actions`)
    .auth(platformAdmin, { type: 'bearer' })
    .send({
      areaForImprovement: 'Matrix',
      correctiveAction: 'Matrix',
      capabilityElement: 'planning',
      responsibleOrganisation: 'Matrix',
      source: { exerciseId: sharedExercise[owner.id] },
    })
    .expect(201)
    .then((response) => response.body.id as string);
  return { params: { organisationId: owner.id, actionId: await sharedAction[owner.id] } };
};

/** One import per organisation, of its shared exercise's export, made on first use. */
const sharedImport: Record<string, Promise<string>> = {};
const importOf = async (owner: Organisation) => {
  sharedImport[owner.id] ??= t
    .http()
    .get(`/api/exercises/${sharedExercise[owner.id]}/export`)
    .auth(platformAdmin, { type: 'bearer' })
    .expect(200)
    .then((exported) =>
      t
        .http()
        .post('/api/imports')
        .query({ organisationId: owner.id })
        .auth(platformAdmin, { type: 'bearer' })
        .send(exported.body)
        .expect(201),
    )
    .then((response) => response.body.id as string);
  return { params: { importId: await sharedImport[owner.id] } };
};

/** One sample request per route. A route missing here fails the suite. */
const SAMPLES: Record<string, Sample> = {
  'GET /health': { scoped: false },
  'GET /setup': { scoped: false, prepare: async () => ({ query: { token: 'x'.repeat(43) } }) },
  'POST /setup': { scoped: false, body: {} },
  'POST /api/auth/login': { scoped: false, body: ADMIN },
  'POST /api/auth/refresh': {
    scoped: false,
    body: async () => ({
      refreshToken: (await t.http().post('/api/auth/login').send(ADMIN).expect(200)).body.refreshToken,
    }),
  },
  'POST /api/auth/logout': { scoped: false, freshSession: true },
  'GET /api/auth/me': { scoped: false },
  'POST /api/auth/password': { scoped: false, body: {} },
  'GET /api/organisations': { scoped: false },
  'POST /api/organisations': { scoped: false, body: {} },
  'GET /api/organisations/:organisationId': { scoped: true, prepare: org },
  'GET /api/organisations/:organisationId/members': { scoped: true, prepare: org },
  'POST /api/organisations/:organisationId/members': { scoped: true, prepare: org, body: {} },
  'PATCH /api/organisations/:organisationId/members/:userId': {
    scoped: true,
    prepare: async (owner) => ({ params: { organisationId: owner.id, userId: owner.userIds.evaluator } }),
    body: {},
  },
  'DELETE /api/organisations/:organisationId/members/:userId': {
    scoped: true,
    prepare: async (owner) => ({
      params: { organisationId: owner.id, userId: await disposableMember(owner) },
    }),
  },
  'POST /api/organisations/:organisationId/members/:userId/revoke-sessions': {
    scoped: true,
    prepare: async (owner) => ({
      params: { organisationId: owner.id, userId: await disposableMember(owner) },
    }),
  },
  'GET /api/organisations/:organisationId/invitations': { scoped: true, prepare: org },
  'DELETE /api/organisations/:organisationId/invitations/:invitationId': {
    scoped: true,
    prepare: async (owner) => ({
      params: { organisationId: owner.id, invitationId: await openInvitation(owner) },
    }),
  },
  // Invitations are addressed to the caller: each answers one made for them.
  'GET /api/auth/invitations': { scoped: false },
  'POST /api/auth/invitations/:invitationId/accept': {
    scoped: false,
    prepare: async (_owner, actor) => ({ params: { invitationId: await invitationFor(actor) } }),
  },
  'POST /api/auth/invitations/:invitationId/decline': {
    scoped: false,
    prepare: async (_owner, actor) => ({ params: { invitationId: await invitationFor(actor) } }),
  },
  'GET /api/organisations/:organisationId/audit': { scoped: true, prepare: org },
  'GET /api/scenarios': { scoped: false },
  'GET /api/scenarios/schema': { scoped: false },
  'POST /api/scenarios': {
    scoped: true,
    prepare: async (owner) => ({ query: { organisationId: owner.id } }),
    body: 'id: [unclosed',
    contentType: 'application/yaml',
  },
  'POST /api/scenarios/check': {
    scoped: true,
    prepare: async (owner) => ({ query: { organisationId: owner.id } }),
    body: 'id: [unclosed',
    contentType: 'application/yaml',
  },
  'GET /api/scenarios/:id': { scoped: true, prepare: scenario },
  'GET /api/scenarios/:id/versions': { scoped: true, prepare: scenario },
  'GET /api/scenarios/:id/source': { scoped: true, prepare: scenario },
  'GET /api/scenarios/:id/msel': { scoped: true, prepare: scenario },
  // Shipped playbooks belong to no organisation: every signed-in user reads them.
  'GET /api/playbooks': { scoped: false },
  'GET /api/playbooks/:playbookId': {
    scoped: false,
    prepare: async () => ({ params: { playbookId: 'ransomware-gemeente' } }),
  },
  // Incidents: the organisation comes from ?organisationId= (or the caller's only one); an incident
  // of another organisation is not found. Empty bodies answer 422: the guard let them through.
  'POST /api/incidents': { scoped: true, prepare: inOrganisation, body: {} },
  'GET /api/incidents': { scoped: true, prepare: inOrganisation },
  'GET /api/incidents/notices': { scoped: true, prepare: inOrganisation },
  'GET /api/incidents/:incidentId': { scoped: true, prepare: incident },
  'GET /api/incidents/:incidentId/verify': { scoped: true, prepare: incident },
  'POST /api/incidents/:incidentId/awareness': { scoped: true, prepare: incident, body: {} },
  'POST /api/incidents/:incidentId/reports': { scoped: true, prepare: incident, body: {} },
  'POST /api/incidents/:incidentId/requests': { scoped: true, prepare: incident, body: {} },
  'POST /api/incidents/:incidentId/close': { scoped: true, prepare: incident, body: {} },
  'POST /api/incidents/:incidentId/notes': { scoped: true, prepare: incident, body: {} },
  'POST /api/incidents/:incidentId/decisions': { scoped: true, prepare: incident, body: {} },
  'POST /api/incidents/:incidentId/playbooks': { scoped: true, prepare: incident, body: {} },
  'POST /api/incidents/:incidentId/playbooks/steps': { scoped: true, prepare: incident, body: {} },
  'POST /api/incidents/:incidentId/review': { scoped: true, prepare: incident, body: {} },
  // The improvement plan: empty bodies answer 422, so the guard let them through.
  'GET /api/organisations/:organisationId/improvement-actions': { scoped: true, prepare: org },
  'GET /api/organisations/:organisationId/improvement-actions.csv': { scoped: true, prepare: org },
  'POST /api/organisations/:organisationId/improvement-actions': { scoped: true, prepare: org, body: {} },
  'GET /api/organisations/:organisationId/improvement-actions/:actionId': { scoped: true, prepare: action },
  'PATCH /api/organisations/:organisationId/improvement-actions/:actionId': {
    scoped: true,
    prepare: action,
    body: {},
  },
  'GET /api/organisations/:organisationId/improvement-actions/:actionId/history': {
    scoped: true,
    prepare: action,
  },
  'GET /api/exercises/:exerciseId/retests': { scoped: true, prepare: exercise },
  'POST /api/exercises/:exerciseId/retests': { scoped: true, prepare: exercise, body: {} },
  'POST /api/join': { scoped: false, body: async () => ({ code: (await newExercise(a)).joinCodes[0].code }) },
  'POST /api/exercises': {
    scoped: true,
    prepare: async (owner) => ({ query: { organisationId: owner.id } }),
    body: async () => ({}),
  },
  'GET /api/exercises': { scoped: false },
  'GET /api/exercises/:exerciseId': { scoped: true, prepare: exercise },
  'POST /api/exercises/:exerciseId/archive': { scoped: true, prepare: freshExercise },
  'GET /api/exercises/:exerciseId/join-codes': { scoped: true, prepare: exercise },
  'POST /api/exercises/:exerciseId/join-codes/:role': {
    scoped: true,
    prepare: async (owner) => ({ params: { exerciseId: sharedExercise[owner.id], role: 'burgemeester' } }),
  },
  'DELETE /api/exercises/:exerciseId/join-codes/:role': { scoped: true, prepare: freshExercise },
  'GET /api/exercises/:exerciseId/grants': { scoped: true, prepare: exercise },
  'POST /api/exercises/:exerciseId/start': { scoped: true, prepare: freshExercise, body: { speed: 60 } },
  // A draft exercise cannot pause or resume (409): the guard let the request through.
  'POST /api/exercises/:exerciseId/pause': { scoped: true, prepare: exercise },
  'POST /api/exercises/:exerciseId/resume': { scoped: true, prepare: exercise },
  'POST /api/exercises/:exerciseId/end': { scoped: true, prepare: exercise },
  'PATCH /api/exercises/:exerciseId/clock': { scoped: true, prepare: exercise, body: {} },
  'GET /api/exercises/:exerciseId/clock': { scoped: true, prepare: exercise },
  'GET /api/exercises/:exerciseId/events': { scoped: true, prepare: exercise },
  'GET /api/exercises/:exerciseId/events/verify': { scoped: true, prepare: exercise },
  'GET /api/exercises/:exerciseId/timeline': { scoped: true, prepare: exercise },
  'GET /api/exercises/:exerciseId/clocks': { scoped: true, prepare: exercise },
  'POST /api/exercises/:exerciseId/clocks/:clockId/requests': {
    scoped: true,
    prepare: async (owner) => ({ params: { exerciseId: sharedExercise[owner.id], clockId: 'nis2' } }),
    body: {},
  },
  'PATCH /api/exercises/:exerciseId/clocks/:clockId': {
    scoped: true,
    prepare: async (owner) => ({ params: { exerciseId: sharedExercise[owner.id], clockId: 'nis2' } }),
    body: {},
  },
  'GET /api/exercises/:exerciseId/playbooks': { scoped: true, prepare: exercise },
  'GET /api/exercises/:exerciseId/report': { scoped: true, prepare: exercise },
  'POST /api/exercises/:exerciseId/playbooks': { scoped: true, prepare: exercise, body: {} },
  // A draft takes no observations (409) and an empty body is 422: the guard let them through.
  'POST /api/exercises/:exerciseId/observations': { scoped: true, prepare: exercise, body: {} },
  'GET /api/exercises/:exerciseId/observations': { scoped: true, prepare: exercise },
  'GET /api/exercises/:exerciseId/debrief': { scoped: true, prepare: exercise },
  'POST /api/exercises/:exerciseId/hotwash': { scoped: true, prepare: exercise, body: {} },
  // Players, with the join code of the exercise in X-Join-Code; a draft answers 409.
  'GET /api/exercises/:exerciseId/debrief/questions': { scoped: false, prepare: withJoinCode },
  'POST /api/exercises/:exerciseId/debrief': {
    scoped: false,
    prepare: withJoinCode,
    body: { questionId: 'goed', answer: 'Veel' },
  },
  // On a draft exercise these answer 409 (or 422 for an empty body): the guard let them through.
  'GET /api/exercises/:exerciseId/injects': { scoped: true, prepare: exercise },
  'POST /api/exercises/:exerciseId/injects': { scoped: true, prepare: exercise, body: {} },
  'POST /api/exercises/:exerciseId/injects/:injectId/fire': {
    scoped: true,
    prepare: async (owner) => ({ params: { exerciseId: sharedExercise[owner.id], injectId: 'i-start' } }),
  },
  'POST /api/exercises/:exerciseId/injects/:injectId/skip': {
    scoped: true,
    prepare: async (owner) => ({ params: { exerciseId: sharedExercise[owner.id], injectId: 'i-start' } }),
  },
  'POST /api/exercises/:exerciseId/injects/:injectId/postpone': {
    scoped: true,
    prepare: async (owner) => ({ params: { exerciseId: sharedExercise[owner.id], injectId: 'i-start' } }),
    body: {},
  },
  'POST /api/exercises/:exerciseId/grants': { scoped: true, prepare: exercise, body: {} },
  'GET /api/exercises/:exerciseId/export': { scoped: true, prepare: exercise },
  'GET /api/exercises/:exerciseId/decisions.csv': { scoped: true, prepare: exercise },
  // Imports belong to the importing organisation: an empty body answers 422, the guard let it through.
  'POST /api/imports': { scoped: true, prepare: inOrganisation, body: {} },
  'GET /api/imports': { scoped: false },
  'GET /api/imports/:importId': { scoped: true, prepare: importOf },
  'GET /api/imports/:importId/events': { scoped: true, prepare: importOf },
  'GET /api/exercises/:exerciseId/invitations': { scoped: true, prepare: exercise },
  'DELETE /api/exercises/:exerciseId/invitations/:invitationId': {
    scoped: true,
    prepare: async (owner) => {
      const invited = await t
        .http()
        .post(`/api/exercises/${sharedExercise[owner.id]}/grants`)
        .auth(platformAdmin, { type: 'bearer' })
        .send({ email: `gast-${Math.random().toString(36).slice(2)}@driehoek.test`, role: 'evaluator' })
        .expect(202);
      return { params: { exerciseId: sharedExercise[owner.id], invitationId: invited.body.id } };
    },
  },
  'DELETE /api/exercises/:exerciseId/grants/:userId': {
    scoped: true,
    prepare: async (owner) => {
      const { id } = await newExercise(owner);
      const email = `gast-${Math.random().toString(36).slice(2)}@driehoek.test`;
      const guest = await addMember(t, platformAdmin, b.id, {
        email,
        name: 'Gast',
        password: 'gast-wachtwoord-1',
        role: 'evaluator',
      });
      await t
        .http()
        .post(`/api/exercises/${id}/grants`)
        .auth(platformAdmin, { type: 'bearer' })
        .send({ email, role: 'evaluator' })
        .expect(202);
      await acceptInvitation(t, guest.token, { exerciseId: id });
      return { params: { exerciseId: id, userId: guest.userId } };
    },
  },
};

const scenarioIn =
  (query: (owner: Organisation) => Record<string, string>) => async (owner: Organisation) => ({
    params: { id: scenarioSlug(owner) },
    query: query(owner),
  });
const byOwner = scenarioIn((owner) => ({ owner: owner.id }));
const asOrganisation = scenarioIn((owner) => ({ organisationId: owner.id }));

/**
 * Queries that choose whose resource a route reads, each a route's matrix once more: naming
 * another organisation's copy (or reading as another organisation) is held to the same 404 as a
 * path that names it. Keyed by route and query.
 */
const QUERY_SAMPLES: Record<string, Sample> = {
  'GET /api/scenarios/:id ?owner=': { scoped: true, prepare: byOwner },
  'GET /api/scenarios/:id ?organisationId=': { scoped: true, prepare: asOrganisation },
  'GET /api/scenarios/:id/versions ?owner=': { scoped: true, prepare: byOwner },
  'GET /api/scenarios/:id/versions ?organisationId=': { scoped: true, prepare: asOrganisation },
  'GET /api/scenarios/:id/source ?owner=': { scoped: true, prepare: byOwner },
  'GET /api/scenarios/:id/source ?organisationId=': { scoped: true, prepare: asOrganisation },
  'GET /api/scenarios/:id/msel ?owner=': { scoped: true, prepare: byOwner },
  'GET /api/scenarios/:id/msel ?organisationId=': { scoped: true, prepare: asOrganisation },
};

const key = (route: RouteEntry): string => `${route.method} ${route.path}`;
const routes = routeTable(CONTROLLERS);
const cells: (MatrixCell & { sample: string })[] = [
  ...accessMatrix(routes, (route) => SAMPLES[key(route)]).map((cell) => ({
    ...cell,
    sample: key(cell.route),
  })),
  ...Object.entries(QUERY_SAMPLES).flatMap(([name, sample]) => {
    const route = routes.find((r) => name.startsWith(`${key(r)} `));
    if (!route) throw new Error(`${name} samples a route the application does not have`);
    return accessMatrix([route], () => sample).map((cell) => ({ ...cell, sample: name }));
  }),
];
const sampleOf = (name: string): Sample => SAMPLES[name] ?? QUERY_SAMPLES[name];

function tokenOf(actor: Actor): string | undefined {
  if (actor === 'anonymous') return undefined;
  return actor === 'platform-admin' ? platformAdmin : a.tokens[actor];
}

async function send(
  cell: MatrixCell & { sample: string },
): Promise<{ status: number; body: { code?: string } }> {
  const sample = sampleOf(cell.sample);
  const owner = cell.ownership === 'own' ? a : b;
  const { params = {}, query = {}, headers = {} } = (await sample.prepare?.(owner, cell.actor)) ?? {};
  const path = cell.route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name]));
  let token = tokenOf(cell.actor);
  if (sample.freshSession && cell.actor !== 'anonymous') {
    token = await t.login(
      cell.actor === 'platform-admin' ? ADMIN.email : `${cell.actor}@gemeentehofstede.test`,
      cell.actor === 'platform-admin' ? ADMIN.password : passwords[cell.actor],
    );
  }
  let req = t.http()[cell.route.method.toLowerCase() as 'get'](path).query(query).set(headers);
  if (token) req = req.auth(token, { type: 'bearer' });
  if (sample.contentType) req = req.set('Content-Type', sample.contentType);
  if (sample.body !== undefined)
    req = req.send(typeof sample.body === 'function' ? await sample.body() : sample.body);
  const response = await req;
  return { status: response.status, body: response.body as { code?: string } };
}

describe('authorisation matrix: every route × every role × own/other organisation', () => {
  beforeAll(async () => {
    t = await startTestApp();
    platformAdmin = await t.login(ADMIN.email, ADMIN.password);
    a = await seedOrganisation(t, platformAdmin, 'Gemeente Hofstede');
    b = await seedOrganisation(t, platformAdmin, 'Gemeente Waalkerke');
    for (const role of ['admin', 'facilitator', 'evaluator']) passwords[role] = `${role}-wachtwoord-123`;
    for (const owner of [a, b]) {
      const { params } = await scenario(owner);
      await t
        .http()
        .post('/api/scenarios')
        .query({ organisationId: owner.id })
        .auth(platformAdmin, { type: 'bearer' })
        .set('Content-Type', 'application/yaml')
        .send(scenarioYaml(scenarioFixture(params.id)))
        .expect(201);
      sharedExercise[owner.id] = (await newExercise(owner)).id;
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should cover every route of the application', () => {
    expect(new Set(cells.map((cell) => key(cell.route)))).toEqual(new Set(routes.map(key)));
    expect(Object.keys(SAMPLES).sort()).toEqual(routes.map(key).sort());
  });

  it.each(cells.map((cell) => [cell.sample, cell.actor, cell.ownership, cell.expected, cell] as const))(
    'should answer %s for %s on an %s resource: %s',
    async (_route, _actor, _ownership, expected, cell) => {
      const { status, body } = await send(cell);
      if (expected === 'allowed') {
        expect([401, 403, 404]).not.toContain(status);
      } else {
        expect(status).toBe(expected);
        if (expected === 404) expect(body.code).toBe('NOT_FOUND');
      }
    },
  );
});
