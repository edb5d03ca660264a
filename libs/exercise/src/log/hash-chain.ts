import { chainHash } from '@driehoek/core';

// The chain itself is shared with every append-only log (libs/core/src/hash-chain).
export { GENESIS_HASH, canonicalJson, verifyChain, type ChainVerdict } from '@driehoek/core';

/** What is hashed of an event: everything but the hashes themselves. */
export interface HashedEventBody {
  exerciseId: string;
  seq: number;
  type: string;
  offsetMs: number;
  wallTime: string;
  actor: string | null;
  audience: string[];
  payload: unknown;
}

/** hash = sha256(previousHash ‖ canonical JSON of the event), hex. */
export function eventHash(previousHash: string, body: HashedEventBody): string {
  return chainHash(previousHash, body);
}
