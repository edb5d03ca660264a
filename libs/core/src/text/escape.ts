/** Text for HTML and SVG: every character that could start markup is an entity. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Untrusted text inside Markdown (and its table cells): markup characters escaped, HTML made
 * inert, line breaks folded, so player and scenario text can neither format nor inject.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/^(\s*)([-+#>=]|\d+[.)])/, '$1\\$2');
}
