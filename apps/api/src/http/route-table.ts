import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { POLICY_KEY, type Policy } from '@driehoek/identity';

/** Paths served outside the `/api` prefix. */
export const UNPREFIXED = ['health', 'setup'];

export interface RouteEntry {
  method: string;
  path: string;
  controller: string;
  handler: string;
  policy?: Policy;
}

/**
 * Every HTTP route of the given controllers with its declared policy, read from the same metadata
 * Nest routes with. The policy guard, the start-up check and the authorisation matrix test all
 * work from this table, so a new route cannot slip past any of them.
 */
export function routeTable(controllers: Type[]): RouteEntry[] {
  const routes: RouteEntry[] = [];
  for (const controller of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '').replace(/^\/|\/$/g, '');
    const classPolicy = Reflect.getMetadata(POLICY_KEY, controller) as Policy | undefined;
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, unknown>)[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '').replace(/^\/|\/$/g, '');
      const prefix = UNPREFIXED.includes(base) ? '' : '/api';
      const path = `${prefix}/${[base, sub].filter(Boolean).join('/')}`;
      routes.push({
        method: RequestMethod[method],
        path,
        controller: controller.name,
        handler: name,
        policy: (Reflect.getMetadata(POLICY_KEY, handler) as Policy | undefined) ?? classPolicy,
      });
    }
  }
  return routes;
}

/** Refuses to start when a route has no policy: every way in must be deliberate. */
export function assertEveryRouteHasPolicy(routes: RouteEntry[]): void {
  const missing = routes.filter((route) => !route.policy);
  if (missing.length) {
    throw new Error(
      `Routes without an access policy:\n${missing.map((r) => `  ${r.method} ${r.path} (${r.controller}.${r.handler})`).join('\n')}\nDeclare one with @Public, @Authenticated, @PlatformAdmin or @OrganisationMember.`,
    );
  }
}
