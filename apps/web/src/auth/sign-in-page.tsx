import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import './staff.css';
import { safeReturnPath, sessionEndReason, signIn, SignInFailed, useStaffSession } from './session';

/**
 * /signin?next=…: staff (facilitators, evaluators, organisation admins) sign in with e-mail
 * address and password, and go back to where they were sent from (else /staff). Says plainly why
 * they are here again when their session ended.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const session = useStaffSession();
  const heading = usePageHeading(t('staff.signIn.title'));
  const [endReason] = useState(sessionEndReason);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  const signingIn = useMutation<unknown, SignInFailed, { email: string; password: string }>({
    mutationFn: ({ email, password }) => signIn(email, password),
    onSuccess: () => void navigate(next, { replace: true }),
  });

  useEffect(() => {
    if (signingIn.error || missing) emailInput.current?.focus();
  }, [signingIn.error, missing]);

  if (session && !signingIn.isPending && !signingIn.isSuccess) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (signingIn.isPending) return;
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    signingIn.mutate({ email: email.trim(), password });
  };

  const error = missing
    ? t('staff.signIn.errors.missing')
    : signingIn.error
      ? t(`staff.signIn.errors.${signingIn.error.reason}`)
      : null;
  return (
    <div className="dh-stack">
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('staff.signIn.title')}
      </h1>
      {endReason && !error && (
        <p className="dh-notice" role="status">
          {t(`staff.signIn.ended.${endReason}`)}
        </p>
      )}
      <p className="utrecht-paragraph">{t('staff.signIn.intro')}</p>
      <form className="dh-staff-form" onSubmit={onSubmit} noValidate>
        {error && (
          <p className="dh-error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <label className="utrecht-form-label" htmlFor={emailId}>
          {t('staff.signIn.email')}
        </label>
        <input
          ref={emailInput}
          id={emailId}
          className="utrecht-textbox utrecht-textbox--html-input"
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
        />
        <label className="utrecht-form-label" htmlFor={passwordId}>
          {t('staff.signIn.password')}
        </label>
        <input
          id={passwordId}
          className="utrecht-textbox utrecht-textbox--html-input"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={error ? true : undefined}
        />
        <div>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={signingIn.isPending || undefined}
          >
            {signingIn.isPending ? t('staff.signIn.signingIn') : t('staff.signIn.submit')}
          </button>
        </div>
      </form>
      {/* The console cannot tell whether anyone has an account; the first person on a fresh
          install has only the server's log, so the page says where to look. */}
      <p className="utrecht-paragraph">{t('staff.signIn.noAccount')}</p>
    </div>
  );
}
