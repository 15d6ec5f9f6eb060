import { formatMs } from './format';
import type { Summary } from './stats';

/** Cells of one Markdown table row. */
export type Row = string[];

/** Returns a Markdown table. Prettier aligns its columns when the report is written. */
export function table(header: Row, rows: Row[]): string {
  const line = (cells: Row) => `| ${cells.join(' | ')} |`;

  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Returns the median, interquartile range and range of a summary, as table cells. */
export function summaryCells(summary: Summary): string[] {
  return [
    formatMs(summary.median),
    `${formatMs(summary.p25)} – ${formatMs(summary.p75)}`,
    `${formatMs(summary.min)} – ${formatMs(summary.max)}`,
  ];
}
