import { readFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from '../../apps/web/scripts/api-types';

describe('the web console REST types', () => {
  it('should be generated from the committed docs/openapi.json', async () => {
    const expected = await generateApiTypes();
    // When this fails: run `npm run web:api-types` and commit apps/web/src/api/schema.d.ts.
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(expected);
  });
});
