import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../auth/dates';
import { Field } from '../auth/field';
import { answer, fieldText, problemText, RequestFailed } from '../auth/request';
import { staffApi } from '../auth/session';
import { useExercises } from '../exercises/use-exercises';
import { CAPABILITY_ELEMENTS, type Action, type CapabilityElement } from './use-actions';

const FIELDS = [
  'source',
  'areaForImprovement',
  'correctiveAction',
  'capabilityElement',
  'responsibleOrganisation',
  'contactRole',
  'objective',
  'startDate',
  'dueDate',
] as const;

/**
 * A new action of the organisation's plan (POST …/improvement-actions), raised from one of its
 * exercises. The server checks it; what it refuses is said beside the field concerned.
 */
export function AddActionForm({
  organisationId,
  organisationName,
  onAdded,
}: {
  organisationId: string;
  organisationName: string;
  onAdded: (action: Action) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const exercises = useExercises();
  const own = (exercises.data ?? [])
    .filter((e) => e.organisationId === organisationId)
    .sort((x, y) => y.createdAt.localeCompare(x.createdAt));
  const blank = {
    exerciseId: '',
    areaForImprovement: '',
    correctiveAction: '',
    capabilityElement: 'planning' as CapabilityElement,
    responsibleOrganisation: organisationName,
    contactRole: '',
    objective: '',
    startDate: '',
    dueDate: '',
  };
  const [form, setForm] = useState(blank);
  const top = useRef<HTMLParagraphElement>(null);
  const set = (field: keyof typeof blank) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));
  const exerciseId = form.exerciseId || own[0]?.id || '';

  const add = useMutation<Action, RequestFailed>({
    mutationFn: () =>
      answer(
        staffApi.POST('/api/organisations/{organisationId}/improvement-actions', {
          params: { path: { organisationId } },
          body: {
            source: { exerciseId },
            areaForImprovement: form.areaForImprovement,
            correctiveAction: form.correctiveAction,
            capabilityElement: form.capabilityElement,
            responsibleOrganisation: form.responsibleOrganisation,
            ...(form.contactRole.trim() && { contactRole: form.contactRole.trim() }),
            ...(form.objective.trim() && { objective: form.objective.trim() }),
            ...(form.startDate && { startDate: form.startDate }),
            ...(form.dueDate && { dueDate: form.dueDate }),
          },
        }),
      ),
    onSuccess: (action) => {
      setForm(blank);
      void queryClient.invalidateQueries({ queryKey: ['staff', 'improvement', organisationId] });
      onAdded(action);
    },
  });
  useEffect(() => {
    if (add.error) top.current?.focus();
  }, [add.error]);

  if (exercises.isSuccess && !own.length)
    return <p className="utrecht-paragraph">{t('staff.improvement.add.noExercise')}</p>;

  const error = add.error;
  const fieldError = (path: string) => fieldText(t, error, path);
  const unplaced =
    error?.fields.filter((f) => !FIELDS.some((p) => f.path === p || f.path.startsWith(`${p}.`))) ?? [];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!add.isPending) add.mutate();
  };

  return (
    <form className="dh-staff-form" onSubmit={onSubmit} noValidate>
      {error && (
        <p className="dh-error" ref={top} tabIndex={-1} role="alert">
          {error.fields.length ? t('staff.improvement.add.fixFields') : problemText(t, error)}
          {unplaced.map((f) => (
            <span key={f.path}> {f.message}</span>
          ))}
        </p>
      )}
      <Field label={t('staff.improvement.fields.source')} error={fieldError('source')}>
        <select
          className="utrecht-select utrecht-select--html-select"
          value={exerciseId}
          onChange={set('exerciseId')}
        >
          {own.map((exercise) => (
            <option key={exercise.id} value={exercise.id}>
              {t('staff.improvement.add.exerciseOption', {
                title: exercise.title,
                created: formatMoment(exercise.createdAt, i18n.language),
                status: t(`staff.exerciseStatus.${exercise.status}`),
              })}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('staff.improvement.fields.areaForImprovement')}
        hint={t('staff.improvement.hints.areaForImprovement')}
        error={fieldError('areaForImprovement')}
      >
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={3}
          value={form.areaForImprovement}
          onChange={set('areaForImprovement')}
        />
      </Field>
      <Field
        label={t('staff.improvement.fields.correctiveAction')}
        hint={t('staff.improvement.hints.correctiveAction')}
        error={fieldError('correctiveAction')}
      >
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={3}
          value={form.correctiveAction}
          onChange={set('correctiveAction')}
        />
      </Field>
      <Field label={t('staff.improvement.fields.capabilityElement')} error={fieldError('capabilityElement')}>
        <select
          className="utrecht-select utrecht-select--html-select"
          value={form.capabilityElement}
          onChange={set('capabilityElement')}
        >
          {CAPABILITY_ELEMENTS.map((element) => (
            <option key={element} value={element}>
              {t(`staff.improvement.capability.${element}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('staff.improvement.fields.responsibleOrganisation')}
        error={fieldError('responsibleOrganisation')}
      >
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          value={form.responsibleOrganisation}
          onChange={set('responsibleOrganisation')}
        />
      </Field>
      <Field
        label={t('staff.improvement.fields.contactRole')}
        hint={t('staff.improvement.hints.optional')}
        error={fieldError('contactRole')}
      >
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          value={form.contactRole}
          onChange={set('contactRole')}
        />
      </Field>
      <Field
        label={t('staff.improvement.fields.objective')}
        hint={t('staff.improvement.hints.optional')}
        error={fieldError('objective')}
      >
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          value={form.objective}
          onChange={set('objective')}
        />
      </Field>
      <Field
        label={t('staff.improvement.fields.startDate')}
        hint={t('staff.improvement.hints.optional')}
        error={fieldError('startDate')}
      >
        <input
          type="date"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={form.startDate}
          onChange={set('startDate')}
        />
      </Field>
      <Field
        label={t('staff.improvement.fields.dueDate')}
        hint={t('staff.improvement.hints.optional')}
        error={fieldError('dueDate')}
      >
        <input
          type="date"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={form.dueDate}
          onChange={set('dueDate')}
        />
      </Field>
      <div>
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={add.isPending || undefined}
        >
          {add.isPending ? t('staff.improvement.add.adding') : t('staff.improvement.add.submit')}
        </button>
      </div>
    </form>
  );
}
