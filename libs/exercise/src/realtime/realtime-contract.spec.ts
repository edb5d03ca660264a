import { parseMessage } from './realtime-contract';

describe(parseMessage.name, () => {
  const decision = { beeld: 'b', oordeel: 'o', besluit: 'b', decidedBy: 'Burgemeester' };

  it('should name a field inside a list the way REST does', () => {
    expect(() =>
      parseMessage('decision.record', { ...decision, actions: [{ description: '', owner: 'x' }] }),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ path: 'actions[0].description', code: 'invalid-value' })],
      }),
    );
  });

  it('should return the body as its schema reads it', () => {
    expect(parseMessage('resync', { afterSeq: 3 })).toEqual({ afterSeq: 3 });
    expect(parseMessage('decision.record', { ...decision, besluit: '  Alles dicht ' }).besluit).toBe(
      'Alles dicht',
    );
  });

  it('should refuse fields the contract does not know', () => {
    expect(() => parseMessage('inject.ack', { seq: 1, role: 'burgemeester' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
