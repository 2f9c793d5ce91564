// What every cell of a standard table must hold (FORMAT.md §4.1 T3-D, §4.2 T4-B, §4.3 T2-A):
// a number of the right kind, and 0 rather than a blank (§2.6). Shared by the three tables' rules.
// Blanks are grouped: a wholly blank table, row or column is said once, not cell by cell.
import type { CellAddr, Report, TableInfo } from '../../model/schema';
import type { TableId } from '../../model/keys';
import { parseCellValue } from '../../text/cell-value';
import type { RuleFinding } from '../types';
import type { CellReading } from './operands';

export interface ValueGrid {
  table: TableId;
  /** Rows on the page, in order, each with the columns it has (absent ones are the structure rules'). */
  lines: readonly { row: string; cols: readonly string[] }[];
  get(row: string, col: string): CellReading;
  /** Catalogue references for a row and a column label ("@row.new", "@col.natural"). */
  rowLabel(row: string): string;
  colLabel(col: string): string;
  allowNegative?(row: string, col: string): boolean;
  allowDecimal?(row: string, col: string): boolean;
  /** Scattered blanks are listed per column (table 三) or per row (tables 二 and 四). */
  groupBlanksBy: 'col' | 'row';
}

export const CELL_VALUE_MESSAGES = [
  'cell-values.text', 'cell-values.negative', 'cell-values.decimal',
  'cell-values.blankTable', 'cell-values.blankRow', 'cell-values.blankColumn', 'cell-values.blankCells',
] as const;

export function cellValueFindings(grid: ValueGrid, report: Report, info: TableInfo | undefined): RuleFinding[] {
  const out: RuleFinding[] = [];
  const table = `@table.${grid.table}`;
  const addr = (row: string, col: string): CellAddr => ({ table: grid.table, row, col });
  const where = (row: string, col: string) => ({ table, row: grid.rowLabel(row), col: grid.colLabel(col) });
  // Text the extractor flagged, and raw text that is not a number or a placeholder.
  const textCells = new Map<string, string>();
  for (const issue of info?.issues ?? []) {
    if (issue.kind === 'text-in-cell' && issue.row && issue.col) textCells.set(`${issue.row}:${issue.col}`, issue.found ?? '');
  }
  const blank: CellAddr[] = [];
  for (const { row, cols } of grid.lines) {
    for (const col of cols) {
      const value = grid.get(row, col);
      if (value === undefined) continue;
      const raw = report.raw?.[`${grid.table}:${row}:${col}`];
      if (value === null) {
        if (raw !== undefined && parseCellValue(raw).kind === 'text') textCells.set(`${row}:${col}`, raw);
        if (!textCells.has(`${row}:${col}`)) blank.push(addr(row, col));
        continue;
      }
      if (value < 0 && !grid.allowNegative?.(row, col)) {
        out.push({ status: 'fail', messageKey: 'cell-values.negative', cells: [addr(row, col)], params: { ...where(row, col), value } });
      } else if (!Number.isInteger(value) && !grid.allowDecimal?.(row, col)) {
        out.push({ status: 'fail', messageKey: 'cell-values.decimal', cells: [addr(row, col)], params: { ...where(row, col), value } });
      }
    }
  }
  for (const [key, raw] of textCells) {
    const [row, col] = key.split(':') as [string, string];
    out.push({ status: 'fail', messageKey: 'cell-values.text', cells: [addr(row, col)], params: { ...where(row, col), raw } });
  }
  out.push(...blankFindings(grid, blank, table));
  return out;
}

function blankFindings(grid: ValueGrid, blank: readonly CellAddr[], table: string): RuleFinding[] {
  if (blank.length === 0) return [];
  const warn = (messageKey: string, cells: CellAddr[], params: Record<string, string | number>): RuleFinding =>
    ({ status: 'fail', severity: 'warning', messageKey, cells, params: { table, ...params } });
  const total = grid.lines.reduce((n, l) => n + l.cols.filter((c) => grid.get(l.row, c) !== undefined).length, 0);
  if (blank.length === total) return [warn('cell-values.blankTable', [...blank], { count: total })];

  const isBlank = new Set(blank.map((c) => `${c.row}:${c.col}`));
  const lineCells = (row: string) => grid.lines.find((l) => l.row === row)!.cols.filter((c) => grid.get(row, c) !== undefined);
  const out: RuleFinding[] = [];
  const said = new Set<string>();
  // Wholly blank rows, then wholly blank columns (with more than one row, else it is a cell).
  for (const { row } of grid.lines) {
    const cols = lineCells(row);
    if (cols.length > 1 && cols.every((c) => isBlank.has(`${row}:${c}`))) {
      out.push(warn('cell-values.blankRow', cols.map((c) => ({ table: grid.table, row, col: c })), { row: grid.rowLabel(row) }));
      for (const c of cols) said.add(`${row}:${c}`);
    }
  }
  const byCol = new Map<string, CellAddr[]>();
  for (const { row } of grid.lines) for (const col of lineCells(row)) byCol.set(col, [...(byCol.get(col) ?? []), { table: grid.table, row, col }]);
  for (const [col, cells] of byCol) {
    const open = cells.filter((c) => !said.has(`${c.row}:${c.col}`));
    if (cells.length > 1 && open.length === cells.length && cells.every((c) => isBlank.has(`${c.row}:${c.col}`))) {
      out.push(warn('cell-values.blankColumn', cells, { col: grid.colLabel(col) }));
      for (const c of cells) said.add(`${c.row}:${c.col}`);
    }
  }
  // The rest, grouped by column or by row.
  const groups = new Map<string, CellAddr[]>();
  for (const c of blank) {
    if (said.has(`${c.row}:${c.col}`)) continue;
    const key = grid.groupBlanksBy === 'col' ? c.col : c.row;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, cells] of groups) {
    const params = grid.groupBlanksBy === 'col'
      ? { line: grid.colLabel(key), items: cells.map((c) => grid.rowLabel(c.row)).join(',') }
      : { line: grid.rowLabel(key), items: cells.map((c) => grid.colLabel(c.col)).join(',') };
    out.push(warn('cell-values.blankCells', cells, { ...params, count: cells.length }));
  }
  return out;
}
