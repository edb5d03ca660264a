import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../auth/request';
import { staffApi, useStaffSession } from '../auth/session';
import { FormAlert, NO_ERRORS, TextField, focusFirstError, type FormErrors } from '../player/form-fields';
import { amsterdamToIso } from './amsterdam-time';
import { MomentField } from './moment-field';
import { restErrors } from './rest-errors';
import type { IncidentView } from './use-incident';

/**
 * Recording awareness (POST /api/incidents/:id/awareness): the logged decision, by a named person,
 * that the incident is reportable. It is t0 of every clock, so it can be recorded once, and after
 * the fact: the moment typed is Dutch time, now when left empty.
 */
export function AwarenessForm({
  incidentId,
  query,
  onRecorded,
}: {
  incidentId: string;
  query: { organisationId: string } | undefined;
  onRecorded: (view: IncidentView) => void;
}) {
  const { t } = useTranslation();
  const session = useStaffSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [at, setAt] = useState('');
  const [by, setBy] = useState(session?.user.name ?? '');
  const [role, setRole] = useState('');
  const [note, setNote] = useState('');
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
    const moment = at ? amsterdamToIso(at) : null;
    if (at && !moment) fields.at = t('incidents.errors.moment');
    if (!by.trim()) fields.by = t('incidents.awareness.errors.by');
    if (Object.keys(fields).length)
      return failed({ fields, form: t('player.form.checkFields', { count: Object.keys(fields).length }) });
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      onRecorded(
        await answer(
          staffApi.POST('/api/incidents/{incidentId}/awareness', {
            params: { path: { incidentId }, query },
            body: {
              ...(moment && { at: moment }),
              by: by.trim(),
              ...(role.trim() && { role: role.trim() }),
              ...(note.trim() && { note: note.trim() }),
            },
          }),
        ),
      );
    } catch (error) {
      failed(restErrors(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="dh-incident-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p className="utrecht-paragraph">{t('incidents.awareness.intro')}</p>
      <FormAlert message={errors.form} />
      <MomentField
        label={t('incidents.awareness.at')}
        hint={t('incidents.awareness.atHint')}
        error={errors.fields.at}
        value={at}
        onChange={setAt}
      />
      <TextField
        label={t('incidents.awareness.by')}
        hint={t('incidents.awareness.byHint')}
        required
        maxLength={200}
        autoComplete="name"
        error={errors.fields.by}
        value={by}
        onChange={setBy}
      />
      <TextField
        label={t('incidents.awareness.role')}
        hint={t('incidents.awareness.roleHint')}
        maxLength={80}
        error={errors.fields.role}
        value={role}
        onChange={setRole}
      />
      <TextField
        label={t('incidents.awareness.note')}
        multiline
        maxLength={5000}
        error={errors.fields.note}
        value={note}
        onChange={setNote}
      />
      <div className="utrecht-button-group dh-incident-buttons">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={busy || undefined}
        >
          {busy ? t('incidents.awareness.recording') : t('incidents.awareness.submit')}
        </button>
      </div>
    </form>
  );
}
