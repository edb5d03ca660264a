import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { previewOpenApiDocument } from '../../api/src/http/openapi-preview';
import { statusTable } from '../../api/src/http/status-table';

const DOCUMENT = 'docs/openapi.json';
const GUIDE = 'docs/api.md';
const STATUS_TABLE = /(<!-- status-table:start -->\n)[\s\S]*?(<!-- status-table:end -->)/;

/**
 * `npm run openapi` — writes docs/openapi.json, the document the app serves at /openapi.json, and
 * the status table of docs/api.md from the status rules the server enforces.
 */
async function main(): Promise<void> {
  const document = await previewOpenApiDocument();
  await writeFile(DOCUMENT, await pretty(DOCUMENT, JSON.stringify(document, null, 2)));
  const guide = await readFile(GUIDE, 'utf8');
  if (!STATUS_TABLE.test(guide)) throw new Error(`${GUIDE} has no status-table markers`);
  await writeFile(GUIDE, await pretty(GUIDE, guide.replace(STATUS_TABLE, `$1${statusTable()}\n$2`)));
  console.log(
    `wrote ${DOCUMENT} (${Object.keys(document.paths).length} paths) and the status table of ${GUIDE}`,
  );
}

async function pretty(file: string, text: string): Promise<string> {
  return format(text, { ...(await resolveConfig(file)), filepath: file });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
