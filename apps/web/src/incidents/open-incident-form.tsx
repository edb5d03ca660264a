import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { answer } from '../auth/request';
import { staffApi } from '../auth/session';
import { FormAlert, NO_ERRORS, TextField, focusFirstError, type FormErrors } from '../player/form-fields';
import { amsterdamToIso } from './amsterdam-time';
import { MomentField } from './moment-field';
import { restErrors } from './rest-errors';

type Regime = 'nis2' | 'nis2-trust-service' | 'avg' | 'cer';
const REGIMES: readonly Regime[] = ['nis2', 'nis2-trust-service', 'avg', 'cer'];

/**
 * Opening an incident (POST /api/incidents): what it is and which reporting clocks apply. Nothing
 * runs yet; the clocks start when awareness is recorded on the incident's own page, where this
 * form leads.
 */
export function OpenIncidentForm({ query }: { query: { organisationId: string } | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const regimesId = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [regimes, setRegimes] = useState<Regime[]>([]);
  const [detectedAt, setDetectedAt] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const failed = (next: FormErrors) => {
    setErrors(next);
    requestAnimationFrame(() => focusFirstError(formRef.current));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fields: Record<string, string> = {};
    if (!title.trim()) fields.title = t('incidents.open.errors.title');
    if (!regimes.length) fields.regimes = t('incidents.open.errors.regimes');
    const detected = detectedAt ? amsterdamToIso(detectedAt) : null;
    if (detectedAt && !detected) fields.detectedAt = t('incidents.errors.moment');
    if (Object.keys(fields).length)
      return failed({ fields, form: t('player.form.checkFields', { count: Object.keys(fields).length }) });
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const opened = await answer(
        staffApi.POST('/api/incidents', {
          params: { query },
          body: {
            title: title.trim(),
            ...(description.trim() && { description: description.trim() }),
            regimes,
            ...(detected && { detectedAt: detected }),
          },
        }),
      );
      await navigate(`/staff/incidents/${opened.id}`);
    } catch (error) {
      failed(restErrors(error, t));
    } finally {
      setBusy(false);
    }
  };

  const regimeError = errors.fields.regimes;
  return (
    <form ref={formRef} className="dh-incident-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <FormAlert message={errors.form} />
      <TextField
        label={t('incidents.open.title')}
        required
        maxLength={200}
        error={errors.fields.title}
        value={title}
        onChange={setTitle}
      />
      <TextField
        label={t('incidents.open.description')}
        multiline
        maxLength={10_000}
        error={errors.fields.description}
        value={description}
        onChange={setDescription}
      />
      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-incident-group"
        aria-describedby={`${regimesId}-hint${regimeError ? ` ${regimesId}-error` : ''}`}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('incidents.open.regimes')} <span className="dh-required">{t('player.form.requiredMarker')}</span>
        </legend>
        <p className="utrecht-form-field-description" id={`${regimesId}-hint`}>
          {t('incidents.open.regimesHint')}
        </p>
        {regimeError && (
          <p className="dh-error" id={`${regimesId}-error`}>
            {regimeError}
          </p>
        )}
        {REGIMES.map((regime) => (
          <div className="dh-incident-option" key={regime}>
            <input
              className="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={`${regimesId}-${regime}`}
              checked={regimes.includes(regime)}
              aria-invalid={regimeError ? true : undefined}
              onChange={(event) =>
                setRegimes(event.target.checked ? [...regimes, regime] : regimes.filter((r) => r !== regime))
              }
            />
            <label
              className="utrecht-form-label utrecht-form-label--checkbox"
              htmlFor={`${regimesId}-${regime}`}
            >
              {t(`incidents.regime.${regime}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <MomentField
        label={t('incidents.open.detectedAt')}
        hint={t('incidents.open.detectedAtHint')}
        error={errors.fields.detectedAt}
        value={detectedAt}
        onChange={setDetectedAt}
      />
      <div className="utrecht-button-group dh-incident-buttons">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={busy || undefined}
        >
          {busy ? t('incidents.open.opening') : t('incidents.open.submit')}
        </button>
      </div>
    </form>
  );
}
