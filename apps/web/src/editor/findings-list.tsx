import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Findings } from './findings';

const SIGN = { error: '✗', warning: '⚠' } as const;

/** The counts in words: "2 fouten en 1 waarschuwing", or that there are none. */
export function findingsSummary(
  t: (key: string, options?: Record<string, unknown>) => string,
  found: Findings,
) {
  if (!found.errorCount && !found.warningCount) return t('editor.findings.none');
  return t('editor.findings.summary', {
    errors: t('editor.findings.errors', { count: found.errorCount }),
    warnings: t('editor.findings.warnings', { count: found.warningCount }),
  });
}

/**
 * The findings under the editor, each a button that puts the cursor at its line and column:
 * the same findings the editor underlines, reachable without a mouse and read as a list.
 */
export const FindingsList = memo(function FindingsList({
  found,
  onGo,
}: {
  found: Findings | null;
  onGo(finding: Finding): void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="editor-findings" className="dh-editor__findings">
      <h2 className="utrecht-heading-2" id="editor-findings">
        {t('editor.findings.title')}
        {found && (
          <span className="dh-count">
            {' '}
            {t('editor.findings.counts', { errors: found.errorCount, warnings: found.warningCount })}
          </span>
        )}
      </h2>
      {!found ? (
        <p className="utrecht-paragraph">{t('editor.findings.notYet')}</p>
      ) : !found.findings.length ? (
        <p className="utrecht-paragraph">{findingsSummary(t, found)}</p>
      ) : (
        <>
          {found.truncated && (
            <p className="utrecht-paragraph">
              {t('editor.findings.truncated', { shown: found.findings.length })}
            </p>
          )}
          <ol className="dh-findings">
            {found.findings.map((finding, index) => (
              <li key={`${finding.line}:${finding.column}:${index}`}>
                <button
                  type="button"
                  className="dh-finding"
                  data-severity={finding.severity}
                  onClick={() => onGo(finding)}
                >
                  <span className="dh-finding__where">
                    {SIGN[finding.severity]} {t(`editor.findings.severity.${finding.severity}`)} ·{' '}
                    {t('editor.findings.at', { line: finding.line, column: finding.column })}
                    {finding.path && <code className="dh-finding__path">{finding.path}</code>}
                  </span>
                  <span className="dh-finding__message" lang="en">
                    {finding.message}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
});
