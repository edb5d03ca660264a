import { useId, type ReactElement, type ReactNode } from 'react';

export interface FieldIds {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A labelled form field with its hint and its error, tied to the control (aria-describedby,
 * aria-invalid), as NL Design System's form field. The error is the server's or the form's own.
 */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: (ids: FieldIds) => ReactElement;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`dh-control-field${error ? ' dh-control-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="utrecht-form-field-description" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="dh-error utrecht-form-field-error-message" id={errorId}>
          {error}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}

/** A failed request said where the person looks: next to the button that sent it. */
export function Failure({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="dh-error" role="alert">
      {message}
    </p>
  );
}
