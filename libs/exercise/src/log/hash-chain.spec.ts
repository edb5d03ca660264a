import { GENESIS_HASH, canonicalJson, eventHash, verifyChain, type HashedEventBody } from './hash-chain';

function chain(n: number) {
  let previous = GENESIS_HASH;
  return Array.from({ length: n }, (_, i) => {
    const body: HashedEventBody = {
      exerciseId: 'e',
      seq: i + 1,
      type: 'inject.delivered',
      offsetMs: i * 1000,
      wallTime: new Date(1e12 + i).toISOString(),
      actor: null,
      audience: ['burgemeester'],
      payload: { n: i, nested: { b: 1, a: [2, { z: 1, y: 2 }] } },
    };
    const event = { ...body, previousHash: previous, hash: eventHash(previous, body) };
    previous = event.hash;
    return event;
  });
}

describe('hash chain', () => {
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
