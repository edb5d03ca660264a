import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { OpenAPIObject } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTROLLERS } from '../../apps/api/src/app.module';
import { openApiPath } from '../../apps/api/src/http/openapi';
import { previewOpenApiDocument } from '../../apps/api/src/http/openapi-preview';
import { routeTable } from '../../apps/api/src/http/route-table';
import { statusTableRows } from '../../apps/api/src/http/status-table';
import { expectCommittedOpenApi, refsOf } from '../support/openapi-document';

type Operation = {
  operationId: string;
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  parameters?: { name: string; in: string }[];
};

const WRITES = ['post', 'put', 'patch'];

/** The handler takes the request body (@ZodBody, or a bare @Body someone added). */
function readsBody(controllerName: string, handler: string): boolean {
  const controller = CONTROLLERS.find((c) => c.name === controllerName)!;
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as object;
  return Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
}

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  const routes = routeTable(CONTROLLERS);
  const operations = () =>
    routes.flatMap((route) => {
      const operation = document.paths[openApiPath(route.path)]?.[route.method.toLowerCase() as 'get'];
      return operation ? [{ route, operation: operation as unknown as Operation }] : [];
    });

  beforeAll(async () => {
    document = await previewOpenApiDocument();
  });

  it('should match docs/openapi.json (run `npm run openapi` after changing the API)', () => {
    expectCommittedOpenApi(document);
  });

  it('should document every route but the first-admin page', () => {
    const undocumented = routes
      .filter((r) => !document.paths[openApiPath(r.path)]?.[r.method.toLowerCase() as 'get'])
      .map((r) => `${r.method} ${r.path}`);
    expect(undocumented).toEqual(['GET /setup', 'POST /setup']);
  });

  it('should give every write that reads a body a requestBody with a schema, and no other', () => {
    const wrong = operations()
      .filter(({ route }) => WRITES.includes(route.method.toLowerCase()))
      .filter(({ route, operation }) => {
        const schemas = Object.values(operation.requestBody?.content ?? {}).map((c) => c.schema);
        const documented = schemas.length > 0 && schemas.every((s) => s && Object.keys(s).length > 0);
        return documented !== readsBody(route.controller, route.handler);
      })
      .map(({ route }) => `${route.method} ${route.path}`);
    expect(wrong).toEqual([]);
  });

  it('should leave no $ref pointing to a missing component', () => {
    const schemas = document.components?.schemas ?? {};
    const dangling = refsOf(document).filter(
      ({ ref }) => !ref.startsWith('#/components/schemas/') || !(ref.slice(21) in schemas),
    );
    expect(dangling).toEqual([]);
  });

  it('should document a success answer of every route, with its schema unless it has no body', () => {
    const missing = operations()
      .filter(({ operation }) => {
        const success = Object.entries(operation.responses).filter(([status]) => /^2/.test(status));
        return (
          success.length === 0 ||
          success.some(
            ([status, response]) =>
              status !== '204' && !Object.values(response.content ?? {}).some((c) => c.schema),
          )
        );
      })
      .map(({ route }) => `${route.method} ${route.path}`);
    expect(missing).toEqual([]);
  });

  it('should document 401 on every route that needs a token, and ErrorResponse on every 4xx', () => {
    const wrong = operations().flatMap(({ route, operation }) => {
      const problems: string[] = [];
      if (route.policy?.kind !== 'public' && !operation.responses['401']) problems.push('no 401');
      for (const [status, response] of Object.entries(operation.responses)) {
        if (/^4/.test(status) && refsOf(response).every((r) => !r.ref.endsWith('/ErrorResponse')))
          problems.push(`${status} without ErrorResponse`);
      }
      return problems.map((p) => `${route.method} ${route.path}: ${p}`);
    });
    expect(wrong).toEqual([]);
  });

  it('should declare every path parameter', () => {
    const undeclared = operations().flatMap(({ route, operation }) =>
      [...openApiPath(route.path).matchAll(/\{([^}]+)\}/g)]
        .map((m) => m[1])
        .filter((name) => !operation.parameters?.some((p) => p.in === 'path' && p.name === name))
        .map((name) => `${route.method} ${route.path}: ${name}`),
    );
    expect(undeclared).toEqual([]);
  });
});

describe('the status table of docs/api.md', () => {
  it('should be the status rules the server enforces (run `npm run openapi` after changing them)', () => {
    const guide = readFileSync(join(__dirname, '../../docs/api.md'), 'utf8');
    const block = /<!-- status-table:start -->([\s\S]*?)<!-- status-table:end -->/.exec(guide)?.[1] ?? '';
    const rows = block
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^\|[\s|-]+\|$/.test(line))
      .map((line) =>
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual(statusTableRows());
  });
});
