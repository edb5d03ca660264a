import { SetMetadata, type Type } from '@nestjs/common';
import { MESSAGE_METADATA } from '@nestjs/websockets/constants';

import type { SocketPolicy } from '@driehoek/exercise';

/**
 * Who may send a socket event, declared beside its handler like a route policy:
 * `player` (joined with a code), `staff` (facilitator or evaluator of the exercise),
 * `facilitator`, or `participant` (anyone connected to the exercise). The realtime contract
 * (CLIENT_MESSAGES in @driehoek/exercise) names the same policy; a unit test holds them together.
 */
export type { SocketPolicy };

export const SOCKET_POLICY_KEY = 'driehoek:socket-policy';

export const SocketAllow = (policy: SocketPolicy) => SetMetadata(SOCKET_POLICY_KEY, policy);

export interface SocketEventEntry {
  event: string;
  gateway: string;
  handler: string;
  policy?: SocketPolicy;
}

/** Every client → server event of the gateways, with its declared policy. */
export function socketEventTable(gateways: Type[]): SocketEventEntry[] {
  const entries: SocketEventEntry[] = [];
  for (const gateway of gateways) {
    for (const name of Object.getOwnPropertyNames(gateway.prototype)) {
      const handler = (gateway.prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function') continue;
      const event = Reflect.getMetadata(MESSAGE_METADATA, handler) as string | undefined;
      if (event === undefined) continue;
      entries.push({
        event,
        gateway: gateway.name,
        handler: name,
        policy: Reflect.getMetadata(SOCKET_POLICY_KEY, handler) as SocketPolicy | undefined,
      });
    }
  }
  return entries;
}

export function assertEverySocketEventHasPolicy(entries: SocketEventEntry[]): void {
  const missing = entries.filter((e) => !e.policy);
  if (missing.length)
    throw new Error(
      `Socket events without a policy:\n${missing.map((e) => `  ${e.event} (${e.gateway}.${e.handler})`).join('\n')}\nDeclare one with @SocketAllow.`,
    );
}
