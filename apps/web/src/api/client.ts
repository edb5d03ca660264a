import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

/**
 * A REST client, typed by the committed OpenAPI document (schema.d.ts is generated from
 * docs/openapi.json). Same origin as the page: no base URL, no CORS. `fetch` lets a caller wrap
 * every request (the staff client adds the bearer token and renews it: auth/session.ts).
 */
export function createApiClient(options: Pick<ClientOptions, 'fetch'> = {}) {
  return createClient<paths>({ baseUrl: '', ...options });
}

/** The client without credentials: players (join code) and the sign-in itself. */
export const api = createApiClient();
