import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@driehoek/scenario';
import { staffApi } from '../auth/session';
import type { ClockReading } from '../realtime/use-exercise-channel';
import { formatScenarioTime } from '../time/format';
import { roleNamer } from './control-view';
import { formatDuration } from './duration';
import { Failure, Field } from './field';
import { formatOffset, parseOffset } from './offset';
import { ControlFailure, answerOf, failureText } from './problem';
import { useControlAction } from './use-control-action';
import type { RegulatoryClock } from './use-control-room';
import { scenarioNowMs, useNow } from '../time/clock-time';

type Stage = RegulatoryClock['stages'][number];

/** Each status in words and with a sign, so colour is never the only telling. */
const STAGE_ICONS: Record<Stage['status'], string> = {
  pending: '○',
  'due-soon': '⏰',
  met: '✓',
  'met-late': '⚠',
  missed: '✗',
};

const REQUESTS: ReadonlySet<string> = new Set(['nis2', 'nis2-trust-service']);

interface Props {
  exerciseId: string;
  clocks: readonly RegulatoryClock[];
  clock: ClockReading | null;
  scenario: Scenario | undefined;
  live: boolean;
  refresh: () => Promise<void>;
}

/**
 * The clock board: every regulatory clock of the exercise with its stages — the operational
 * deadline to aim for beside the legal latest reading, each with a countdown on scenario time and
 * what that is in real time at the current speed — and, as the outside world, the facilitator's
 * requests (an NIS2 intermediate report) and facts (handling closed, the council meeting).
 */
export function ClockBoard(props: Props) {
  const { t } = useTranslation();
  const { clocks, clock } = props;
  const now = useNow(clock?.status === 'running');
  const scenarioNow = clock ? scenarioNowMs(clock, now) : null;
  return (
    <section aria-labelledby="control-clocks-heading" className="dh-control-section">
      <h2 className="utrecht-heading-2" id="control-clocks-heading">
        {t('control.clocks.heading')}
      </h2>
      {clocks.length === 0 ? (
        <p className="utrecht-paragraph">{t('control.clocks.none')}</p>
      ) : (
        clocks.map((regulatory) => (
          <RegulatoryClockCard
            key={regulatory.id}
            {...props}
            regulatory={regulatory}
            scenarioNow={scenarioNow}
          />
        ))
      )}
    </section>
  );
}

function RegulatoryClockCard({
  regulatory,
  scenarioNow,
  clock,
  scenario,
  exerciseId,
  live,
  refresh,
}: Props & { regulatory: RegulatoryClock; scenarioNow: number | null }) {
  const { t, i18n } = useTranslation();
  const roleName = roleNamer(scenario);
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const headingId = `control-clock-${regulatory.id}`;
  return (
    <article className="dh-control-entry dh-control-regulatory" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>
        {regulatory.label}
      </h3>
      <dl className="dh-inject__meta">
        <dt>{t('control.clocks.regime')}</dt>
        <dd>{t(`control.clocks.regimes.${regulatory.regime}`)}</dd>
        {regulatory.role && (
          <>
            <dt>{t('control.clocks.role')}</dt>
            <dd>{roleName(regulatory.role)}</dd>
          </>
        )}
        <dt>{t('control.clocks.started')}</dt>
        <dd>
          {regulatory.startedAt ? (
            <time dateTime={regulatory.startedAt}>
              {formatScenarioTime(regulatory.startedAt, i18n.language)}
            </time>
          ) : (
            t(`control.clocks.startsBy.${regulatory.startsBy.kind}`)
          )}
        </dd>
      </dl>
      <div className="dh-control-table" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="utrecht-table">
          <caption className="dh-visually-hidden">
            {t('control.clocks.caption', { clock: regulatory.label })}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('control.clocks.stage')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('control.clocks.status')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('control.clocks.operationalDue')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('control.clocks.legalLatest')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {regulatory.stages.map((stage) => (
              <tr
                className="utrecht-table__row"
                key={`${stage.stage}:${stage.requestId ?? ''}`}
                data-status={stage.status}
              >
                <th scope="row" className="utrecht-table__header-cell">
                  {stage.label[language]}
                  <span className="dh-control-detail">{stage.recipient[language]}</span>
                  {stage.waitingFor && <span className="dh-control-detail">{stage.waitingFor}</span>}
                  {stage.notRequired && <span className="dh-control-detail">{stage.notRequired}</span>}
                </th>
                <td className="utrecht-table__cell">
                  <span className="dh-control-stage" data-status={stage.status}>
                    <span aria-hidden="true">{STAGE_ICONS[stage.status]} </span>
                    {t(`control.stageStatus.${stage.status}`)}
                  </span>
                  {stage.submittedAt && (
                    <span className="dh-control-detail">
                      {t('control.clocks.submittedAt', {
                        time: formatScenarioTime(stage.submittedAt, i18n.language),
                      })}
                    </span>
                  )}
                </td>
                <td className="utrecht-table__cell">
                  <Deadline at={stage.operationalDue} stage={stage} scenarioNow={scenarioNow} clock={clock} />
                </td>
                <td className="utrecht-table__cell">
                  <Deadline at={stage.legalLatest} stage={stage} scenarioNow={scenarioNow} clock={clock} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {live && regulatory.running && (
        <OutsideWorld exerciseId={exerciseId} regulatory={regulatory} refresh={refresh} />
      )}
    </article>
  );
}

/** A deadline on scenario time, and while its stage is open how long is left: on the scenario clock and in real time. */
function Deadline({
  at,
  stage,
  scenarioNow,
  clock,
}: {
  at: string | null;
  stage: Stage;
  scenarioNow: number | null;
  clock: ClockReading | null;
}) {
  const { t, i18n } = useTranslation();
  if (!at) return <>{t('control.clocks.noDeadline')}</>;
  const open = !stage.submittedAt && stage.status !== 'met' && stage.status !== 'met-late';
  const left = scenarioNow === null ? null : Date.parse(at) - scenarioNow;
  return (
    <>
      <time dateTime={at}>{formatScenarioTime(at, i18n.language)}</time>
      {open && left !== null && (
        <span className="dh-control-detail">
          {left <= 0
            ? t('control.clocks.passed', { ago: formatDuration(-left, t) })
            : t('control.clocks.left', {
                scenario: formatDuration(left, t),
                wall:
                  clock?.status === 'running'
                    ? t('control.clocks.wallLeft', {
                        wall: formatDuration(left / clock.speed, t),
                        speed: clock.speed,
                      })
                    : t('control.clocks.wallStill'),
              })}
        </span>
      )}
    </>
  );
}

/** The facilitator as the outside world: the CSIRT asks for an intermediate report; facts the clock needs. */
function OutsideWorld({
  exerciseId,
  regulatory,
  refresh,
}: {
  exerciseId: string;
  regulatory: RegulatoryClock;
  refresh: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const path = { params: { path: { exerciseId, clockId: regulatory.id } } };
  const [dueAfter, setDueAfter] = useState('');
  const [council, setCouncil] = useState('');
  const [invalid, setInvalid] = useState<{ dueAfter?: string; councilMeetingAt?: string }>({});
  const request = useControlAction(
    (value: string) =>
      answerOf(
        staffApi.POST('/api/exercises/{exerciseId}/clocks/{clockId}/requests', {
          ...path,
          body: { dueAfter: value },
        }),
      ),
    refresh,
  );
  const facts = useControlAction(
    (body: { councilMeetingAt?: string; handlingClosed?: true }) =>
      answerOf(staffApi.PATCH('/api/exercises/{exerciseId}/clocks/{clockId}', { ...path, body })),
    refresh,
  );
  const fieldError = (failure: Error | null, field: string) =>
    failure instanceof ControlFailure ? failure.field(field) : undefined;
  const offsetOrNull = (text: string) => {
    const ms = parseOffset(text);
    return ms === null || ms === 0 ? null : formatOffset(ms);
  };

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const value = offsetOrNull(dueAfter);
    if (!value) return setInvalid({ dueAfter: t('control.clocks.offsetInvalid') });
    setInvalid({});
    request.mutate(value, { onSuccess: () => setDueAfter('') });
  };
  const meet = (event: FormEvent) => {
    event.preventDefault();
    const ms = parseOffset(council);
    if (ms === null) return setInvalid({ councilMeetingAt: t('control.clocks.offsetInvalid') });
    setInvalid({});
    facts.mutate({ councilMeetingAt: formatOffset(ms) });
  };

  if (REQUESTS.has(regulatory.regime)) {
    const dueError = invalid.dueAfter ?? fieldError(request.error, 'dueAfter');
    return (
      <div className="dh-control-forms">
        <form className="dh-control-form" onSubmit={ask} noValidate>
          <Field
            label={t('control.clocks.requestLabel')}
            hint={t('control.clocks.requestHint')}
            error={dueError}
          >
            {(ids) => (
              <input
                {...ids}
                className="utrecht-textbox utrecht-textbox--html-input dh-control-short"
                value={dueAfter}
                onChange={(event) => setDueAfter(event.target.value)}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <button
            type="submit"
            className="utrecht-button utrecht-button--secondary-action"
            aria-disabled={request.isPending || undefined}
          >
            {t('control.clocks.requestSubmit')}
          </button>
          {!dueError && <Failure message={request.error ? failureText(t, request.error) : null} />}
        </form>
        <div className="dh-control-form">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            aria-disabled={facts.isPending || undefined}
            onClick={() => !facts.isPending && facts.mutate({ handlingClosed: true })}
          >
            {t('control.clocks.handlingClosed')}
          </button>
          <Failure message={facts.error ? failureText(t, facts.error) : null} />
        </div>
      </div>
    );
  }
  if (regulatory.regime === 'noodverordening') {
    const councilError = invalid.councilMeetingAt ?? fieldError(facts.error, 'councilMeetingAt');
    return (
      <form className="dh-control-form" onSubmit={meet} noValidate>
        <Field
          label={t('control.clocks.councilLabel')}
          hint={t('control.clocks.councilHint')}
          error={councilError}
        >
          {(ids) => (
            <input
              {...ids}
              className="utrecht-textbox utrecht-textbox--html-input dh-control-short"
              value={council}
              onChange={(event) => setCouncil(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          aria-disabled={facts.isPending || undefined}
        >
          {t('control.clocks.councilSubmit')}
        </button>
        {!councilError && <Failure message={facts.error ? failureText(t, facts.error) : null} />}
      </form>
    );
  }
  return null;
}
