import { renderEventTable, renderMessageTable } from '@driehoek/exercise';
import { writeSections } from './generated-docs';

/** `npm run realtime:docs` — rewrites the event and message tables of docs/realtime.md from the contract. */
writeSections('docs/realtime.md', { events: renderEventTable(), messages: renderMessageTable() }).then(
  () => console.log('wrote the tables of docs/realtime.md'),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
