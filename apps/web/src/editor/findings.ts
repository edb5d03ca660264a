import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { components } from '../api/schema';

export type ScenarioCheck = components['schemas']['ScenarioCheckResponse'];
export type Msel = NonNullable<ScenarioCheck['msel']>;
export type MselRow = Msel['rows'][number];

/** One of the server's findings, as the editor shows it (1-based line and column). */
export interface Finding {
  severity: 'error' | 'warning';
  code?: string;
  path: string;
  line: number;
  column: number;
  message: string;
}

/** The findings of a check or of a refused save, errors first, each in source order. */
export interface Findings {
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  truncated: boolean;
}

export function findingsOfCheck(check: ScenarioCheck): Findings {
  return {
    findings: [...check.errors, ...check.warnings],
    errorCount: check.errorCount,
    warningCount: check.warningCount,
    truncated: check.truncated,
  };
}

/** Where a finding starts in the document, within its bounds whatever the text is now. */
export function findingOffset(doc: Text, finding: Pick<Finding, 'line' | 'column'>): number {
  const line = doc.line(Math.min(Math.max(finding.line, 1), doc.lines));
  return line.from + Math.min(Math.max(finding.column - 1, 0), line.length);
}

/** The word, quoted string or key a finding points at, so the underline covers it. */
function extent(doc: Text, from: number): { from: number; to: number } {
  const line = doc.lineAt(from);
  const rest = line.text.slice(from - line.from);
  const token = /^("(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?|[^\s:,[\]{}#]+)/.exec(rest)?.[0];
  if (token) return { from, to: from + token.length };
  // At the end of a line (a missing value): underline the character before.
  if (from > line.from && from === line.to) return { from: from - 1, to: from };
  return { from, to: Math.min(from + 1, line.to) };
}

function englishMessage(message: string): () => Node {
  return () => {
    const element = document.createElement('span');
    element.lang = 'en';
    element.textContent = message;
    return element;
  };
}

/** The findings as CodeMirror diagnostics, at their line and column, messages as text. */
export function diagnostics(doc: Text, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((finding) => {
    const range = extent(doc, findingOffset(doc, finding));
    const message = finding.code ? `${finding.message} (${finding.code})` : finding.message;
    return {
      ...range,
      severity: finding.severity,
      message,
      renderMessage: englishMessage(message),
      source: finding.path || undefined,
    };
  });
}
