/**
 * CSV as spreadsheets open it right: RFC 4180 (CRLF line ends, every field quoted, quotes doubled),
 * UTF-8 with a byte-order mark so that Excel reads Dutch diacritics (ë, é) as they are.
 *
 * Scenario content and log entries are untrusted: a cell that starts with `=`, `+`, `-` or `@` (or
 * a tab or carriage return, which some spreadsheets skip before such a sign) would run as a formula
 * when opened, so it gets a leading apostrophe and is read as text.
 */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as text, formula-neutralised and quoted. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A whole document: a header row, then the rows; BOM first, CRLF after every record. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return CSV_BOM + [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
