import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/schema';
import { answer } from '../auth/request';
import { staffApi } from '../auth/session';
import {
  ChoiceGroup,
  FormAlert,
  NO_ERRORS,
  TextField,
  focusFirstError,
  type FormErrors,
} from '../player/form-fields';
import { restErrors } from './rest-errors';

type Review = components['schemas']['IncidentReviewResponse'];
type CapabilityElement = 'planning' | 'organisation' | 'equipment' | 'training' | 'exercise';
type Kind = 'strength' | 'area-for-improvement';

/** HSEEP's capability elements: what the corrective action improves. */
const ELEMENTS: readonly CapabilityElement[] = [
  'planning',
  'organisation',
  'equipment',
  'training',
  'exercise',
];
const KINDS: readonly Kind[] = ['strength', 'area-for-improvement'];

interface ObservationRow {
  kind: Kind;
  text: string;
}

/** An improvement action in the columns of the HSEEP improvement plan. */
interface ActionRow {
  objective: string;
  areaForImprovement: string;
  correctiveAction: string;
  capabilityElement: CapabilityElement | '';
  responsibleOrganisation: string;
  contactRole: string;
  startDate: string;
  dueDate: string;
}

const emptyAction = (organisation: string): ActionRow => ({
  objective: '',
  areaForImprovement: '',
  correctiveAction: '',
  capabilityElement: '',
  responsibleOrganisation: organisation,
  contactRole: '',
  startDate: '',
  dueDate: '',
});

function DateField({
  label,
  error,
  value,
  onChange,
}: {
  label: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={`utrecht-form-field dh-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p className="utrecht-form-field-error-message dh-field-error dh-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        id={id}
        className="utrecht-textbox utrecht-textbox--html-input"
        type="date"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/**
 * The post-incident review (POST /api/incidents/:id/review): what happened and how it was handled,
 * what went well and what did not, and the actions that follow — each raised into the
 * organisation's improvement plan, beside the lessons of exercises, with this incident as source.
 */
export function ReviewForm({
  incidentId,
  query,
  organisationName,
  onRecorded,
}: {
  incidentId: string;
  query: { organisationId: string } | undefined;
  organisationName: string;
  onRecorded: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const [summary, setSummary] = useState('');
  const [observations, setObservations] = useState<ObservationRow[]>([]);
  const [actions, setActions] = useState<ActionRow[]>([]);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [recorded, setRecorded] = useState<Review | null>(null);
  useEffect(() => {
    if (recorded) doneRef.current?.focus();
  }, [recorded]);

  const setObservation = (index: number, change: Partial<ObservationRow>) =>
    setObservations((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const setAction = (index: number, change: Partial<ActionRow>) =>
    setActions((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const failed = (next: FormErrors) => {
    setErrors(next);
    requestAnimationFrame(() => focusFirstError(formRef.current));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fields: Record<string, string> = {};
    const required = t('player.form.required');
    if (!summary.trim()) fields.summary = required;
    observations.forEach((row, i) => {
      if (!row.text.trim()) fields[`observations[${i}].text`] = required;
    });
    actions.forEach((row, i) => {
      for (const name of ['areaForImprovement', 'correctiveAction', 'responsibleOrganisation'] as const)
        if (!row[name].trim()) fields[`actions[${i}].${name}`] = required;
      if (!row.capabilityElement)
        fields[`actions[${i}].capabilityElement`] = t('player.report.errors.choose');
    });
    if (Object.keys(fields).length)
      return failed({ fields, form: t('player.form.checkFields', { count: Object.keys(fields).length }) });
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const review = await answer(
        staffApi.POST('/api/incidents/{incidentId}/review', {
          params: { path: { incidentId }, query },
          body: {
            summary: summary.trim(),
            observations: observations.map((row) => ({ kind: row.kind, text: row.text.trim() })),
            actions: actions.map((row) => ({
              ...(row.objective.trim() && { objective: row.objective.trim() }),
              areaForImprovement: row.areaForImprovement.trim(),
              correctiveAction: row.correctiveAction.trim(),
              capabilityElement: row.capabilityElement as CapabilityElement,
              responsibleOrganisation: row.responsibleOrganisation.trim(),
              ...(row.contactRole.trim() && { contactRole: row.contactRole.trim() }),
              ...(row.startDate && { startDate: row.startDate }),
              ...(row.dueDate && { dueDate: row.dueDate }),
            })),
          },
        }),
      );
      setSummary('');
      setObservations([]);
      setActions([]);
      setRecorded(review);
      await onRecorded();
    } catch (error) {
      failed(restErrors(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {recorded && (
        <div className="dh-notice" role="status" tabIndex={-1} ref={doneRef}>
          <p className="utrecht-paragraph">
            {t('incidents.review.recorded', { count: recorded.actions.length })}
          </p>
          {recorded.actions.length > 0 && (
            <ul className="utrecht-unordered-list">
              {recorded.actions.map((action) => (
                <li className="utrecht-unordered-list__item" key={action.id}>
                  <Link className="utrecht-link" to={`/staff/improvement/${action.id}`}>
                    {action.correctiveAction}
                  </Link>{' '}
                  ({action.areaForImprovement})
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form ref={formRef} className="dh-incident-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormAlert message={errors.form} />
        <TextField
          label={t('incidents.review.summary')}
          hint={t('incidents.review.summaryHint')}
          required
          multiline
          maxLength={20_000}
          error={errors.fields.summary}
          value={summary}
          onChange={setSummary}
        />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-incident-group">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('incidents.review.observations')}
          </legend>
          {observations.map((row, index) => (
            <div className="dh-incident-row" key={index}>
              <ChoiceGroup
                legend={t('incidents.review.observationKind', { number: index + 1 })}
                choices={KINDS.map((kind) => ({ value: kind, label: t(`incidents.review.kind.${kind}`) }))}
                error={errors.fields[`observations[${index}].kind`]}
                value={row.kind}
                onChange={(kind) => setObservation(index, { kind: kind as Kind })}
              />
              <TextField
                label={t('incidents.review.observationText', { number: index + 1 })}
                required
                multiline
                maxLength={5000}
                error={errors.fields[`observations[${index}].text`]}
                value={row.text}
                onChange={(text) => setObservation(index, { text })}
              />
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => setObservations((rows) => rows.filter((_, i) => i !== index))}
              >
                {t('incidents.review.removeObservation', { number: index + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setObservations((rows) => [...rows, { kind: 'area-for-improvement', text: '' }])}
          >
            {t('incidents.review.addObservation')}
          </button>
        </fieldset>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-incident-group">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('incidents.review.actions')}
          </legend>
          <p className="utrecht-form-field-description">{t('incidents.review.actionsHint')}</p>
          {actions.map((row, index) => {
            const at = (name: string) => errors.fields[`actions[${index}].${name}`];
            return (
              <fieldset
                className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-incident-row"
                key={index}
              >
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                  {t('incidents.review.action', { number: index + 1 })}
                </legend>
                <TextField
                  label={t('incidents.review.columns.objective')}
                  hint={t('incidents.review.objectiveHint')}
                  maxLength={500}
                  error={at('objective')}
                  value={row.objective}
                  onChange={(objective) => setAction(index, { objective })}
                />
                <TextField
                  label={t('incidents.review.columns.areaForImprovement')}
                  required
                  multiline
                  error={at('areaForImprovement')}
                  value={row.areaForImprovement}
                  onChange={(areaForImprovement) => setAction(index, { areaForImprovement })}
                />
                <TextField
                  label={t('incidents.review.columns.correctiveAction')}
                  required
                  multiline
                  error={at('correctiveAction')}
                  value={row.correctiveAction}
                  onChange={(correctiveAction) => setAction(index, { correctiveAction })}
                />
                <ChoiceGroup
                  legend={t('incidents.review.columns.capabilityElement')}
                  required
                  error={at('capabilityElement')}
                  choices={ELEMENTS.map((element) => ({
                    value: element,
                    label: t(`incidents.review.element.${element}`),
                  }))}
                  value={row.capabilityElement || undefined}
                  onChange={(element) =>
                    setAction(index, { capabilityElement: element as CapabilityElement })
                  }
                />
                <TextField
                  label={t('incidents.review.columns.responsibleOrganisation')}
                  required
                  error={at('responsibleOrganisation')}
                  value={row.responsibleOrganisation}
                  onChange={(responsibleOrganisation) => setAction(index, { responsibleOrganisation })}
                />
                <TextField
                  label={t('incidents.review.columns.contactRole')}
                  error={at('contactRole')}
                  value={row.contactRole}
                  onChange={(contactRole) => setAction(index, { contactRole })}
                />
                <DateField
                  label={t('incidents.review.columns.startDate')}
                  error={at('startDate')}
                  value={row.startDate}
                  onChange={(startDate) => setAction(index, { startDate })}
                />
                <DateField
                  label={t('incidents.review.columns.dueDate')}
                  error={at('dueDate')}
                  value={row.dueDate}
                  onChange={(dueDate) => setAction(index, { dueDate })}
                />
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  onClick={() => setActions((rows) => rows.filter((_, i) => i !== index))}
                >
                  {t('incidents.review.removeAction', { number: index + 1 })}
                </button>
              </fieldset>
            );
          })}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setActions((rows) => [...rows, emptyAction(organisationName)])}
          >
            {t('incidents.review.addAction')}
          </button>
        </fieldset>
        <div className="utrecht-button-group dh-incident-buttons">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={busy || undefined}
          >
            {busy ? t('incidents.review.recording') : t('incidents.review.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
