import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/schema';
import { answer, problemText, RequestFailed } from '../auth/request';
import { staffApi } from '../auth/session';
import type { Findings } from './findings';
import { YAML_BODY } from './use-scenario-check';
import type { WritableOrganisation } from './writable';

type StoreResult = components['schemas']['StoreResultResponse'];

/** A refused save's findings (422 SCENARIO_INVALID): the errors with their line and column. */
function refusedFindings(error: RequestFailed): Findings | null {
  if (error.code !== 'SCENARIO_INVALID') return null;
  const findings = error.fields.map((field) => ({
    severity: 'error' as const,
    code: field.code,
    path: field.path,
    line: field.line ?? 1,
    column: field.column ?? 1,
    message: field.message,
  }));
  return { findings, errorCount: findings.length, warningCount: 0, truncated: findings.length >= 100 };
}

/**
 * "Opslaan als nieuwe versie": POST /api/scenarios of the text, in the organisation chosen (when
 * the person may write in several). Says the version stored, or that the text is the latest
 * version already and nothing was stored; a refusal with findings puts them in the editor.
 */
export function SaveVersion({
  text,
  organisations,
  organisationId,
  onOrganisation,
  onSaved,
  onRefused,
}: {
  text: string;
  organisations: WritableOrganisation[];
  organisationId: string;
  onOrganisation(id: string): void;
  onSaved(saved: StoreResult, text: string): void;
  onRefused(found: Findings): void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisationField = useId();
  const save = useMutation<StoreResult & { text: string }, RequestFailed, string>({
    mutationFn: async (source) => ({
      ...(await answer(
        staffApi.POST('/api/scenarios', {
          params: { query: { organisationId } },
          body: source,
          ...YAML_BODY,
        }),
      )),
      text: source,
    }),
    onSuccess: (saved) => {
      onSaved(saved, saved.text);
      void queryClient.invalidateQueries({ queryKey: ['staff', 'scenarios'] });
      void queryClient.invalidateQueries({ queryKey: ['staff', 'scenario', saved.id] });
      void queryClient.invalidateQueries({ queryKey: ['staff', 'scenario-versions', saved.id] });
    },
    onError: (error) => {
      const found = refusedFindings(error);
      if (found) onRefused(found);
    },
  });
  const saved = save.data;
  const refusal = save.error;

  return (
    <section aria-labelledby="editor-save" className="dh-editor__save">
      <h2 className="utrecht-heading-2" id="editor-save">
        {t('editor.save.title')}
      </h2>
      <p className="utrecht-paragraph">{t('editor.save.intro')}</p>
      {organisations.length > 1 && (
        <div className="dh-field">
          <label className="utrecht-form-label" htmlFor={organisationField}>
            {t('editor.save.organisation')}
          </label>
          <select
            id={organisationField}
            className="utrecht-select utrecht-select--html-select"
            value={organisationId}
            onChange={(event) => onOrganisation(event.target.value)}
          >
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="dh-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={save.isPending || undefined}
          onClick={() => {
            if (!save.isPending) save.mutate(text);
          }}
        >
          {save.isPending ? t('editor.save.saving') : t('editor.save.submit')}
        </button>
      </div>
      <div role="status" className="dh-editor__save-status">
        {saved && (
          <p className="dh-acknowledged">
            {saved.created
              ? t('editor.save.created', { version: saved.version, id: saved.id })
              : t('editor.save.identical', { version: saved.version, id: saved.id })}{' '}
            <Link
              className="utrecht-link"
              to={`/staff/scenarios/${encodeURIComponent(saved.id)}?owner=${encodeURIComponent(saved.organisationId ?? 'shipped')}`}
            >
              {t('editor.save.toScenario')}
            </Link>
          </p>
        )}
      </div>
      {refusal && (
        <p className="dh-error" role="alert">
          {refusal.code === 'SCENARIO_INVALID'
            ? t('editor.save.invalid', { count: refusal.fields.length })
            : refusal.code === 'SERVICE_UNAVAILABLE'
              ? t('editor.save.busy')
              : problemText(t, refusal)}
        </p>
      )}
    </section>
  );
}
