import { createHash, randomBytes } from 'node:crypto';

/** An opaque bearer secret: 256 random bits, base64url. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** What is stored instead of a secret. sha256 suffices: the secrets are random, not passwords. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
