import type { INestApplication, Type } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorCode, openApiSchema } from '@driehoek/core';
import { ORGANISATION_ROLES, type Policy } from '@driehoek/identity';
import { z } from 'zod';
import { CONTROLLERS } from '../app.module';
import { apiErrorsOf, statusOf, type ApiErrorReason } from './api-response.decorator';
import * as responses from './responses';
import { routeTable, type RouteEntry } from './route-table';

/** Every schema responses.ts exports is a named component of the document, by its export name. */
const COMPONENTS = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries(responses)) {
  if (schema instanceof z.ZodType) COMPONENTS.add(schema, { id });
}

const ERROR_RESPONSE_REF = { $ref: '#/components/schemas/ErrorResponse' };

/** Path parameters that are ids of rows: a malformed one answers 404 like an unknown one. */
const UUID_PARAMETERS = new Set(['organisationId', 'exerciseId', 'incidentId', 'userId', 'invitationId']);

/**
 * The OpenAPI document of the app, built from the code: routes and policies from Nest's metadata,
 * bodies, queries and answers from the zod schemas that validate them (and that the end-to-end
 * tests parse real answers with), errors from the policies and the routes' own @ApiError.
 * docs/openapi.json is this document (`npm run openapi`); a test keeps them equal.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Driehoek API')
    .setDescription(
      'Scenario library, live exercises and regulatory clocks for the cyberdriehoek; the guide is docs/api.md. ' +
        'Errors are JSON `{statusCode, code, message, errors?}`; `code` is stable, and so is the `code` of each ' +
        'item in `errors`. Sign in with `POST /api/auth/login` and send `Authorization: Bearer <accessToken>`; ' +
        'every /api route except login, refresh and join requires it. Players join with `POST /api/join` and a ' +
        'join code. Answers may gain fields: ignore those you do not know.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'accessToken from POST /api/auth/login' })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    standardSchemaConverter: (schema, { schemaType }) =>
      schema instanceof z.ZodType ? convert(schema, schemaType) : undefined,
  });
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...convert(responses.ErrorResponse, 'output').components },
  };
  describeErrors(document, routeTable(CONTROLLERS));
  declarePathParameters(document);
  return canonical(document) as OpenAPIObject;
}

/**
 * OpenAPI document at /openapi.json and a browsable page at /docs. Built when first asked for (and
 * then kept), not at start: making it takes about 0.3 s, a good part of a restart.
 */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: '/openapi.json',
    yamlDocumentUrl: '/openapi.yaml',
  });
}

/** Answers are named components; request bodies and queries are written out where they are used. */
function convert(
  schema: z.ZodType,
  io: 'input' | 'output',
): { schema: Record<string, unknown>; components: Record<string, Record<string, unknown>> } {
  const { definitions, ...rest } = openApiSchema(schema, {
    io,
    ...(io === 'output' && { components: COMPONENTS }),
  });
  const components = (definitions ?? {}) as Record<string, Record<string, unknown>>;
  // zod refers to `#/definitions/X`; in an OpenAPI document X lives under components.
  const relink = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/definitions/', '"#/components/schemas/')) as T;
  return { schema: relink(rest), components: relink(components) };
}

/**
 * Each route's error answers, per status: what its policy refuses (401, 403, 404), what its
 * validated body or query refuses (@ZodBody, @ZodQuery) and what the route itself declares.
 */
function describeErrors(document: OpenAPIObject, routes: RouteEntry[]): void {
  for (const route of routes) {
    const operation = document.paths[openApiPath(route.path)]?.[route.method.toLowerCase() as 'get'] as
      { responses: Record<string, unknown>; operationId?: string } | undefined;
    if (!operation) continue; // not documented (@ApiExcludeController)
    const controller = CONTROLLERS.find((c) => c.name === route.controller) as Type;
    const handler = (controller.prototype as Record<string, object>)[route.handler];
    const reasons = [...policyErrors(document, route), ...apiErrorsOf(handler)];
    const byStatus = new Map<number, ApiErrorReason[]>();
    for (const reason of reasons) {
      const status = statusOf(reason.code);
      byStatus.set(status, [...(byStatus.get(status) ?? []), reason]);
    }
    for (const [status, given] of byStatus) {
      if (operation.responses[status]) {
        throw new Error(
          `${operation.operationId}: declare the ${status} answer with @ApiError, not @ApiResponse`,
        );
      }
      const unique = given.filter(
        (reason, i) => given.findIndex((r) => r.description === reason.description) === i,
      );
      operation.responses[status] = {
        description: unique.map((r) => `\`${r.code}\`: ${r.description}`).join('\n\n'),
        content: { 'application/json': { schema: ERROR_RESPONSE_REF } },
      };
    }
  }
}

function policyErrors(document: OpenAPIObject, route: RouteEntry): ApiErrorReason[] {
  const policy = route.policy as Policy;
  if (policy.kind === 'public') return [];
  const reasons: ApiErrorReason[] = [
    {
      code: ErrorCode.Unauthorized,
      description: 'No valid access token: sign in, or refresh it (`WWW-Authenticate: Bearer`)',
    },
  ];
  switch (policy.kind) {
    case 'authenticated':
      break;
    case 'platform-admin':
      reasons.push({ code: ErrorCode.Forbidden, description: 'Only platform administrators may do this' });
      break;
    case 'organisation':
      if (policy.roles.length < ORGANISATION_ROLES.length) {
        reasons.push({
          code: ErrorCode.Forbidden,
          description: `Your role in the organisation may not do this; needed: ${policy.roles.join(' or ')}`,
        });
      }
      reasons.push({
        code: ErrorCode.NotFound,
        description: 'Organisation not found: you are not a member (nor a platform administrator)',
      });
      if (!route.path.includes(':organisationId')) {
        organisationQuery(document, route);
        reasons.push({
          code: ErrorCode.ValidationFailed,
          description: '`organisationId` is required: you belong to several organisations (or none)',
        });
      }
      break;
    case 'exercise':
      if (!policy.roles.includes('evaluator')) {
        reasons.push({
          code: ErrorCode.Forbidden,
          description: `Your role in this exercise may not do this; needed: ${policy.roles.join(' or ')}`,
        });
      }
      reasons.push({
        code: ErrorCode.NotFound,
        description:
          "Exercise not found, or not yours: another organisation's exercise does not exist for you",
      });
      break;
  }
  return reasons;
}

/** An organisation route without `:organisationId` takes it from the query, when you have several. */
function organisationQuery(document: OpenAPIObject, route: RouteEntry): void {
  const operation = document.paths[openApiPath(route.path)][route.method.toLowerCase() as 'get']!;
  const parameters = (operation.parameters ?? []) as { name: string; in: string; schema?: object }[];
  let parameter = parameters.find((p) => p.in === 'query' && p.name === 'organisationId');
  if (!parameter) {
    parameter = {
      name: 'organisationId',
      in: 'query',
      required: false,
      description: 'Needed only when you belong to several organisations',
    } as (typeof parameters)[0];
    parameters.push(parameter);
  }
  parameter.schema = { type: 'string', format: 'uuid' };
  operation.parameters = parameters as typeof operation.parameters;
}

/** Every `{name}` in a path is a declared parameter; row ids are uuids. */
function declarePathParameters(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = (operation.parameters ?? []) as { name: string; in: string; schema?: object }[];
      for (const name of names) {
        let parameter = parameters.find((p) => p.in === 'path' && p.name === name);
        if (!parameter) {
          parameter = {
            name,
            in: 'path',
            required: true,
            schema: { type: 'string' },
          } as (typeof parameters)[0];
          parameters.push(parameter);
        }
        if (UUID_PARAMETERS.has(name)) parameter.schema = { type: 'string', format: 'uuid' };
      }
      operation.parameters = parameters as typeof operation.parameters;
    }
  }
}

export const openApiPath = (path: string): string => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/**
 * Keys sorted, so the committed document changes only where the API does; a schema's
 * `properties` keep the order of the zod schema, which is the order a reader expects.
 */
function canonical(value: unknown, inProperties = false): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if (!inProperties) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    entries.map(([key, child]) => [key, canonical(child, !inProperties && key === 'properties')]),
  );
}
