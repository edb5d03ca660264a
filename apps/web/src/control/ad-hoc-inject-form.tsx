import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@driehoek/scenario';
import { staffApi } from '../auth/session';
import { Failure, Field } from './field';
import { ControlFailure, answerOf, failureText } from './problem';
import { useControlAction } from './use-control-action';

const FIELDS = ['title', 'content', 'from', 'channel', 'audience'] as const;
type FieldName = (typeof FIELDS)[number];

/**
 * An ad-hoc inject (POST …/injects), delivered at once: a title, the text, an apparent sender, the
 * channel and who receives it. The server's refusal of a field is shown at that field.
 */
export function AdHocInjectForm({
  exerciseId,
  scenario,
  refresh,
}: {
  exerciseId: string;
  scenario: Scenario | undefined;
  refresh: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [from, setFrom] = useState('');
  const [channel, setChannel] = useState('');
  const [everyone, setEveryone] = useState(false);
  const [roles, setRoles] = useState<string[]>([]);
  const [invalid, setInvalid] = useState<Partial<Record<FieldName, string>>>({});
  const [sent, setSent] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const send = useControlAction(
    (body: { title: string; content: string; channel: string; audience: 'all' | string[]; from?: string }) =>
      answerOf(
        staffApi.POST('/api/exercises/{exerciseId}/injects', { params: { path: { exerciseId } }, body }),
      ),
    refresh,
  );
  const serverFailure = send.error instanceof ControlFailure ? send.error : null;
  const errorOf = (field: FieldName) => invalid[field] ?? serverFailure?.field(field) ?? null;
  const firstError = FIELDS.find((field) => errorOf(field));

  useEffect(() => {
    // The first field in error takes the focus, so the keyboard is where the fix is.
    if (!firstError) return;
    form.current?.querySelector<HTMLElement>(`[data-field="${firstError}"]`)?.focus();
  }, [firstError, send.error, invalid]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    setSent(null);
    const problems: Partial<Record<FieldName, string>> = {};
    if (!title.trim()) problems.title = t('control.adHoc.required');
    if (!content.trim()) problems.content = t('control.adHoc.required');
    if (!channel) problems.channel = t('control.adHoc.channelRequired');
    if (!everyone && roles.length === 0) problems.audience = t('control.adHoc.audienceRequired');
    setInvalid(problems);
    if (Object.keys(problems).length) return;
    const sentTitle = title.trim();
    send.mutate(
      {
        title: sentTitle,
        content,
        channel,
        audience: everyone ? 'all' : roles,
        ...(from.trim() ? { from: from.trim() } : {}),
      },
      {
        onSuccess: () => {
          setTitle('');
          setContent('');
          setFrom('');
          setSent(t('control.adHoc.sent', { title: sentTitle }));
        },
      },
    );
  };

  const audienceError = errorOf('audience');
  const otherErrors = serverFailure?.otherFields(FIELDS) ?? [];
  return (
    <section aria-labelledby="control-adhoc-heading" className="dh-control-section">
      <h3 className="utrecht-heading-3" id="control-adhoc-heading">
        {t('control.adHoc.heading')}
      </h3>
      <form ref={form} className="dh-control-adhoc" onSubmit={submit} noValidate>
        <Field label={t('control.adHoc.title')} error={errorOf('title')}>
          {(ids) => (
            <input
              {...ids}
              data-field="title"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={title}
              maxLength={200}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('control.adHoc.content')} error={errorOf('content')}>
          {(ids) => (
            <textarea
              {...ids}
              data-field="content"
              className="utrecht-textarea utrecht-textarea--html-textarea"
              rows={5}
              value={content}
              onChange={(event) => setContent(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('control.adHoc.from')} hint={t('control.adHoc.fromHint')} error={errorOf('from')}>
          {(ids) => (
            <input
              {...ids}
              data-field="from"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={from}
              maxLength={200}
              onChange={(event) => setFrom(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('control.adHoc.channel')} error={errorOf('channel')}>
          {(ids) => (
            <select
              {...ids}
              data-field="channel"
              className="utrecht-select utrecht-select--html-select"
              value={channel}
              onChange={(event) => setChannel(event.target.value)}
            >
              <option value="">{t('control.adHoc.chooseChannel')}</option>
              {(scenario?.channels ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset
          className={`utrecht-form-fieldset dh-control-audience${audienceError ? ' utrecht-form-fieldset--invalid' : ''}`}
          aria-describedby={audienceError ? 'control-adhoc-audience-error' : undefined}
        >
          <legend className="utrecht-form-fieldset__legend">{t('control.adHoc.audience')}</legend>
          {audienceError && (
            <p className="dh-error" id="control-adhoc-audience-error">
              {audienceError}
            </p>
          )}
          <label className="dh-control-check">
            <input
              type="checkbox"
              data-field="audience"
              checked={everyone}
              onChange={(event) => setEveryone(event.target.checked)}
              aria-invalid={audienceError ? true : undefined}
            />
            {t('control.adHoc.everyone')}
          </label>
          {(scenario?.roles ?? []).map((role) => (
            <label className="dh-control-check" key={role.id}>
              <input
                type="checkbox"
                checked={everyone || roles.includes(role.id)}
                disabled={everyone}
                onChange={(event) =>
                  setRoles((current) =>
                    event.target.checked ? [...current, role.id] : current.filter((r) => r !== role.id),
                  )
                }
              />
              {role.name}
            </label>
          ))}
        </fieldset>
        {otherErrors.map((problem) => (
          <p className="dh-error" key={problem.path}>
            {problem.path ? `${problem.path}: ${problem.message}` : problem.message}
          </p>
        ))}
        <div>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={send.isPending || undefined}
          >
            {send.isPending ? t('control.adHoc.sending') : t('control.adHoc.submit')}
          </button>
        </div>
        {!serverFailure?.fields.length && (
          <Failure message={send.error ? failureText(t, send.error) : null} />
        )}
        <p className="dh-control-done" role="status">
          {sent}
        </p>
      </form>
    </section>
  );
}
