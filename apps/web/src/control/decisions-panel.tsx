import { useTranslation } from 'react-i18next';
import type { Scenario } from '@driehoek/scenario';
import type { ClientEvent } from '../realtime/contract';
import { formatScenarioTime, formatWallTime } from '../time/format';
import { eventsOf, roleNamer, type EventOf } from './control-view';
import { formatOffset } from './offset';

/**
 * Every role's decisions as they are recorded, newest first, in BOB form: beeld, oordeel, besluit,
 * with the legal basis, who decided and the option taken. Everything in them is typed by players:
 * rendered as text. The page announces new ones (politely) in its live region.
 */
export function DecisionsPanel({
  events,
  scenario,
}: {
  events: readonly ClientEvent[];
  scenario: Scenario | undefined;
}) {
  const { t } = useTranslation();
  const roleName = roleNamer(scenario);
  const opened = eventsOf(events, 'decision.opened');
  const recorded = eventsOf(events, 'decision.recorded');
  const overdue = new Set(eventsOf(events, 'decision.overdue').map((event) => event.payload.decisionPointId));
  const decided = new Set(recorded.map((event) => event.payload.decisionPointId).filter(Boolean));
  const open = opened.filter((event) => !decided.has(event.payload.decisionPointId));
  const point = (id: string | undefined) => {
    if (!id) return undefined;
    const live = opened.find((event) => event.payload.decisionPointId === id)?.payload;
    const declared = scenario?.decisionPoints?.find((dp) => dp.id === id);
    return {
      question: live?.question ?? declared?.question ?? id,
      options: live?.options ?? declared?.options ?? [],
    };
  };

  return (
    <section aria-labelledby="control-decisions-heading" className="dh-control-section">
      <h2 className="utrecht-heading-2" id="control-decisions-heading">
        {t('control.decisions.heading')}
      </h2>
      {open.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('control.decisions.open')}</h3>
          <ul className="utrecht-unordered-list">
            {open.map((event) => (
              <li className="utrecht-unordered-list__item" key={event.seq}>
                {t('control.decisions.openItem', {
                  role: roleName(event.payload.owner),
                  question: event.payload.question,
                })}{' '}
                {event.payload.dueOffsetMs !== null &&
                  t('control.decisions.dueAt', { offset: formatOffset(event.payload.dueOffsetMs) })}{' '}
                {overdue.has(event.payload.decisionPointId) && (
                  <strong className="dh-control-late">
                    <span aria-hidden="true">⚠ </span>
                    {t('control.decisions.overdue')}
                  </strong>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="utrecht-heading-3">{t('control.decisions.recorded')}</h3>
      {recorded.length === 0 ? (
        <p className="utrecht-paragraph">{t('control.decisions.none')}</p>
      ) : (
        <ol className="dh-feed dh-control-list">
          {[...recorded].reverse().map((event) => (
            <li key={event.seq}>
              <Decision event={event} roleName={roleName} point={point(event.payload.decisionPointId)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Decision({
  event,
  roleName,
  point,
}: {
  event: EventOf<'decision.recorded'>;
  roleName: (role: string) => string;
  point: { question: string; options: { id: string; label: string }[] } | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { payload } = event;
  const id = `control-decision-${event.seq}`;
  const option = point?.options.find((o) => o.id === payload.optionId);
  return (
    <article className="dh-control-entry dh-control-decision" aria-labelledby={id}>
      <h4 className="utrecht-heading-4" id={id}>
        {t('control.decisions.by', { role: roleName(payload.role) })}
      </h4>
      <dl className="dh-inject__meta">
        <dt>{t('control.decisions.decidedBy')}</dt>
        <dd>{payload.decidedBy}</dd>
        {point && (
          <>
            <dt>{t('control.decisions.point')}</dt>
            <dd>{point.question}</dd>
          </>
        )}
        {payload.optionId && (
          <>
            <dt>{t('control.decisions.option')}</dt>
            <dd>{option?.label ?? payload.optionId}</dd>
          </>
        )}
        <dt>{t('control.timeline.scenarioTime')}</dt>
        <dd>
          <time dateTime={event.scenarioTime}>{formatScenarioTime(event.scenarioTime, i18n.language)}</time>
        </dd>
        <dt>{t('control.timeline.wallTime')}</dt>
        <dd>
          <time dateTime={event.wallTime}>{formatWallTime(event.wallTime, i18n.language)}</time>
        </dd>
      </dl>
      <dl className="dh-control-bob">
        <dt>{t('control.decisions.beeld')}</dt>
        <dd>{payload.beeld}</dd>
        <dt>{t('control.decisions.oordeel')}</dt>
        <dd>{payload.oordeel}</dd>
        <dt>{t('control.decisions.besluit')}</dt>
        <dd>{payload.besluit}</dd>
        {payload.rationale && (
          <>
            <dt>{t('control.decisions.rationale')}</dt>
            <dd>{payload.rationale}</dd>
          </>
        )}
        <dt>{t('control.decisions.legalBasis')}</dt>
        <dd>
          {payload.legalBasis?.length ? (
            <ul className="utrecht-unordered-list">
              {payload.legalBasis.map((basis, index) => (
                <li className="utrecht-unordered-list__item" key={index}>
                  {basis}
                </li>
              ))}
            </ul>
          ) : (
            t('control.decisions.noLegalBasis')
          )}
        </dd>
        {payload.actions && payload.actions.length > 0 && (
          <>
            <dt>{t('control.decisions.actions')}</dt>
            <dd>
              <ul className="utrecht-unordered-list">
                {payload.actions.map((action, index) => (
                  <li className="utrecht-unordered-list__item" key={index}>
                    {t('control.decisions.action', {
                      description: action.description,
                      owner: roleName(action.owner),
                    })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {payload.startsClocks && payload.startsClocks.length > 0 && (
          <>
            <dt>{t('control.decisions.startsClocks')}</dt>
            <dd>{payload.startsClocks.join(', ')}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
