import { dirname, join } from 'node:path';

/** The little of pdfmake's server API this project uses (it ships no types). */
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
    // Hashes: 64 hex digits fit a column only at a fixed, narrow advance.
    DejaVuSansMono: {
      normal: join(FONT_DIR, 'DejaVuSansMono.ttf'),
      bold: join(FONT_DIR, 'DejaVuSansMono-Bold.ttf'),
      italics: join(FONT_DIR, 'DejaVuSansMono-Oblique.ttf'),
      bolditalics: join(FONT_DIR, 'DejaVuSansMono-BoldOblique.ttf'),
    },
  });
  // Nothing in a document may make the server fetch a URL or read a file other than the fonts.
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  return (configured = instance);
}

export const PDF_MARGIN = 40;

export interface A4Options {
  lang: 'nl' | 'en';
  orientation?: 'portrait' | 'landscape';
  /** Document properties. */
  title: string;
  subject: string;
  /** Fixed, so the same input gives the same bytes. */
  created: Date;
  /** Left and right of the running header on every page. */
  header: [string, string];
  /** The footer of every page, e.g. "pagina 2 van 7". */
  pageLabel: (page: number, pages: number) => string;
  content: unknown[];
  /** pdfmake options beside the page frame (styles, pageBreakBefore …). */
  extra?: Record<string, unknown>;
}

/** An A4 document in the house frame: running header, "page X of Y" footer, DejaVu Sans. */
export function a4Pdf(options: A4Options): Promise<Buffer> {
  const definition = {
    pageSize: 'A4',
    pageOrientation: options.orientation ?? 'portrait',
    pageMargins: [PDF_MARGIN, 60, PDF_MARGIN, 50],
    info: {
      title: options.title,
      subject: options.subject,
      creator: 'Driehoek',
      producer: 'Driehoek',
      creationDate: options.created,
      modDate: options.created,
    },
    header: () => ({
      margin: [PDF_MARGIN, 24, PDF_MARGIN, 0],
      columns: [
        { text: options.header[0], fontSize: 8, bold: true },
        { text: options.header[1], fontSize: 8, alignment: 'right' },
      ],
    }),
    footer: (page: number, pages: number) => ({
      margin: [PDF_MARGIN, 16, PDF_MARGIN, 0],
      text: options.pageLabel(page, pages),
      fontSize: 8,
      alignment: 'center',
    }),
    content: options.content,
    defaultStyle: { font: 'DejaVuSans', fontSize: 9, lineHeight: 1.2 },
    language: options.lang,
    ...options.extra,
  };
  return pdfmake().createPdf(definition).getBuffer();
}
