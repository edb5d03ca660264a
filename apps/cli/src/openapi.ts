import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { previewOpenApiDocument } from '../../api/src/http/openapi-preview';

const FILE = 'docs/openapi.json';

/** `npm run openapi` — writes docs/openapi.json: the document the app serves at /openapi.json. */
async function main(): Promise<void> {
  const document = await previewOpenApiDocument();
  const text = await format(JSON.stringify(document, null, 2), {
    ...(await resolveConfig(FILE)),
    filepath: FILE,
  });
  await writeFile(FILE, text);
  console.log(`wrote ${FILE}: ${Object.keys(document.paths).length} paths`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
