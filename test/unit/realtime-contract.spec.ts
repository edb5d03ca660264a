import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CLIENT_MESSAGES, realtimeDocSections } from '@driehoek/exercise';
import { replaceSection } from '../../apps/cli/src/generated-docs';
import { GATEWAYS } from '../../apps/api/src/app.module';
import { socketEventTable } from '../../apps/api/src/gateway/socket-policy';

const ROOT = join(__dirname, '../..');
const DOC = join(ROOT, 'docs/realtime.md');

/** Formatted as `npm run realtime:docs` leaves it (Prettier's API is ESM-only; its CLI is not). */
function prettier(text: string): string {
  return execFileSync(join(ROOT, 'node_modules/.bin/prettier'), ['--stdin-filepath', DOC], {
    input: text,
    encoding: 'utf8',
  });
}

describe('the realtime contract', () => {
  it('should have docs/realtime.md tables generated from the contract: events, messages, reasons', () => {
    const committed = readFileSync(DOC, 'utf8');
    let expected = committed;
    for (const [name, table] of Object.entries(realtimeDocSections()))
      expected = replaceSection(expected, name, table);
    const formatted = prettier(expected);
    // When this fails: run `npm run realtime:docs` and commit docs/realtime.md.
    expect(committed).toBe(formatted);
  });

  it('should have the gateway handle exactly the messages of the contract, each with its policy', () => {
    const handled = socketEventTable(GATEWAYS).map(({ event, policy }) => [event, policy]);
    const declared = Object.entries(CLIENT_MESSAGES).map(([event, message]) => [event, message.policy]);
    expect(handled.sort()).toEqual(declared.sort());
  });
});
