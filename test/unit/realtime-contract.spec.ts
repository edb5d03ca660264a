import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Type } from '@nestjs/common';
import { GATEWAY_OPTIONS } from '@nestjs/websockets/constants';
import {
  CLIENT_MESSAGES,
  REGISTER_CLIENT_MESSAGES,
  REGISTER_NAMESPACE,
  realtimeDocSections,
} from '@driehoek/exercise';
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

  /** Each namespace's messages in the contract: `/exercise` and the incident register's. */
  const CONTRACTS: Record<string, Record<string, { policy: string }>> = {
    '/exercise': CLIENT_MESSAGES,
    [REGISTER_NAMESPACE]: REGISTER_CLIENT_MESSAGES,
  };
  const namespaceOf = (gateway: Type) =>
    (Reflect.getMetadata(GATEWAY_OPTIONS, gateway) as { namespace?: string } | undefined)?.namespace;

  it('should have one gateway per namespace of the contract, and none without a contract', () => {
    expect(GATEWAYS.map(namespaceOf).sort()).toEqual(Object.keys(CONTRACTS).sort());
  });

  it.each(Object.keys(CONTRACTS))(
    'should have the gateway of %s handle exactly the messages of its contract, each with its policy',
    (namespace) => {
      const gateway = GATEWAYS.find((g) => namespaceOf(g) === namespace)!;
      const handled = socketEventTable([gateway]).map(({ event, policy }) => [event, policy]);
      const declared = Object.entries(CONTRACTS[namespace]).map(([event, message]) => [
        event,
        message.policy,
      ]);
      expect(handled.sort()).toEqual(declared.sort());
    },
  );

  it('should have each register message draw from the bucket its docs name', () => {
    for (const [name, message] of Object.entries(REGISTER_CLIENT_MESSAGES))
      expect(message.limit).toBe(CLIENT_MESSAGES[name as keyof typeof CLIENT_MESSAGES].limit);
  });
});
