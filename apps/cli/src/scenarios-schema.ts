import { writeFile } from 'node:fs/promises';
import { scenarioJsonSchema } from '@driehoek/scenario';

/** `npm run scenarios:schema` — regenerates scenarios/schema.json from the server's own schema. */
writeFile('scenarios/schema.json', JSON.stringify(scenarioJsonSchema(), null, 2) + '\n').then(
  () => console.log('wrote scenarios/schema.json'),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
