import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { useJoin } from './use-join';

/**
 * The landing page: "Deelnemen met code". A QR code on the facilitator's sheet opens
 * /join?code=…, which joins at once; the code is then taken out of the address bar.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const heading = usePageHeading(t('landing.title'));
  const [code, setCode] = useState(() => params.get('code') ?? '');
  const joining = useJoin();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const fromLink = useRef(params.get('code'));

  const submit = (value: string) => {
    if (joining.isPending) return;
    joining.mutate(value, { onSuccess: () => void navigate('/play', { replace: true }) });
  };

  useEffect(() => {
    if (!fromLink.current) return;
    setParams({}, { replace: true });
    submit(fromLink.current);
    // Once, for the code the page was opened with.
  }, []);

  useEffect(() => {
    if (joining.error) input.current?.focus();
  }, [joining.error]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(code);
  };

  const error = joining.error ? t(`join.errors.${joining.error.reason}`) : null;
  return (
    <div className="dh-stack">
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('landing.title')}
      </h1>
      <p className="utrecht-paragraph">{t('landing.intro')}</p>
      <form className="dh-join-form" onSubmit={onSubmit} noValidate>
        <label className="utrecht-form-label" htmlFor={inputId}>
          {t('landing.codeLabel')}
        </label>
        <p className="utrecht-form-field-description" id={hintId}>
          {t('landing.codeHint')}
        </p>
        {error && (
          <p className="dh-error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <input
          ref={input}
          id={inputId}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          maxLength={40}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
        />
        <div>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={joining.isPending || undefined}
          >
            {joining.isPending ? t('landing.joining') : t('landing.joinWithCode')}
          </button>
        </div>
      </form>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/signin">
          {t('staff.signIn.link')}
        </Link>
      </p>
    </div>
  );
}
