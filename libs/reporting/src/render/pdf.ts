import { dirname, join } from 'node:path';
import type { AfterActionReport } from '../model/report';
import { labels } from './labels';
import type { Block, ReportDocument } from './report-document';

/** The little of pdfmake's server API this file uses (it ships no types). */
interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

let configured: PdfMake | undefined;

/** pdfmake is one shared instance: fonts embedded from npm (DejaVu: every Dutch diacritic), no URLs. */
function pdfmake(): PdfMake {
  if (configured) return configured;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const instance = require('pdfmake') as PdfMake;
  instance.setFonts({
    DejaVuSans: {
      normal: join(FONT_DIR, 'DejaVuSans.ttf'),
      bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
      italics: join(FONT_DIR, 'DejaVuSans-Oblique.ttf'),
      bolditalics: join(FONT_DIR, 'DejaVuSans-BoldOblique.ttf'),
    },
  });
  // Nothing in a report may make the server fetch a URL or read a file other than the fonts.
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  return (configured = instance);
}

const MARGIN = 40;

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
            body: block.rows.map(([k, v]) => [{ text: k, bold: true }, { text: v }]),
          },
          layout: 'lightHorizontalLines',
          margin: [0, 2, 0, 8],
        };
      case 'table':
        return {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: block.head.map(() => '*'),
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
  const definition = {
    pageSize: 'A4',
    pageMargins: [MARGIN, 60, MARGIN, 50],
    info: {
      title: `${l.report}: ${doc.title}`,
      subject: l.reportOf,
      creator: 'Driehoek',
      producer: 'Driehoek',
      creationDate: created,
      modDate: created,
    },
    header: () => ({
      margin: [MARGIN, 24, MARGIN, 0],
      columns: [
        { text: doc.title, fontSize: 8, bold: true },
        { text: `${l.report} · ${doc.date}`, fontSize: 8, alignment: 'right' },
      ],
    }),
    footer: (page: number, pages: number) => ({
      margin: [MARGIN, 16, MARGIN, 0],
      text: l.page(page, pages),
      fontSize: 8,
      alignment: 'center',
    }),
    content: content(doc.blocks),
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      h2: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
    },
    defaultStyle: { font: 'DejaVuSans', fontSize: 9, lineHeight: 1.2 },
    language: doc.lang,
    pageBreakBefore: (
      node: { headlineLevel?: number; startPosition: { top: number }; pageNumbers: number[] },
      following: unknown[],
    ) => Boolean(node.headlineLevel) && following.length === 0,
  };
  return pdfmake().createPdf(definition).getBuffer();
}
