import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PDF read back with pdf.js: its page count and the text of each page. pdfjs-dist ships ESM only,
 * which Jest's CommonJS runtime cannot import, so it runs in a child Node process.
 */
export async function pdfText(pdf: Buffer): Promise<{ pages: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'driehoek-pdf-'));
  const file = join(dir, 'report.pdf');
  try {
    await writeFile(file, pdf);
    const script = `
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const data = new Uint8Array(require('node:fs').readFileSync(process.argv[1]));
      const doc = await getDocument({ data, useSystemFonts: false, disableFontFace: true }).promise;
      const pages = [];
      for (let i = 1; i <= doc.numPages; i++) {
        const content = await (await doc.getPage(i)).getTextContent();
        pages.push(content.items.map((item) => item.str).join(' ').replace(/\\s+/g, ' '));
      }
      process.stdout.write(JSON.stringify({ pages }));
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--input-type=commonjs',
        '-e',
        `(async () => {${script}})().catch((e) => { console.error(e); process.exit(1); })`,
        file,
      ],
      { cwd: join(__dirname, '../..'), maxBuffer: 64 * 1024 * 1024 },
    );
    return JSON.parse(stdout) as { pages: string[] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
