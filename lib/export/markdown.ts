// Markdown (GFM) tables. Page text is escaped so that it stays text: a "|" cannot split a cell,
// and "<", "*", "[" … cannot become markup in a viewer. Line breaks inside a cell become <br>.
import type { Grid } from './text-grid';

const SPECIAL = /[\\`*_[\]<>|#~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(/\r\n|\r|\n/g, '<br>');
}

/** A grid (first row: the header) as a GFM table; with `numeric`, the value columns right-aligned. */
export function markdownTable(grid: Grid, { numeric = false }: { numeric?: boolean } = {}): string {
  const [header, ...rows] = grid;
  if (!header) return '';
  const line = (cells: string[]) => `| ${header.map((_, i) => escapeMarkdown(cells[i] ?? '')).join(' | ')} |`;
  const rule = `| ${header.map((_, i) => (i > 0 && numeric ? '---:' : '---')).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

export function markdownHeading(level: 1 | 2, text: string): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(text)}\n`;
}
