import { GENESIS_HASH, chainAfter, chainHash, verifyChain } from './hash-chain';

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
