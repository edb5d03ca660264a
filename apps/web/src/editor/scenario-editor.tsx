import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, problemText } from '../auth/request';
import { staffApi } from '../auth/session';
import { CodeEditor, type CodeEditorHandle } from './code-editor';
import { forgetDraft, loadDraft, saveDraft } from './draft';
import { findingsOfCheck, type Findings, type Msel } from './findings';
import { FindingsList, findingsSummary } from './findings-list';
import { MselPreview } from './msel-preview';
import { SaveVersion } from './save-version';
import type { AssistLabels, FieldHelp } from './schema-assist';
import type { JsonSchema } from './schema-walk';
import { StartFrom } from './start-from';
import { CHECK_DELAY_MS, useScenarioCheck } from './use-scenario-check';
import { useUnsavedChangesGuard } from './unsaved-changes';
import type { WritableOrganisation } from './writable';
import './editor.css';

/** GET /api/scenarios/schema: the published format, for completion and hover. */
function useScenarioSchema() {
  return useQuery({
    queryKey: ['staff', 'scenario-schema'],
    queryFn: async () => (await answer(staffApi.GET('/api/scenarios/schema'))) as JsonSchema,
    staleTime: Infinity,
  });
}

/**
 * The scenario editor: the YAML in CodeMirror with completion and hover from the schema, checked
 * by the server as the author types (findings in the text and as a list, the counts announced),
 * the MSEL of the text beside it, and saving it as a new version. `scope` names the draft kept
 * for the tab (draft.ts); `initialText` is what the page loaded, the text "saved" is compared to.
 */
export function ScenarioEditor({
  scope,
  initialText,
  organisations,
  defaultOrganisationId,
  startFrom = false,
}: {
  scope: string;
  initialText: string;
  organisations: WritableOrganisation[];
  defaultOrganisationId: string;
  startFrom?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const labelId = useId();
  const keyboardId = useId();
  const editor = useRef<CodeEditorHandle>(null);
  const [draft] = useState(() => {
    const kept = loadDraft(scope);
    return kept !== null && kept !== initialText ? kept : null;
  });
  const [text, setText] = useState(draft ?? initialText);
  const [saved, setSaved] = useState(initialText);
  const [restored, setRestored] = useState(draft !== null);
  const [organisationId, setOrganisationId] = useState(defaultOrganisationId);
  const [found, setFound] = useState<Findings | null>(null);
  const [announced, setAnnounced] = useState('');
  const [help, setHelp] = useState<FieldHelp | null>(null);
  const [lastValid, setLastValid] = useState<{ text: string; msel: Msel } | null>(null);
  const schema = useScenarioSchema();
  const check = useScenarioCheck(text, organisationId, lang);
  const dirty = text !== saved;
  useUnsavedChangesGuard(dirty, t('editor.unsaved.confirm'));

  const labels: AssistLabels = useMemo(
    () => ({ required: t('editor.help.required'), values: t('editor.help.values') }),
    [t],
  );

  // A check's findings are shown only for the text they are about: typing on, a newer one follows.
  const checked = check.state;
  useEffect(() => {
    const state = checked;
    if (state.status !== 'done' || editor.current?.text() !== state.text) return;
    const next = findingsOfCheck(state.result);
    setFound(next);
    setAnnounced(findingsSummary(t, next));
    editor.current.showFindings(next.findings);
    if (state.result.msel) setLastValid({ text: state.text, msel: state.result.msel });
    // Once per answer: `checked` is a new object only when the check's state changes.
  }, [checked, t]);

  useEffect(() => {
    if (check.state.status === 'busy') setAnnounced(t('editor.check.busy'));
  }, [check.state.status, t]);

  // The draft follows the text at the pace of the checks; it goes once the text is saved.
  useEffect(() => {
    const timer = setTimeout(() => (dirty ? saveDraft(scope, text) : forgetDraft(scope)), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [scope, text, dirty]);

  const goTo = useCallback(
    (finding: { line: number; column: number }) => editor.current?.focusAt(finding.line, finding.column),
    [],
  );

  const replace = (next: string) => {
    if (dirty && !window.confirm(t('editor.start.confirm'))) return;
    editor.current?.replaceText(next);
    setSaved(next);
    setRestored(false);
  };

  const progress =
    check.state.status === 'checking'
      ? t('editor.check.checking')
      : check.state.status === 'waiting'
        ? t('editor.check.waiting')
        : check.state.status === 'failed'
          ? t('editor.check.failed', { problem: problemText(t, check.state.error) })
          : check.state.status === 'busy'
            ? t('editor.check.busy')
            : t('editor.check.done');
  const stale = !!lastValid && !!check.last && !check.last.result.valid;

  return (
    <div className="dh-editor">
      <div className="dh-editor__main">
        {startFrom && <StartFrom onLoad={replace} />}
        {restored && (
          <div className="dh-notice dh-editor__restored">
            <p className="utrecht-paragraph">{t('editor.draft.restored')}</p>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                editor.current?.replaceText(initialText);
                setRestored(false);
                forgetDraft(scope);
              }}
            >
              {t('editor.draft.discard')}
            </button>
          </div>
        )}
        <div className="dh-editor__label-row">
          <span className="utrecht-form-label dh-editor__label" id={labelId}>
            {t('editor.label')}
          </span>
          <span className="dh-editor__dirty">{dirty ? t('editor.unsaved.yes') : t('editor.unsaved.no')}</span>
        </div>
        <p className="utrecht-form-field-description dh-editor__keyboard" id={keyboardId}>
          {t('editor.keyboard')}
        </p>
        <CodeEditor
          ref={editor}
          initialText={text}
          labelledBy={labelId}
          describedBy={keyboardId}
          schema={schema.data}
          labels={labels}
          onChange={setText}
          onCursor={setHelp}
        />
        <div className="dh-editor__help" aria-live="off">
          <span className="dh-editor__help-title">{t('editor.help.title')}</span>{' '}
          {help ? (
            <>
              <code>{help.path}</code> — {help.type}
              {help.required && ` · ${t('editor.help.required')}`}
              {help.description && (
                <span className="dh-editor__help-text" lang="en">
                  {help.description}
                </span>
              )}
              {help.values.length > 0 && (
                <span className="dh-editor__help-text">
                  {t('editor.help.values')}: {help.values.join(', ')}
                </span>
              )}
            </>
          ) : (
            t('editor.help.none')
          )}
        </div>
        <p className="dh-editor__progress" data-status={check.state.status}>
          {progress}{' '}
          {(check.state.status === 'busy' || check.state.status === 'failed') && (
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={check.checkNow}>
              {t('editor.check.again')}
            </button>
          )}
        </p>
        <p role="status" className="dh-visually-hidden">
          {announced}
        </p>
        <FindingsList found={found} onGo={goTo} />
        <SaveVersion
          text={text}
          organisations={organisations}
          organisationId={organisationId}
          onOrganisation={setOrganisationId}
          onSaved={(_, stored) => {
            setSaved(stored);
            setRestored(false);
            forgetDraft(scope);
          }}
          onRefused={(refused) => {
            setFound(refused);
            setAnnounced(findingsSummary(t, refused));
            editor.current?.showFindings(refused.findings);
          }}
        />
      </div>
      <MselPreview msel={lastValid?.msel ?? null} stale={stale} />
    </div>
  );
}
