import { useTranslation } from 'react-i18next';
import { durationParts } from '../time/clock-time';

const two = (n: number) => String(n).padStart(2, '0');

/** "23 u 05 min 10 s", "2 d 4 u 10 min": a countdown's remaining time, in the reader's language. */
export function useFormatDuration() {
  const { t } = useTranslation();
  return (ms: number) => {
    const { days, hours, minutes, seconds } = durationParts(ms);
    if (days > 0) return t('player.duration.days', { days, hours, minutes: two(minutes) });
    if (hours > 0) return t('player.duration.hours', { hours, minutes: two(minutes), seconds: two(seconds) });
    return t('player.duration.minutes', { minutes, seconds: two(seconds) });
  };
}
