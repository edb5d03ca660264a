import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScenarioTime } from '../time/format';
import { CheckboxField, FormAlert, TextField, ackErrors, sendFailure } from './form-fields';
import type { PlayerChannel } from './player-channel';
import type { PlayerSession } from './player-session';

type Playbook = PlayerChannel['playbooks'][number];
type Step = Playbook['steps'][number];

/** The snapshot's instants arrive as JSON: ISO strings, whatever the server's type says. */
const isoOf = (value: Date | string) => new Date(value).toISOString();

/** Open steps of this role in every attached playbook: what the checklist asks of the player. */
export function openSteps(playbooks: readonly Playbook[], role: string): number {
  return playbooks.reduce(
    (count, playbook) =>
      count + playbook.steps.filter((step) => step.owner === role && step.status !== 'done').length,
    0,
  );
}

function StepItem({
  playbook,
  step,
  session,
  channel,
  tickedHere,
  onTicked,
}: {
  playbook: Playbook;
  step: Step;
  session: PlayerSession;
  channel: PlayerChannel;
  tickedHere: boolean;
  onTicked: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const done = step.status === 'done' || tickedHere;
  const who = (role: string | null) => (role === session.role ? session.roleName : (role ?? ''));

  const tick = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const answer = await channel.request('playbook.step', {
        playbookId: playbook.playbookId,
        stepId: step.stepId,
        ...(note.trim() && { note: note.trim() }),
      });
      if (answer.ok) onTicked();
      else setFailure(ackErrors(answer.error, t).fields.note ?? ackErrors(answer.error, t).form);
    } catch (error) {
      setFailure(sendFailure(error, t).form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="dh-step" data-state={done ? 'done' : step.status}>
      <p className="dh-step__title" id={`${id}-title`}>
        {step.title}
      </p>
      <dl className="dh-facts">
        <div>
          <dt>{t('player.playbook.owner')}</dt>
          <dd>{who(step.owner)}</dd>
        </div>
        <div>
          <dt>{t('player.playbook.state')}</dt>
          <dd
            className="dh-state"
            data-state={done ? 'met' : step.status === 'blocked' ? 'waiting' : 'pending'}
          >
            {step.status === 'done' && step.completedAt
              ? t('player.playbook.doneBy', {
                  by: who(step.by),
                  time: formatScenarioTime(isoOf(step.completedAt), i18n.language),
                })
              : done
                ? t('player.playbook.doneHere')
                : step.status === 'blocked'
                  ? t('player.playbook.blocked', {
                      steps: step.blockedBy
                        .map((id) => playbook.steps.find((other) => other.stepId === id)?.title ?? id)
                        .join('; '),
                    })
                  : t('player.playbook.open')}
          </dd>
        </div>
        {step.note && (
          <div>
            <dt>{t('player.playbook.note')}</dt>
            <dd className="dh-text">{step.note}</dd>
          </div>
        )}
        {step.clock && (
          <div>
            <dt>{t('player.playbook.clock')}</dt>
            <dd>
              {t(`player.clocks.regimes.${step.clock.regime}`, { defaultValue: step.clock.regime })} ·{' '}
              {step.clock.stage}
            </dd>
          </div>
        )}
      </dl>
      {!done && (
        <div className="dh-step__actions">
          <TextField
            label={t('player.playbook.noteLabel', { step: step.title })}
            maxLength={2000}
            value={note}
            onChange={setNote}
          />
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            aria-describedby={`${id}-title`}
            aria-disabled={busy || undefined}
            onClick={() => void tick()}
          >
            {busy ? t('player.playbook.ticking') : t('player.playbook.tick')}
          </button>
        </div>
      )}
      <FormAlert message={failure} />
    </li>
  );
}

/**
 * The playbooks attached to the exercise as a checklist: the steps of this role (or every step),
 * by phase, each done or open with who ticked it off and when on scenario time.
 */
export function PlaybookSection({
  session,
  channel,
  headingRef,
}: {
  session: PlayerSession;
  channel: PlayerChannel;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const { playbooks } = channel;
  return (
    <section aria-labelledby="playbook-heading" className="dh-section">
      <h2 className="utrecht-heading-2" id="playbook-heading" ref={headingRef} tabIndex={-1}>
        {t('player.sections.playbook')}
      </h2>
      <p className="utrecht-paragraph">{t('player.playbook.intro')}</p>
      {playbooks.length === 0 ? (
        <p className="utrecht-paragraph">{t('player.playbook.none')}</p>
      ) : (
        <>
          <CheckboxField label={t('player.playbook.showAll')} checked={all} onChange={setAll} />
          {playbooks.map((playbook) => {
            const mine = playbook.roles.find((r) => r.roleId === session.role);
            const steps = playbook.steps.filter((step) => all || step.owner === session.role);
            const phases = [...new Set(steps.map((step) => step.phase))];
            return (
              <article
                className="dh-card"
                key={playbook.playbookId}
                aria-labelledby={`playbook-${playbook.playbookId}`}
              >
                <h3 className="utrecht-heading-3 dh-card__title" id={`playbook-${playbook.playbookId}`}>
                  {playbook.title}
                </h3>
                <p className="utrecht-paragraph">
                  {mine
                    ? t('player.playbook.progressMine', { done: mine.done, total: mine.total })
                    : t('player.playbook.noStepsForYou')}{' '}
                  {t('player.playbook.progressAll', {
                    done: playbook.totals.done,
                    total: playbook.totals.total,
                  })}
                </p>
                {playbook.changedSinceAttached && (
                  <p className="utrecht-paragraph">{t('player.playbook.changed')}</p>
                )}
                {playbook.withdrawn && <p className="utrecht-paragraph">{t('player.playbook.withdrawn')}</p>}
                {phases.map((phase) => (
                  <div key={phase ?? ''}>
                    <h4 className="utrecht-heading-4">
                      {playbook.phases.find((p) => p.phaseId === phase)?.name ?? t('player.playbook.noPhase')}
                    </h4>
                    <ul className="dh-steps">
                      {steps
                        .filter((step) => step.phase === phase)
                        .map((step) => (
                          <StepItem
                            key={step.stepId}
                            playbook={playbook}
                            step={step}
                            session={session}
                            channel={channel}
                            tickedHere={ticked.has(`${playbook.playbookId}/${step.stepId}`)}
                            onTicked={() =>
                              setTicked((current) =>
                                new Set(current).add(`${playbook.playbookId}/${step.stepId}`),
                              )
                            }
                          />
                        ))}
                    </ul>
                  </div>
                ))}
                <p className="utrecht-form-field-description">{t('player.playbook.noUndo')}</p>
              </article>
            );
          })}
        </>
      )}
    </section>
  );
}
