import { RECONNECT, reconnectDelay } from './reconnect-delay';

describe(reconnectDelay.name, () => {
  it.each([
    [0, 50, 100],
    [1, 100, 200],
    [3, 400, 800],
    [7, 5_000, 10_000],
    [50, 5_000, 10_000],
  ])('should wait after failure %i between %i and %i ms', (attempt, low, high) => {
    expect(reconnectDelay(attempt, () => 0)).toBe(low);
    expect(reconnectDelay(attempt, () => 1)).toBe(high);
  });

  it('should never wait longer than the cap', () => {
    for (let attempt = 0; attempt < 100; attempt++)
      expect(reconnectDelay(attempt)).toBeLessThanOrEqual(RECONNECT.maxMs);
  });
});
