import { escapeMarkdown as md } from '@driehoek/core';
import type { ReportDocument } from './report-document';

const cell = (text: string) => md(text) || ' ';

/** The report as Markdown (CommonMark with GFM tables); charts as inline SVG data images. */
export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${md(block.text)}`);
        break;
      case 'paragraph':
        out.push(md(block.text));
        break;
      case 'fields':
        out.push(
          ['| | |', '| --- | --- |', ...block.rows.map(([k, v]) => `| **${cell(k)}** | ${cell(v)} |`)].join(
            '\n',
          ),
        );
        break;
      case 'table':
        out.push(
          [
            `| ${block.head.map(cell).join(' | ')} |`,
            `| ${block.head.map(() => '---').join(' | ')} |`,
            ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
          ].join('\n'),
        );
        break;
      case 'chart':
        out.push(
          `![${md(block.title)}](data:image/svg+xml;base64,${Buffer.from(block.svg, 'utf8').toString('base64')})`,
        );
        break;
      case 'list':
        out.push(block.items.map((item) => `- ${md(item)}`).join('\n'));
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
