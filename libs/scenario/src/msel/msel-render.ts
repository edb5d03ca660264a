import { escapeHtml, toCsv } from '@driehoek/core';
import { MSEL_KIND_LABELS, type Msel, type MselLanguage, type MselRow } from './msel';

type Column = { key: keyof MselRow | 'kindLabel'; nl: string; en: string };

/** The columns of the binder, in order; the same for CSV, HTML and PDF. */
export const MSEL_COLUMNS: readonly Column[] = [
  { key: 'when', nl: 'Tijd', en: 'Time' },
  { key: 'localTime', nl: 'Scenariotijd', en: 'Scenario time' },
  { key: 'phase', nl: 'Fase', en: 'Phase' },
  { key: 'kindLabel', nl: 'Soort', en: 'Kind' },
  { key: 'id', nl: 'Id', en: 'Id' },
  { key: 'title', nl: 'Inject / besluitpunt', en: 'Inject / decision point' },
  { key: 'from', nl: 'Van', en: 'From' },
  { key: 'to', nl: 'Aan', en: 'To' },
  { key: 'channel', nl: 'Kanaal', en: 'Channel' },
  { key: 'content', nl: 'Inhoud', en: 'Content' },
  { key: 'expectedActions', nl: 'Verwachte acties', en: 'Expected actions' },
  { key: 'facilitatorNotes', nl: 'Notities oefenleider', en: 'Facilitator notes' },
];

/** The header row and the cells of every row as text, in the language of the list. */
export function mselTable(msel: Msel): { header: string[]; rows: string[][] } {
  const lang = msel.language;
  return {
    header: MSEL_COLUMNS.map((c) => c[lang]),
    rows: msel.rows.map((row) => MSEL_COLUMNS.map((c) => cellText(row, c.key, lang))),
  };
}

function cellText(row: MselRow, key: Column['key'], lang: MselLanguage): string {
  if (key === 'kindLabel') return MSEL_KIND_LABELS[lang][row.kind];
  const value = row[key];
  return value === null ? '' : String(value);
}

/** RFC 4180, UTF-8 with BOM, formula cells neutralised (see csv.ts). */
export function mselCsv(msel: Msel): string {
  const { header, rows } = mselTable(msel);
  return toCsv(header, rows);
}

const multiline = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

export const MSEL_HEADINGS = {
  nl: {
    document: 'Draaiboek (MSEL)',
    starts: 'Start',
    zone: 'tijdzone',
    caption:
      'Alle injects en besluitpunten in scenariovolgorde; vervolg-injects staan onder het besluit dat ze inplant.',
  },
  en: {
    document: 'Master scenario events list (MSEL)',
    starts: 'Starts',
    zone: 'time zone',
    caption:
      'Every inject and decision point in scenario order; branch injects are listed under the decision that schedules them.',
  },
} as const;

/**
 * A page for the facilitator's binder: one table, escaped, A4 landscape when printed, header row
 * repeated on every printed page, readable without colour.
 */
export function mselHtml(msel: Msel): string {
  const lang = msel.language;
  const h = MSEL_HEADINGS[lang];
  const title = `${h.document}: ${msel.title}`;
  const { header } = mselTable(msel);
  const body = msel.rows
    .map((row) => {
      const cells = MSEL_COLUMNS.map((c, i) => {
        const text = cellText(row, c.key, lang);
        if (c.key === 'title') {
          const indent = row.depth ? ` style="padding-left:${0.3 + row.depth * 1.2}em"` : '';
          return `<th scope="row"${indent}>${row.depth ? '↳ ' : ''}${multiline(text)}</th>`;
        }
        return `<td data-label="${escapeHtml(header[i])}">${multiline(text)}</td>`;
      });
      return `<tr class="${row.kind}">${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; margin: 1rem; }
h1 { font-size: 16pt; margin: 0 0 .25rem; }
p.meta { margin: 0 0 .75rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-style: italic; margin-bottom: .5rem; }
th, td { border: 1px solid #555; padding: .25em .4em; text-align: left; vertical-align: top; }
thead th { background: #e6e6e6; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.decision-point th, tr.decision-point td { background: #f3f3f3; font-weight: 600; }
tbody th { font-weight: 600; }
@media print { body { margin: 0; } a { color: inherit; } }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(`${h.starts}: ${msel.startsAt.replace('T', ' ')} (${h.zone} ${msel.timeZone}) · ${msel.scenarioId}`)}</p>
<table>
<caption>${escapeHtml(h.caption)}</caption>
<thead><tr>${header.map((text) => `<th scope="col">${escapeHtml(text)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</main>
</body>
</html>
`;
}
