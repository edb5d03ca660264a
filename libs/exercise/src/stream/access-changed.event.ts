import type { AccessScope } from '@driehoek/core';

/**
 * Someone's access may have ended (an ACCESS_CHANNEL notice from any process), published
 * in-process by EventStream. `all` follows a reconnect of the shared listener (PgListener):
 * notices sent while it was down are lost, so every live connection is checked again.
 */
export class AccessChanged {
  static readonly eventName = 'access.changed';

  constructor(readonly scope: AccessScope | { kind: 'all' }) {}
}
