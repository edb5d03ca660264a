import { useEffect, useId, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, FormAlert, TextField } from '../player/form-fields';
import { formatScenarioTime, formatWallTime } from '../time/format';
import type { Draft } from './draft';
import type { Objective, Role } from './exercise-outline';
import { KINDS, RATINGS } from './observations';
import type { ClientEvent } from '../realtime/contract';

export interface CaptureErrors {
  fields: Record<string, string>;
  form: string | null;
}

/** The longest observation text the server takes. */
const TEXT_MAX = 4000;

function Checkboxes<T extends string | number>({
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
}: {
  legend: string;
  hint?: string;
  error?: string;
  options: { value: T; label: string; detail?: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-eval-group">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {hint && (
        <p className="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="dh-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="dh-eval-options">
        {options.map((option, index) => (
          <div className="dh-eval-option" key={option.value}>
            <input
              className="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={`${id}-${index}`}
              checked={selected.includes(option.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((value) => value !== option.value),
                )
              }
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-${index}`}>
              {option.label}
              {option.detail && <span className="dh-eval-option__detail">{option.detail}</span>}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The observation the evaluator is writing, started by one tap: the moment is fixed then, and the
 * rest (objective, rating, roles, the events it refers to, what they saw) follows in this order.
 * The server's field errors appear at their fields.
 */
export function CaptureForm({
  formRef,
  loading,
  draft,
  objectives,
  roles,
  errors,
  busy,
  summary,
  onChange,
  onSubmit,
  onCancel,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  /** The scenario's objectives and roles are still on their way. */
  loading: boolean;
  draft: Draft;
  objectives: readonly Objective[];
  roles: readonly Role[];
  errors: CaptureErrors;
  busy: boolean;
  summary: { label: (event: ClientEvent) => string; detail: (event: ClientEvent) => string };
  onChange: (draft: Draft) => void;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const start = useRef<HTMLDivElement>(null);
  const set = (change: Partial<Draft>) => onChange({ ...draft, ...change });

  useEffect(() => {
    // The tap opened the form: the keyboard and a screen reader go on at its first question.
    start.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }, [draft.moment.wallTime]);

  const { moment } = draft;
  return (
    <form
      ref={formRef}
      className="dh-eval-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 className="utrecht-heading-3" id={headingId}>
        {draft.supersedes ? t('evaluator.capture.correcting') : t(`evaluator.kind.${draft.kind}`)}
      </h3>
      <p className="utrecht-paragraph dh-eval-moment">
        {t('evaluator.capture.moment')}{' '}
        {moment.scenarioTime && (
          <>
            <time dateTime={moment.scenarioTime}>
              {formatScenarioTime(moment.scenarioTime, i18n.language)}
            </time>{' '}
            {t('evaluator.capture.scenarioTimeSuffix')},{' '}
          </>
        )}
        <time dateTime={moment.wallTime}>{formatWallTime(moment.wallTime, i18n.language)}</time>
      </p>
      {draft.supersedes && (
        <p className="utrecht-paragraph dh-notice">{t('evaluator.capture.correctionIntro')}</p>
      )}
      <FormAlert message={errors.form} />
      <div ref={start}>
        <ChoiceGroup
          legend={t('evaluator.capture.objective')}
          hint={loading ? t('evaluator.capture.loadingOutline') : undefined}
          error={errors.fields.objectiveId}
          choices={[
            { value: '', label: t('evaluator.capture.noObjective') },
            ...objectives.map((objective) => ({ value: objective.id, label: objective.title })),
          ]}
          value={draft.objectiveId}
          onChange={(objectiveId) => set({ objectiveId, rating: objectiveId ? draft.rating : '' })}
        />
      </div>
      {draft.objectiveId ? (
        <ChoiceGroup
          legend={t('evaluator.capture.rating')}
          hint={t('evaluator.capture.ratingHint')}
          error={errors.fields.rating}
          choices={RATINGS.map((rating) => ({
            value: rating,
            label: (
              <>
                <span className="dh-eval-rating">{rating}</span> {t(`evaluator.rating.${rating}`)}
              </>
            ),
          }))}
          value={draft.rating || undefined}
          onChange={(rating) => set({ rating: rating as Draft['rating'] })}
        />
      ) : (
        <p className="utrecht-paragraph dh-eval-hint">{t('evaluator.capture.ratingNeedsObjective')}</p>
      )}
      <ChoiceGroup
        legend={t('evaluator.capture.kind')}
        error={errors.fields.kind}
        choices={KINDS.map((kind) => ({ value: kind, label: t(`evaluator.kind.${kind}`) }))}
        value={draft.kind}
        onChange={(kind) => set({ kind: kind as Draft['kind'] })}
      />
      {roles.length > 0 && (
        <Checkboxes
          legend={t('evaluator.capture.roles')}
          error={errors.fields.roles}
          options={roles.map((role) => ({ value: role.id, label: role.name }))}
          selected={draft.roles}
          onChange={(selected) => set({ roles: selected })}
        />
      )}
      {draft.offered.length > 0 && (
        <Checkboxes
          legend={t('evaluator.capture.events')}
          hint={t('evaluator.capture.eventsHint')}
          error={errors.fields.seqs}
          options={draft.offered.map((event) => ({
            value: event.seq,
            label: `#${event.seq} ${summary.label(event)}`,
            detail: summary.detail(event) || undefined,
          }))}
          selected={draft.seqs}
          onChange={(selected) => set({ seqs: selected })}
        />
      )}
      <TextField
        label={t('evaluator.capture.text')}
        hint={t('evaluator.capture.textHint')}
        required
        multiline
        maxLength={TEXT_MAX}
        error={errors.fields.text}
        value={draft.text}
        onChange={(text) => set({ text })}
      />
      {errors.fields.supersedes && <p className="dh-error">{errors.fields.supersedes}</p>}
      <div className="utrecht-button-group dh-eval-buttons">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={busy || undefined}
          aria-keyshortcuts="Control+Enter"
        >
          {busy ? t('evaluator.capture.saving') : t('evaluator.capture.save')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          aria-keyshortcuts="Escape"
          onClick={onCancel}
        >
          {t('evaluator.capture.cancel')}
        </button>
      </div>
    </form>
  );
}
