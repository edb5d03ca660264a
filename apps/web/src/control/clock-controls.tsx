import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@driehoek/scenario';
import { staffApi } from '../auth/session';
import type { ClockReading } from '../realtime/use-exercise-channel';
import { formatScenarioTime } from '../time/format';
import { Failure, Field } from './field';
import { formatOffset, parseOffset } from './offset';
import { ControlFailure, answerOf, failureText } from './problem';
import { useControlAction } from './use-control-action';
import type { ExerciseStatus } from './control-view';
import { scenarioNowMs, useNow } from '../time/clock-time';

/** The scenario offset (ms) at `now`, or null before the clock and the start are known. */
export function offsetAt(clock: ClockReading | null, startMs: number | null, now: number): number | null {
  return clock && startMs !== null ? scenarioNowMs(clock, now) - startMs : null;
}

interface Props {
  exerciseId: string;
  status: ExerciseStatus;
  speed: number;
  clock: ClockReading | null;
  /** Epoch ms of offset 0 on scenario time; null before the first reading. */
  startMs: number | null;
  scenario: Scenario | undefined;
  refresh: () => Promise<void>;
}

/** Each control is a request to the API (docs/api.md, "Exercise control routes"). */
export function ClockControls(props: Props) {
  const { t } = useTranslation();
  const { status } = props;
  const live = status === 'running' || status === 'paused';
  return (
    <section className="dh-control-clock" aria-labelledby="control-clock-heading">
      <h2 className="utrecht-heading-2" id="control-clock-heading">
        {t('control.clock.heading')}
      </h2>
      <RunButtons {...props} />
      {live && (
        <div className="dh-control-forms">
          <SpeedForm {...props} />
          <JumpForm {...props} />
          <NextPhase {...props} />
        </div>
      )}
    </section>
  );
}

function RunButtons({ exerciseId, status, refresh }: Props) {
  const { t } = useTranslation();
  const path = { params: { path: { exerciseId } } };
  const start = useControlAction(
    () => answerOf(staffApi.POST('/api/exercises/{exerciseId}/start', { ...path, body: {} })),
    refresh,
  );
  const pause = useControlAction(
    () => answerOf(staffApi.POST('/api/exercises/{exerciseId}/pause', path)),
    refresh,
  );
  const resume = useControlAction(
    () => answerOf(staffApi.POST('/api/exercises/{exerciseId}/resume', path)),
    refresh,
  );
  const end = useControlAction(
    () => answerOf(staffApi.POST('/api/exercises/{exerciseId}/end', path)),
    refresh,
  );
  const actions = [start, pause, resume, end];
  const failed = actions.find((action) => action.error)?.error;
  const busy = actions.some((action) => action.isPending);
  /** One request at a time; an older refusal is cleared by the next try. */
  const run = (action: (typeof actions)[number]) => {
    if (busy) return;
    for (const other of actions) other.reset();
    action.mutate();
  };

  // One button that reads Start, Pause or Resume: the same element throughout, so the keyboard's
  // place stays on it when pressing it changes what it does.
  const primary =
    status === 'draft'
      ? { label: t('control.clock.start'), action: start }
      : status === 'running'
        ? { label: t('control.clock.pause'), action: pause }
        : status === 'paused'
          ? { label: t('control.clock.resume'), action: resume }
          : null;

  return (
    <>
      <div className="dh-control-buttons">
        {primary && (
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={busy || undefined}
            onClick={() => run(primary.action)}
          >
            {primary.label}
          </button>
        )}
        {(status === 'running' || status === 'paused') && (
          <EndButton busy={busy} onConfirm={() => run(end)} />
        )}
      </div>
      <Failure message={failed ? failureText(t, failed) : null} />
    </>
  );
}

/** Ending is for good: asked once more in a modal dialog (native <dialog>: focus kept inside, Esc closes). */
function EndButton({ busy, onConfirm }: { busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const open = () => {
    if (busy) return;
    dialog.current?.showModal();
    // The safe choice first: Enter on the focus must not end the exercise by accident.
    cancel.current?.focus();
  };
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  return (
    <>
      <button
        type="button"
        ref={opener}
        className="utrecht-button utrecht-button--secondary-action"
        aria-haspopup="dialog"
        aria-disabled={busy || undefined}
        onClick={open}
      >
        {t('control.clock.end')}
      </button>
      <dialog
        ref={dialog}
        className="dh-control-dialog"
        aria-labelledby="control-end-title"
        aria-describedby="control-end-body"
        onClose={() => opener.current?.focus()}
      >
        <h2 className="utrecht-heading-2" id="control-end-title">
          {t('control.clock.endTitle')}
        </h2>
        <p className="utrecht-paragraph" id="control-end-body">
          {t('control.clock.endBody')}
        </p>
        <div className="dh-control-buttons">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {t('control.clock.endConfirm')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            ref={cancel}
            onClick={close}
          >
            {t('control.clock.endCancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}

function SpeedForm({ exerciseId, speed, refresh }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(speed));
  const [invalid, setInvalid] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const change = useControlAction(
    (next: number) =>
      answerOf(
        staffApi.PATCH('/api/exercises/{exerciseId}/clock', {
          params: { path: { exerciseId } },
          body: { speed: next },
        }),
      ),
    refresh,
  );
  useEffect(() => setValue(String(speed)), [speed]);
  const serverError = change.error instanceof ControlFailure ? change.error.field('speed') : undefined;
  const error = invalid ?? serverError ?? null;
  useEffect(() => {
    if (error) input.current?.focus();
  }, [error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = Number(value.replace(',', '.'));
    if (!value.trim() || !Number.isFinite(next) || next < 1 || next > 3600) {
      setInvalid(t('control.clock.speedInvalid'));
      return;
    }
    setInvalid(null);
    change.mutate(next);
  };
  return (
    <form className="dh-control-form" onSubmit={submit} noValidate>
      <Field label={t('control.clock.speedLabel')} hint={t('control.clock.speedHint')} error={error}>
        {(ids) => (
          <input
            {...ids}
            ref={input}
            className="utrecht-textbox utrecht-textbox--html-input dh-control-short"
            inputMode="decimal"
            name="speed"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <button
        type="submit"
        className="utrecht-button utrecht-button--secondary-action"
        aria-disabled={change.isPending || undefined}
      >
        {t('control.clock.speedSubmit')}
      </button>
      {!serverError && <Failure message={change.error ? failureText(t, change.error) : null} />}
    </form>
  );
}

function durationMsOf(scenario: Scenario | undefined): number | null {
  return scenario ? parseOffset(scenario.duration) : null;
}

function JumpForm({ exerciseId, clock, startMs, scenario, refresh }: Props) {
  const { t, i18n } = useTranslation();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const jump = useControlAction(
    (jumpTo: string) =>
      answerOf(
        staffApi.PATCH('/api/exercises/{exerciseId}/clock', {
          params: { path: { exerciseId } },
          body: { jumpTo },
        }),
      ),
    refresh,
  );
  const serverError = jump.error instanceof ControlFailure ? jump.error.field('jumpTo') : undefined;
  const error = invalid ?? serverError ?? null;
  useEffect(() => {
    if (error) input.current?.focus();
  }, [error]);
  const duration = durationMsOf(scenario);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const offsetMs = offsetAt(clock, startMs, Date.now());
    const target = parseOffset(value);
    if (target === null) {
      setInvalid(t('control.clock.jumpInvalid'));
      return;
    }
    if (offsetMs !== null && target <= offsetMs) {
      setInvalid(t('control.clock.jumpBackwards', { now: formatOffset(offsetMs) }));
      return;
    }
    if (duration !== null && target > duration) {
      setInvalid(t('control.clock.jumpPastEnd', { end: formatOffset(duration) }));
      return;
    }
    setInvalid(null);
    const text = formatOffset(target);
    jump.mutate(text, {
      onSuccess: () => {
        setValue('');
        setDone(
          t('control.clock.jumped', {
            offset: text,
            time:
              startMs === null
                ? text
                : formatScenarioTime(new Date(startMs + target).toISOString(), i18n.language),
          }),
        );
      },
    });
  };
  return (
    <form className="dh-control-form" onSubmit={submit} noValidate>
      <Field
        label={t('control.clock.jumpLabel')}
        hint={t('control.clock.jumpHint', { end: duration === null ? '…' : formatOffset(duration) })}
        error={error}
      >
        {(ids) => (
          <input
            {...ids}
            ref={input}
            className="utrecht-textbox utrecht-textbox--html-input dh-control-short"
            name="jumpTo"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <button
        type="submit"
        className="utrecht-button utrecht-button--secondary-action"
        aria-disabled={jump.isPending || undefined}
      >
        {t('control.clock.jumpSubmit')}
      </button>
      {!serverError && <Failure message={jump.error ? failureText(t, jump.error) : null} />}
      <p className="dh-control-done" role="status">
        {done}
      </p>
    </form>
  );
}

/** The phase the scenario is in at `offsetMs`, and the one after it (the API has no phase route). */
export function phasesAround(scenario: Scenario | undefined, offsetMs: number | null) {
  const phases = (scenario?.phases ?? [])
    .map((phase) => ({ ...phase, startsAtMs: parseOffset(phase.startsAt) ?? 0 }))
    .sort((a, b) => a.startsAtMs - b.startsAtMs);
  if (offsetMs === null) return { current: undefined, next: undefined };
  const current = phases.findLast((phase) => phase.startsAtMs <= offsetMs);
  const next = phases.find((phase) => phase.startsAtMs > offsetMs);
  return { current, next };
}

/** "Next phase": a jump to the start of the scenario's next phase. */
function NextPhase({ exerciseId, clock, startMs, scenario, refresh }: Props) {
  const { t } = useTranslation();
  const now = useNow(clock?.status === 'running');
  const { next } = phasesAround(scenario, offsetAt(clock, startMs, now));
  const jump = useControlAction(
    (jumpTo: string) =>
      answerOf(
        staffApi.PATCH('/api/exercises/{exerciseId}/clock', {
          params: { path: { exerciseId } },
          body: { jumpTo },
        }),
      ),
    refresh,
  );
  if (!scenario?.phases?.length) return null;
  return (
    <div className="dh-control-form">
      {next ? (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          aria-disabled={jump.isPending || undefined}
          onClick={() => !jump.isPending && jump.mutate(next.startsAt)}
        >
          {t('control.clock.nextPhase', { name: next.name, offset: next.startsAt })}
        </button>
      ) : (
        <p className="utrecht-paragraph">{t('control.clock.lastPhase')}</p>
      )}
      <Failure message={jump.error ? failureText(t, jump.error) : null} />
    </div>
  );
}
