import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Body, ClockReading } from '../realtime/use-exercise-channel';
import { formatScenarioTime } from '../time/format';
import { Deadline } from './deadline';
import { reportable, type PlayerClock, type PlayerStage } from './live-clocks';
import type { PlayerChannel } from './player-channel';
import type { PlayerSession } from './player-session';
import { ReportForm } from './report-form';
import { reportForm } from './report-forms';

/** A stage's state in words; the colour beside it only repeats what the words say. */
function stageState(stage: PlayerStage): string {
  if (stage.notRequired) return 'not-required';
  if (!stage.startedAt) return 'waiting';
  return stage.status;
}

function StartsBy({ clock }: { clock: PlayerClock }) {
  const { t } = useTranslation();
  const { startsBy } = clock;
  switch (startsBy.kind) {
    case 'awareness':
      return <>{t('player.clocks.startsByAwareness')}</>;
    case 'decision':
      return (
        <>{t('player.clocks.startsByDecision', { decision: startsBy.decision, option: startsBy.option })}</>
      );
    case 'schedule':
      return <>{t('player.clocks.startsBySchedule', { at: startsBy.at })}</>;
  }
}

function Stage({
  clock,
  stage,
  session,
  reading,
  submit,
}: {
  clock: PlayerClock;
  stage: PlayerStage;
  session: PlayerSession;
  reading: ClockReading;
  submit: (body: Body<'report.submit'>) => Promise<Answer<'report.submit'>>;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const sentRef = useRef<HTMLParagraphElement>(null);
  const formId = useId();
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);
  const label = i18n.language === 'en' ? stage.label.en : stage.label.nl;
  const recipient = i18n.language === 'en' ? stage.recipient.en : stage.recipient.nl;
  const state = stageState(stage);
  const form = reportForm(clock.regime, stage.stage);
  const canReport = reportable(clock, stage, session.role) && form;
  const dueMs = stage.operationalDue ? Date.parse(stage.operationalDue) : null;
  const headingId = `${formId}-heading`;
  const settled = stage.status === 'met' || stage.status === 'met-late';

  return (
    <article className="dh-stage" data-state={state} aria-labelledby={headingId}>
      <h4 className="utrecht-heading-4 dh-card__title" id={headingId}>
        {label}
        {stage.requestId && ` (${t('player.clocks.request', { id: stage.requestId })})`}
      </h4>
      <p className="dh-state" data-state={state}>
        <span className="dh-visually-hidden">{t('player.clocks.stateLabel')}: </span>
        {t(`player.clocks.states.${state}`)}
      </p>
      <dl className="dh-facts">
        <div>
          <dt>{t('player.clocks.recipient')}</dt>
          <dd>{recipient}</dd>
        </div>
        {stage.operationalDue && (
          <Deadline
            label={t('player.clocks.operationalDue')}
            dueMs={Date.parse(stage.operationalDue)}
            clock={reading}
            settled={settled}
          />
        )}
        {stage.legalLatest && (
          <Deadline
            label={t('player.clocks.legalLatest')}
            dueMs={Date.parse(stage.legalLatest)}
            clock={reading}
            settled={settled}
          />
        )}
        {stage.submittedAt && (
          <div>
            <dt>{t('player.clocks.submittedAt')}</dt>
            <dd>
              <time dateTime={stage.submittedAt}>{formatScenarioTime(stage.submittedAt, i18n.language)}</time>
            </dd>
          </div>
        )}
        {stage.waitingFor && (
          <div>
            <dt>{t('player.clocks.waitingFor')}</dt>
            <dd lang="en">{stage.waitingFor}</dd>
          </div>
        )}
        {stage.notRequired && (
          <div>
            <dt>{t('player.clocks.notRequired')}</dt>
            <dd lang="en">{stage.notRequired}</dd>
          </div>
        )}
      </dl>
      <p className="dh-confirmation" role="status" ref={sentRef} tabIndex={-1}>
        {sent}
      </p>
      {canReport && (
        <>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            aria-expanded={open}
            aria-controls={formId}
            onClick={() => setOpen((current) => !current)}
          >
            {open ? t('player.report.close', { stage: label }) : t('player.report.open', { stage: label })}
          </button>
          <div id={formId} hidden={!open}>
            {open && (
              <ReportForm
                form={form}
                clockId={clock.id}
                stage={stage.stage}
                requestId={stage.requestId}
                dueMs={dueMs}
                reading={reading}
                submit={submit}
                onSubmitted={(wasLate) => {
                  setOpen(false);
                  setSent(
                    wasLate
                      ? t('player.report.sentLate', { stage: label })
                      : t('player.report.sent', { stage: label }),
                  );
                }}
              />
            )}
          </div>
        </>
      )}
    </article>
  );
}

/**
 * The role's regulatory clocks: per stage its state in words, the operational deadline (the
 * target) and the legal latest reading, each on scenario time and on the wall clock, counting down
 * live; and the report form of every stage the role has to send.
 */
export function ClocksSection({
  session,
  channel,
  clocks,
  headingRef,
}: {
  session: PlayerSession;
  channel: PlayerChannel;
  clocks: PlayerClock[];
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const reading = channel.clock;
  const submit = (body: Body<'report.submit'>) => channel.request('report.submit', body);
  return (
    <section aria-labelledby="clocks-heading" className="dh-section">
      <h2 className="utrecht-heading-2" id="clocks-heading" ref={headingRef} tabIndex={-1}>
        {t('player.sections.clocks')}
      </h2>
      <p className="utrecht-paragraph">{t('player.clocks.intro')}</p>
      {clocks.length === 0 || !reading ? (
        <p className="utrecht-paragraph">{t('player.clocks.none')}</p>
      ) : (
        clocks.map((clock) => (
          <article className="dh-card" key={clock.id} aria-labelledby={`clock-${clock.id}`}>
            <h3 className="utrecht-heading-3 dh-card__title" id={`clock-${clock.id}`}>
              {clock.label}
            </h3>
            {clock.description && <p className="utrecht-paragraph dh-text">{clock.description}</p>}
            <dl className="dh-facts">
              <div>
                <dt>{t('player.clocks.regime')}</dt>
                <dd>{t(`player.clocks.regimes.${clock.regime}`, { defaultValue: clock.regime })}</dd>
              </div>
              <div>
                <dt>{t('player.clocks.reporter')}</dt>
                <dd>
                  {clock.role === null
                    ? t('player.clocks.anyRole')
                    : clock.role === session.role
                      ? t('player.clocks.you', { role: session.roleName })
                      : clock.role}
                </dd>
              </div>
              <div>
                <dt>{t('player.clocks.started')}</dt>
                <dd>
                  {clock.startedAt ? (
                    <time dateTime={clock.startedAt}>
                      {formatScenarioTime(clock.startedAt, i18n.language)}
                    </time>
                  ) : (
                    <>
                      {t('player.clocks.notStarted')} <StartsBy clock={clock} />
                    </>
                  )}
                </dd>
              </div>
            </dl>
            {clock.running && (
              <ol className="dh-list">
                {clock.stages.map((stage) => (
                  <li key={`${stage.stage}#${stage.requestId ?? ''}`}>
                    <Stage clock={clock} stage={stage} session={session} reading={reading} submit={submit} />
                  </li>
                ))}
              </ol>
            )}
          </article>
        ))
      )}
    </section>
  );
}
