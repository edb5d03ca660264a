import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientEvent } from '../realtime/contract';
import { formatScenarioTime, formatWallTime } from '../time/format';

/** How many of the latest events the timeline shows until asked for all. */
const SHOWN = 25;

/**
 * What has happened in the exercise, newest first, read-only: every event the staff channel
 * delivers but the observations (those are listed apart), each with its sequence number, both
 * times and one line from its payload, rendered as text.
 */
export function LiveTimeline({
  events,
  label,
  detail,
}: {
  events: readonly ClientEvent[];
  label: (event: ClientEvent) => string;
  detail: (event: ClientEvent) => string;
}) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const newest = [...events].reverse();
  const shown = all ? newest : newest.slice(0, SHOWN);
  if (!events.length) return <p className="utrecht-paragraph">{t('evaluator.timeline.empty')}</p>;
  return (
    <>
      <ol className="dh-eval-timeline">
        {shown.map((event) => {
          const line = detail(event);
          return (
            <li key={event.seq} data-type={event.type}>
              <span className="dh-eval-timeline__seq">#{event.seq}</span>
              <span className="dh-eval-timeline__times">
                <time dateTime={event.scenarioTime}>
                  {formatScenarioTime(event.scenarioTime, i18n.language)}
                </time>
                <span className="dh-visually-hidden">, </span>
                <time dateTime={event.wallTime} className="dh-eval-timeline__wall">
                  {formatWallTime(event.wallTime, i18n.language)}
                </time>
              </span>
              <span className="dh-eval-timeline__what">
                <strong>{label(event)}</strong>
                {line && <span className="dh-eval-timeline__detail">{line}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      {newest.length > SHOWN && (
        <p className="utrecht-paragraph">
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            aria-expanded={all}
            onClick={() => setAll(!all)}
          >
            {all
              ? t('evaluator.timeline.showLatest', { count: SHOWN })
              : t('evaluator.timeline.showAll', { count: newest.length })}
          </button>
        </p>
      )}
    </>
  );
}
