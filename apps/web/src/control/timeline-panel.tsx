import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@driehoek/scenario';
import { staffApi } from '../auth/session';
import type { ClientEvent } from '../realtime/contract';
import { formatScenarioTime, formatWallTime } from '../time/format';
import { AdHocInjectForm } from './ad-hoc-inject-form';
import { eventsOf, roleNamer } from './control-view';
import { Failure, Field } from './field';
import { formatOffset, parseOffset } from './offset';
import { ControlFailure, answerOf, failureText } from './problem';
import { useControlAction } from './use-control-action';
import type { RegulatoryClock, Timeline, TimelineEntry } from './use-control-room';

type EventEntry = Extract<TimelineEntry, { kind: 'event' }>;
type ScheduledEntry = Extract<TimelineEntry, { kind: 'scheduled' }>;

/** How many of a long list are shown until the facilitator asks for all of them. */
const COMING_SHOWN = 6;
const HAPPENED_SHOWN = 12;

/** The first `shown` of a list, and the button that shows the rest (the focus stays on it). */
function useShortList<T>(items: readonly T[], shown: number) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const visible = all ? items : items.slice(0, shown);
  const toggle =
    items.length > shown ? (
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action dh-control-more"
        onClick={() => setAll(!all)}
        aria-expanded={all}
      >
        {all ? t('control.timeline.showFewer') : t('control.timeline.showAll', { count: items.length })}
      </button>
    ) : null;
  return { visible, toggle };
}

/** Counted, not listed: the evaluators' notes and the players' hot-wash answers are read elsewhere. */
const COUNTED_ONLY: ReadonlySet<string> = new Set(['observation.recorded', 'debrief.answered']);

interface Props {
  exerciseId: string;
  timeline: Timeline | undefined;
  events: readonly ClientEvent[];
  scenario: Scenario | undefined;
  clocks: readonly RegulatoryClock[];
  /** Running or paused, and this viewer may act: injects can be fired, skipped, postponed, written. */
  live: boolean;
  refresh: () => Promise<void>;
  /** Why this viewer may not act on injects (an evaluator), said where the buttons would be. */
  readOnlyNote?: string | null;
}

/** The timeline: what happened (newest first) and what is coming (soonest first), with the held injects. */
export function TimelinePanel(props: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="control-timeline-heading" className="dh-control-section">
      <h2 className="utrecht-heading-2" id="control-timeline-heading">
        {t('control.timeline.heading')}
      </h2>
      {props.readOnlyNote && <p className="dh-notice">{props.readOnlyNote}</p>}
      <Summary {...props} />
      <Coming {...props} />
      <Held {...props} />
      {props.live && (
        <AdHocInjectForm exerciseId={props.exerciseId} scenario={props.scenario} refresh={props.refresh} />
      )}
      <Happened {...props} />
    </section>
  );
}

function Summary({ events }: Props) {
  const { t } = useTranslation();
  const count = (type: ClientEvent['type']) => events.filter((event) => event.type === type).length;
  return (
    <dl className="dh-control-counts">
      <div>
        <dt>{t('control.timeline.counts.injects')}</dt>
        <dd>{count('inject.delivered')}</dd>
      </div>
      <div>
        <dt>{t('control.timeline.counts.decisions')}</dt>
        <dd>{count('decision.recorded')}</dd>
      </div>
      <div>
        <dt>{t('control.timeline.counts.reports')}</dt>
        <dd>{count('report.submitted')}</dd>
      </div>
      <div>
        <dt>{t('control.timeline.counts.stages')}</dt>
        <dd>{count('regulatory-clock.status')}</dd>
      </div>
      <div>
        <dt>{t('control.timeline.counts.observations')}</dt>
        <dd>{count('observation.recorded')}</dd>
      </div>
    </dl>
  );
}

function Times({
  scenarioTime,
  wallTime,
  wallLabel,
}: {
  scenarioTime: string;
  wallTime: string | null;
  wallLabel: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="dh-inject__meta">
      <dt>{t('control.timeline.scenarioTime')}</dt>
      <dd>
        <time dateTime={scenarioTime}>{formatScenarioTime(scenarioTime, i18n.language)}</time>
      </dd>
      <dt>{wallLabel}</dt>
      <dd>
        {wallTime ? (
          <time dateTime={wallTime}>{formatWallTime(wallTime, i18n.language)}</time>
        ) : (
          t('control.timeline.clockStill')
        )}
      </dd>
    </dl>
  );
}

/** One line of detail from the event's own payload (staff receive every field). */
function useDetail(clocks: readonly RegulatoryClock[], scenario: Scenario | undefined) {
  const { t, i18n } = useTranslation();
  const roleName = roleNamer(scenario);
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const stageLabel = (clockId: string, stage: string) =>
    clocks.find((clock) => clock.id === clockId)?.stages.find((s) => s.stage === stage)?.label[language] ??
    stage;
  const clockLabel = (clockId: string) => clocks.find((clock) => clock.id === clockId)?.label ?? clockId;
  return (event: ClientEvent | undefined): string | null => {
    if (!event) return null;
    switch (event.type) {
      case 'clock.started':
      case 'clock.speed-changed':
        return t('control.timeline.detail.speed', { speed: event.payload.speed });
      case 'clock.jumped':
        return t('control.timeline.detail.jumped', { offset: formatOffset(event.payload.toOffsetMs) });
      case 'inject.delivered':
        return t('control.timeline.detail.delivered', {
          channel: event.payload.channel.name,
          from: event.payload.from ?? t('control.timeline.unknownSender'),
        });
      case 'inject.postponed':
        return t('control.timeline.detail.postponed', { offset: formatOffset(event.payload.toOffsetMs) });
      case 'decision.recorded':
        return t('control.timeline.detail.decided', {
          role: roleName(event.payload.role),
          by: event.payload.decidedBy,
        });
      case 'regulatory-clock.started':
        return event.payload.label ?? clockLabel(event.payload.clockId);
      case 'regulatory-clock.status':
        return t('control.timeline.detail.stage', {
          clock: clockLabel(event.payload.clockId),
          stage: stageLabel(event.payload.clockId, event.payload.stage),
          status: t(`control.stageStatus.${event.payload.status}`),
        });
      case 'report.submitted':
        return t(
          event.payload.late ? 'control.timeline.detail.reportLate' : 'control.timeline.detail.report',
          {
            stage: stageLabel(event.payload.clockId, event.payload.stage),
            role: roleName(event.payload.role),
          },
        );
      case 'report.requested':
        return clockLabel(event.payload.clockId);
      case 'hotwash.point-captured':
        return event.payload.text;
      default:
        return null;
    }
  };
}

function Happened({ timeline, events, clocks, scenario }: Props) {
  const { t } = useTranslation();
  const roleName = roleNamer(scenario);
  const bySeq = useMemo(() => new Map(events.map((event) => [event.seq, event])), [events]);
  const detail = useDetail(clocks, scenario);
  const happened = (timeline?.entries ?? [])
    .filter((entry): entry is EventEntry => entry.kind === 'event' && !COUNTED_ONLY.has(entry.type))
    .reverse();
  const { visible, toggle } = useShortList(happened, HAPPENED_SHOWN);
  return (
    <section aria-labelledby="control-happened-heading">
      <h3 className="utrecht-heading-3" id="control-happened-heading">
        {t('control.timeline.happened')}
      </h3>
      {happened.length === 0 ? (
        <p className="utrecht-paragraph">{t('control.timeline.nothingYet')}</p>
      ) : (
        <ol className="dh-feed dh-control-list">
          {visible.map((entry) => {
            const id = `control-event-${entry.seq}`;
            const audience = entry.audience.includes('*')
              ? t('control.timeline.everyone')
              : entry.audience.map(roleName).join(', ');
            const acks = entry.acknowledgements;
            const line = detail(bySeq.get(entry.seq));
            return (
              <li key={entry.seq}>
                <article className="dh-control-entry" aria-labelledby={id}>
                  <h4 className="utrecht-heading-4" id={id}>
                    <span className="dh-control-kind">
                      {t(`control.eventType.${entry.type}`, entry.type)}
                    </span>{' '}
                    {entry.title}
                  </h4>
                  {line && <p className="dh-control-detail">{line}</p>}
                  <Times
                    scenarioTime={entry.scenarioTime}
                    wallTime={entry.wallTime}
                    wallLabel={t('control.timeline.wallTime')}
                  />
                  {entry.type === 'inject.delivered' && (
                    <p className="dh-control-detail">
                      {t('control.timeline.to', { roles: audience })}{' '}
                      {acks && acks.length > 0
                        ? t('control.timeline.acknowledgedBy', {
                            roles: acks.map((a) => roleName(a.role)).join(', '),
                          })
                        : t('control.timeline.notAcknowledged')}
                    </p>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
      {toggle}
    </section>
  );
}

function Coming({ exerciseId, timeline, live, refresh }: Props) {
  const { t } = useTranslation();
  const coming = (timeline?.entries ?? []).filter(
    (entry): entry is ScheduledEntry => entry.kind === 'scheduled',
  );
  const { visible, toggle } = useShortList(coming, COMING_SHOWN);
  return (
    <section aria-labelledby="control-coming-heading">
      <h3 className="utrecht-heading-3" id="control-coming-heading">
        {t('control.timeline.coming')}
      </h3>
      {coming.length === 0 ? (
        <p className="utrecht-paragraph">{t('control.timeline.nothingComing')}</p>
      ) : (
        <ol className="dh-feed dh-control-list">
          {visible.map((entry) => (
            <li key={`${entry.itemKind}:${entry.refId}:${entry.occurrence}`}>
              <ComingItem exerciseId={exerciseId} entry={entry} live={live} refresh={refresh} />
            </li>
          ))}
        </ol>
      )}
      {toggle}
    </section>
  );
}

function ComingItem({
  exerciseId,
  entry,
  live,
  refresh,
}: {
  exerciseId: string;
  entry: ScheduledEntry;
  live: boolean;
  refresh: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const path = { params: { path: { exerciseId, injectId: entry.refId } } };
  const fire = useControlAction(
    () =>
      answerOf(staffApi.POST('/api/exercises/{exerciseId}/injects/{injectId}/fire', { ...path, body: {} })),
    refresh,
  );
  const skip = useControlAction(
    () => answerOf(staffApi.POST('/api/exercises/{exerciseId}/injects/{injectId}/skip', path)),
    refresh,
  );
  const actionable = live && entry.itemKind === 'inject' && entry.status === 'pending';
  const failed = fire.error ?? skip.error;
  const busy = fire.isPending || skip.isPending;
  const title = entry.title ?? entry.refId;
  return (
    <article className="dh-control-entry" data-status={entry.status} aria-labelledby={id}>
      <h4 className="utrecht-heading-4" id={id}>
        <span className="dh-control-kind">{t(`control.itemKind.${entry.itemKind}`)}</span> {title}
        {entry.status === 'skipped' && (
          <span className="dh-badge dh-control-muted">{t('control.timeline.skipped')}</span>
        )}
      </h4>
      <p className="dh-control-detail">
        {t('control.timeline.due', { offset: formatOffset(entry.offsetMs) })}
      </p>
      <Times
        scenarioTime={entry.scenarioTime}
        wallTime={entry.expectedWallTime}
        wallLabel={t('control.timeline.expectedWallTime')}
      />
      {actionable && (
        <>
          <div className="dh-control-buttons">
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              aria-describedby={id}
              aria-disabled={busy || undefined}
              onClick={() => !busy && fire.mutate()}
            >
              {t('control.timeline.fire')}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              aria-describedby={id}
              aria-disabled={busy || undefined}
              onClick={() => !busy && skip.mutate()}
            >
              {t('control.timeline.skip')}
            </button>
          </div>
          <Failure message={failed ? failureText(t, failed) : null} />
          <PostponeForm exerciseId={exerciseId} injectId={entry.refId} title={title} refresh={refresh} />
        </>
      )}
    </article>
  );
}

/** Postpone: how much later, on the scenario clock ({by: "00:15"}). Behind a disclosure, to keep the list short. */
function PostponeForm({
  exerciseId,
  injectId,
  title,
  refresh,
}: {
  exerciseId: string;
  injectId: string;
  title: string;
  refresh: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [by, setBy] = useState('00:15');
  const [invalid, setInvalid] = useState<string | null>(null);
  const postpone = useControlAction(
    (value: string) =>
      answerOf(
        staffApi.POST('/api/exercises/{exerciseId}/injects/{injectId}/postpone', {
          params: { path: { exerciseId, injectId } },
          body: { by: value },
        }),
      ),
    refresh,
  );
  const serverError = postpone.error instanceof ControlFailure ? postpone.error.field('by') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ms = parseOffset(by);
    if (ms === null || ms === 0) {
      setInvalid(t('control.timeline.postponeInvalid'));
      return;
    }
    setInvalid(null);
    postpone.mutate(formatOffset(ms));
  };
  return (
    <details className="dh-control-details">
      <summary>{t('control.timeline.postpone', { title })}</summary>
      <form className="dh-control-form" onSubmit={submit} noValidate>
        <Field
          label={t('control.timeline.postponeBy')}
          hint={t('control.timeline.postponeHint')}
          error={invalid ?? serverError}
        >
          {(ids) => (
            <input
              {...ids}
              className="utrecht-textbox utrecht-textbox--html-input dh-control-short"
              value={by}
              onChange={(event) => setBy(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          aria-disabled={postpone.isPending || undefined}
        >
          {t('control.timeline.postponeSubmit')}
        </button>
        {!serverError && <Failure message={postpone.error ? failureText(t, postpone.error) : null} />}
      </form>
    </details>
  );
}

/** Injects the scenario holds back (`hold: true`): they fire only when the facilitator says so. */
function Held({ exerciseId, events, scenario, live, refresh }: Props) {
  const { t } = useTranslation();
  const held = (scenario?.injects ?? []).filter((inject) => inject.hold);
  const delivered = eventsOf(events, 'inject.delivered');
  if (!held.length) return null;
  return (
    <section aria-labelledby="control-held-heading">
      <h3 className="utrecht-heading-3" id="control-held-heading">
        {t('control.timeline.held')}
      </h3>
      <ul className="dh-feed dh-control-list">
        {held.map((inject) => (
          <li key={inject.id}>
            <HeldItem
              exerciseId={exerciseId}
              injectId={inject.id}
              title={inject.title}
              notes={inject.facilitatorNotes}
              times={delivered.filter((event) => event.payload.injectId === inject.id).length}
              live={live}
              refresh={refresh}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function HeldItem({
  exerciseId,
  injectId,
  title,
  notes,
  times,
  live,
  refresh,
}: {
  exerciseId: string;
  injectId: string;
  title: string;
  notes: string | undefined;
  times: number;
  live: boolean;
  refresh: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const fire = useControlAction(
    () =>
      answerOf(
        staffApi.POST('/api/exercises/{exerciseId}/injects/{injectId}/fire', {
          params: { path: { exerciseId, injectId } },
          body: times > 0 ? { again: true } : {},
        }),
      ),
    refresh,
  );
  return (
    <article className="dh-control-entry" aria-labelledby={id}>
      <h4 className="utrecht-heading-4" id={id}>
        <span className="dh-control-kind">{t('control.timeline.heldKind')}</span> {title}
      </h4>
      <p className="dh-control-detail">
        {times > 0 ? t('control.timeline.firedTimes', { count: times }) : t('control.timeline.notFired')}
      </p>
      {notes && <p className="dh-control-notes">{notes}</p>}
      {live && (
        <>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            aria-describedby={id}
            aria-disabled={fire.isPending || undefined}
            onClick={() => !fire.isPending && fire.mutate()}
          >
            {times > 0 ? t('control.timeline.fireAgain') : t('control.timeline.fire')}
          </button>
          <Failure message={fire.error ? failureText(t, fire.error) : null} />
        </>
      )}
    </article>
  );
}
