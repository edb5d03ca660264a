import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { formatDate, formatMoment } from '../auth/dates';
import { Field } from '../auth/field';
import { useOrganisationChoice } from '../auth/organisation';
import { answer, fieldText, problemText, RequestFailed } from '../auth/request';
import { staffApi, useStaffSession } from '../auth/session';
import '../auth/staff.css';
import { STATUSES, useAction, type Action, type ActionStatus } from './use-actions';

/** A history value as text: what the server recorded, never markup. */
function valueText(t: (key: string) => string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status' && typeof value === 'string') return t(`staff.improvement.status.${value}`);
  if (field === 'capabilityElement' && typeof value === 'string')
    return t(`staff.improvement.capability.${value}`);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (typeof value === 'object' && 'title' in value && typeof value.title === 'string') return value.title;
  return JSON.stringify(value);
}

/**
 * /staff/improvement/:actionId?organisation=…: one corrective action — its fields, where it came
 * from, the later exercises that re-test it, who changed what and when, and changing its status
 * (admins and facilitators).
 */
export function ActionPage() {
  const { t, i18n } = useTranslation();
  const { actionId = '' } = useParams();
  const [params] = useSearchParams();
  const [chosen] = useOrganisationChoice();
  const organisations = useStaffSession()?.organisations ?? [];
  const organisation = organisations.find((o) => o.id === params.get('organisation')) ?? chosen;
  const organisationId = organisation?.id ?? '';
  const { action, history } = useAction(organisationId, actionId);
  const heading = usePageHeading(t('staff.action.title'));
  const writer = organisation?.role === 'admin' || organisation?.role === 'facilitator';
  const a = action.data;

  return (
    <div className="dh-stack">
      <p className="dh-breadcrumb">
        <Link className="utrecht-link" to="/staff/improvement">
          {t('staff.action.back')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('staff.action.title')}
      </h1>
      {action.isError ? (
        <p className="dh-error" role="alert">
          {problemText(t, action.error)}
        </p>
      ) : !a ? (
        <p className="utrecht-paragraph">{t('staff.loading')}</p>
      ) : (
        <>
          <dl className="dh-details">
            <dt>{t('staff.improvement.fields.areaForImprovement')}</dt>
            <dd className="dh-prose">{a.areaForImprovement}</dd>
            <dt>{t('staff.improvement.fields.correctiveAction')}</dt>
            <dd className="dh-prose">{a.correctiveAction}</dd>
            <dt>{t('staff.improvement.fields.status')}</dt>
            <dd>
              <span className="dh-action-status" data-status={a.status}>
                {t(`staff.improvement.status.${a.status}`)}
              </span>
              {a.reason && <span className="dh-prose"> — {a.reason}</span>}
            </dd>
            <dt>{t('staff.improvement.fields.objective')}</dt>
            <dd className="dh-prose">{a.objective?.title ?? '—'}</dd>
            <dt>{t('staff.improvement.fields.capabilityElement')}</dt>
            <dd>{t(`staff.improvement.capability.${a.capabilityElement}`)}</dd>
            <dt>{t('staff.improvement.fields.responsibleOrganisation')}</dt>
            <dd>{a.responsibleOrganisation}</dd>
            <dt>{t('staff.improvement.fields.contactRole')}</dt>
            <dd>{a.contactRole ?? '—'}</dd>
            <dt>{t('staff.improvement.fields.startDate')}</dt>
            <dd>{a.startDate ? formatDate(a.startDate, i18n.language) : '—'}</dd>
            <dt>{t('staff.improvement.fields.dueDate')}</dt>
            <dd>{a.dueDate ? formatDate(a.dueDate, i18n.language) : t('staff.improvement.noDate')}</dd>
            <dt>{t('staff.improvement.fields.source')}</dt>
            <dd>
              {a.source.kind === 'exercise' ? (
                <Link className="utrecht-link" to={`/staff/exercises/${a.source.exerciseId}/report`}>
                  {t('staff.action.fromExercise')}
                </Link>
              ) : (
                t('staff.action.fromIncident')
              )}
            </dd>
            <dt>{t('staff.action.retestedIn')}</dt>
            <dd>
              {a.retestedIn.length ? (
                <ul className="dh-inline-links">
                  {a.retestedIn.map((r) => (
                    <li key={`${r.exerciseId}|${r.objectiveId}`}>
                      <Link className="utrecht-link" to={`/staff/exercises/${r.exerciseId}`}>
                        {r.objectiveId}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </dd>
          </dl>

          {writer && <StatusForm key={a.id} action={a} />}

          <section aria-labelledby="action-history">
            <h2 className="utrecht-heading-2" id="action-history">
              {t('staff.action.history')}
            </h2>
            {history.isError ? (
              <p className="dh-error" role="alert">
                {problemText(t, history.error)}
              </p>
            ) : !history.data ? (
              <p className="utrecht-paragraph">{t('staff.loading')}</p>
            ) : (
              <div className="dh-table-scroll">
                <table className="utrecht-table">
                  <caption className="utrecht-table__caption dh-visually-hidden">
                    {t('staff.action.history')}
                  </caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('staff.action.when')}
                      </th>
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('staff.action.who')}
                      </th>
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('staff.action.what')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {history.data.map((change) => (
                      <tr className="utrecht-table__row" key={change.seq}>
                        <th className="utrecht-table__header-cell" scope="row">
                          <time dateTime={change.recordedAt}>
                            {formatMoment(change.recordedAt, i18n.language)}
                          </time>
                        </th>
                        <td className="utrecht-table__cell">{change.actor}</td>
                        <td className="utrecht-table__cell">
                          <strong>{t(`staff.action.kind.${change.kind}`)}</strong>
                          {change.kind !== 'created' && (
                            <ul className="dh-changes">
                              {Object.entries(change.changes).map(([field, { from, to }]) => (
                                <li key={field}>
                                  {t(`staff.improvement.fields.${field}`, { defaultValue: field })}:{' '}
                                  {valueText(t, field, from)} → {valueText(t, field, to)}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** PATCH …/improvement-actions/:id {status, reason?}: dropping needs a reason, as the server says. */
function StatusForm({ action }: { action: Action }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [reason, setReason] = useState(action.reason ?? '');
  const [saved, setSaved] = useState(false);
  const legend = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const topRef = useRef<HTMLParagraphElement>(null);
  const change = useMutation<Action, RequestFailed>({
    mutationFn: () =>
      answer(
        staffApi.PATCH('/api/organisations/{organisationId}/improvement-actions/{actionId}', {
          params: { path: { organisationId: action.organisationId, actionId: action.id } },
          body: { status, ...(status === 'dropped' && reason.trim() && { reason: reason.trim() }) },
        }),
      ),
    onSuccess: (updated) => {
      setSaved(true);
      queryClient.setQueryData(['staff', 'improvement-action', action.organisationId, action.id], updated);
      void queryClient.invalidateQueries({
        queryKey: ['staff', 'improvement-history', action.organisationId, action.id],
      });
      void queryClient.invalidateQueries({ queryKey: ['staff', 'improvement', action.organisationId] });
    },
  });
  const reasonError = fieldText(t, change.error, 'reason');
  const statusError = fieldText(t, change.error, 'status');
  useEffect(() => {
    if (!change.error) return;
    if (reasonError) reasonRef.current?.focus();
    else topRef.current?.focus();
  }, [change.error, reasonError]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!change.isPending) change.mutate();
  };
  const other = change.error && !reasonError && !statusError;

  return (
    <section aria-labelledby="change-status">
      <h2 className="utrecht-heading-2" id="change-status">
        {t('staff.action.changeStatus')}
      </h2>
      <form className="dh-staff-form" onSubmit={onSubmit} noValidate>
        {saved && (
          <p className="dh-notice" role="status">
            {t('staff.action.saved', { status: t(`staff.improvement.status.${action.status}`) })}
          </p>
        )}
        {change.error && (
          <p className="dh-error" role="alert" ref={topRef} tabIndex={-1}>
            {other ? problemText(t, change.error) : t('staff.improvement.add.fixFields')}
          </p>
        )}
        <fieldset className="utrecht-form-fieldset dh-choice" aria-labelledby={legend}>
          <legend className="utrecht-form-fieldset__legend" id={legend}>
            {t('staff.improvement.fields.status')}
          </legend>
          {statusError && <p className="dh-error">{statusError}</p>}
          {STATUSES.map((value) => (
            <label key={value} className="dh-choice__option">
              <input
                type="radio"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                name="action-status"
                value={value}
                checked={status === value}
                onChange={() => setStatus(value)}
              />
              {t(`staff.improvement.status.${value}`)}
            </label>
          ))}
        </fieldset>
        {status === 'dropped' && (
          <Field
            label={t('staff.improvement.fields.reason')}
            hint={t('staff.action.reasonHint')}
            error={reasonError}
          >
            <textarea
              ref={reasonRef}
              className="utrecht-textarea utrecht-textarea--html-textarea"
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </Field>
        )}
        <div>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={change.isPending || undefined}
          >
            {change.isPending ? t('staff.action.saving') : t('staff.action.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
