import { isNotificationChannel, notificationChannel } from './notification-channel';

describe(notificationChannel.name, () => {
  it.each(['driehoek_access', 'driehoek_exercise_events', '_x', 'a1', 'a'.repeat(63)])(
    'should accept the identifier %s',
    (name) => {
      expect(notificationChannel(name)).toBe(name);
    },
  );

  it.each([
    ['empty', ''],
    ['uppercase (folded by LISTEN, not by pg_notify)', 'Driehoek_access'],
    ['a leading digit', '1channel'],
    ['a quote', 'x"; DROP TABLE exercise; --'],
    ['a space', 'driehoek access'],
    ['a semicolon', 'x;y'],
    ['a dollar sign', 'x$y'],
    ['a dot', 'public.x'],
    ['a hyphen', 'driehoek-access'],
    ['non-ASCII', 'kanaal_é'],
    ['64 characters', 'a'.repeat(64)],
  ])('should refuse a name with %s', (_what, name) => {
    expect(isNotificationChannel(name)).toBe(false);
    expect(() => notificationChannel(name)).toThrow(/not a lowercase SQL identifier/);
  });
});
