import createClient from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The REST client, typed by the committed OpenAPI document (schema.d.ts is generated from
 * docs/openapi.json). Same origin as the page: no base URL, no CORS.
 */
export const api = createClient<paths>({ baseUrl: '' });
