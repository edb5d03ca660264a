import { createHash } from 'node:crypto';

/**
 * The tamper-evident chain behind every append-only log (exercise events, incident events):
 * `hash = sha256(previousHash ‖ canonical JSON of the event)`. One implementation, so that a log
 * verified by one feature is verified exactly like every other.
 */

/** The hash before the first event of every log. */
export const GENESIS_HASH = '0'.repeat(64);

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

/** hash = sha256(previousHash ‖ canonical JSON of the body), hex. The body is all but the hashes. */
export function chainHash(previousHash: string, body: object): string {
  return createHash('sha256').update(previousHash).update(canonicalJson(body)).digest('hex');
}

/** The last stored event of a log; none for an empty log. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * Numbers `count` new events after the log's head and links each to the one before: the one way
 * every log appends. `body(seq, i)` gives the i-th event as it is hashed (instants as ISO strings).
 */
export function chainAfter<B extends object>(
  head: ChainHead | null | undefined,
  count: number,
  body: (seq: number, index: number) => B,
): (B & { seq: number; previousHash: string; hash: string })[] {
  let previousHash = head?.hash ?? GENESIS_HASH;
  const first = (head?.seq ?? 0) + 1;
  return Array.from({ length: count }, (_, i) => {
    const hashed = { ...body(first + i, i), seq: first + i };
    const hash = chainHash(previousHash, hashed);
    const linked = { ...hashed, previousHash, hash };
    previousHash = hash;
    return linked;
  });
}

export interface ChainVerdict {
  valid: boolean;
  count: number;
  headHash: string;
  /** The first event whose sequence, link or hash does not check out. */
  brokenAt?: { seq: number; reason: string };
}

/** A stored event: its body (whatever was hashed) with a 1-based sequence and both hashes. */
export interface ChainedEvent {
  seq: number;
  previousHash: string;
  hash: string;
}

/** Recomputes the chain over events in sequence order; the body is every field but the two hashes. */
export function verifyChain(events: Iterable<ChainedEvent>): ChainVerdict {
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
    if (chainHash(previous, body) !== hash) return broken('content does not match its hash');
    previous = hash;
  }
  return { valid: true, count, headHash: previous };
}
