import { formatLocal, localReadings } from './local-reading';

describe(formatLocal.name, () => {
  it.each([
    ['2026-03-30T08:17:00Z', 'Europe/Amsterdam', '2026-03-30 10:17 (CEST)'],
    ['2026-03-28T09:17:00Z', 'Europe/Amsterdam', '2026-03-28 10:17 (CET)'],
    // The autumn repeat: the same wall time twice, told apart by the abbreviation.
    ['2026-10-25T00:30:00Z', 'Europe/Amsterdam', '2026-10-25 02:30 (CEST)'],
    ['2026-10-25T01:30:00Z', 'Europe/Amsterdam', '2026-10-25 02:30 (CET)'],
    ['2026-12-31T23:05:00Z', 'Europe/Amsterdam', '2027-01-01 00:05 (CET)'],
    ['2026-07-01T12:00:00Z', 'UTC', '2026-07-01 12:00 (UTC)'],
  ])('should read %s in %s as %s', (instant, zone, expected) => {
    expect(formatLocal(new Date(instant), zone)).toBe(expected);
  });

  it('should read Europe/Amsterdam time when no zone is given', () => {
    expect(formatLocal(new Date('2026-03-30T08:17:00Z'))).toBe('2026-03-30 10:17 (CEST)');
  });
});

describe(localReadings.name, () => {
  it('should read only the instants that are set, under their own keys', () => {
    expect(
      localReadings({ due: new Date('2026-03-30T08:17:00Z'), submitted: null, started: undefined }, 'UTC'),
    ).toEqual({ due: '2026-03-30 08:17 (UTC)' });
  });
});
