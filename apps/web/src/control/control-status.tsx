import { useTranslation } from 'react-i18next';
import type { Scenario } from '@driehoek/scenario';
import type { ChannelState, ClockReading } from '../realtime/use-exercise-channel';
import { formatScenarioTime, formatWallTime } from '../time/format';
import { phasesAround } from './clock-controls';
import type { ExerciseStatus } from './control-view';
import { formatOffset } from './offset';
import { scenarioNowMs, useNow } from '../time/clock-time';

/**
 * Where the exercise stands, in both readings: the scenario's fictional time (with its offset
 * from the start) and the real time now, the speed, the phase and the line to the server.
 */
export function ControlStatus({
  status,
  speed,
  clock,
  startMs,
  scenario,
  channel,
}: {
  status: ExerciseStatus;
  speed: number;
  clock: ClockReading | null;
  startMs: number | null;
  scenario: Scenario | undefined;
  channel: ChannelState;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow(true);
  const scenarioMs = clock ? scenarioNowMs(clock, now) : null;
  const offsetMs = scenarioMs !== null && startMs !== null ? scenarioMs - startMs : null;
  const { current } = phasesAround(scenario, offsetMs);
  const connection =
    channel.connection === 'ended'
      ? t('connection.ended', {
          reason: t(`control.accessEnded.${channel.endedReason ?? 'access-withdrawn'}`),
        })
      : channel.connection === 'refused'
        ? t('control.refused')
        : t(`connection.${channel.connection}`);
  return (
    <dl className="dh-status dh-control-status">
      <div>
        <dt>{t('control.status.label')}</dt>
        <dd>{t(`control.status.${status}`)}</dd>
      </div>
      <div>
        <dt>{t('control.status.scenarioTime')}</dt>
        <dd>
          {scenarioMs === null ? (
            '…'
          ) : (
            <>
              <time dateTime={new Date(scenarioMs).toISOString()}>
                {formatScenarioTime(new Date(scenarioMs).toISOString(), i18n.language)}
              </time>
              {offsetMs !== null && ` (${t('control.status.offset', { offset: formatOffset(offsetMs) })})`}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('control.status.wallTime')}</dt>
        <dd>
          <time dateTime={new Date(now).toISOString()}>
            {formatWallTime(new Date(now).toISOString(), i18n.language)}
          </time>
        </dd>
      </div>
      <div>
        <dt>{t('control.status.speed')}</dt>
        <dd>{t('control.status.speedValue', { speed })}</dd>
      </div>
      {current && (
        <div>
          <dt>{t('control.status.phase')}</dt>
          <dd>{current.name}</dd>
        </div>
      )}
      <div>
        <dt>{t('connection.label')}</dt>
        <dd>
          <span className="dh-connection" data-state={channel.connection} role="status">
            {connection}
          </span>
        </dd>
      </div>
    </dl>
  );
}
