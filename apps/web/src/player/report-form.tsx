import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Body, ClockReading } from '../realtime/use-exercise-channel';
import { scenarioNowMs } from '../time/clock-time';
import {
  CheckboxField,
  ChoiceGroup,
  FormAlert,
  NO_ERRORS,
  TextField,
  ackErrors,
  focusFirstError,
  sendFailure,
  withoutErrorsOf,
  type FormErrors,
} from './form-fields';
import type { ReportForm as Form, ReportFormField } from './report-forms';

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
    switch (field.kind) {
      case 'text':
        if (mustHave && !value) errors[path] = t('player.report.errors.required');
        break;
      case 'yes-no':
      case 'choice':
        if (mustHave && !value) errors[path] = t('player.report.errors.choose');
        break;
      case 'count':
        if (value && !/^\d+$/.test(value)) errors[path] = t('player.report.errors.count');
        else if (mustHave && !value) errors[path] = t('player.report.errors.required');
        break;
      case 'list':
        if (field.atLeastOne && mustHave && !lines(values[path]).length)
          errors[path] = t('player.report.errors.atLeastOne');
        break;
      case 'confirm':
        if (mustHave && value !== 'true') errors[path] = t('player.report.errors.confirm');
        break;
      case 'section':
        Object.assign(errors, check(field.fields, values, required, t, `${path}.`));
        break;
    }
  }
  return errors;
}

/** The report's contents as the stage's schema takes them; empty optional fields left out. */
function contents(fields: readonly ReportFormField[], values: Values, prefix = ''): Record<string, unknown> {
  const report: Record<string, unknown> = {};
  for (const field of fields) {
    const path = prefix + field.name;
    const value = values[path]?.trim() ?? '';
    switch (field.kind) {
      case 'text':
      case 'choice':
        if (value) report[field.name] = value;
        break;
      case 'yes-no':
        if (value) report[field.name] = value === 'yes';
        break;
      case 'count':
        if (value) report[field.name] = /^\d+$/.test(value) ? Number(value) : value;
        break;
      case 'list':
        if (field.required || lines(values[path]).length) report[field.name] = lines(values[path]);
        break;
      case 'confirm':
        if (value === 'true') report[field.name] = true;
        break;
      case 'section': {
        const section = contents(field.fields, values, `${path}.`);
        if (field.required || Object.keys(section).length) report[field.name] = section;
        break;
      }
    }
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
    const value = values[path] ?? '';
    const change = (next: string) => set(path, next);
    switch (field.kind) {
      case 'text':
        return (
          <TextField
            key={path}
            label={label(field.name)}
            required={mustHave}
            multiline={!SHORT_TEXTS.has(field.name)}
            error={errors[path]}
            value={value}
            onChange={change}
          />
        );
      case 'count':
        return (
          <TextField
            key={path}
            label={label(field.name)}
            hint={t('player.report.countHint')}
            required={mustHave}
            type="number"
            inputMode="numeric"
            min={0}
            error={errors[path]}
            value={value}
            onChange={change}
          />
        );
      case 'list':
        return (
          <TextField
            key={path}
            label={label(field.name)}
            hint={field.atLeastOne ? t('player.report.listHint') : t('player.report.listMayBeEmptyHint')}
            required={mustHave && field.atLeastOne}
            multiline
            error={errors[path]}
            value={value}
            onChange={change}
          />
        );
      case 'yes-no':
        return (
          <ChoiceGroup
            key={path}
            legend={label(field.name)}
            required={mustHave}
            error={errors[path]}
            choices={[
              { value: 'yes', label: t('player.report.yes') },
              { value: 'no', label: t('player.report.no') },
            ]}
            value={value || undefined}
            onChange={change}
          />
        );
      case 'choice':
        return (
          <ChoiceGroup
            key={path}
            legend={label(field.name)}
            required={mustHave}
            error={errors[path]}
            choices={field.options.map((option) => ({
              value: option,
              label: t(`player.report.options.${option}`, { defaultValue: option }),
            }))}
            value={value || undefined}
            onChange={change}
          />
        );
      case 'confirm':
        return (
          <CheckboxField
            key={path}
            label={label(field.name)}
            required={mustHave}
            error={errors[path]}
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
            {errors[path] && <p className="dh-field-error">{errors[path]}</p>}
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
 * A report to an authority for one stage of a regulatory clock, built from the stage's required
 * contents: yes/no questions as radio buttons, choices as radio groups, counts as numbers, lists one
 * per line. Required fields say so in words; the server's field errors appear at their fields.
 */
export function ReportForm({
  form,
  clockId,
  stage,
  requestId,
  dueMs,
  reading,
  submit,
  onSubmitted,
}: {
  form: Form;
  clockId: string;
  stage: string;
  requestId?: string;
  /** The operational deadline on scenario time; past it, some stages require more (AVG: reasons for the delay). */
  dueMs: number | null;
  reading: ClockReading;
  submit: (body: Body<'report.submit'>) => Promise<Answer<'report.submit'>>;
  onSubmitted: (late: boolean) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const late = dueMs !== null && dueMs < scenarioNowMs(reading, Date.now());
  const required = new Set(late ? form.requiredWhenLate : []);
  useEffect(() => {
    if (errors !== NO_ERRORS) focusFirstError(formRef.current);
  }, [errors]);
  const set = (path: string, value: string) => {
    setValues((current) => ({ ...current, [path]: value }));
    setErrors((current) => withoutErrorsOf(current, [path]));
  };

  const failed = (next: FormErrors) => {
    setErrors(next);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fields = form.open ? {} : check(form.fields, values, required, t);
    if (!values.submittedBy?.trim()) fields.submittedBy = t('player.report.errors.submittedBy');
    if (form.open && !values.summary?.trim()) fields.summary = t('player.report.errors.required');
    if (Object.keys(fields).length)
      return failed({ fields, form: t('player.form.checkFields', { count: Object.keys(fields).length }) });
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const answer = await submit({
        clockId,
        stage,
        ...(requestId && { requestId }),
        report: form.open ? { summary: values.summary.trim() } : contents(form.fields, values),
        submittedBy: values.submittedBy.trim(),
      });
      if (answer.ok) onSubmitted(answer.late);
      else failed(ackErrors(answer.error, t, 'report.'));
    } catch (error) {
      failed(sendFailure(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="dh-report-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormAlert message={errors.form} />
      <p className="utrecht-paragraph">{t('player.report.requiredIntro')}</p>
      {late && form.requiredWhenLate.length > 0 && (
        <p className="utrecht-paragraph dh-state" data-state="missed">
          {t('player.report.lateIntro')}
        </p>
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
      <TextField
        label={t('player.report.submittedBy')}
        hint={t('player.report.submittedByHint')}
        required
        maxLength={200}
        autoComplete="name"
        error={errors.fields.submittedBy}
        value={values.submittedBy ?? ''}
        onChange={(value) => set('submittedBy', value)}
      />
      <div className="utrecht-button-group dh-buttons">
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
