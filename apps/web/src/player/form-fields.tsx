import type { TFunction } from 'i18next';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ack } from '../realtime/contract';

/** What the server said when it refused a message: `{code, message, details?: [{path, message, code}]}`. */
export type AckError = Extract<Ack, { ok: false }>['error'];

/** A form's errors: one message per field path (`beeld`, `actions[0].owner`, `mitigation.applied`). */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/**
 * A refusal in the reader's language, the field errors at their fields. The server's own words are
 * English; they are kept inside the message, since they say what exactly is wrong. `prefix` is a
 * path the form does not show (a report's fields arrive as `report.summary`).
 */
export function ackErrors(error: AckError, t: TFunction, prefix = ''): FormErrors {
  const fields: Record<string, string> = {};
  for (const detail of error.details ?? []) {
    const path = prefix && detail.path.startsWith(prefix) ? detail.path.slice(prefix.length) : detail.path;
    fields[path] ??=
      detail.code === 'missing-field'
        ? t('player.form.required')
        : detail.code === 'wrong-type'
          ? t('player.form.wrongType')
          : t('player.form.serverSays', { message: detail.message });
  }
  const count = Object.keys(fields).length;
  const form =
    error.code === 'VALIDATION_FAILED'
      ? t('player.form.checkFields', { count: Math.max(count, 1) })
      : error.code === 'FORBIDDEN'
        ? t('player.form.forbidden', { message: error.message })
        : error.code === 'CONFLICT'
          ? t('player.form.conflict', { message: error.message })
          : error.code === 'RATE_LIMITED'
            ? t('player.form.rateLimited')
            : t('player.form.failed', { message: error.message });
  return { fields, form };
}

/**
 * The errors left once the fields under `roots` were edited (`actions` covers `actions[0].owner`):
 * a corrected field stops saying it is wrong; the form's message goes with the last field error.
 */
export function withoutErrorsOf(errors: FormErrors, roots: readonly string[]): FormErrors {
  const paths = Object.keys(errors.fields);
  const edited = (path: string) =>
    roots.some((root) => path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`));
  const kept = paths.filter((path) => !edited(path));
  if (kept.length === paths.length) return errors;
  if (!kept.length) return NO_ERRORS;
  return { fields: Object.fromEntries(kept.map((path) => [path, errors.fields[path]])), form: errors.form };
}

/** A message the form shows when sending failed before the server answered. */
export function sendFailure(error: unknown, t: TFunction): FormErrors {
  return {
    fields: {},
    form: (error as Error).message === 'offline' ? t('player.form.offline') : t('player.form.noAnswer'),
  };
}

/** Moves the focus to the first field in error, so the keyboard and a screen reader land there. */
export function focusFirstError(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

function Required({ required }: { required: boolean }) {
  const { t } = useTranslation();
  return required ? <span className="dh-required"> {t('player.form.requiredMarker')}</span> : null;
}

function ErrorMessage({ id, error }: { id: string; error?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="utrecht-form-field-error-message dh-field-error" id={id}>
      <span className="dh-visually-hidden">{t('player.form.errorPrefix')} </span>
      {error}
    </p>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** A labelled text box or area, its hint and its error tied to it; required said in words. */
export function TextField({
  label,
  hint,
  required = false,
  error,
  value,
  onChange,
  multiline = false,
  maxLength,
  type = 'text',
  inputMode,
  min,
  autoComplete = 'off',
  name,
}: {
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  maxLength?: number;
  type?: 'text' | 'number';
  inputMode?: 'numeric' | 'text';
  min?: number;
  autoComplete?: string;
  name?: string;
}) {
  const id = useId();
  const common = {
    id,
    name,
    value,
    required,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`),
  } as const;
  return (
    <div className={`utrecht-form-field dh-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
        <Required required={required} />
      </label>
      {hint !== undefined && (
        <p className="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} error={error} />
      {multiline ? (
        <textarea
          {...common}
          className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          type={type}
          inputMode={inputMode}
          min={min}
          step={type === 'number' ? 1 : undefined}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

/**
 * A radio group in a fieldset: the legend is the question, each option a native radio button, so
 * the arrow keys move between them. The error is tied to the group and to each option.
 */
export function ChoiceGroup({
  legend,
  hint,
  required = false,
  error,
  choices,
  value,
  onChange,
  name,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  error?: string;
  choices: Choice[];
  value: string | undefined;
  onChange: (value: string) => void;
  name?: string;
}) {
  const id = useId();
  const group = name ?? id;
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
        <Required required={required} />
      </legend>
      {hint !== undefined && (
        <p className="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} error={error} />
      {choices.map((choice, index) => (
        <div className="utrecht-form-field utrecht-form-field--radio dh-choice" key={choice.value}>
          <input
            className="utrecht-radio-button utrecht-radio-button--html-input"
            type="radio"
            id={`${id}-${index}`}
            name={group}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
            required={required}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(choice.description !== undefined && `${id}-${index}-description`)}
          />
          <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${index}`}>
            {choice.label}
          </label>
          {choice.description !== undefined && (
            <p
              className="utrecht-form-field-description dh-choice__description"
              id={`${id}-${index}-description`}
            >
              {choice.description}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}

/** One checkbox with its label, hint and error. */
export function CheckboxField({
  label,
  hint,
  required = false,
  error,
  checked,
  onChange,
}: {
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--checkbox dh-choice${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <input
        className="utrecht-checkbox utrecht-checkbox--html-input"
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
      />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {label}
        <Required required={required} />
      </label>
      {hint !== undefined && (
        <p className="utrecht-form-field-description dh-choice__description" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} error={error} />
    </div>
  );
}

/** The form's own message after a refused or failed send: announced, and said in words. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph dh-alert-text">{message}</p>
    </div>
  );
}
