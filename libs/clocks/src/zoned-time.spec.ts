import { localToUtc, utcToLocal, zonedTimeToUtc } from './zoned-time';

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

  it('should read a repeated time as the first, summer-time one', () => {
    // 02:30 happens twice in Amsterdam on 25 October 2026: at 00:30Z (+02:00) and at 01:30Z (+01:00).
    expect(zonedTimeToUtc('2026-10-25T02:30', 'Europe/Amsterdam').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('should reject text that is not a local date-time', () => {
    expect(() => zonedTimeToUtc('next tuesday', 'Europe/Amsterdam')).toThrow('not a local date-time');
  });
});

describe(utcToLocal.name, () => {
  it.each([
    ['2026-10-25T00:30:00.000Z', { hour: 2, minute: 30 }],
    ['2026-10-25T01:30:00.000Z', { hour: 2, minute: 30 }],
    ['2026-03-29T01:00:00.000Z', { hour: 3, minute: 0 }],
  ])('should give the Amsterdam wall clock at %s', (instant, wall) => {
    expect(utcToLocal(new Date(instant), 'Europe/Amsterdam')).toMatchObject(wall);
  });

  it('should round-trip with localToUtc, milliseconds included', () => {
    const instant = new Date('2026-07-01T09:15:42.123Z');
    expect(localToUtc(utcToLocal(instant, 'Europe/Amsterdam'), 'Europe/Amsterdam')).toEqual(instant);
  });
});
