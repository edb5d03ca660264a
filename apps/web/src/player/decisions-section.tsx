import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body, ClockReading } from '../realtime/use-exercise-channel';
import { formatScenarioTime, formatWallTime } from '../time/format';
import { Deadline } from './deadline';
import { hasDraft } from './decision-drafts';
import { DecisionForm, type StartableClock } from './decision-form';
import {
  decisionPoints,
  recordedDecisions,
  type DecisionPoint,
  type RecordedDecision,
} from './decision-points';
import type { PlayerChannel } from './player-channel';
import type { PlayerSession } from './player-session';

/** Clocks a decision of this role may start: the contract allows its own, or one without a role. */
export function startableClocks(channel: PlayerChannel, role: string): StartableClock[] {
  return channel.clocks
    .filter((clock) => !clock.running && (clock.role === null || clock.role === role))
    .map((clock) => ({ id: clock.id, label: clock.label }));
}

/** Decision points put to this role and not decided yet: what needs the player's attention. */
export function openDecisionPoints(points: readonly DecisionPoint[], role: string): DecisionPoint[] {
  return points.filter((point) => point.owner === role && !point.decision);
}

function PointDeadline({ point, clock }: { point: DecisionPoint; clock: ClockReading }) {
  const { t } = useTranslation();
  return (
    <dl className="dh-facts">
      {point.dueMs !== null && (
        <Deadline label={t('player.decision.deadline')} dueMs={point.dueMs} clock={clock} />
      )}
      {point.overdue && (
        <div>
          <dt>{t('player.decision.state')}</dt>
          <dd className="dh-state" data-state="missed">
            {t('player.decision.overdue')}
          </dd>
        </div>
      )}
    </dl>
  );
}

function RecordedCard({ decision, point }: { decision: RecordedDecision; point: DecisionPoint | undefined }) {
  const { t, i18n } = useTranslation();
  const { payload } = decision;
  const headingId = `decision-${decision.seq}`;
  const option = point?.options.find((o) => o.id === payload.optionId);
  return (
    <article className="dh-card" aria-labelledby={headingId}>
      <h4 className="utrecht-heading-4 dh-card__title" id={headingId}>
        {point ? point.question : t('player.decision.freeStanding')}
      </h4>
      <dl className="dh-facts">
        {option && (
          <div>
            <dt>{t('player.decision.chosenOption')}</dt>
            <dd>{option.label}</dd>
          </div>
        )}
        <div>
          <dt>{t('player.decision.beeld')}</dt>
          <dd className="dh-text">{payload.beeld}</dd>
        </div>
        <div>
          <dt>{t('player.decision.oordeel')}</dt>
          <dd className="dh-text">{payload.oordeel}</dd>
        </div>
        <div>
          <dt>{t('player.decision.besluit')}</dt>
          <dd className="dh-text">{payload.besluit}</dd>
        </div>
        {payload.rationale && (
          <div>
            <dt>{t('player.decision.rationale')}</dt>
            <dd className="dh-text">{payload.rationale}</dd>
          </div>
        )}
        {payload.legalBasis && payload.legalBasis.length > 0 && (
          <div>
            <dt>{t('player.decision.legalBasis')}</dt>
            <dd>
              <ul className="utrecht-unordered-list">
                {payload.legalBasis.map((entry, index) => (
                  <li className="utrecht-unordered-list__item" key={index}>
                    {entry}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {payload.actions && payload.actions.length > 0 && (
          <div>
            <dt>{t('player.decision.actions')}</dt>
            <dd>
              <ul className="utrecht-unordered-list">
                {payload.actions.map((action, index) => (
                  <li className="utrecht-unordered-list__item" key={index}>
                    {t('player.decision.actionWithOwner', {
                      description: action.description,
                      owner: action.owner,
                    })}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {payload.startsClocks && payload.startsClocks.length > 0 && (
          <div>
            <dt>{t('player.decision.startedClocks')}</dt>
            <dd>{payload.startsClocks.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('player.decision.decidedBy')}</dt>
          <dd>{t('player.decision.byRole', { name: payload.decidedBy, role: payload.role })}</dd>
        </div>
        <div>
          <dt>{t('player.scenarioTimeLabel')}</dt>
          <dd>
            <time dateTime={decision.scenarioTime}>
              {formatScenarioTime(decision.scenarioTime, i18n.language)}
            </time>
            {' · '}
            {t('player.decision.recordedAtWall', { time: formatWallTime(decision.wallTime, i18n.language) })}
          </dd>
        </div>
      </dl>
    </article>
  );
}

/**
 * The decisions part of the player's view: each decision point put to this role with its form,
 * those the role is consulted on (read only), a free-standing decision, and what was decided.
 */
export function DecisionsSection({
  session,
  channel,
  headingRef,
}: {
  session: PlayerSession;
  channel: PlayerChannel;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const points = useMemo(() => decisionPoints(channel.events), [channel.events]);
  const decided = useMemo(() => recordedDecisions(channel.events), [channel.events]);
  const mine = openDecisionPoints(points, session.role);
  const consulted = points.filter((point) => point.owner !== session.role && !point.decision);
  const clocks = startableClocks(channel, session.role);
  const [confirmation, setConfirmation] = useState<{ text: string } | null>(null);
  const confirmationRef = useRef<HTMLParagraphElement>(null);
  const [freeOpen, setFreeOpen] = useState(() => hasDraft(session.exerciseId, session.role, 'free'));
  const freeId = useId();
  const clock = channel.clock;
  // Each new confirmation takes the focus: the form it replaces may be gone.
  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);

  const recorded = (what: string) => {
    setConfirmation({ text: t('player.decision.recorded', { what }) });
  };
  const record = (body: Body<'decision.record'>) => channel.request('decision.record', body);

  return (
    <section aria-labelledby="decisions-heading" className="dh-section">
      <h2 className="utrecht-heading-2" id="decisions-heading" ref={headingRef} tabIndex={-1}>
        {t('player.sections.decisions')}
      </h2>
      <p className="utrecht-paragraph">{t('player.decision.intro')}</p>
      <p className="dh-confirmation" role="status" ref={confirmationRef} tabIndex={-1}>
        {confirmation?.text}
      </p>

      <h3 className="utrecht-heading-3">{t('player.decision.openForYou')}</h3>
      {mine.length === 0 ? (
        <p className="utrecht-paragraph">{t('player.decision.noneOpen')}</p>
      ) : (
        mine.map((point) => (
          <article
            className="dh-card dh-card--attention"
            key={point.id}
            aria-labelledby={`point-${point.id}`}
          >
            <h4 className="utrecht-heading-4 dh-card__title" id={`point-${point.id}`}>
              <span className="dh-badge">{t('player.decision.yourDecision')}</span> {point.question}
            </h4>
            {clock && <PointDeadline point={point} clock={clock} />}
            {point.legalBasis.length > 0 && (
              <>
                <p className="utrecht-paragraph dh-label">{t('player.decision.pointLegalBasis')}</p>
                <ul className="utrecht-unordered-list">
                  {point.legalBasis.map((entry, index) => (
                    <li className="utrecht-unordered-list__item" key={index}>
                      {entry}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <DecisionForm
              exerciseId={session.exerciseId}
              role={session.role}
              point={point}
              startableClocks={clocks}
              record={record}
              onRecorded={() => recorded(point.question)}
            />
          </article>
        ))
      )}

      {consulted.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('player.decision.consulted')}</h3>
          {consulted.map((point) => (
            <article className="dh-card" key={point.id} aria-labelledby={`point-${point.id}`}>
              <h4 className="utrecht-heading-4 dh-card__title" id={`point-${point.id}`}>
                {point.question}
              </h4>
              <p className="utrecht-paragraph">{t('player.decision.ownerDecides', { owner: point.owner })}</p>
              {clock && <PointDeadline point={point} clock={clock} />}
              <ul className="utrecht-unordered-list">
                {point.options.map((option) => (
                  <li className="utrecht-unordered-list__item" key={option.id}>
                    {option.label}
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </>
      )}

      <h3 className="utrecht-heading-3">{t('player.decision.free')}</h3>
      <p className="utrecht-paragraph">{t('player.decision.freeIntro')}</p>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        aria-expanded={freeOpen}
        aria-controls={freeId}
        onClick={() => setFreeOpen((open) => !open)}
      >
        {freeOpen ? t('player.decision.freeClose') : t('player.decision.freeOpen')}
      </button>
      <div id={freeId} hidden={!freeOpen}>
        {freeOpen && (
          <DecisionForm
            exerciseId={session.exerciseId}
            role={session.role}
            point={null}
            startableClocks={clocks}
            record={record}
            onRecorded={() => {
              setFreeOpen(false);
              recorded(t('player.decision.freeStanding'));
            }}
          />
        )}
      </div>

      <h3 className="utrecht-heading-3">{t('player.decision.log')}</h3>
      {decided.length === 0 ? (
        <p className="utrecht-paragraph">{t('player.decision.noneRecorded')}</p>
      ) : (
        <ol className="dh-list">
          {decided.map((decision) => (
            <li key={decision.seq}>
              <RecordedCard
                decision={decision}
                point={points.find((p) => p.id === decision.payload.decisionPointId)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
