import type { AfterActionReport } from '../model/report';
import { labels } from './labels';
import { a4Pdf } from './pdf-engine';
import type { Block, ReportDocument } from './report-document';

const HASH = /^[0-9a-f]{64}$/;

/** A hash in a narrow monospace, so it stays on one line inside the page. */
function valueCell(value: string): Record<string, unknown> {
  return HASH.test(value) ? { text: value, font: 'DejaVuSansMono', fontSize: 7.5 } : { text: value };
}

function content(blocks: readonly Block[]): unknown[] {
  let sections = 0;
  return blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        if (block.level === 2) sections++;
        return {
          text: block.text,
          style: `h${block.level}`,
          // Every main section after the summary starts a page; a heading never ends one.
          pageBreak: block.level === 2 && sections > 2 ? 'before' : undefined,
          headlineLevel: block.level,
        };
      case 'paragraph':
        return { text: block.text, margin: [0, 2, 0, 6] };
      case 'fields':
        return {
          table: {
            widths: ['32%', '*'],
            body: block.rows.map(([k, v]) => [{ text: k, bold: true }, valueCell(v)]),
          },
          layout: 'lightHorizontalLines',
          margin: [0, 2, 0, 8],
        };
      case 'table':
        return {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: block.head.map(() => `${100 / block.head.length}%`),
            body: [
              block.head.map((h) => ({ text: h, bold: true, fillColor: '#e8eef3' })),
              ...block.rows.map((row) => row.map((c) => ({ text: c }))),
            ],
          },
          fontSize: block.head.length > 5 ? 7 : 8,
          margin: [0, 2, 0, 10],
        };
      case 'chart':
        return { svg: block.svg, width: 480, margin: [0, 4, 0, 8] };
      case 'list':
        return { ul: block.items.map((item) => ({ text: item })), margin: [0, 2, 0, 8] };
    }
  });
}

/**
 * The report as an A4 PDF: the exercise title and date at the top and "pagina X van Y" at the
 * foot of every page, table header rows repeated across pages, the SVG charts embedded.
 */
export async function renderPdf(doc: ReportDocument, report: AfterActionReport): Promise<Buffer> {
  const l = labels(doc.lang);
  // A fixed creation date (the end of the exercise, or its start) keeps the same log's PDF the same.
  const created = new Date(report.exercise.endedAt ?? report.exercise.startedAt ?? '2000-01-01T00:00:00Z');
  return a4Pdf({
    lang: doc.lang,
    title: `${l.report}: ${doc.title}`,
    subject: l.reportOf,
    created,
    header: [doc.title, `${l.report} · ${doc.date}`],
    pageLabel: l.page,
    content: content(doc.blocks),
    extra: {
      styles: {
        h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
        h2: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
        h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      },
      // A heading is never the last thing on a page.
      pageBreakBefore: (node: { headlineLevel?: number }, following: unknown[]) =>
        Boolean(node.headlineLevel) && following.length === 0,
    },
  });
}
