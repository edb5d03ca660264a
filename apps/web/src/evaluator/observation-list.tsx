import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientEvent } from '../realtime/contract';
import { formatScenarioTime, formatWallTime } from '../time/format';
import type { Objective, Role } from './exercise-outline';
import type { Observation } from './observations';

/**
 * The evaluator's own observations as they stand (the latest of each chain of corrections), newest
 * first, each with "Correct": a correction is a new observation that supersedes it, never an edit,
 * so what was recorded first stays in the log and is listed under the correction.
 */
export function ObservationList({
  observations,
  objectives,
  roles,
  events,
  label,
  focusId,
  onFocused,
  onCorrect,
}: {
  observations: readonly Observation[];
  objectives: readonly Objective[];
  roles: readonly Role[];
  events: readonly ClientEvent[];
  label: (event: ClientEvent) => string;
  /** The observation just saved: the keyboard's place moves to it once it is in the list. */
  focusId: string | null;
  onFocused: () => void;
  onCorrect: (observation: Observation) => void;
}) {
  const { t, i18n } = useTranslation();
  const focused = useRef<HTMLElement>(null);
  useEffect(() => {
    // It is in the list once its event arrived (after the answer, or just before it).
    if (!focusId || !focused.current) return;
    focused.current.focus();
    onFocused();
  }, [focusId, observations, onFocused]);
  const objectiveTitle = (id: string | undefined) =>
    id ? (objectives.find((objective) => objective.id === id)?.title ?? id) : null;
  const roleName = (id: string) => roles.find((role) => role.id === id)?.name ?? id;
  const eventLabel = (seq: number) => {
    const event = events.find((e) => e.seq === seq);
    return event ? `#${seq} ${label(event)}` : `#${seq}`;
  };

  if (!observations.length) return <p className="utrecht-paragraph">{t('evaluator.own.none')}</p>;
  return (
    <ol className="dh-feed">
      {observations.map((observation) => {
        const { event, history } = observation;
        const { payload } = event;
        const id = `observation-${payload.observationId}`;
        const objective = objectiveTitle(payload.objectiveId);
        return (
          <li key={payload.observationId}>
            <article
              className="dh-eval-observation"
              data-kind={payload.kind}
              aria-labelledby={id}
              tabIndex={-1}
              ref={focusId === payload.observationId ? focused : undefined}
            >
              <h3 className="utrecht-heading-3" id={id}>
                {t(`evaluator.kind.${payload.kind}`)}
                {objective && `: ${objective}`}
              </h3>
              <dl className="dh-inject__meta">
                {payload.rating && (
                  <>
                    <dt>{t('evaluator.own.rating')}</dt>
                    <dd>
                      <span className="dh-eval-rating">{payload.rating}</span>{' '}
                      {t(`evaluator.rating.${payload.rating}`)}
                    </dd>
                  </>
                )}
                {payload.roles.length > 0 && (
                  <>
                    <dt>{t('evaluator.own.roles')}</dt>
                    <dd>{payload.roles.map(roleName).join(', ')}</dd>
                  </>
                )}
                {payload.seqs.length > 0 && (
                  <>
                    <dt>{t('evaluator.own.events')}</dt>
                    <dd>{payload.seqs.map(eventLabel).join('; ')}</dd>
                  </>
                )}
                <dt>{t('evaluator.own.recorded')}</dt>
                <dd>
                  <time dateTime={event.scenarioTime}>
                    {formatScenarioTime(event.scenarioTime, i18n.language)}
                  </time>
                  {' · '}
                  <time dateTime={event.wallTime}>{formatWallTime(event.wallTime, i18n.language)}</time>
                </dd>
              </dl>
              <p className="dh-inject__content">{payload.text}</p>
              {history.length > 0 && (
                <details className="dh-eval-history">
                  <summary>{t('evaluator.own.corrected', { count: history.length })}</summary>
                  <ol>
                    {history.map((earlier) => (
                      <li key={earlier.payload.observationId}>
                        <time dateTime={earlier.wallTime}>
                          {formatWallTime(earlier.wallTime, i18n.language)}
                        </time>
                        {earlier.payload.rating && ` · ${earlier.payload.rating}`}: {earlier.payload.text}
                      </li>
                    ))}
                  </ol>
                </details>
              )}
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                aria-describedby={id}
                onClick={() => onCorrect(observation)}
              >
                {t('evaluator.own.correct')}
              </button>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
