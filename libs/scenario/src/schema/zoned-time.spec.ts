import { zonedTimeToUtc } from './zoned-time';

describe(zonedTimeToUtc.name, () => {
  it.each([
    ['2026-01-15T08:00', 'Europe/Amsterdam', '2026-01-15T07:00:00.000Z'],
    ['2026-07-15T08:00', 'Europe/Amsterdam', '2026-07-15T06:00:00.000Z'],
    ['2026-03-29T01:59', 'Europe/Amsterdam', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29T03:00', 'Europe/Amsterdam', '2026-03-29T01:00:00.000Z'],
    ['2026-10-25T03:30', 'Europe/Amsterdam', '2026-10-25T02:30:00.000Z'],
    ['2026-06-01T12:00:30', 'UTC', '2026-06-01T12:00:30.000Z'],
    ['2026-06-01T12:00', 'America/New_York', '2026-06-01T16:00:00.000Z'],
  ])('should read %s in %s as %s', (local, zone, utc) => {
    expect(zonedTimeToUtc(local, zone).toISOString()).toBe(utc);
  });

  it('should move a time in the spring-forward gap past the gap', () => {
    // 02:30 does not exist in Amsterdam on 29 March 2026.
    expect(zonedTimeToUtc('2026-03-29T02:30', 'Europe/Amsterdam').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });
});
