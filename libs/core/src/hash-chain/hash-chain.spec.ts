import { GENESIS_HASH, canonicalJson, chainAfter, chainHash, verifyChain } from './hash-chain';

/** An exercise log of n events, as EventLog writes it. */
function chain(n: number): { seq: number; payload: unknown; previousHash: string; hash: string }[] {
  return chainAfter(null, n, (seq, i) => ({
    exerciseId: 'e',
    seq,
    type: 'inject.delivered',
    offsetMs: i * 1000,
    wallTime: new Date(1e12 + i).toISOString(),
    actor: null,
    audience: ['burgemeester'],
    payload: { n: i, nested: { b: 1, a: [2, { z: 1, y: 2 }] } },
  }));
}

describe(chainAfter.name, () => {
  it('should number new events after an empty log from 1, the first linked to the genesis hash', () => {
    const chained = chainAfter(null, 2, (seq) => ({ type: `t${seq}` }));
    expect(chained.map((e) => e.seq)).toEqual([1, 2]);
    expect(chained[0].previousHash).toBe(GENESIS_HASH);
    expect(chained[1].previousHash).toBe(chained[0].hash);
    expect(chained[0].hash).toBe(chainHash(GENESIS_HASH, { type: 't1', seq: 1 }));
    expect(verifyChain(chained)).toMatchObject({ valid: true, count: 2, headHash: chained[1].hash });
  });

  it('should continue after the head of a log, so an append in two parts verifies as one', () => {
    const first = chainAfter(null, 2, (seq) => ({ n: seq }));
    const second = chainAfter(first[1], 1, (seq, i) => ({ n: seq, index: i }));
    expect(second[0]).toMatchObject({ seq: 3, index: 0, previousHash: first[1].hash });
    expect(verifyChain([...first, ...second]).valid).toBe(true);
  });
});

describe(verifyChain.name, () => {
  it('should serialise canonically, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"x":2,"y":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: 'é' })).toBe('{"b":"é"}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });

  it('should verify an intact chain and report its head', () => {
    const events = chain(5);
    expect(verifyChain(events)).toEqual({ valid: true, count: 5, headHash: events[4].hash });
    expect(verifyChain([])).toEqual({ valid: true, count: 0, headHash: GENESIS_HASH });
  });

  it('should name the first altered event', () => {
    const events = chain(5);
    events[2] = { ...events[2], payload: { n: 'gewijzigd' } };
    expect(verifyChain(events)).toMatchObject({
      valid: false,
      brokenAt: { seq: 3, reason: 'content does not match its hash' },
    });
  });

  it('should notice a removed event and a rewritten tail', () => {
    const events = chain(5);
    expect(verifyChain([...events.slice(0, 2), ...events.slice(3)])).toMatchObject({
      valid: false,
      brokenAt: { seq: 4, reason: 'expected sequence number 3, found 4' },
    });
    const rewritten = chain(5);
    rewritten[3] = { ...rewritten[3], previousHash: 'f'.repeat(64) };
    expect(verifyChain(rewritten)).toMatchObject({
      valid: false,
      brokenAt: { seq: 4, reason: 'does not link to the previous event' },
    });
  });
});
