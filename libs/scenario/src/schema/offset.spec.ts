import { formatOffset, offsetToSeconds, signedOffsetToSeconds } from './offset';

describe(offsetToSeconds.name, () => {
  it.each([
    ['00:00', 0],
    ['01:10', 4200],
    ['00:05:30', 330],
    ['26:00', 93_600],
    ['1d 08:30', 117_000],
    ['2d08:30:15', 203_415],
  ])('should read %s as %i seconds', (offset, seconds) => {
    expect(offsetToSeconds(offset)).toBe(seconds);
  });

  it.each(['', '1:5', '01:60', '00:00:60', 'T+01:10', '1h', '-01:00', '1d'])(
    'should refuse "%s"',
    (offset) => {
      expect(offsetToSeconds(offset)).toBeUndefined();
    },
  );

  it('should format back to the way authors write it', () => {
    expect(formatOffset(4200)).toBe('01:10');
    expect(formatOffset(117_000)).toBe('1d 08:30');
    expect(formatOffset(330)).toBe('00:05:30');
    expect(offsetToSeconds(formatOffset(203_415))).toBe(203_415);
  });
});

describe(signedOffsetToSeconds.name, () => {
  it.each([
    ['01:10', 4200],
    ['-14:00', -50_400],
    ['-1d 02:00', -93_600],
    ['-00:00:30', -30],
    ['-00:00', 0],
  ])('should read %s as %i seconds', (offset, seconds) => {
    expect(signedOffsetToSeconds(offset)).toBe(seconds);
  });

  it.each(['--01:00', '- 01:00', '+01:00', '1d -02:00', '-1d'])('should refuse "%s"', (offset) => {
    expect(signedOffsetToSeconds(offset)).toBeUndefined();
  });

  it('should format negative offsets the way authors write them', () => {
    expect(formatOffset(-50_400)).toBe('-14:00');
    expect(formatOffset(-93_600)).toBe('-1d 02:00');
    expect(signedOffsetToSeconds(formatOffset(-203_415))).toBe(-203_415);
  });
});
