import { writeFile } from 'node:fs/promises';
import { playbookJsonSchema } from '@driehoek/playbooks';
import { runCli } from './yaml-check';

/** `npm run playbooks:schema` — regenerates playbooks/schema.json from the server's own schema. */
runCli(async () => {
  await writeFile('playbooks/schema.json', JSON.stringify(playbookJsonSchema(), null, 2) + '\n');
  console.log('wrote playbooks/schema.json');
  return 0;
});
