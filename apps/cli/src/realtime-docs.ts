import { realtimeDocSections } from '@driehoek/exercise';
import { writeSections } from './generated-docs';

/** `npm run realtime:docs` — rewrites the generated tables of docs/realtime.md from the contract. */
writeSections('docs/realtime.md', realtimeDocSections()).then(
  () => console.log('wrote the tables of docs/realtime.md'),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
