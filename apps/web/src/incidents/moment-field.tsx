import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A moment typed as Dutch wall time (`datetime-local`, read by amsterdamToIso whatever the
 * device's zone), with its hint and error tied to it. Empty means "now" where the route allows it.
 */
export function MomentField({
  label,
  hint,
  error,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={`utrecht-form-field dh-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <p className="utrecht-form-field-description" id={`${id}-hint`}>
        {hint} {t('incidents.dutchTime')}
      </p>
      {error && (
        <p className="utrecht-form-field-error-message dh-field-error dh-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        id={id}
        className="utrecht-textbox utrecht-textbox--html-input"
        type="datetime-local"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
