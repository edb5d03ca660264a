import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer } from '../auth/request';
import { staffApi } from '../auth/session';
import {
  CheckboxField,
  ChoiceGroup,
  FormAlert,
  NO_ERRORS,
  TextField,
  focusFirstError,
  type FormErrors,
} from '../player/form-fields';
import type { ReportForm, ReportFormField } from '../player/report-forms';
import { restErrors } from './rest-errors';
import type { IncidentView } from './use-incident';

type Values = Record<string, string>;

/** Free texts that are a name, a period or a place: one line is enough. */
const SHORT_TEXTS = new Set(['dpoContact', 'duration', 'geographicArea', 'expectedClosure']);

const lines = (value: string | undefined) =>
  (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** What the server would refuse for sure, per field path, in the reader's language. */
function check(
  fields: readonly ReportFormField[],
  values: Values,
  required: Set<string>,
  t: TFunction,
  prefix = '',
) {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const path = prefix + field.name;
    const value = values[path]?.trim() ?? '';
    const mustHave = field.required || required.has(path);
    if (field.kind === 'section') Object.assign(errors, check(field.fields, values, required, t, `${path}.`));
    else if (field.kind === 'count' && value && !/^\d+$/.test(value))
      errors[path] = t('player.report.errors.count');
    else if (field.kind === 'list') {
      if (field.atLeastOne && mustHave && !lines(value).length)
        errors[path] = t('player.report.errors.atLeastOne');
    } else if (field.kind === 'confirm') {
      if (mustHave && value !== 'true') errors[path] = t('player.report.errors.confirm');
    } else if (mustHave && !value)
      errors[path] = t(
        field.kind === 'text' || field.kind === 'count'
          ? 'player.report.errors.required'
          : 'player.report.errors.choose',
      );
  }
  return errors;
}

/** The report's contents as the stage's schema takes them; empty optional fields left out. */
function contents(fields: readonly ReportFormField[], values: Values, prefix = ''): Record<string, unknown> {
  const report: Record<string, unknown> = {};
  for (const field of fields) {
    const path = prefix + field.name;
    const value = values[path]?.trim() ?? '';
    if (field.kind === 'section') {
      const section = contents(field.fields, values, `${path}.`);
      if (field.required || Object.keys(section).length) report[field.name] = section;
    } else if (field.kind === 'list') {
      if (field.required || lines(value).length) report[field.name] = lines(value);
    } else if (!value) continue;
    else if (field.kind === 'yes-no') report[field.name] = value === 'yes';
    else if (field.kind === 'confirm') report[field.name] = true;
    else if (field.kind === 'count') report[field.name] = /^\d+$/.test(value) ? Number(value) : value;
    else report[field.name] = value;
  }
  return report;
}

function Fields({
  fields,
  values,
  set,
  errors,
  required,
  prefix = '',
}: {
  fields: readonly ReportFormField[];
  values: Values;
  set: (path: string, value: string) => void;
  errors: Record<string, string>;
  required: Set<string>;
  prefix?: string;
}) {
  const { t } = useTranslation();
  const label = (name: string) => t(`player.report.fields.${name}`, { defaultValue: name });
  return fields.map((field) => {
    const path = prefix + field.name;
    const mustHave = field.required || required.has(path);
    const common = { error: errors[path], required: mustHave };
    const value = values[path] ?? '';
    const change = (next: string) => set(path, next);
    switch (field.kind) {
      case 'text':
        return (
          <TextField
            key={path}
            {...common}
            label={label(field.name)}
            multiline={!SHORT_TEXTS.has(field.name)}
            value={value}
            onChange={change}
          />
        );
      case 'count':
        return (
          <TextField
            key={path}
            {...common}
            label={label(field.name)}
            hint={t('player.report.countHint')}
            type="number"
            inputMode="numeric"
            min={0}
            value={value}
            onChange={change}
          />
        );
      case 'list':
        return (
          <TextField
            key={path}
            {...common}
            required={mustHave && field.atLeastOne}
            label={label(field.name)}
            hint={field.atLeastOne ? t('player.report.listHint') : t('player.report.listMayBeEmptyHint')}
            multiline
            value={value}
            onChange={change}
          />
        );
      case 'yes-no':
      case 'choice':
        return (
          <ChoiceGroup
            key={path}
            {...common}
            legend={label(field.name)}
            choices={
              field.kind === 'yes-no'
                ? [
                    { value: 'yes', label: t('player.report.yes') },
                    { value: 'no', label: t('player.report.no') },
                  ]
                : field.options.map((option) => ({
                    value: option,
                    label: t(`player.report.options.${option}`, { defaultValue: option }),
                  }))
            }
            value={value || undefined}
            onChange={change}
          />
        );
      case 'confirm':
        return (
          <CheckboxField
            key={path}
            {...common}
            label={label(field.name)}
            checked={value === 'true'}
            onChange={(checked) => change(checked ? 'true' : '')}
          />
        );
      case 'section':
        return (
          <fieldset
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-fieldset"
            key={path}
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {label(field.name)}
            </legend>
            {errors[path] && <p className="dh-error">{errors[path]}</p>}
            <Fields
              fields={field.fields}
              values={values}
              set={set}
              errors={errors}
              required={required}
              prefix={`${path}.`}
            />
          </fieldset>
        );
    }
  });
}

/**
 * A stage's report to its authority (POST /api/incidents/:id/reports), built from the fields the
 * stage requires — the forms generated from the server's own schemas (player/report-forms.ts), in
 * the players' words for them. Required fields say so; the server's field errors (`report.…`)
 * appear at their fields. Who submitted is the signed-in person, as the log records it.
 */
export function IncidentReportForm({
  incidentId,
  query,
  regime,
  stage,
  requestId,
  form,
  late,
  onSubmitted,
}: {
  incidentId: string;
  query: { organisationId: string } | undefined;
  regime: string;
  stage: string;
  requestId?: string;
  form: ReportForm;
  /** Past the operational deadline: some stages then require more (AVG: reasons for the delay). */
  late: boolean;
  onSubmitted: (view: IncidentView) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const required = new Set(late ? form.requiredWhenLate : []);
  const set = (path: string, value: string) => setValues((current) => ({ ...current, [path]: value }));

  const failed = (next: FormErrors) => {
    setErrors(next);
    requestAnimationFrame(() => focusFirstError(formRef.current));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fields = form.open ? {} : check(form.fields, values, required, t);
    if (form.open && !values.summary?.trim()) fields.summary = t('player.report.errors.required');
    if (Object.keys(fields).length)
      return failed({ fields, form: t('player.form.checkFields', { count: Object.keys(fields).length }) });
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      onSubmitted(
        await answer(
          staffApi.POST('/api/incidents/{incidentId}/reports', {
            params: { path: { incidentId }, query },
            body: {
              regime,
              stage,
              ...(requestId && { requestId }),
              report: form.open ? { summary: values.summary.trim() } : contents(form.fields, values),
            },
          }),
        ),
      );
    } catch (error) {
      failed(restErrors(error, t, 'report.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="dh-incident-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormAlert message={errors.form} />
      <p className="utrecht-paragraph">{t('player.report.requiredIntro')}</p>
      {late && form.requiredWhenLate.length > 0 && (
        <p className="utrecht-paragraph dh-notice">{t('player.report.lateIntro')}</p>
      )}
      {form.open ? (
        <TextField
          label={t('player.report.openContents')}
          required
          multiline
          error={errors.fields.summary}
          value={values.summary ?? ''}
          onChange={(value) => set('summary', value)}
        />
      ) : (
        <Fields fields={form.fields} values={values} set={set} errors={errors.fields} required={required} />
      )}
      <div className="utrecht-button-group dh-incident-buttons">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={busy || undefined}
        >
          {busy ? t('player.report.submitting') : t('player.report.submit')}
        </button>
      </div>
    </form>
  );
}
