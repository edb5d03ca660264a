import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { staffAccessEnded, useAccessToken, useStaffSession } from '../auth/session';
import { scenarioNowMs } from '../time/clock-time';
import { ScenarioClock } from '../player/scenario-clock';
import type { Ack } from '../realtime/contract';
import { useStaffExerciseChannel, type ChannelState } from '../realtime/use-exercise-channel';
import { CaptureForm, type CaptureErrors } from './capture-form';
import { correctionDraft, fieldOf, newDraft, observationBody, type Draft } from './draft';
import { useEventSummary } from './event-summary';
import { useExerciseOutline } from './exercise-outline';
import { LiveTimeline } from './live-timeline';
import { ObservationList } from './observation-list';
import {
  ownObservations,
  RATINGS,
  referable,
  type Observation,
  type ObservationKind,
  type Rating,
} from './observations';
import './evaluator.css';

const NO_ERRORS: CaptureErrors = { fields: {}, form: null };
/** The fields of `observation.record` the form shows; an error on another is said with the form. */
const FIELDS = new Set(['kind', 'objectiveId', 'rating', 'roles', 'seqs', 'text']);
/** Observations may be recorded while the exercise runs, is paused or has ended (docs/realtime.md). */
const CAPTURABLE = new Set(['running', 'paused', 'ended']);

type AckError = Extract<Ack, { ok: false }>['error'];

/** A key press meant for a text field, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return (
    target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type)
  );
}

function ConnectionStatus({ state }: { state: ChannelState }) {
  const { t } = useTranslation();
  const text =
    state.connection === 'ended'
      ? t('connection.ended', { reason: t(`accessEnded.${state.endedReason ?? 'access-withdrawn'}`) })
      : state.connection === 'refused'
        ? t('evaluator.refused')
        : t(`connection.${state.connection}`);
  return (
    <div>
      <dt>{t('connection.label')}</dt>
      <dd>
        <span className="dh-connection" data-state={state.connection} role="status">
          {text}
        </span>
      </dd>
    </div>
  );
}

/** /staff/exercises/:id/evaluate — the evaluator's view of a live exercise. */
export function EvaluatePage() {
  const { id = '' } = useParams();
  return <EvaluatorView key={id} exerciseId={id} />;
}

function EvaluatorView({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const session = useStaffSession();
  const observer = session?.user.email ?? '';
  const accessToken = useAccessToken();
  const channel = useStaffExerciseChannel(exerciseId, accessToken);
  const outline = useExerciseOutline(exerciseId);
  const heading = usePageHeading(t('evaluator.title'));
  const objectives = outline.data?.objectives ?? [];
  const roles = outline.data?.roles ?? [];
  const events = useMemo(() => referable(channel.events), [channel.events]);
  const summary = useEventSummary(channel.events, roles);
  const mine = useMemo(() => ownObservations(channel.events, observer), [channel.events, observer]);

  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<CaptureErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const tapButtons = useRef<Record<ObservationKind, HTMLButtonElement | null>>({
    strength: null,
    'area-for-improvement': null,
  });

  useEffect(() => {
    // Signed out elsewhere, password changed …: back to sign-in, saying why.
    if (channel.connection === 'ended' && channel.endedReason) staffAccessEnded(channel.endedReason);
  }, [channel.connection, channel.endedReason]);

  useEffect(() => {
    const injects = channel.arrived.flatMap((event) =>
      event.type === 'inject.delivered' ? [event.payload.title] : [],
    );
    if (injects.length)
      setAnnouncement(injects.map((title) => t('evaluator.newInject', { title })).join(' '));
  }, [channel.arrived, t]);

  const status = channel.exercise?.status;
  const capturable = status !== undefined && CAPTURABLE.has(status);
  const scenarioTimeNow = useCallback(
    () =>
      channel.clock && channel.clock.status !== 'not-started'
        ? new Date(scenarioNowMs(channel.clock, Date.now())).toISOString()
        : null,
    [channel.clock],
  );

  const start = useCallback(
    (kind: ObservationKind) => {
      if (!capturable) return;
      // A second tap while writing changes what kind it is; the moment stays the first tap's.
      setDraft((current) => (current ? { ...current, kind } : newDraft(kind, events, scenarioTimeNow())));
      setErrors(NO_ERRORS);
    },
    [capturable, events, scenarioTimeNow],
  );

  const correct = (observation: Observation) => {
    setDraft(correctionDraft(observation, events, scenarioTimeNow()));
    setErrors(NO_ERRORS);
  };

  const cancel = useCallback(() => {
    const kind = draft?.kind ?? 'strength';
    setDraft(null);
    setErrors(NO_ERRORS);
    requestAnimationFrame(() => tapButtons.current[kind]?.focus());
  }, [draft?.kind]);

  const fail = (next: CaptureErrors) => {
    setErrors(next);
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  };

  const refused = (error: AckError): CaptureErrors => {
    const fields: Record<string, string> = {};
    const other: string[] = [];
    for (const detail of error.details ?? []) {
      const field = fieldOf(detail.path);
      const message =
        detail.code === 'missing-field'
          ? t('evaluator.errors.required')
          : t('evaluator.errors.serverSays', { message: detail.message });
      if (FIELDS.has(field)) fields[field] ??= message;
      else other.push(detail.message);
    }
    const code = ['VALIDATION_FAILED', 'CONFLICT', 'FORBIDDEN', 'RATE_LIMITED'].includes(error.code)
      ? error.code
      : 'OTHER';
    const message = [error.message, ...other].join(' ');
    return {
      fields,
      form: t(`evaluator.errors.${code}`, { count: Math.max(1, Object.keys(fields).length), message }),
    };
  };

  const submit = async () => {
    if (!draft || busy) return;
    if (!draft.text.trim())
      return fail({
        fields: { text: t('evaluator.errors.text') },
        form: t('evaluator.errors.VALIDATION_FAILED', { count: 1 }),
      });
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const answer = await channel.request('observation.record', observationBody(draft));
      if (answer.ok) {
        setDraft(null);
        setSaved(answer.observationId);
        setAnnouncement(draft.supersedes ? t('evaluator.capture.corrected') : t('evaluator.capture.saved'));
      } else fail(refused(answer.error));
    } catch (error) {
      fail({
        fields: {},
        form:
          (error as Error).message === 'offline'
            ? t('evaluator.errors.offline')
            : t('evaluator.errors.noAnswer'),
      });
    } finally {
      setBusy(false);
    }
  };

  // The keyboard shortcuts listed on the page; never while typing in a text field (but Ctrl+Enter).
  const keys = useRef({ start, cancel, draft });
  keys.current = { start, cancel, draft };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const { draft: open } = keys.current;
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        if (!open) return;
        event.preventDefault();
        formRef.current?.requestSubmit();
        return;
      }
      if (event.ctrlKey || event.metaKey || typing(event.target)) return;
      if (event.key === 'Escape' && open) {
        event.preventDefault();
        keys.current.cancel();
      } else if (event.key === '1' || event.key === '2') {
        event.preventDefault();
        keys.current.start(event.key === '1' ? 'strength' : 'area-for-improvement');
      } else if (open?.objectiveId && RATINGS.includes(event.key.toUpperCase() as Rating)) {
        event.preventDefault();
        setDraft({ ...open, rating: event.key.toUpperCase() as Rating });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="dh-eval">
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('evaluator.title')}
      </h1>
      <dl className="dh-status">
        <div>
          <dt>{t('evaluator.exercise')}</dt>
          <dd>{channel.exercise?.title ?? t('connection.connecting')}</dd>
        </div>
        {channel.clock && <ScenarioClock clock={channel.clock} />}
        <ConnectionStatus state={channel} />
      </dl>
      <div className="dh-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {outline.isError && (
        <p className="dh-notice" role="status">
          {t('evaluator.outlineFailed')}
        </p>
      )}
      <div className="dh-eval-columns">
        <div className="dh-eval-main">
          <section aria-labelledby="eval-capture-heading" className="dh-eval-section">
            <h2 className="utrecht-heading-2" id="eval-capture-heading">
              {t('evaluator.capture.heading')}
            </h2>
            {status !== undefined && !capturable && (
              <p className="utrecht-paragraph dh-notice">{t(`evaluator.capture.notNow.${status}`)}</p>
            )}
            <div className="dh-eval-taps">
              {(['strength', 'area-for-improvement'] as const).map((kind, index) => (
                <button
                  key={kind}
                  ref={(element) => {
                    tapButtons.current[kind] = element;
                  }}
                  type="button"
                  className="utrecht-button utrecht-button--primary-action dh-eval-tap"
                  data-kind={kind}
                  aria-disabled={!capturable || undefined}
                  aria-keyshortcuts={String(index + 1)}
                  onClick={() => start(kind)}
                >
                  {t(`evaluator.kind.${kind}`)}
                  <kbd className="dh-eval-kbd" aria-hidden="true">
                    {index + 1}
                  </kbd>
                </button>
              ))}
            </div>
            {draft && (
              <CaptureForm
                formRef={formRef}
                loading={outline.isPending}
                draft={draft}
                objectives={objectives}
                roles={roles}
                errors={errors}
                busy={busy}
                summary={summary}
                onChange={setDraft}
                onSubmit={() => void submit()}
                onCancel={cancel}
              />
            )}
            <Shortcuts />
          </section>
          <section aria-labelledby="eval-own-heading" className="dh-eval-section">
            <h2 className="utrecht-heading-2" id="eval-own-heading">
              {t('evaluator.own.heading', { count: mine.length })}
            </h2>
            <ObservationList
              observations={mine}
              objectives={objectives}
              roles={roles}
              events={channel.events}
              label={summary.label}
              focusId={saved}
              onFocused={() => setSaved(null)}
              onCorrect={correct}
            />
          </section>
        </div>
        <section aria-labelledby="eval-timeline-heading" className="dh-eval-section dh-eval-side">
          <h2 className="utrecht-heading-2" id="eval-timeline-heading">
            {t('evaluator.timeline.heading')}
          </h2>
          <LiveTimeline events={events} label={summary.label} detail={summary.detail} />
        </section>
      </div>
    </div>
  );
}

/** The shortcuts, on screen: an evaluator on a tablet with a keyboard, or at a laptop. */
function Shortcuts() {
  const { t } = useTranslation();
  const rows: [string[], string][] = [
    [['1'], t('evaluator.shortcuts.strength')],
    [['2'], t('evaluator.shortcuts.areaForImprovement')],
    [['P', 'S', 'M', 'U'], t('evaluator.shortcuts.rating')],
    [['Ctrl', 'Enter'], t('evaluator.shortcuts.save')],
    [['Esc'], t('evaluator.shortcuts.cancel')],
  ];
  return (
    <details className="dh-eval-shortcuts" open>
      <summary>{t('evaluator.shortcuts.heading')}</summary>
      <p className="utrecht-paragraph">{t('evaluator.shortcuts.intro')}</p>
      <dl>
        {rows.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && (keys[0] === 'Ctrl' ? ' + ' : ' ')}
                  <kbd className="dh-eval-kbd">{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
