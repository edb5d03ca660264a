import 'reflect-metadata';
import { previewOpenApiDocument } from '../../api/src/http/openapi-preview';
import { statusTable } from '../../api/src/http/status-table';
import { writeFormatted, writeSections } from './generated-docs';

const DOCUMENT = 'docs/openapi.json';
const GUIDE = 'docs/api.md';

/**
 * `npm run openapi` — writes docs/openapi.json, the document the app serves at /openapi.json, and
 * the status table of docs/api.md from the status rules the server enforces.
 */
async function main(): Promise<void> {
  const document = await previewOpenApiDocument();
  await writeFormatted(DOCUMENT, JSON.stringify(document, null, 2));
  await writeSections(GUIDE, { 'status-table': statusTable() });
  console.log(
    `wrote ${DOCUMENT} (${Object.keys(document.paths).length} paths) and the status table of ${GUIDE}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
