import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = join(__dirname, '../../..');
export const OPENAPI_DOCUMENT = join(ROOT, 'docs/openapi.json');
export const API_TYPES_FILE = join(ROOT, 'apps/web/src/api/schema.d.ts');

const HEADER = `// Generated from docs/openapi.json by \`npm run web:api-types\`; do not edit.
// test/unit/web-api-types.spec.ts fails when this file is stale.
`;

/**
 * The console's REST types, generated in memory from the committed OpenAPI document and formatted
 * as the repository formats TypeScript (Prettier's CLI: its API is ESM-only, which Jest cannot load).
 */
export async function generateApiTypes(): Promise<string> {
  const document = JSON.parse(readFileSync(OPENAPI_DOCUMENT, 'utf8')) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { alphabetize: false, exportType: false });
  return execFileSync(join(ROOT, 'node_modules/.bin/prettier'), ['--stdin-filepath', API_TYPES_FILE], {
    input: HEADER + astToString(ast),
    encoding: 'utf8',
  });
}

if (require.main === module) {
  generateApiTypes()
    .then((text) => {
      writeFileSync(API_TYPES_FILE, text);
      console.log(`wrote ${API_TYPES_FILE}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
