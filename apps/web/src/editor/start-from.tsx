import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, problemText } from '../auth/request';
import { staffApi } from '../auth/session';
import { ownerParam, useScenarios } from '../library/use-scenarios';
import { SCENARIO_TEMPLATE } from './template';

const TEMPLATE = 'template';

/**
 * "Beginnen vanaf": a new scenario starts from the small Dutch template or from the source of a
 * scenario in the library (a shipped one, or the organisation's own), loaded as it was stored.
 */
export function StartFrom({ onLoad }: { onLoad(text: string): void }) {
  const { t } = useTranslation();
  const scenarios = useScenarios();
  const [choice, setChoice] = useState(TEMPLATE);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const field = useId();

  const load = async () => {
    setProblem(null);
    if (choice === TEMPLATE) return onLoad(SCENARIO_TEMPLATE);
    const [id, owner] = choice.split('|');
    setLoading(true);
    try {
      const source = await answer(
        staffApi.GET('/api/scenarios/{id}/source', {
          params: { path: { id }, query: { owner } },
          parseAs: 'text',
        }),
      );
      onLoad(source);
    } catch (error) {
      setProblem(problemText(t, error));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="dh-editor__start">
      <div className="dh-field">
        <label className="utrecht-form-label" htmlFor={field}>
          {t('editor.start.label')}
        </label>
        <select
          id={field}
          className="utrecht-select utrecht-select--html-select"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value={TEMPLATE}>{t('editor.start.template')}</option>
          {(scenarios.data ?? []).map((s) => (
            <option key={`${s.id}|${ownerParam(s.owner)}`} value={`${s.id}|${ownerParam(s.owner)}`}>
              {s.owner.kind === 'shipped'
                ? t('editor.start.shipped', { title: s.title })
                : t('editor.start.own', { title: s.title, name: s.owner.name })}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        aria-disabled={loading || undefined}
        onClick={() => {
          if (!loading) void load();
        }}
      >
        {loading ? t('editor.start.loading') : t('editor.start.load')}
      </button>
      {problem && (
        <p className="dh-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
