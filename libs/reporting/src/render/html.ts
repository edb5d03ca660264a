import { escapeHtml as e } from '@driehoek/core';
import { labels } from './labels';
import type { ReportDocument } from './report-document';

const STYLE = `body{font-family:"DejaVu Sans",system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin:0.5rem 0 1.5rem}th,td{border:1px solid #777;padding:0.25rem 0.5rem;text-align:left;vertical-align:top}
thead th{background:#e8eef3}caption{text-align:left;font-weight:bold;padding:0.25rem 0}th[scope=row]{width:30%;background:#f4f6f8}
figure{margin:1rem 0}svg{max-width:100%;height:auto}nav ol{columns:2}
@media print{body{margin:0;max-width:none}h2{break-before:page}thead{display:table-header-group}}`;

/**
 * The report as one self-contained, accessible HTML page: a lang attribute, one h1 and nested
 * headings, tables with captions and th scopes, charts as inline SVG with a title, no script, and
 * every untrusted text escaped.
 */
export function renderHtml(doc: ReportDocument): string {
  const l = labels(doc.lang);
  const body: string[] = [];
  const toc: string[] = [];
  let open = false;
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        if (block.level === 2) {
          if (open) body.push('</section>');
          body.push(`<section${block.id ? ` id="${e(block.id)}"` : ''}>`);
          open = true;
          if (block.id) toc.push(`<li><a href="#${e(block.id)}">${e(block.text)}</a></li>`);
        }
        body.push(`<h${block.level}>${e(block.text)}</h${block.level}>`);
        break;
      case 'paragraph':
        body.push(`<p>${e(block.text)}</p>`);
        break;
      case 'fields':
        body.push(
          `<table><tbody>${block.rows.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</tbody></table>`,
        );
        break;
      case 'table':
        body.push(
          `<table><caption>${e(block.caption)}</caption><thead><tr>${block.head
            .map((h) => `<th scope="col">${e(h)}</th>`)
            .join('')}</tr></thead><tbody>${block.rows
            .map((row) => `<tr>${row.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
            .join('\n')}</tbody></table>`,
        );
        break;
      case 'chart':
        body.push(`<figure>${block.svg}<figcaption>${e(block.title)}</figcaption></figure>`);
        break;
      case 'list':
        body.push(`<ul>${block.items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`);
        break;
    }
  }
  if (open) body.push('</section>');
  const [title, ...rest] = body;
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${l.report}: ${doc.title}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    title,
    `<nav aria-label="${e(l.contents)}"><h2>${e(l.contents)}</h2><ol>${toc.join('')}</ol></nav>`,
    ...rest,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
