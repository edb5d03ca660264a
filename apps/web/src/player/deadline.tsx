import { useTranslation } from 'react-i18next';
import type { ClockReading } from '../realtime/use-exercise-channel';
import { TIME_ZONE, formatScenarioTime, formatWallTime } from '../time/format';
import { scenarioNowMs, useNow, wallTimeAt } from '../time/clock-time';
import { useFormatDuration } from './duration';

const dayOf = (ms: number) => new Date(ms).toLocaleDateString('en-CA', { timeZone: TIME_ZONE });

/** A wall-clock moment, with its day when that is not today ("di 24 nov, 14:03:11"). */
function formatWallMoment(ms: number, nowMs: number, language: string): string {
  const iso = new Date(ms).toISOString();
  if (dayOf(ms) === dayOf(nowMs)) return formatWallTime(iso, language);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(ms);
}

/**
 * A deadline read both ways: the moment on scenario time with the time left on the scenario clock,
 * and when that will be on the wall clock at the speed the exercise runs now (or that no one can
 * say while the clock stands still). Rendered as a `<dt>`/`<dd>` pair of the list around it.
 */
export function Deadline({
  label,
  dueMs,
  clock,
  settled = false,
}: {
  label: string;
  dueMs: number;
  clock: ClockReading;
  /** Met already: the moment stays for the record, without a countdown. */
  settled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  // Each countdown ticks on its own, so a form beside it is not drawn again every second.
  const now = useNow(clock.status === 'running' && !settled);
  const duration = useFormatDuration();
  const iso = new Date(dueMs).toISOString();
  const remaining = dueMs - scenarioNowMs(clock, now);
  const wall = wallTimeAt(clock, dueMs, now);
  const moment = (time: number) => formatWallMoment(time, now, i18n.language);
  return (
    <div className="dh-deadline">
      <dt>{label}</dt>
      <dd>
        <span className="dh-deadline__moment">
          {t('player.deadline.scenario')} <time dateTime={iso}>{formatScenarioTime(iso, i18n.language)}</time>
        </span>
        {!settled && (
          <>
            <span className="dh-deadline__left" data-passed={remaining < 0}>
              {remaining >= 0
                ? t('player.deadline.left', { duration: duration(remaining) })
                : t('player.deadline.passed', { duration: duration(remaining) })}
            </span>
            <span className="dh-deadline__wall">
              {wall === null
                ? t('player.deadline.wallUnknown')
                : remaining >= 0
                  ? t('player.deadline.wall', { time: moment(wall) })
                  : t('player.deadline.wallPassed', { time: moment(wall) })}
            </span>
          </>
        )}
      </dd>
    </div>
  );
}
