import { useTranslation } from 'react-i18next';
import type { ClockReading } from '../realtime/use-exercise-channel';
import { formatScenarioTime } from '../time/format';
import { scenarioNowMs, useNow } from '../time/clock-time';

/** The scenario clock as it stands now: it runs on this device between the server's readings. */
export function ScenarioClock({ clock }: { clock: ClockReading }) {
  const { t, i18n } = useTranslation();
  const now = useNow(clock.status === 'running');
  return (
    <>
      <div>
        <dt>{t('player.scenarioTime')}</dt>
        <dd>{formatScenarioTime(new Date(scenarioNowMs(clock, now)).toISOString(), i18n.language)}</dd>
      </div>
      <div>
        <dt className="dh-visually-hidden">{t('player.exercise')}</dt>
        <dd>{t(`clock.${clock.status}`)}</dd>
      </div>
    </>
  );
}
