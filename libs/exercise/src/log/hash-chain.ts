import { createHash } from 'node:crypto';

/** The hash before the first event of every exercise. */
export const GENESIS_HASH = '0'.repeat(64);

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

/**
 * JSON with object keys sorted at every level and no whitespace, so the same event always gives
 * the same bytes — whatever order PostgreSQL's jsonb hands the keys back in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number in event');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** hash = sha256(previousHash ‖ canonical JSON of the event), hex. */
export function eventHash(previousHash: string, body: HashedEventBody): string {
  return createHash('sha256').update(previousHash).update(canonicalJson(body)).digest('hex');
}

export interface ChainVerdict {
  valid: boolean;
  count: number;
  headHash: string;
  /** The first event whose sequence, link or hash does not check out. */
  brokenAt?: { seq: number; reason: string };
}

/** Recomputes the chain over events in sequence order. */
export function verifyChain(
  events: Iterable<HashedEventBody & { previousHash: string; hash: string }>,
): ChainVerdict {
  let previous = GENESIS_HASH;
  let count = 0;
  for (const event of events) {
    count++;
    const broken = (reason: string): ChainVerdict => ({
      valid: false,
      count,
      headHash: previous,
      brokenAt: { seq: event.seq, reason },
    });
    if (event.seq !== count) return broken(`expected sequence number ${count}, found ${event.seq}`);
    if (event.previousHash !== previous) return broken('does not link to the previous event');
    const { previousHash: _p, hash, ...body } = event;
    if (eventHash(previous, body) !== hash) return broken('content does not match its hash');
    previous = hash;
  }
  return { valid: true, count, headHash: previous };
}
