/**
 * A PostgreSQL NOTIFY channel name that is safe to put into `LISTEN`: LISTEN takes an identifier,
 * not a parameter, so only fixed names from code may reach it — never input. The brand means the
 * name went through `notificationChannel`, which refuses anything but a lowercase unquoted SQL
 * identifier (letters, digits, underscores; at most 63 bytes, PostgreSQL's NAMEDATALEN). Lowercase
 * because an unquoted identifier folds to lowercase while `pg_notify($1, …)` takes its name as
 * written: `Driehoek_X` would be LISTENed as `driehoek_x` and never hear a notice.
 */
export type NotificationChannel = string & { readonly __brand: 'NotificationChannel' };

const SQL_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function isNotificationChannel(name: string): name is NotificationChannel {
  return SQL_IDENTIFIER.test(name);
}

/** Declares a channel; throws at module load when the name is not a plain identifier. */
export function notificationChannel(name: string): NotificationChannel {
  if (!isNotificationChannel(name))
    throw new Error(
      `notification channel ${JSON.stringify(name)} is not a lowercase SQL identifier ([a-z_][a-z0-9_]*, at most 63 characters)`,
    );
  return name;
}
