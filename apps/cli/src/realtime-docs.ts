import { readFile, writeFile } from 'node:fs/promises';
import {
  EVENTS_TABLE_MARKERS,
  MESSAGES_TABLE_MARKERS,
  renderEventTable,
  renderMessageTable,
  replaceBetween,
} from '@driehoek/exercise';

/** `npm run realtime:docs` — rewrites the event and message tables of docs/realtime.md from the contract. */
const FILE = 'docs/realtime.md';

async function main(): Promise<void> {
  let document = await readFile(FILE, 'utf8');
  document = replaceBetween(document, EVENTS_TABLE_MARKERS, renderEventTable());
  document = replaceBetween(document, MESSAGES_TABLE_MARKERS, renderMessageTable());
  await writeFile(FILE, document);
  console.log(`wrote the tables of ${FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
