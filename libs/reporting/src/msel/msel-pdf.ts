import { MSEL_COLUMNS, MSEL_HEADINGS, mselTable, type Msel } from '@driehoek/scenario';
import { a4Pdf } from '../render/pdf-engine';

const PAGE = {
  nl: (p: number, n: number) => `pagina ${p} van ${n}`,
  en: (p: number, n: number) => `page ${p} of ${n}`,
};

/** Relative column widths: the long text columns get the room. */
const WIDTHS: Record<string, number | '*'> = {
  when: 34,
  localTime: 52,
  phase: 40,
  kindLabel: 38,
  id: 50,
  title: 80,
  from: 50,
  to: 50,
  channel: 40,
  content: '*',
  expectedActions: 90,
  facilitatorNotes: 80,
};

/**
 * The MSEL for the facilitator's binder as an A4 landscape PDF: the scenario title and start on
 * every page, "page X of Y" at the foot, the header row repeated on every page, decision points
 * shaded, branch injects indented under the decision that schedules them. Same scenario, same bytes.
 */
export function renderMselPdf(msel: Msel): Promise<Buffer> {
  const h = MSEL_HEADINGS[msel.language];
  const { header, rows } = mselTable(msel);
  const titleColumn = MSEL_COLUMNS.findIndex((c) => c.key === 'title');
  const starts = `${h.starts}: ${msel.startsAt.replace('T', ' ')} (${h.zone} ${msel.timeZone})`;
  const body = rows.map((cells, r) => {
    const row = msel.rows[r];
    const fillColor = row.kind === 'decision-point' ? '#eeeeee' : undefined;
    return cells.map((text, c) =>
      c === titleColumn
        ? { text: `${row.depth ? '↳ ' : ''}${text}`, bold: true, margin: [row.depth * 6, 0, 0, 0], fillColor }
        : { text, fillColor },
    );
  });
  return a4Pdf({
    lang: msel.language,
    orientation: 'landscape',
    title: `${h.document}: ${msel.title}`,
    subject: msel.scenarioId,
    // The scenario's own start: a fixed date keeps the bytes the same for the same version.
    created: new Date(`${msel.startsAt.slice(0, 19)}Z`),
    header: [msel.title, `${h.document} · ${starts}`],
    pageLabel: PAGE[msel.language],
    content: [
      { text: `${h.document}: ${msel.title}`, fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
      { text: `${starts} · ${msel.scenarioId}`, margin: [0, 0, 0, 4] },
      { text: h.caption, italics: true, margin: [0, 0, 0, 8] },
      {
        table: {
          headerRows: 1,
          widths: MSEL_COLUMNS.map((c) => WIDTHS[c.key]),
          body: [header.map((text) => ({ text, bold: true, fillColor: '#dddddd' })), ...body],
        },
        fontSize: 6.5,
      },
    ],
  });
}
