/**
 * The text being edited, kept in this tab's sessionStorage until it is saved or thrown away, so
 * that the back button, a reload or a session renewed on the sign-in page does not lose it.
 * Per scenario copy (`new`, or id and owner); never localStorage: the text may be confidential.
 */
const PREFIX = 'driehoek.editor.draft:';

export function loadDraft(scope: string): string | null {
  try {
    return sessionStorage.getItem(PREFIX + scope);
  } catch {
    return null;
  }
}

export function saveDraft(scope: string, text: string): void {
  try {
    sessionStorage.setItem(PREFIX + scope, text);
  } catch {
    // Storage full or refused: the draft lasts as long as the page.
  }
}

export function forgetDraft(scope: string): void {
  try {
    sessionStorage.removeItem(PREFIX + scope);
  } catch {
    // Nothing kept.
  }
}
