import { escapeHtml } from '@driehoek/core';
import { decimal } from './format';
import type { ReportLanguage } from './labels';

export interface BarDatum {
  label: string;
  /** Minutes; null shows as an empty row. */
  value: number | null;
}

const WIDTH = 640;
const ROW = 26;
const LABEL_WIDTH = 200;
const TOP = 36;
const BAR_AREA = WIDTH - LABEL_WIDTH - 70;

/**
 * A horizontal bar chart as SVG, drawn by hand: a pure function with fixed geometry and fixed
 * number formatting, so the same data gives the same bytes in HTML, Markdown and PDF.
 */
export function barChartSvg(
  title: string,
  data: readonly BarDatum[],
  lang: ReportLanguage,
  empty: string,
): string {
  const max = Math.max(0, ...data.map((d) => d.value ?? 0));
  const height = TOP + Math.max(1, data.length) * ROW + 24;
  const scale = max > 0 ? BAR_AREA / max : 0;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="0" y="18" font-family="DejaVu Sans, sans-serif" font-size="14" font-weight="bold" fill="#1a1a1a">${escapeHtml(title)}</text>`,
  ];
  if (!data.length)
    parts.push(
      `<text x="0" y="${TOP + 16}" font-family="DejaVu Sans, sans-serif" font-size="12" fill="#1a1a1a">${escapeHtml(empty)}</text>`,
    );
  data.forEach((d, i) => {
    const y = TOP + i * ROW;
    const label = d.label.length > 30 ? `${d.label.slice(0, 29)}…` : d.label;
    parts.push(
      `<text x="${LABEL_WIDTH - 8}" y="${y + 16}" text-anchor="end" font-family="DejaVu Sans, sans-serif" font-size="12" fill="#1a1a1a">${escapeHtml(label)}</text>`,
    );
    if (d.value !== null) {
      const w = Math.max(1, Math.round(d.value * scale));
      parts.push(
        `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${w}" height="${ROW - 10}" fill="#1f5f8b"/>`,
        `<text x="${LABEL_WIDTH + w + 6}" y="${y + 16}" font-family="DejaVu Sans, sans-serif" font-size="12" fill="#1a1a1a">${decimal(d.value, 1, lang)}</text>`,
      );
    } else {
      parts.push(
        `<text x="${LABEL_WIDTH + 6}" y="${y + 16}" font-family="DejaVu Sans, sans-serif" font-size="12" fill="#555555">—</text>`,
      );
    }
  });
  const axisY = TOP + Math.max(1, data.length) * ROW;
  parts.push(
    `<line x1="${LABEL_WIDTH}" y1="${TOP}" x2="${LABEL_WIDTH}" y2="${axisY}" stroke="#1a1a1a" stroke-width="1"/>`,
  );
  parts.push('</svg>');
  return parts.join('');
}
