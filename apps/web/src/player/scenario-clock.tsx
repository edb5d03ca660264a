import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockReading } from '../realtime/use-exercise-channel';
import { formatScenarioTime } from '../time/format';

/** The scenario clock as it stands now: it runs on this device between the server's readings. */
export function ScenarioClock({ clock }: { clock: ClockReading }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (clock.status !== 'running') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [clock.status]);
  const scenarioMs =
    clock.status === 'running'
      ? clock.scenarioMs + clock.speed * Math.max(0, now - clock.atMs)
      : clock.scenarioMs;
  return (
    <>
      <div>
        <dt>{t('player.scenarioTime')}</dt>
        <dd>{formatScenarioTime(new Date(scenarioMs).toISOString(), i18n.language)}</dd>
      </div>
      <div>
        <dt className="dh-visually-hidden">{t('player.exercise')}</dt>
        <dd>{t(`clock.${clock.status}`)}</dd>
      </div>
    </>
  );
}
