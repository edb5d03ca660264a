import { Controller, Get, Post } from '@nestjs/common';
import { Authenticated, OrganisationMember, Public } from '@driehoek/identity';
import { SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { CONTROLLERS, GATEWAYS } from '../../apps/api/src/app.module';
import {
  SocketAllow,
  assertEverySocketEventHasPolicy,
  socketEventTable,
} from '../../apps/api/src/gateway/socket-policy';
import { assertEveryRouteHasPolicy, routeTable } from '../../apps/api/src/http/route-table';
import { accessMatrix, expectedAccess } from '../support/access-matrix';

@Controller('things')
class ThingsController {
  @Get()
  @Authenticated()
  list(): void {}

  @Post(':organisationId')
  @OrganisationMember('admin')
  create(): void {}

  @Get('forgotten')
  forgotten(): void {}
}

@WebSocketGateway({ namespace: '/test' })
class ChatGateway {
  @SubscribeMessage('hello')
  @SocketAllow('participant')
  hello(): void {}

  @SubscribeMessage('forgotten')
  forgotten(): void {}
}

@Public('probes')
@Controller('health')
class ProbeController {
  @Get()
  check(): void {}
}

describe('authorisation matrix', () => {
  it('should read every route of a controller with its policy, class-level policies included', () => {
    expect(
      routeTable([ThingsController, ProbeController]).map(
        (r) => `${r.method} ${r.path} ${r.policy?.kind ?? 'NONE'}`,
      ),
    ).toEqual([
      'GET /api/things authenticated',
      'POST /api/things/:organisationId organisation',
      'GET /api/things/forgotten NONE',
      'GET /health public',
    ]);
  });

  it('should fail when a route has no policy', () => {
    const routes = routeTable([ThingsController]);
    expect(() => assertEveryRouteHasPolicy(routes)).toThrow(
      /GET \/api\/things\/forgotten \(ThingsController.forgotten\)/,
    );
    expect(() => accessMatrix(routes, () => ({ scoped: false }))).toThrow(
      'GET /api/things/forgotten has no access policy',
    );
  });

  it('should fail when a route has no sample request', () => {
    const routes = routeTable([ProbeController]);
    expect(() => accessMatrix(routes, () => undefined)).toThrow('GET /health has no sample request');
  });

  it('should give every application route a policy', () => {
    expect(() => assertEveryRouteHasPolicy(routeTable(CONTROLLERS))).not.toThrow();
  });

  it.each([
    [{ kind: 'public', reason: 'x' }, 'anonymous', 'other', true, 'allowed'],
    [{ kind: 'authenticated' }, 'anonymous', 'own', false, 401],
    [{ kind: 'authenticated' }, 'evaluator', 'own', true, 'allowed'],
    [{ kind: 'authenticated' }, 'facilitator', 'other', true, 404],
    [{ kind: 'platform-admin' }, 'admin', 'own', false, 403],
    [{ kind: 'platform-admin' }, 'platform-admin', 'own', false, 'allowed'],
    [{ kind: 'organisation', roles: ['admin'] }, 'facilitator', 'own', true, 403],
    [{ kind: 'organisation', roles: ['admin'] }, 'admin', 'other', true, 404],
    [{ kind: 'organisation', roles: ['admin', 'facilitator'] }, 'facilitator', 'own', true, 'allowed'],
    [{ kind: 'organisation', roles: ['admin'] }, 'platform-admin', 'other', true, 'allowed'],
  ] as const)(
    'should expect %j for %s on an %s resource (scoped %s) to be %s',
    (policy, actor, ownership, scoped, expected) => {
      expect(expectedAccess(policy as never, actor, ownership, scoped)).toBe(expected);
    },
  );

  it('should list socket events with their policies and fail on one without', () => {
    const events = socketEventTable([ChatGateway]);
    expect(events.map((e) => `${e.event} ${e.policy ?? 'NONE'}`)).toEqual([
      'hello participant',
      'forgotten NONE',
    ]);
    expect(() => assertEverySocketEventHasPolicy(events)).toThrow(/forgotten \(ChatGateway.forgotten\)/);
    expect(() => assertEverySocketEventHasPolicy(socketEventTable(GATEWAYS))).not.toThrow();
    expect(
      socketEventTable(GATEWAYS)
        .map((e) => `${e.gateway} ${e.event}`)
        .sort(),
    ).toEqual([
      'ExerciseGateway debrief.answer',
      'ExerciseGateway decision.record',
      'ExerciseGateway hotwash.point',
      'ExerciseGateway inject.ack',
      'ExerciseGateway observation.record',
      'ExerciseGateway playbook.step',
      'ExerciseGateway report.submit',
      'ExerciseGateway resync',
      'IncidentsGateway resync',
    ]);
  });
});
