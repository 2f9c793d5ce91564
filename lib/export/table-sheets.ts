// A report's tables as label grids: the one shape every export format writes.
import type { TableId } from '../model/keys';
import type { Report } from '../model/schema';
import { cellId } from '../extract/types';
import { colDefs, rowDefs, t2Defs, type LabelDef } from './labels';

/** A value cell: the model's value and, when the page's text was not a plain number, that text. */
export interface SheetCell {
  value: number | null;
  raw?: string;
}

export interface SheetRow extends LabelDef {
  /** One per column; undefined where the table has no such cell (another block of 二, or absent). */
  cells: (SheetCell | undefined)[];
}

export interface TableSheet {
  table: TableId;
  columns: LabelDef[];
  rows: SheetRow[];
}

export const TABLE_IDS: readonly TableId[] = ['t2', 't3', 't4'];

type Values = Record<string, Record<string, number | null | undefined> | undefined>;

/** The table as the model holds it: rows and columns the page lacks are left out, not filled. */
export function tableSheet(report: Report, table: TableId): TableSheet | null {
  const values = report.tables[table] as Values | null;
  if (!values) return null;
  const rows = rowDefs(table, report.format).filter((r) => values[r.key] !== undefined);
  const columns = colDefs(table, report.format).filter((c) => rows.some((r) => values[r.key]![c.key] !== undefined));
  // Table 二's rows each have their own columns: a cell of another block is not a blank.
  const own = table === 't2' ? new Map(t2Defs(report.format).map((d) => [d.key, new Set(d.cols.map((c) => c.key))])) : null;
  return {
    table,
    columns,
    rows: rows.map((r) => ({
      ...r,
      cells: columns.map((c) => {
        const value = values[r.key]![c.key];
        if (value === undefined || (own && !own.get(r.key)?.has(c.key))) return undefined;
        const raw = report.raw?.[cellId({ table, row: r.key, col: c.key })];
        return raw === undefined ? { value } : { value, raw };
      }),
    })),
  };
}

/** The tables the report holds: those tableSheets gives, without building them (the export menus list them on every drawing). */
export function tablesOf(report: Report): TableId[] {
  return TABLE_IDS.filter((t) => report.tables[t]);
}

export function tableSheets(report: Report): TableSheet[] {
  return TABLE_IDS.map((t) => tableSheet(report, t)).filter((s): s is TableSheet => s !== null);
}

/**
 * What a text format writes in a cell: the number exactly (String(n) reads back to the same
 * number), a placeholder's own text ("—", "无"), else nothing. A blank is never written as 0.
 */
export function cellText(cell: SheetCell | undefined): string {
  if (!cell) return '';
  return cell.value !== null ? String(cell.value) : (cell.raw ?? '');
}
